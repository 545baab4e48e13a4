// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackQueries.h"

#include "catalog/ReleaseQueries.h"
#include "catalog/SqlTransaction.h"
#include "identifiers/Isrc.h"

#include <QCoreApplication>
#include <QHash>
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
        "(SELECT count(*) FROM assets s WHERE s.track_id = t.id AND s.kind = 'stem'), "
        "coalesce(t.genre, ''), coalesce(t.language, ''), coalesce(t.explicit, ''), coalesce(r.id, 0), "
        "coalesce(r.label, '') "
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
        row.genre = query.value(14).toString();
        row.language = query.value(15).toString();
        row.explicitFlag = query.value(16).toString();
        row.releaseId = query.value(17).toLongLong();
        row.label = query.value(18).toString();
        row.updateSearchKey();
        rows.append(std::move(row));
    }
    return rows;
}

std::optional<EditableField> editableField(const QString &name)
{
    static const QHash<QString, EditableField> fields { { u"title"_s, EditableField::Title },
        { u"artist"_s, EditableField::Artist }, { u"version"_s, EditableField::Version },
        { u"isrc"_s, EditableField::Isrc }, { u"genre"_s, EditableField::Genre },
        { u"language"_s, EditableField::Language }, { u"explicit"_s, EditableField::Explicit } };
    const auto found = fields.constFind(name);
    if (found == fields.cend())
        return std::nullopt;
    return *found;
}

std::optional<QString> normalizedValue(EditableField field, const QString &value, QString *error)
{
    const QString text = value.trimmed();
    switch (field) {
    case EditableField::Title:
        if (text.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("TrackQueries", "A track needs a title.");
            return std::nullopt;
        }
        return text;
    case EditableField::Isrc: {
        if (text.isEmpty())
            return text;
        const IdentifierCheck check = Isrc::validate(text);
        if (!check.valid) {
            if (error)
                *error = check.reason;
            return std::nullopt;
        }
        return check.normalized;
    }
    case EditableField::Explicit:
        // A track's flag means what a release's does.
        return ReleaseQueries::normalizedValue(u"explicit"_s, text, error);
    case EditableField::Artist:
    case EditableField::Version:
    case EditableField::Genre:
    case EditableField::Language:
        return text;
    }
    return text;
}

bool updateTrackField(
    QSqlDatabase db, qint64 trackId, EditableField field, const QString &value, QString *error)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    if (!writeTrackField(db, trackId, field, value, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

bool writeTrackField(
    QSqlDatabase db, qint64 trackId, EditableField field, const QString &value, QString *error)
{
    const auto normalized = normalizedValue(field, value.isNull() ? u""_s : value, error);
    if (!normalized)
        return false;
    const QString &trimmed = *normalized;
    QSqlQuery query(db);
    const auto fail = [&] {
        if (error)
            *error = query.lastError().text();
        return false;
    };
    // Empty optional fields are stored as NULL ("not set"), as the CSV import does.
    const auto nullable = [&trimmed] {
        return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
    };
    const auto setColumn = [&](const QString &column, const QVariant &bound) {
        // The column name comes from this function, never from the caller.
        query.prepare(u"UPDATE tracks SET %1 = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                      "WHERE id = ?"_s.arg(column));
        query.addBindValue(bound);
    };

    switch (field) {
    case EditableField::Title:
        setColumn(u"title"_s, trimmed);
        break;
    case EditableField::Version:
        setColumn(u"version"_s, trimmed);
        break;
    case EditableField::Isrc:
        // The UNIQUE constraint is the last line of defence; the session refuses duplicates first.
        setColumn(u"isrc"_s, nullable());
        break;
    case EditableField::Genre:
        setColumn(u"genre"_s, nullable());
        break;
    case EditableField::Language:
        setColumn(u"language"_s, nullable());
        break;
    case EditableField::Explicit:
        setColumn(u"explicit"_s,
            trimmed.isEmpty() ? QVariant(QMetaType::fromType<int>()) : QVariant(trimmed.toInt()));
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
    return true;
}

} // namespace Imprint::TrackQueries
