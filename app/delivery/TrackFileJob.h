// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "CatalogSession.h"
#include "LatestProgress.h"

#include <QObject>
#include <QPointer>
#include <QtQmlIntegration>

#include <atomic>
#include <functional>

class QThread;

namespace Imprint
{

/// What Attach Stems… and Attach Cut-downs… share: files attached to a track off the GUI thread,
/// one job at a time, with progress and cancel; the last result is kept until another track is
/// shown (clear), and the session reads the track again when the catalog changed.
class TrackFileJob : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(Imprint::CatalogSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    /// Progress in the job's unit (bytes unpacked, files read), and the whole.
    Q_PROPERTY(qint64 done READ done NOTIFY progressChanged)
    Q_PROPERTY(qint64 total READ total NOTIFY progressChanged)
    /// The track the last job was for (0 before the first).
    Q_PROPERTY(qint64 trackId READ trackId NOTIFY runningChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY finished)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY finished)
    /// Refused because this computer has no library folder for the catalog's files (a team
    /// catalog before File › Library Folder…, or a library that has moved).
    Q_PROPERTY(bool needsLibraryFolder READ needsLibraryFolder NOTIFY finished)
    /// What happened, in a sentence that names the files.
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY finished)

public:
    ~TrackFileJob() override;

    CatalogSession *session() const { return m_session; }
    void setSession(CatalogSession *session);
    bool isRunning() const { return m_thread != nullptr; }
    qint64 done() const { return m_progress.done(); }
    qint64 total() const { return m_progress.total(); }
    qint64 trackId() const { return m_trackId; }
    bool hasResult() const { return m_hasResult; }
    bool succeeded() const { return m_hasResult && m_outcome.ok; }
    bool needsLibraryFolder() const { return m_hasResult && m_outcome.needsLibraryFolder; }
    virtual QString summaryText() const = 0;

    Q_INVOKABLE void cancel();
    /// Forgets the last result (another track is shown).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void sessionChanged();
    void runningChanged();
    void progressChanged();
    void finished();

protected:
    explicit TrackFileJob(QObject *parent = nullptr);

    /// What a finished job says about itself.
    struct Outcome {
        bool ok = false;
        bool needsLibraryFolder = false;
        bool changedCatalog = false; // files were attached: the track is read again
    };
    /// Runs on the GUI thread once the work is done: keeps the job's own result, says how it went.
    using Finish = std::function<Outcome()>;
    using Work = std::function<Finish(const CatalogStore &store, const std::atomic_bool &cancel,
        const std::function<void(qint64, qint64)> &progress)>;
    /// Starts work on a thread of its own for trackId; false while another job runs or without a
    /// session.
    bool run(qint64 trackId, Work work);

private:
    QPointer<CatalogSession> m_session;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    LatestProgress m_progress;
    qint64 m_trackId = 0;
    bool m_hasResult = false;
    Outcome m_outcome;
};

} // namespace Imprint
