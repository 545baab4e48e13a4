// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReleaseTrackList.h"

#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"
#include "tracks/TrackSearch.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::ReleaseTrackList
{

List fromVariant(const QVariantList &tracks)
{
    List list;
    list.reserve(tracks.size());
    for (const QVariant &track : tracks) {
        const QVariantMap map = track.toMap();
        list.append({ map.value(u"trackId"_s).toLongLong(), std::max(1, map.value(u"disc"_s).toInt()) });
    }
    return list;
}

QString encode(const List &list)
{
    QStringList parts;
    parts.reserve(list.size());
    for (const Placement &placement : list)
        parts.append(u"%1:%2"_s.arg(placement.trackId).arg(placement.disc));
    return parts.join(u',');
}

std::optional<List> decode(QStringView text)
{
    List list;
    if (text.isEmpty())
        return list;
    for (QStringView part : text.split(u',')) {
        const auto separator = part.indexOf(u':');
        bool idOk = false;
        bool discOk = false;
        const qint64 id = separator > 0 ? part.left(separator).toLongLong(&idOk) : 0;
        const int disc = separator > 0 ? part.mid(separator + 1).toInt(&discOk) : 0;
        if (!idOk || !discOk || id <= 0 || disc < 1)
            return std::nullopt;
        list.append({ id, disc });
    }
    return list;
}

List moved(List list, qsizetype from, qsizetype to)
{
    if (from < 0 || from >= list.size() || to < 0 || to >= list.size() || from == to)
        return list;
    // It takes the slot of the track at `to`, and so that track's disc.
    const int disc = list.at(to).disc;
    Placement placement = list.takeAt(from);
    placement.disc = disc;
    list.insert(to, placement);
    // Keep discs in order, so the running order reads disc by disc.
    std::stable_sort(
        list.begin(), list.end(), [](const Placement &a, const Placement &b) { return a.disc < b.disc; });
    return list;
}

List added(List list, qint64 trackId)
{
    const bool present = std::any_of(list.cbegin(), list.cend(),
        [trackId](const Placement &placement) { return placement.trackId == trackId; });
    if (!present && trackId > 0)
        list.append({ trackId, list.isEmpty() ? 1 : list.constLast().disc });
    return list;
}

List removed(List list, qint64 trackId)
{
    list.removeIf([trackId](const Placement &placement) { return placement.trackId == trackId; });
    return list;
}

bool write(QSqlDatabase db, qint64 releaseId, const List &list, QString *error)
{
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!transaction.isActive())
        return fail(transaction.error());
    query.prepare(u"DELETE FROM release_tracks WHERE release_id = ?"_s);
    query.addBindValue(releaseId);
    if (!query.exec())
        return fail(query.lastError().text());
    QHash<int, int> numberOnDisc;
    query.prepare(
        u"INSERT INTO release_tracks (release_id, track_id, disc_number, track_number) VALUES (?, ?, ?, ?)"_s);
    for (const Placement &placement : list) {
        query.addBindValue(releaseId);
        query.addBindValue(placement.trackId);
        query.addBindValue(placement.disc);
        query.addBindValue(++numberOnDisc[placement.disc]);
        if (!query.exec())
            return fail(query.lastError().text());
    }
    query.prepare(u"UPDATE releases SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"_s);
    query.addBindValue(releaseId);
    if (!query.exec() || !transaction.commit())
        return fail(query.lastError().text() + transaction.error());
    return true;
}

std::optional<List> stored(QSqlDatabase db, qint64 releaseId, QString *error)
{
    QSqlQuery query(db);
    const auto failed = [&query, error] {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    };
    if (const QString lock = SqlDialect::of(db).lockRowQuery(u"releases"_s); !lock.isEmpty()) {
        query.prepare(lock);
        query.addBindValue(releaseId);
        if (!query.exec())
            return failed();
    }
    query.prepare(u"SELECT track_id, disc_number FROM release_tracks WHERE release_id = ? "
                  "ORDER BY disc_number, track_number IS NULL, track_number, track_id"_s);
    query.addBindValue(releaseId);
    if (!query.exec())
        return failed();
    List list;
    while (query.next())
        list.append({ query.value(0).toLongLong(), query.value(1).toInt() });
    return list;
}

bool writeIf(QSqlDatabase db, qint64 releaseId, const List &expected, const List &list,
    std::optional<List> *theirs, QString *error)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    auto now = stored(db, releaseId, error);
    if (!now)
        return false;
    if (*now != expected && *now != list) {
        *theirs = std::move(*now);
        return false;
    }
    if (!write(db, releaseId, list, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

std::optional<QVariantList> candidates(
    QSqlDatabase db, qint64 releaseId, const QString &text, int limit, QString *error)
{
    return TrackSearch::find(db, { text, limit, releaseId, 0 }, error);
}

} // namespace Imprint::ReleaseTrackList
