// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "CatalogSession.h"
#include "import/Importer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQmlIntegration>

#include <atomic>
#include <memory>

class QThread;

namespace Imprint
{

/// Runs an import for the GUI: off the GUI thread, with progress, cancel and a summary that
/// lists every file it could not take and why.
class ImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Imprint::CatalogSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(int done READ done NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    Q_PROPERTY(QString currentFile READ currentFile NOTIFY progressChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY finished)
    Q_PROPERTY(QVariantList problems READ problems NOTIFY finished)

public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    CatalogSession *session() const { return m_session; }
    void setSession(CatalogSession *session);
    bool isRunning() const { return m_thread != nullptr; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    QString currentFile() const { return m_currentFile; }
    QString summaryText() const { return m_summaryText; }
    /// [{path, reason}] for the last import: files moved, then files not taken.
    QVariantList problems() const { return m_problems; }

    /// What the user asked for: imports a folder in the library at once; for one outside it,
    /// asks first (copyConfirmationNeeded) whether to copy its files into the library.
    Q_INVOKABLE void requestImport(const QUrl &folder);
    /// Starts importing a folder (a local file URL or path), copying it into the library when it
    /// is outside and copyIntoLibrary is set. Ignored while an import runs.
    Q_INVOKABLE void start(const QUrl &folder, bool copyIntoLibrary = false);
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void sessionChanged();
    void runningChanged();
    void progressChanged();
    void finished();
    /// folder is outside the library folder libraryRoot; importing it copies its files to target.
    void copyConfirmationNeeded(const QUrl &folder, const QString &libraryRoot, const QString &target);

private:
    void onProgress(int done, int total, const QString &file);
    void onBatchWritten();
    void onFinished(const ImportSummary &summary);

    QPointer<CatalogSession> m_session;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    int m_done = 0;
    int m_total = 0;
    QString m_currentFile;
    QString m_summaryText;
    QVariantList m_problems;
    QElapsedTimer m_sinceReload;
};

} // namespace Imprint
