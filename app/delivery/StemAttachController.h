// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "TrackFileJob.h"
#include "delivery/StemImport.h"

#include <QStringList>
#include <QUrl>
#include <QtQmlIntegration>

namespace Imprint
{

/// Attach Stems… in the track's details: a stem pack (ZIP or TAR, as AI tools and collaborators
/// send it) attached to the track as imprint import-stems does (Delivery::importStems), off the
/// GUI thread with progress (bytes unpacked) and cancel. Stems that do not match the master are
/// refused with the reason for each; Attach Anyway takes them all the same.
class StemAttachController : public TrackFileJob
{
    Q_OBJECT
    QML_ELEMENT
    /// The stems do not match the master: attachAnyway() takes them all the same.
    Q_PROPERTY(bool refusedByChecks READ refusedByChecks NOTIFY finished)
    /// Each stem that differs from the master, and each file that is no stem, with why.
    Q_PROPERTY(QStringList details READ details NOTIFY finished)

public:
    explicit StemAttachController(QObject *parent = nullptr);

    bool refusedByChecks() const { return hasResult() && m_result.refusedByChecks; }
    QString summaryText() const override;
    QStringList details() const;

    /// Attaches the stems of pack (a local file URL) to the track. Ignored while one runs.
    Q_INVOKABLE void attach(const QUrl &pack, qint64 trackId);
    /// The pack last refused by the checks, attached although its stems differ from the master.
    Q_INVOKABLE void attachAnyway();

private:
    void start();

    Delivery::StemImportRequest m_request;
    Delivery::StemImportResult m_result;
};

} // namespace Imprint
