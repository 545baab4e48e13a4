// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQmlIntegration>

namespace Imprint
{

class CatalogThread;

/// Metadata export and CSV import for the GUI, run on the catalog thread so the window never
/// waits on the disk. A CSV import is previewed first (a dry run that reports what would
/// change and which rows are refused) and applied only when the user confirms.
class MetadataExchange : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    MetadataExchange(const CatalogStore &store, CatalogThread *thread, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }

    /// Writes the whole catalog (a .json file) or its tracks (a .csv file), atomically.
    Q_INVOKABLE void exportTo(const QUrl &file);
    /// Dry-runs a CSV import; previewReady carries the report.
    Q_INVOKABLE void previewCsv(const QUrl &file);
    /// Applies a CSV import; imported carries the report, and the catalog reloads.
    Q_INVOKABLE void applyCsv(const QUrl &file);

Q_SIGNALS:
    void busyChanged();
    /// ok, and a sentence for the status line naming the file.
    void exported(bool ok, const QString &message);
    /// file, updated, created, unchanged, badRows [{line, reason}], warnings [{line, reason}],
    /// unknownColumns, error, summary.
    void previewReady(const QVariantMap &report);
    void imported(const QVariantMap &report);

private:
    void runCsv(const QUrl &file, bool dryRun);
    void setBusy(bool busy);

    CatalogStore m_store;
    CatalogThread *m_thread;
    bool m_busy = false;
};

} // namespace Imprint
