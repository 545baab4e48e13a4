// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackVersionQueries.h"

#include "catalog/CompareAndSet.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::TrackVersionQueries
{

namespace
{

// "Title (Version) — Artist", as pickers show a recording.
constexpr QStringView shownTrack
    = u"t.title || CASE WHEN t.version <> '' THEN ' (' || t.version || ')' ELSE '' END "
      "|| CASE WHEN t.display_artist <> '' THEN ' — ' || t.display_artist ELSE '' END";

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

std::optional<QVariantMap> originalOf(QSqlDatabase db, qint64 trackId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(
        u"SELECT t.id, %1 FROM tracks v JOIN tracks t ON t.id = v.original_track_id WHERE v.id = ?"_s.arg(
            shownTrack));
    query.addBindValue(trackId);
    if (!run(query, error))
        return std::nullopt;
    if (!query.next())
        return QVariantMap();
    return QVariantMap { { u"trackId"_s, query.value(0).toLongLong() },
        { u"text"_s, query.value(1).toString() } };
}

std::optional<QVariantList> versionsOf(QSqlDatabase db, qint64 trackId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT t.id, %1, t.version, coalesce(t.isrc, '') FROM tracks t "
                  "WHERE t.original_track_id = ? ORDER BY t.version COLLATE NOCASE, t.id"_s.arg(shownTrack));
    query.addBindValue(trackId);
    if (!run(query, error))
        return std::nullopt;
    QVariantList rows;
    while (query.next()) {
        rows.append(QVariantMap { { u"trackId"_s, query.value(0).toLongLong() },
            { u"text"_s, query.value(1).toString() }, { u"version"_s, query.value(2).toString() },
            { u"isrc"_s, query.value(3).toString() } });
    }
    return rows;
}

std::optional<qint64> originalIdOf(QSqlDatabase db, qint64 trackId, QString *error, bool lockRow)
{
    if (lockRow && !CompareAndSet::lockRow(db, u"tracks"_s, trackId, error))
        return std::nullopt;
    QSqlQuery query(db);
    query.prepare(u"SELECT coalesce(original_track_id, 0) FROM tracks WHERE id = ?"_s);
    query.addBindValue(trackId);
    if (!run(query, error))
        return std::nullopt;
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<bool> wouldLoop(QSqlDatabase db, qint64 trackId, qint64 originalId, QString *error)
{
    if (originalId <= 0)
        return false;
    // Follow the originals up from the proposed one; UNION (not UNION ALL) ends on a loop that
    // is already stored, so a damaged catalog cannot hang this. The cast gives the bound id the
    // type of the ids PostgreSQL follows it with.
    QSqlQuery query(db);
    query.prepare(uR"(
        WITH RECURSIVE chain(id) AS (
            SELECT CAST(? AS BIGINT)
            UNION
            SELECT t.original_track_id FROM tracks t JOIN chain ON t.id = chain.id
            WHERE t.original_track_id IS NOT NULL)
        SELECT count(*) FROM chain WHERE id = ?)"_s);
    query.addBindValue(originalId);
    query.addBindValue(trackId);
    if (!run(query, error) || !query.next())
        return std::nullopt;
    return query.value(0).toInt() > 0;
}

bool setOriginal(QSqlDatabase db, qint64 trackId, qint64 originalId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE tracks SET original_track_id = ?, "
                  "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"_s);
    query.addBindValue(originalId > 0 ? QVariant(originalId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(trackId);
    return run(query, error);
}

} // namespace Imprint::TrackVersionQueries
