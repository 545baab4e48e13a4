// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackSearch.h"

#include "catalog/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace Imprint::TrackSearch
{

std::optional<QVariantList> find(QSqlDatabase db, const Query &search, QString *error)
{
    QSqlQuery query(db);
    query.prepare(uR"(
        SELECT t.id, t.title, t.version, t.display_artist, coalesce(t.isrc, ''), coalesce(t.work_id, 0),
               coalesce(t.original_track_id, 0)
        FROM tracks t
        WHERE (? = 0 OR NOT EXISTS (SELECT 1 FROM release_tracks rt WHERE rt.release_id = ? AND rt.track_id = t.id))
          AND t.id <> ?
          AND (? = '' OR t.title {like} ? ESCAPE '\' OR t.display_artist {like} ? ESCAPE '\'
               OR t.isrc {like} ? ESCAPE '\')
        ORDER BY t.title COLLATE NOCASE, t.version, t.id
        LIMIT ?)"_s.replace(u"{like}"_s, SqlDialect::of(db).caselessLike()));
    const QString text = search.text.trimmed();
    QString pattern = text;
    pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    pattern = u'%' + pattern + u'%';
    query.addBindValue(search.notOnRelease);
    query.addBindValue(search.notOnRelease);
    query.addBindValue(search.notTrack);
    query.addBindValue(text);
    query.addBindValue(pattern);
    query.addBindValue(pattern);
    query.addBindValue(pattern);
    query.addBindValue(search.limit);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QVariantList rows;
    while (query.next()) {
        const QString title = query.value(1).toString();
        const QString version = query.value(2).toString();
        const QString artist = query.value(3).toString();
        QString shown = version.isEmpty() ? title : u"%1 (%2)"_s.arg(title, version);
        if (!artist.isEmpty())
            shown += u" — "_s + artist;
        rows.append(QVariantMap { { u"trackId"_s, query.value(0).toLongLong() }, { u"title"_s, title },
            { u"version"_s, version }, { u"artist"_s, artist }, { u"isrc"_s, query.value(4).toString() },
            { u"workId"_s, query.value(5).toLongLong() }, { u"originalId"_s, query.value(6).toLongLong() },
            { u"text"_s, shown } });
    }
    return rows;
}

} // namespace Imprint::TrackSearch
