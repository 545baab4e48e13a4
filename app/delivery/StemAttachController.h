// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "CatalogSession.h"
#include "LatestProgress.h"
#include "delivery/StemImport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QtQmlIntegration>

#include <atomic>

class QThread;

namespace Imprint
{

/// Attach Stems… in the track's details: a stem pack (ZIP or TAR, as AI tools and collaborators
/// send it) attached to the track as imprint import-stems does (Delivery::importStems), off the
/// GUI thread with progress and cancel. Stems that do not match the master are refused with the
/// reason for each; Attach Anyway takes them all the same.
class StemAttachController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Imprint::CatalogSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    /// Bytes unpacked so far, and the pack's size.
    Q_PROPERTY(qint64 done READ done NOTIFY progressChanged)
    Q_PROPERTY(qint64 total READ total NOTIFY progressChanged)
    /// The track the last pack was for (0 before the first).
    Q_PROPERTY(qint64 trackId READ trackId NOTIFY runningChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY finished)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY finished)
    /// The stems do not match the master: attachAnyway() takes them all the same.
    Q_PROPERTY(bool refusedByChecks READ refusedByChecks NOTIFY finished)
    /// Refused because this computer has no library folder for the catalog's files (a team
    /// catalog before File › Library Folder…, or a library that has moved).
    Q_PROPERTY(bool needsLibraryFolder READ needsLibraryFolder NOTIFY finished)
    /// What happened, in a sentence that names the pack.
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY finished)
    /// Each stem that differs from the master, and each file that is no stem, with why.
    Q_PROPERTY(QStringList details READ details NOTIFY finished)

public:
    explicit StemAttachController(QObject *parent = nullptr);
    ~StemAttachController() override;

    CatalogSession *session() const { return m_session; }
    void setSession(CatalogSession *session);
    bool isRunning() const { return m_thread != nullptr; }
    qint64 done() const { return m_progress.done(); }
    qint64 total() const { return m_progress.total(); }
    qint64 trackId() const { return m_request.trackId; }
    bool hasResult() const { return m_hasResult; }
    bool succeeded() const { return m_hasResult && m_result.ok(); }
    bool refusedByChecks() const { return m_hasResult && m_result.refusedByChecks; }
    bool needsLibraryFolder() const { return m_hasResult && m_result.needsLibraryFolder; }
    QString summaryText() const;
    QStringList details() const;

    /// Attaches the stems of pack (a local file URL) to the track. Ignored while one runs.
    Q_INVOKABLE void attach(const QUrl &pack, qint64 trackId);
    /// The pack last refused by the checks, attached although its stems differ from the master.
    Q_INVOKABLE void attachAnyway();
    Q_INVOKABLE void cancel();
    /// Forgets the last result (another track is shown).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void sessionChanged();
    void runningChanged();
    void progressChanged();
    void finished();

private:
    void start();
    void onFinished(const Delivery::StemImportResult &result);

    QPointer<CatalogSession> m_session;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    LatestProgress m_progress;
    Delivery::StemImportRequest m_request;
    bool m_hasResult = false;
    Delivery::StemImportResult m_result;
};

} // namespace Imprint
