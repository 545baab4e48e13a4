// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackListing.h"

#include "tracks/TrackMatch.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::TrackListing
{

namespace
{

bool run(QSqlQuery &query, const QString &sql, QString *error)
{
    query.setForwardOnly(true);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// Each track's first release (the lowest id), as the track table shows it. One scan of
// release_tracks instead of a lookup per track.
std::optional<QHash<qint64, QString>> firstReleases(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    if (!run(query,
            u"SELECT rt.track_id, r.title FROM release_tracks rt JOIN releases r ON r.id = rt.release_id "
            "ORDER BY rt.track_id, rt.release_id"_s,
            error))
        return std::nullopt;
    QHash<qint64, QString> titles;
    while (query.next()) {
        const qint64 trackId = query.value(0).toLongLong();
        if (!titles.contains(trackId))
            titles.insert(trackId, query.value(1).toString());
    }
    return titles;
}

// The master the track table shows (TrackQueries::allTracks: a master before a mix, then the
// lowest id) for the listed rows, from one scan of the assets.
bool addMasters(QSqlDatabase db, TrackRows *rows, QString *error)
{
    QHash<qint64, TrackRow *> byId;
    byId.reserve(rows->size());
    for (TrackRow &row : *rows)
        byId.insert(row.id, &row);
    QSqlQuery query(db);
    if (!run(query,
            u"SELECT track_id, duration_ms, coalesce(format, ''), coalesce(rel_path, ''), "
            "coalesce(sample_rate, 0), coalesce(bit_depth, 0) FROM assets WHERE kind IN ('master', 'mix') "
            "ORDER BY track_id, kind = 'mix', id"_s,
            error))
        return false;
    qint64 previous = 0;
    while (query.next()) {
        const qint64 trackId = query.value(0).toLongLong();
        if (trackId == previous)
            continue; // only the first
        previous = trackId;
        TrackRow *row = byId.value(trackId);
        if (!row)
            continue;
        if (row->durationMs < 0)
            row->durationMs = query.value(1).toLongLong(); // the track's own duration comes first
        row->format = query.value(2).toString();
        row->path = query.value(3).toString();
        row->sampleRate = query.value(4).toInt();
        row->bitDepth = query.value(5).toInt();
    }
    return true;
}

} // namespace

std::optional<TrackRows> find(QSqlDatabase db, const QString &search, QString *error)
{
    const QStringList words = TrackMatch::words(search);
    const auto releases = firstReleases(db, error);
    if (!releases)
        return std::nullopt;
    QSqlQuery query(db);
    if (!run(query,
            u"SELECT id, title, display_artist, version, coalesce(isrc, ''), duration_ms "
            "FROM tracks ORDER BY id"_s,
            error))
        return std::nullopt;
    TrackRows rows;
    while (query.next()) {
        TrackRow row;
        row.id = query.value(0).toLongLong();
        row.title = query.value(1).toString();
        row.artist = query.value(2).toString();
        row.version = query.value(3).toString();
        row.isrc = query.value(4).toString();
        row.release = releases->value(row.id);
        row.updateSearchKey();
        if (!TrackMatch::matches(row.searchKey, words))
            continue;
        row.searchKey.clear();
        row.durationMs = query.value(5).isNull() ? -1 : query.value(5).toLongLong(); // -1: the master's
        rows.append(std::move(row));
    }
    if (!addMasters(db, &rows, error))
        return std::nullopt;
    for (TrackRow &row : rows)
        row.durationMs = std::max<qint64>(row.durationMs, 0);
    return rows;
}

} // namespace Imprint::TrackListing
