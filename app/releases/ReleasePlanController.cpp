// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReleasePlanController.h"

#include "catalog/CatalogRecord.h"
#include "import/Importer.h"
#include "media/ArtworkImport.h"
#include "releases/PlannedTracks.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <utility>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

QString localPath(const QUrl &file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString(QUrl::PreferLocalFile);
}

qint64 artworkOf(const CatalogStore &store, qint64 releaseId)
{
    QSqlQuery query(store.connection());
    query.prepare(u"SELECT coalesce(artwork_asset_id, 0) FROM releases WHERE id = ?"_s);
    query.addBindValue(releaseId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

ReleasePlanController::ReleasePlanController(QObject *parent)
    : QObject(parent)
{
}

ReleasePlanController::~ReleasePlanController()
{
    if (m_thread)
        m_thread->wait();
}

ReleasePlanController::Outcome ReleasePlanController::note(bool ok, const QString &message)
{
    Outcome outcome;
    outcome.ok = ok;
    outcome.message = message;
    return outcome;
}

void ReleasePlanController::setSession(CatalogSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

bool ReleasePlanController::addPlannedTrack(qint64 releaseId, const QString &title, const QString &artist,
    const QString &version, const QString &isrc)
{
    QString reason;
    const auto track = PlannedTracks::normalized({ title, artist, version, isrc }, &reason);
    if (!track || releaseId <= 0) {
        refuse(u"plan"_s, track ? tr("Choose a release first.") : reason);
        return false;
    }
    if (!m_session)
        return false;
    const CatalogStore store = m_session->store();
    return start(u"plan"_s, [store, releaseId, track = *track] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        std::optional<qint64> trackId;
        std::optional<QString> snapshot;
        if (db.isValid())
            trackId = PlannedTracks::create(db, releaseId, track, &error);
        // The snapshot holds the track and its place on the release: redo puts both back.
        if (trackId)
            snapshot = CatalogRecord::snapshot(db, u"tracks"_s, *trackId, &error);
        db = {};
        store.closeThreadConnection();
        if (!trackId || !snapshot)
            return note(false, tr("“%1” was not planned: %2").arg(track.title, error));
        return Outcome { true, tr("“%1” is planned; it has no audio yet.").arg(track.title), *trackId,
            QString(), *snapshot, tr("Plan Track “%1”").arg(track.title) };
    });
}

bool ReleasePlanController::setArtwork(qint64 releaseId, const QUrl &file)
{
    if (!m_session)
        return false;
    const CatalogStore store = m_session->store();
    const QString path = localPath(file);
    return start(u"artwork"_s, [store, releaseId, path] {
        const qint64 previous = artworkOf(store, releaseId);
        const Media::ArtworkImportResult result = Media::importArtwork(store, releaseId, path);
        store.closeThreadConnection();
        if (!result.ok) {
            Outcome refused = note(false, result.error);
            refused.needsLibraryFolder = result.needsLibraryFolder;
            return refused;
        }
        QStringList lines { tr("%1 (%2, %3×%4 px) is the cover now.")
                .arg(QFileInfo(path).fileName(), result.facts.format)
                .arg(result.facts.width)
                .arg(result.facts.height) };
        lines += result.warnings;
        return Outcome { true, lines.join(u'\n'), releaseId, QString::number(previous),
            QString::number(result.stored.assetId),
            previous == 0 ? tr("Set Artwork") : tr("Replace Artwork") };
    });
}

bool ReleasePlanController::attachAudio(qint64 trackId, const QUrl &file)
{
    if (!m_session)
        return false;
    const CatalogStore store = m_session->store();
    const QString path = localPath(file);
    return start(u"audio"_s, [store, trackId, path] {
        const BindResult result = Importer(store).bindFile(path, trackId);
        if (!result.ok)
            return note(false, result.error);
        const QString name = QFileInfo(path).fileName();
        return note(true,
            result.copied ? tr("%1 is the track's audio now, copied into the library as %2.")
                                .arg(name, QDir::toNativeSeparators(result.relativePath))
                          : tr("%1 is the track's audio now.").arg(name));
    });
}

void ReleasePlanController::refuse(const QString &task, const QString &reason)
{
    m_lastTask = task;
    m_succeeded = false;
    m_message = reason;
    m_needsLibraryFolder = false;
    Q_EMIT finished();
}

bool ReleasePlanController::start(const QString &task, std::function<Outcome()> job)
{
    if (m_thread) {
        refuse(task, tr("Wait until the file being read is done."));
        return false;
    }
    m_task = task;
    m_thread = QThread::create([this, job = std::move(job)] {
        const Outcome outcome = job();
        QMetaObject::invokeMethod(this, [this, outcome] { onFinished(outcome); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"release-plan"_s);
    m_thread->start();
    Q_EMIT runningChanged();
    return true;
}

void ReleasePlanController::onFinished(const Outcome &outcome)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const QString task = std::exchange(m_task, QString());
    m_lastTask = task;
    m_succeeded = outcome.ok;
    m_message = outcome.message;
    m_needsLibraryFolder = outcome.needsLibraryFolder;
    if (m_session && outcome.ok) {
        const QString prefix = ReleaseCatalog::historyPrefix;
        if (task == u"plan") {
            m_session->history()->record({ outcome.recordId, prefix + PlannedTracks::HistoryField, QString(),
                outcome.after, outcome.description });
            m_session->reload();
            Q_EMIT plannedTrackAdded(outcome.recordId);
        } else if (task == u"artwork" && outcome.before != outcome.after) {
            m_session->releases()->applyField(
                outcome.recordId, ArtworkCheck::HistoryField, outcome.after, outcome.before);
            m_session->history()->record({ outcome.recordId, prefix + ArtworkCheck::HistoryField,
                outcome.before, outcome.after, outcome.description });
        } else {
            m_session->reload(); // a track has its audio, or the same cover was set again
        }
    }
    Q_EMIT runningChanged();
    Q_EMIT finished();
}

} // namespace Imprint
