// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackQueries.h"

#include "catalog/SqlTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::TrackQueries
{

std::optional<TrackRows> allTracks(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool ok = query.exec(
        u"SELECT t.id, t.title, t.display_artist, t.version, coalesce(t.isrc, ''), "
        "coalesce(r.title, ''), coalesce(r.release_type, ''), coalesce(t.duration_ms, a.duration_ms, 0), "
        "coalesce(a.format, ''), coalesce(a.rel_path, ''), coalesce(a.sample_rate, 0), "
        "coalesce(a.bit_depth, 0), coalesce(a.channels, 0), "
        "(SELECT count(*) FROM assets s WHERE s.track_id = t.id AND s.kind = 'stem') "
        "FROM tracks t "
        "LEFT JOIN assets a ON a.id = (SELECT id FROM assets WHERE track_id = t.id AND kind IN ('master', "
        "'mix') "
        "                              ORDER BY kind = 'mix', id LIMIT 1) "
        "LEFT JOIN releases r ON r.id = (SELECT release_id FROM release_tracks WHERE track_id = t.id "
        "                                ORDER BY release_id LIMIT 1) "
        "ORDER BY t.id"_s);
    if (!ok) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    TrackRows rows;
    while (query.next()) {
        TrackRow row;
        row.id = query.value(0).toLongLong();
        row.title = query.value(1).toString();
        row.artist = query.value(2).toString();
        row.version = query.value(3).toString();
        row.isrc = query.value(4).toString();
        row.release = query.value(5).toString();
        row.releaseType = query.value(6).toString();
        row.durationMs = query.value(7).toLongLong();
        row.format = query.value(8).toString();
        row.path = query.value(9).toString();
        row.sampleRate = query.value(10).toInt();
        row.bitDepth = query.value(11).toInt();
        row.channels = query.value(12).toInt();
        row.stemCount = query.value(13).toInt();
        row.updateSearchKey();
        rows.append(std::move(row));
    }
    return rows;
}

bool updateTrackField(
    QSqlDatabase db, qint64 trackId, EditableField field, const QString &value, QString *error)
{
    const QString trimmed = value.isNull() ? u""_s : value.trimmed();
    if (field == EditableField::Title && trimmed.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("TrackQueries", "A track needs a title.");
        return false;
    }
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    const auto fail = [&] {
        if (error)
            *error = transaction.isActive() ? query.lastError().text() : transaction.error();
        return false;
    };
    if (!transaction.isActive())
        return fail();

    switch (field) {
    case EditableField::Title:
        query.prepare(u"UPDATE tracks SET title = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                      "WHERE id = ?"_s);
        query.addBindValue(trimmed);
        break;
    case EditableField::Version:
        query.prepare(u"UPDATE tracks SET version = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                      "WHERE id = ?"_s);
        query.addBindValue(trimmed);
        break;
    case EditableField::Isrc:
        // The UNIQUE constraint is the last line of defence; the session refuses duplicates first.
        query.prepare(u"UPDATE tracks SET isrc = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                      "WHERE id = ?"_s);
        query.addBindValue(trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed));
        break;
    case EditableField::Artist: {
        QVariant partyId(QMetaType::fromType<qint64>());
        if (!trimmed.isEmpty()) {
            query.prepare(u"SELECT id FROM parties WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1"_s);
            query.addBindValue(trimmed);
            if (!query.exec())
                return fail();
            if (query.next()) {
                partyId = query.value(0);
            } else {
                query.prepare(u"INSERT INTO parties(name) VALUES (?)"_s);
                query.addBindValue(trimmed);
                if (!query.exec())
                    return fail();
                partyId = query.lastInsertId();
            }
        }
        query.prepare(u"UPDATE tracks SET display_artist = ?, primary_artist_id = ?, "
                      "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?"_s);
        query.addBindValue(trimmed);
        query.addBindValue(partyId);
        break;
    }
    }
    query.addBindValue(trackId);
    if (!query.exec())
        return fail();
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = QCoreApplication::translate("TrackQueries", "The track is no longer in the catalog.");
        return false;
    }
    return transaction.commit() || fail();
}

} // namespace Imprint::TrackQueries
