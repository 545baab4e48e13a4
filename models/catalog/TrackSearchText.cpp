// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackSearchText.h"

#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"
#include "catalog/TrackSql.h"
#include "tracks/TrackRow.h"

#include <QList>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::TrackSearchText
{

bool fill(QSqlDatabase db, QString *error)
{
    const auto fail = [error](const QSqlQuery &query) {
        if (error)
            *error = query.lastError().text();
        return false;
    };
    QSqlQuery select(db);
    select.setForwardOnly(true);
    // Most calls find nothing to do: then no write transaction, no lock for other clients.
    if (!select.exec(u"SELECT 1 FROM tracks WHERE search_text IS NULL LIMIT 1"_s))
        return fail(select);
    if (!select.next())
        return true;
    select.finish();
    // One transaction around the read and the writes, and no other writer in between (on
    // PostgreSQL too), so a title changed meanwhile cannot be left with a stale text.
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    if (const QString lock = SqlDialect::of(db).lockAgainstWriters(u"tracks"_s);
        !lock.isEmpty() && !select.exec(lock))
        return fail(select);
    // The first release as the track table shows it (TrackQueries::allTracks: the lowest id).
    if (!select.exec(u"SELECT t.id, t.title, t.display_artist, t.version, coalesce(t.isrc, ''), "
                     "coalesce(r.title, '') FROM tracks t LEFT JOIN releases r ON r.id = %1 "
                     "WHERE t.search_text IS NULL"_s.arg(TrackSql::firstReleaseId(u"t.id"_s))))
        return fail(select);
    QList<QPair<qint64, QString>> texts;
    while (select.next()) {
        TrackRow row;
        row.title = select.value(1).toString();
        row.artist = select.value(2).toString();
        row.version = select.value(3).toString();
        row.isrc = select.value(4).toString();
        row.release = select.value(5).toString();
        row.updateSearchKey();
        texts.append({ select.value(0).toLongLong(), row.searchKey });
    }
    select.finish();
    QSqlQuery update(db);
    if (!texts.isEmpty() && !update.prepare(u"UPDATE tracks SET search_text = ? WHERE id = ?"_s))
        return fail(update);
    for (const auto &[id, text] : std::as_const(texts)) {
        update.addBindValue(text);
        update.addBindValue(id);
        if (!update.exec())
            return fail(update);
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace Imprint::TrackSearchText
