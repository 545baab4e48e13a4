// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "CatalogSession.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQmlIntegration>

#include <functional>

class QThread;

namespace Imprint
{

/// The releases page's planning jobs, off the GUI thread, one at a time: a planned track (no
/// audio yet) added to a release, an audio file bound to a planned track (read, decoded to its
/// end, stored as its master whatever its tags say), and an image set as a release's artwork
/// (checked, copied into the library). Planning and artwork are undoable in the session's edit
/// history ("release.plannedTrack", "release.artwork"). Each outcome is a message that names
/// the file or track and the reason.
class ReleasePlanController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Imprint::CatalogSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(QString task READ task NOTIFY runningChanged)
    Q_PROPERTY(QString lastTask READ lastTask NOTIFY finished)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY finished)
    Q_PROPERTY(QString message READ message NOTIFY finished)
    Q_PROPERTY(bool needsLibraryFolder READ needsLibraryFolder NOTIFY finished)

public:
    explicit ReleasePlanController(QObject *parent = nullptr);
    ~ReleasePlanController() override;

    CatalogSession *session() const { return m_session; }
    void setSession(CatalogSession *session);
    bool isRunning() const { return m_thread != nullptr; }
    /// "plan", "artwork" or "audio" while one runs.
    QString task() const { return m_task; }
    /// The task the last outcome belongs to.
    QString lastTask() const { return m_lastTask; }
    bool succeeded() const { return m_succeeded; }
    /// What the last job came to: the refusal, or what was done with any warnings.
    QString message() const { return m_message; }
    /// The last job was refused because this computer has no folder for the team catalog's
    /// files yet: File › Library Folder… names it.
    bool needsLibraryFolder() const { return m_needsLibraryFolder; }

    /// Plans a track at the end of the release's running order: title, artist (empty: the
    /// release's), version, ISRC (optional, checked and unique). False, with the reason in
    /// message, when refused at once.
    Q_INVOKABLE bool addPlannedTrack(qint64 releaseId, const QString &title, const QString &artist,
        const QString &version, const QString &isrc);
    /// Sets the image (a local file URL or path) as the release's artwork.
    Q_INVOKABLE bool setArtwork(qint64 releaseId, const QUrl &file);
    /// Imports the audio file as the master of the (planned) track, whatever its tags say.
    Q_INVOKABLE bool attachAudio(qint64 trackId, const QUrl &file);

Q_SIGNALS:
    void sessionChanged();
    void runningChanged();
    void finished();
    /// A planned track is in the catalog (addPlannedTrack).
    void plannedTrackAdded(qint64 trackId);

private:
    struct Outcome {
        bool ok = false;
        QString message;
        qint64 recordId = 0; ///< the planned track, or the release whose artwork changed
        QString before; ///< the edit history's values, when the job changed something undoable
        QString after;
        QString description;
        bool needsLibraryFolder = false;
    };
    static Outcome note(bool ok, const QString &message);
    bool start(const QString &task, std::function<Outcome()> job);
    void refuse(const QString &task, const QString &reason);
    void onFinished(const Outcome &outcome);

    QPointer<CatalogSession> m_session;
    QThread *m_thread = nullptr;
    QString m_task;
    QString m_lastTask;
    bool m_succeeded = false;
    QString m_message;
    bool m_needsLibraryFolder = false;
};

} // namespace Imprint
