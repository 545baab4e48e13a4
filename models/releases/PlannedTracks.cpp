// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "PlannedTracks.h"

#include "catalog/PartyQueries.h"
#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"
#include "identifiers/Isrc.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::PlannedTracks
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PlannedTracks)
};

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

std::optional<PlannedTrack> normalized(const PlannedTrack &track, QString *error)
{
    PlannedTrack result { track.title.simplified(), track.artist.simplified(), track.version.simplified(),
        QString() };
    if (result.title.isEmpty()) {
        if (error)
            *error = Text::tr("A planned track needs a title.");
        return std::nullopt;
    }
    if (!track.isrc.trimmed().isEmpty()) {
        const IdentifierCheck check = Isrc::validate(track.isrc);
        if (!check.valid) {
            if (error)
                *error = check.reason;
            return std::nullopt;
        }
        result.isrc = check.normalized;
    }
    return result;
}

std::optional<qint64> create(QSqlDatabase db, qint64 releaseId, const PlannedTrack &input, QString *error)
{
    const auto refuse = [error](const QString &reason) -> std::optional<qint64> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const auto track = normalized(input, error);
    if (!track)
        return std::nullopt;
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return refuse(transaction.error());
    QSqlQuery query(db);
    query.prepare(
        u"SELECT coalesce(p.name, '') FROM releases r LEFT JOIN parties p ON p.id = r.primary_artist_id "
        "WHERE r.id = ?"_s);
    query.addBindValue(releaseId);
    if (!query.exec())
        return refuse(query.lastError().text());
    if (!query.next())
        return refuse(Text::tr("The release is no longer in the catalog."));
    const QString artist = track->artist.isEmpty() ? query.value(0).toString() : track->artist;
    if (!track->isrc.isEmpty()) {
        query.prepare(u"SELECT title FROM tracks WHERE isrc = ?"_s);
        query.addBindValue(track->isrc);
        if (!query.exec())
            return refuse(query.lastError().text());
        if (query.next())
            return refuse(Text::tr("The ISRC %1 already belongs to “%2”.")
                    .arg(Isrc::display(track->isrc), query.value(0).toString()));
    }
    qint64 artistId = 0;
    if (!artist.isEmpty()) {
        artistId = PartyQueries::findOrCreate(db, artist, error);
        if (artistId == 0)
            return std::nullopt;
    }
    query.prepare(u"INSERT INTO tracks(title, version, primary_artist_id, display_artist, isrc) "
                  "VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    query.addBindValue(track->title);
    query.addBindValue(track->version.isNull() ? u""_s : track->version); // NOT NULL columns
    query.addBindValue(artistId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(artistId));
    query.addBindValue(artist.isNull() ? u""_s : artist);
    query.addBindValue(
        track->isrc.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(track->isrc));
    if (!query.exec())
        return refuse(query.lastError().text());
    const qint64 trackId = returnedId(query);
    // At the end of the last disc. The running order is numbered 1… per disc as the page shows
    // it (tracks imported without a number come after the numbered ones), so the new track is
    // last there too.
    query.prepare(u"SELECT track_id, disc_number FROM release_tracks WHERE release_id = ? "
                  "ORDER BY disc_number, track_number IS NULL, track_number, track_id"_s);
    query.addBindValue(releaseId);
    if (!query.exec())
        return refuse(query.lastError().text());
    QList<std::pair<qint64, int>> order;
    while (query.next())
        order.append({ query.value(0).toLongLong(), query.value(1).toInt() });
    order.append({ trackId, order.isEmpty() ? 1 : order.constLast().second });
    query.prepare(u"INSERT INTO release_tracks(release_id, track_id, disc_number) VALUES (?, ?, ?)"_s);
    query.addBindValue(releaseId);
    query.addBindValue(trackId);
    query.addBindValue(order.constLast().second);
    if (!query.exec())
        return refuse(query.lastError().text());
    QHash<int, int> numberOnDisc;
    query.prepare(u"UPDATE release_tracks SET track_number = ? WHERE release_id = ? AND track_id = ?"_s);
    for (const auto &[id, disc] : order) {
        query.addBindValue(++numberOnDisc[disc]);
        query.addBindValue(releaseId);
        query.addBindValue(id);
        if (!query.exec())
            return refuse(query.lastError().text());
    }
    query.prepare(u"UPDATE releases SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"_s);
    query.addBindValue(releaseId);
    if (!query.exec())
        return refuse(query.lastError().text());
    if (!transaction.commit())
        return refuse(transaction.error());
    return trackId;
}

QString matchKey(const QString &title, const QString &artist, const QString &version)
{
    QString versionKey = folded(version);
    if (versionKey == u"original" || versionKey == u"original mix" || versionKey == u"album version")
        versionKey.clear();
    return folded(title) + u'\n' + folded(artist) + u'\n' + versionKey;
}

bool hasAudio(QSqlDatabase db, qint64 trackId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM assets WHERE track_id = ? AND kind IN ('master', 'mix') LIMIT 1"_s);
    query.addBindValue(trackId);
    return query.exec() && query.next();
}

} // namespace Imprint::PlannedTracks
