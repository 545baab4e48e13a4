// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// CatalogSession, part three: reading the catalog. The whole of it at open and after an import,
// the track table alone or a few of its rows after edits, and what other clients changed.
#include "CatalogSession.h"

#include "Logging.h"
#include "RemoteChanges.h"
#include "catalog/AssetPath.h"
#include "catalog/CatalogReadAhead.h"
#include "catalog/TeamRoles.h"
#include "catalog/TrackQueries.h"
#include "identifiers/IsrcAllocation.h"
#include "quality/SharedQualityRows.h"

#include <QFileInfo>

#include <utility>

using namespace Qt::StringLiterals;

namespace Imprint
{

void CatalogSession::reload()
{
    // The three large reads overlap: every track's rights (verdicts judged there too) on a
    // thread of its own while the catalog thread reads the track table, which the user sees
    // first; the audio-check rows on another once the table is read (with one thread fewer
    // beside it, the table comes a third sooner on two cores; the rights read asks for those
    // rows late, or reads them itself). The table's readiness and loudness columns fill in when
    // the others come. They start after every write posted before, and the catalog thread takes
    // their results before it runs anything posted after. reloaded() waits for every part.
    ++m_wholeReloads;
    // Without titles and paths: the audio checks name their tracks from the track table.
    const auto qualityRows = std::make_shared<SharedQualityRows>(m_store, false);
    const auto rights = m_rights.prepareReload(qualityRows);
    m_catalogThread.post([rights] { rights->start(); });
    reloadTracks();
    m_catalogThread.post([qualityRows] { qualityRows->start(); });
    m_releases.reload();
    m_planning.reload();
    m_credits.reload();
    m_versions.reload();
    m_files.reload();
    m_deliveries.reload();
    m_rights.reloadWith(rights);
    m_quality.reloadWith(qualityRows);
    // Posted after every part, so its answer comes back after theirs.
    m_catalogThread.post(
        [this] { QMetaObject::invokeMethod(this, &CatalogSession::finishReload, Qt::QueuedConnection); });
}

void CatalogSession::finishReload()
{
    if (--m_wholeReloads == 0 && m_pendingLoads == 0)
        Q_EMIT reloaded();
}

void CatalogSession::reloadTracks()
{
    if (++m_pendingLoads == 1)
        Q_EMIT loadingChanged();
    const CatalogStore store = m_store;
    m_catalogThread.post([this, store] {
        QString error;
        TrackRows rows;
        QString prefix;
        QString root;
        bool folderMissing = false;
        bool readOnly = false;
        QSqlDatabase db = store.connection(&error);
        if (db.isValid()) {
            qCDebug(lcCatalog) << "reading every track";
            if (auto loaded = TrackQueries::allTracks(db, &error))
                rows = std::move(*loaded);
            prefix = store.setting(Isrc::RegistrantPrefixSetting);
            root = store.libraryRoot();
            // On this thread: a stat of an unmounted network folder may take a while. A team
            // catalog copied to its server has no folder until each computer names its own; a
            // file gets one with its first import.
            folderMissing = (root.isEmpty() ? store.isOnServer() : !QFileInfo(root).isDir())
                && AssetPath::anyAssets(db);
            readOnly = TeamRoles::access(db) == TeamRoles::Access::Viewer;
        }
        QMetaObject::invokeMethod(
            this,
            [this, rows = std::move(rows), error, prefix, root, folderMissing, readOnly]() mutable {
                if (root != m_libraryRoot || folderMissing != m_libraryFolderMissing) {
                    m_libraryRoot = root;
                    m_libraryFolderMissing = folderMissing;
                    Q_EMIT libraryFolderChanged();
                }
                if (readOnly != m_readOnly) {
                    m_readOnly = readOnly;
                    Q_EMIT readOnlyChanged();
                }
                if (prefix != m_isrcPrefix) {
                    m_isrcPrefix = prefix;
                    Q_EMIT isrcPrefixChanged();
                }
                finishLoad(std::move(rows), error);
            },
            Qt::QueuedConnection);
    });
}

// After a running order was saved: the rows of the tracks on it before and after, read again
// (their release column), instead of the whole table. Saves queued behind this one were
// posted before this read and are in it.
void CatalogSession::reloadPlacedTracks()
{
    if (m_placedTracks.isEmpty())
        return;
    AffectedTracks placed;
    placed.tracks = std::exchange(m_placedTracks, {});
    refreshRows(placed);
}

// Reads the rows of these tracks (and of the tracks on these releases) again instead of the
// whole table; a track that is gone or new changes the table, which is then read whole.
void CatalogSession::refreshRows(const AffectedTracks &affected)
{
    constexpr qsizetype oneByOneUpTo = 2000; // past this, one read of everything is cheaper
    if (affected.everything || affected.size() > oneByOneUpTo) {
        reloadTableOnce();
        return;
    }
    const CatalogStore store = m_store;
    const quint64 edits = m_localEdits;
    m_catalogThread.post([this, store, affected, edits] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        QSet<qint64> named = affected.tracks;
        if (!affected.releases.isEmpty()) {
            AffectedTracks onReleases;
            onReleases.releases = affected.releases;
            if (auto found = db.isValid() ? onReleases.resolve(db, &error) : std::nullopt)
                named.unite(QSet<qint64>(found->cbegin(), found->cend()));
        }
        QList<qint64> ids(named.cbegin(), named.cend());
        std::ranges::sort(ids);
        auto rows = db.isValid() && error.isEmpty() ? TrackQueries::tracks(db, ids, &error) : std::nullopt;
        QMetaObject::invokeMethod(
            this,
            [this, affected, edits, ids, rows = std::move(rows)]() mutable {
                // An edit made here since this read was posted is not in it: read again, after it.
                if (edits != m_localEdits) {
                    refreshRows(affected);
                    return;
                }
                if (!rows || rows->size() != ids.size() || !m_table.updateRows(std::move(*rows))) {
                    reloadTableOnce();
                    return;
                }
                if (ids.contains(m_currentTrackId))
                    Q_EMIT currentTrackChanged();
            },
            Qt::QueuedConnection);
    });
}

