// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AffectedTracks.h"

#include "catalog/TrackQueries.h"
#include "releases/ReleaseCatalog.h"
#include "releases/ReleaseTrackList.h"
#include "rights/RightsCatalog.h"
#include "schedule/PlanningSession.h"
#include "tracks/BulkTrackEdit.h"
#include "tracks/TrackFiles.h"
#include "tracks/TrackVersions.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

QString idList(const QSet<qint64> &ids)
{
    QStringList text;
    text.reserve(ids.size());
    for (qint64 id : ids)
        text.append(QString::number(id));
    return text.join(u',');
}

bool collect(
    QSqlDatabase db, const QString &sql, const QStringList &binds, QSet<qint64> *into, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QString &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next())
        into->insert(query.value(0).toLongLong());
    return true;
}

} // namespace

void AffectedTracks::merge(const AffectedTracks &other)
{
    everything = everything || other.everything;
    tracks.unite(other.tracks);
    releases.unite(other.releases);
    assets.unite(other.assets);
    titles.unite(other.titles);
}

AffectedTracks AffectedTracks::of(const QList<FieldEdit> &parts)
{
    AffectedTracks affected;
    for (const FieldEdit &part : parts) {
        // Their owners read again what they change: the rights records, and a track's stems and
        // cut-downs (the session reloads after each).
        if (part.field.startsWith(RightsCatalog::historyPrefix)
            || part.field.startsWith(TrackFiles::historyPrefix))
            continue;
        if (part.field.startsWith(ReleaseCatalog::historyPrefix)
            || part.field.startsWith(PlanningSession::historyPrefix)) {
            affected.releases.insert(part.recordId); // both are keyed by the release
            affected.tracks.unite(placedOrRemoved({ part }));
        } else if (part.field.startsWith(TrackVersions::historyPrefix)) {
            // The track and its original before and after: all three are judged differently.
            affected.tracks.insert(part.recordId);
            for (const QString &original : { part.before, part.after }) {
                if (const qint64 id = original.toLongLong(); id > 0)
                    affected.tracks.insert(id);
            }
        } else if (part.field.startsWith(BulkTrackEdit::historyPrefix)) {
            // Many tracks at once (artist, genre, language, explicit, their releases' label);
            // before and after name the same records.
            BulkTrackEdit::touched(part.after, &affected.tracks, &affected.releases);
        } else if (TrackQueries::editableField(part.field)) {
            affected.tracks.insert(part.recordId);
            if (part.field == u"title") {
                affected.titles.insert(part.before);
                affected.titles.insert(part.after);
            }
        } else {
            // Credits and splits are shared through works, a profile judges every track: read
            // everything again.
            affected.everything = true;
        }
    }
    return affected;
}

QSet<qint64> AffectedTracks::placedOrRemoved(const QList<FieldEdit> &parts)
{
    const QString runningOrder = QString(ReleaseCatalog::historyPrefix) + u"tracklist"_s;
    QSet<qint64> tracks;
    for (const FieldEdit &part : parts) {
        if (part.field != runningOrder)
            continue;
        for (const QString &list : { part.before, part.after }) {
            for (const ReleaseTrackList::Placement &placement :
                ReleaseTrackList::decode(list).value_or(ReleaseTrackList::List()))
                tracks.insert(placement.trackId);
        }
    }
    return tracks;
}

std::optional<QList<qint64>> AffectedTracks::resolve(QSqlDatabase db, QString *error) const
{
    QSet<qint64> edited = tracks;
    if (!releases.isEmpty()
        && !collect(db,
            u"SELECT track_id FROM release_tracks WHERE release_id IN (%1)"_s.arg(idList(releases)), {},
            &edited, error))
        return std::nullopt;
    if (!assets.isEmpty()
        && !collect(db,
            u"SELECT track_id FROM assets WHERE id IN (%1) AND track_id IS NOT NULL"_s.arg(idList(assets)),
            {}, &edited, error))
        return std::nullopt;
    QSet<qint64> result = edited;
    if (!edited.isEmpty()) {
        const QString ids = idList(edited);
        // Through the indexes of migration 10 (tracks_original, tracks_title_folded).
        if (!collect(db,
                u"SELECT id FROM tracks WHERE original_track_id IN (%1) UNION "
                "SELECT original_track_id FROM tracks WHERE id IN (%1) AND original_track_id IS NOT NULL "
                "UNION "
                "SELECT id FROM tracks WHERE lower(title) IN (SELECT lower(title) FROM tracks WHERE id IN (%1))"_s
                    .arg(ids),
                {}, &result, error))
            return std::nullopt;
    }
    for (const QString &title : titles) {
        if (!collect(db, u"SELECT id FROM tracks WHERE lower(title) = lower(?)"_s, { title }, &result, error))
            return std::nullopt;
    }
    QList<qint64> sorted(result.cbegin(), result.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

} // namespace Imprint
