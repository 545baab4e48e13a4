// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DeliveryQueries.h"

#include "catalog/ReleaseQueries.h"
#include "catalog/SqlTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::DeliveryQueries
{

namespace
{

template<typename T>
std::optional<T> failed(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return std::nullopt;
}

} // namespace

std::optional<Delivery::DeliveryRelease> loadRelease(QSqlDatabase db, qint64 releaseId, QString *error)
{
    const auto releases = ReleaseQueries::allReleases(db, error);
    if (!releases)
        return std::nullopt;
    Delivery::DeliveryRelease release;
    bool found = false;
    for (const ReleaseRow &row : *releases) {
        if (row.id == releaseId) {
            release.release = row;
            found = true;
        }
    }
    if (!found) {
        if (error)
            *error = QCoreApplication::translate("Delivery", "no release with id %1").arg(releaseId);
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(
        u"SELECT t.id, rt.disc_number, coalesce(rt.track_number, 0), t.title, t.version, "
        "t.display_artist, coalesce(t.isrc, ''), coalesce(t.genre, ''), coalesce(t.musical_key, ''), "
        "coalesce(t.mood, ''), coalesce(t.bpm, 0), coalesce(t.has_vocals, -1), "
        "coalesce(t.duration_ms, 0) FROM release_tracks rt JOIN tracks t ON t.id = rt.track_id "
        "WHERE rt.release_id = ? ORDER BY rt.disc_number, rt.track_number IS NULL, rt.track_number, t.id"_s);
    query.addBindValue(releaseId);
    if (!query.exec())
        return failed<Delivery::DeliveryRelease>(query, error);
    while (query.next()) {
        Delivery::DeliveryTrack track;
        track.id = query.value(0).toLongLong();
        track.disc = query.value(1).toInt();
        track.number = query.value(2).toInt();
        track.title = query.value(3).toString();
        track.version = query.value(4).toString();
        track.artist = query.value(5).toString();
        track.isrc = query.value(6).toString();
        track.genre = query.value(7).toString();
        track.key = query.value(8).toString();
        track.mood = query.value(9).toString();
        track.bpm = query.value(10).toDouble();
        track.hasVocals = query.value(11).toInt();
        track.durationMs = query.value(12).toLongLong();
        release.tracks.append(track);
    }
    // The release's own files (artwork, documents) and every file of its tracks.
    query.prepare(u"SELECT coalesce(a.track_id, 0), a.kind, coalesce(a.stem_type, ''), a.rel_path, "
                  "coalesce(a.width, 0), coalesce(a.height, 0), coalesce(a.sample_rate, 0), "
                  "coalesce(a.bit_depth, 0) FROM assets a "
                  "WHERE a.release_id = ? OR a.id = (SELECT artwork_asset_id FROM releases WHERE id = ?) "
                  "OR a.track_id IN (SELECT track_id FROM release_tracks WHERE release_id = ?) "
                  "ORDER BY a.kind, a.rel_path"_s);
    query.addBindValue(releaseId);
    query.addBindValue(releaseId);
    query.addBindValue(releaseId);
    if (!query.exec())
        return failed<Delivery::DeliveryRelease>(query, error);
    while (query.next()) {
        Delivery::DeliveryAsset asset;
        asset.kind = query.value(1).toString();
        // Artwork and documents belong to the release even when the import tied them to a track.
        asset.trackId
            = (asset.kind == u"artwork" || asset.kind == u"document") ? 0 : query.value(0).toLongLong();
        asset.stemType = query.value(2).toString();
        asset.relPath = query.value(3).toString();
        asset.width = query.value(4).toInt();
        asset.height = query.value(5).toInt();
        asset.sampleRate = query.value(6).toInt();
        asset.bitDepth = query.value(7).toInt();
        release.assets.append(asset);
    }
    return release;
}

bool recordDelivery(QSqlDatabase db, const DeliveryRecord &record, QString *error)
{
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO deliveries(release_id, profile, file, size, sha256, warnings) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(record.releaseId);
    query.addBindValue(record.profile);
    query.addBindValue(record.file);
    query.addBindValue(record.size);
    query.addBindValue(record.sha256);
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(record.warnings)).toJson(QJsonDocument::Compact)));
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        if (error)
            *error = transaction.error().isEmpty() ? query.lastError().text() : transaction.error();
        return false;
    }
    return true;
}

std::optional<QList<DeliveryRecord>> deliveriesOf(QSqlDatabase db, qint64 releaseId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT id, release_id, profile, file, size, sha256, warnings, created_at FROM deliveries "
                  "WHERE release_id = ? ORDER BY created_at DESC, id DESC"_s);
    query.addBindValue(releaseId);
    if (!query.exec())
        return failed<QList<DeliveryRecord>>(query, error);
    QList<DeliveryRecord> records;
    while (query.next()) {
        DeliveryRecord record;
        record.id = query.value(0).toLongLong();
        record.releaseId = query.value(1).toLongLong();
        record.profile = query.value(2).toString();
        record.file = query.value(3).toString();
        record.size = query.value(4).toLongLong();
        record.sha256 = query.value(5).toString();
        for (const QJsonValue &warning : QJsonDocument::fromJson(query.value(6).toByteArray()).array())
            record.warnings.append(warning.toString());
        record.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
        records.append(record);
    }
    return records;
}

} // namespace Imprint::DeliveryQueries