// Reads the whole table, unless a read of it is on its way: then once more after that one (which
// may have started before the change). Changes can come faster than a large table is read, as
// while someone else imports thousands of files: they are not queued up one read each.
void CatalogSession::reloadTableOnce()
{
    if (m_pendingLoads > 0)
        m_tableStale = true;
    else
        reloadTracks();
}

// Another client committed changes to the team catalog: what they touched is read again.
void CatalogSession::followRemoteChanges(const QList<CatalogChange> &changes)
{
    const RemoteChanges remote = RemoteChanges::of(changes);
    qCDebug(lcCatalog) << changes.size() << "changes by other clients";
    if (remote.releases)
        m_releases.reload();
    if (remote.planning)
        m_planning.reload();
    if (remote.works || remote.trackDetails.contains(m_currentTrackId)) {
        m_credits.reload();
        m_versions.reload();
        m_files.reload();
    }
    if (!remote.rows.isEmpty())
        refreshRows(remote.rows);
    if (!remote.derived.isEmpty())
        refreshTracks(remote.derived); // reloads the deliveries too
    else if (remote.deliveries)
        m_deliveries.reload();
}

void CatalogSession::finishLoad(TrackRows rows, const QString &error)
{
    if (!error.isEmpty()) {
        qCWarning(lcCatalog) << "loading tracks failed:" << error;
        Q_EMIT errorOccurred(tr("Could not read the catalog: %1").arg(error));
    } else if (m_pendingLoads == 1) { // a newer load is queued: skip this stale result
        m_table.setRows(std::move(rows));
        if (m_currentTrackId != 0 && !m_table.rowById(m_currentTrackId))
            m_currentTrackId = 0;
        Q_EMIT currentTrackChanged();
    }
    if (--m_pendingLoads == 0) {
        Q_EMIT loadingChanged();
        if (m_wholeReloads == 0) // else finishReload() says it once every part is in
            Q_EMIT reloaded();
        if (std::exchange(m_tableStale, false))
            reloadTracks();
    }
}

} // namespace Imprint
