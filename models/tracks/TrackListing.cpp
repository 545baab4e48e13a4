// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackListing.h"

#include "catalog/TrackSearchText.h"
#include "catalog/TrackSql.h"
#include "tracks/TrackMatch.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::TrackListing
{

std::optional<TrackRows> find(QSqlDatabase db, const QString &search, QString *error)
{
    const QStringList words = TrackMatch::words(search);
    // Rows whose text an edit cleared since the catalog was opened get it now; when the catalog
    // cannot be written they are matched below instead.
    if (!words.isEmpty())
        TrackSearchText::fill(db, nullptr);
    // Every word in the folded text, as TrackMatch::matches decides; instr() compares the bytes,
    // which is right for text folded on both sides.
    QString where;
    if (!words.isEmpty()) {
        QStringList each;
        for (qsizetype i = 0; i < words.size(); ++i)
            each.append(u"instr(t.search_text, ?) > 0"_s);
        where = u"WHERE t.search_text IS NULL OR (%1) "_s.arg(each.join(u" AND "_s));
    }
    // The first release (the lowest id) and the master the track table shows (a master before a
    // mix, then the lowest id), looked up for the matching tracks only.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT t.id, t.title, t.display_artist, t.version, coalesce(t.isrc, ''), "
        "coalesce(t.duration_ms, m.duration_ms, 0), coalesce(m.format, ''), coalesce(m.rel_path, ''), "
        "coalesce(m.sample_rate, 0), coalesce(m.bit_depth, 0), t.search_text IS NULL, "
        "coalesce(r.title, '') FROM tracks t LEFT JOIN assets m ON m.id = %1 LEFT JOIN releases r ON r.id = "
        "%2 "
        "%3ORDER BY t.id"_s.arg(
            TrackSql::mainAudioId(u"t.id"_s), TrackSql::firstReleaseId(u"t.id"_s), where));
    for (const QString &word : words)
        query.addBindValue(word);
    if (!query.exec()) {
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
        row.durationMs = std::max<qint64>(query.value(5).toLongLong(), 0);
        row.format = query.value(6).toString();
        row.path = query.value(7).toString();
        row.sampleRate = query.value(8).toInt();
        row.bitDepth = query.value(9).toInt();
        row.release = query.value(11).toString();
        if (query.value(10).toBool() && !words.isEmpty()) { // no search text yet: match it here
            row.updateSearchKey();
            if (!TrackMatch::matches(row.searchKey, words))
                continue;
            row.searchKey.clear();
        }
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace Imprint::TrackListing
