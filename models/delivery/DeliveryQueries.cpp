// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DeliveryQueries.h"

#include "catalog/AssetPath.h"
#include "catalog/TrackSql.h"

#include "catalog/ReleaseQueries.h"
#include "catalog/SqlTransaction.h"
#include "delivery/DeliveryMetadata.h"
#include "quality/AnalysisRepository.h"
#include "rights/RightsQueries.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// The release as the readiness rules read it (RightsQueries reads a track's earliest release).
std::optional<ReleaseFacts> releaseFacts(QSqlDatabase db, qint64 releaseId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT r.id, r.title, coalesce(r.release_type, ''), coalesce(r.upc, ''), "
              "coalesce(r.release_date, ''), r.status, coalesce(r.label, ''), coalesce(r.genre, ''), "
              "coalesce(r.language, ''), coalesce(r.p_line, ''), coalesce(r.c_line, ''), "
              "coalesce(r.explicit, -1), coalesce(a.id, 0), coalesce(a.format, ''), coalesce(a.width, 0), "
              "coalesce(a.height, 0) FROM releases r LEFT JOIN assets a ON a.id = r.artwork_asset_id "
              "WHERE r.id = ?"_s);
    q.addBindValue(releaseId);
    if (!q.exec() || !q.next())
        return failed<ReleaseFacts>(q, error);
    return ReleaseFacts { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toString(),
        q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
        q.value(10).toString(), q.value(11).toInt(), q.value(12).toLongLong(), q.value(13).toString(),
        q.value(14).toInt(), q.value(15).toInt() };
}

// Credits with their instrument, the readiness facts and the stored analyses of every track.
bool loadVerdicts(QSqlDatabase db, Delivery::DeliveryRelease &release, const QString &libraryRoot,
    const QDate &today, QString *error)
{
    QHash<qint64, Delivery::DeliveryTrack *> byId;
    for (Delivery::DeliveryTrack &track : release.tracks)
        byId.insert(track.id, &track);
    QSqlQuery query(db);
    query.prepare(u"SELECT c.track_id, p.name, c.role, coalesce(c.instrument, ''), c.ai_used FROM credits c "
                  "JOIN parties p ON p.id = c.party_id WHERE c.track_id IN "
                  "(SELECT track_id FROM release_tracks WHERE release_id = ?) "
                  "ORDER BY c.track_id, c.position, c.id"_s);
    query.addBindValue(release.release.id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        if (Delivery::DeliveryTrack *track = byId.value(query.value(0).toLongLong()))
            track->credits.append({ query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toBool() });
    }
    const auto read = releaseFacts(db, release.release.id, error);
    if (!read)
        return false;
    const SharedFact<ReleaseFacts> ownRelease(*read); // one copy, shared by the release's tracks
    QList<qint64> ids;
    ids.reserve(release.tracks.size());
    for (const Delivery::DeliveryTrack &track : std::as_const(release.tracks))
        ids.append(track.id);
    auto facts = RightsQueries::trackFactsOf(db, libraryRoot, today, ids, error);
    if (!facts)
        return false;
    for (TrackFacts &one : *facts) { // in the release's order, each track once
        if (Delivery::DeliveryTrack *track = byId.value(one.trackId)) {
            track->facts = std::move(one);
            track->facts->release = ownRelease;
        }
    }
    const auto profiles = AnalysisRepository::profiles(db, error);
    // Only this release's tracks (no tracks: no rows, not the whole catalog).
    const auto rows = !profiles ? std::nullopt
        : byId.isEmpty()        ? std::optional<QList<TrackQualityRow>>(QList<TrackQualityRow>())
                                : AnalysisRepository::trackRows(db, error, byId.keys());
    if (!rows)
        return false;
    release.qualityProfiles = *profiles;
    for (const TrackQualityRow &row : *rows) {
        if (Delivery::DeliveryTrack *track = byId.value(row.trackId)) {
            track->analysis = row.facts;
            track->stems = row.stems;
        }
    }
    release.verdictsLoaded = true;
    return true;
}

} // namespace

std::optional<Delivery::DeliveryRelease> loadRelease(
    QSqlDatabase db, qint64 releaseId, const QString &libraryRoot, const QDate &today, QString *error)
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
        "coalesce(t.duration_ms, 0), coalesce(w.iswc, '') FROM release_tracks rt "
        "JOIN tracks t ON t.id = rt.track_id LEFT JOIN works w ON w.id = t.work_id WHERE rt.release_id = ? ORDER BY rt.disc_number, rt.track_number IS NULL, rt.track_number, t.id"_s);
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
        track.iswc = query.value(13).toString();
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
    // A track's instrumental is also the master of a recording made from it whose version says
    // so (its own row, as distributors want it): packed as the track's instrumental, as the
    // readiness counts it (RightsFactsQueries).
    query.prepare(
        u"SELECT v.original_track_id, a.rel_path, coalesce(a.sample_rate, 0), coalesce(a.bit_depth, 0) "
        "FROM tracks v JOIN assets a ON a.id = %1 "
        "WHERE lower(v.version) LIKE '%instrumental%' "
        "AND v.original_track_id IN (SELECT track_id FROM release_tracks WHERE release_id = ?) "
        "ORDER BY v.id"_s.arg(TrackSql::mainAudioId(u"v.id"_s)));
    query.addBindValue(releaseId);
    if (!query.exec())
        return failed<Delivery::DeliveryRelease>(query, error);
    while (query.next()) {
        Delivery::DeliveryAsset asset;
        asset.kind = u"instrumental"_s;
        asset.trackId = query.value(0).toLongLong();
        asset.relPath = query.value(1).toString();
        asset.sampleRate = query.value(2).toInt();
        asset.bitDepth = query.value(3).toInt();
        release.assets.append(asset);
    }
    // What the package would miss (a drive not connected, a file moved outside Imprint): found
    // here, on the loader's thread, so that the preflight says it before the export fails.
    if (!libraryRoot.isEmpty()) {
        for (const Delivery::DeliveryAsset &asset : std::as_const(release.assets)) {
            if (!QFileInfo(AssetPath::resolve(libraryRoot, asset.relPath)).isFile())
                release.missingFiles.insert(asset.relPath);
        }
    }
    if (!loadVerdicts(db, release, libraryRoot, today, error))
        return std::nullopt;
    return release;
}

bool recordDelivery(QSqlDatabase db, const DeliveryRecord &record, QString *error, bool *milestoneTicked)
{
    if (milestoneTicked)
        *milestoneTicked = false;
    QJsonArray recorded;
    for (const Delivery::PreflightIssue &issue : record.issues)
        recorded.append(Delivery::toJson(issue));
    if (record.issues.isEmpty())
        recorded = QJsonArray::fromStringList(record.warnings);
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO deliveries(release_id, profile, file, size, sha256, warnings) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(record.releaseId);
    query.addBindValue(record.profile);
    query.addBindValue(record.file);
    query.addBindValue(record.size);
    query.addBindValue(record.sha256);
    query.addBindValue(QString::fromUtf8(QJsonDocument(recorded).toJson(QJsonDocument::Compact)));
    bool ok = transaction.isActive() && query.exec();
    QString failure = query.lastError().text();
    // The delivery milestone is done once a package went out: in the same transaction, so the
    // history and the plan never disagree.
    QSqlQuery tick(db);
    if (ok && !record.milestoneKey.isEmpty()) {
        tick.prepare(u"UPDATE milestones SET done = 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                     "WHERE release_id = ? AND template_key = ? AND done = 0"_s);
        tick.addBindValue(record.releaseId);
        tick.addBindValue(record.milestoneKey);
        ok = tick.exec();
        failure = tick.lastError().text();
    }
    if (!ok || !transaction.commit()) {
        if (error)
            *error = transaction.error().isEmpty() ? failure : transaction.error();
        return false;
    }
    if (milestoneTicked && !record.milestoneKey.isEmpty())
        *milestoneTicked = tick.numRowsAffected() > 0;
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
        for (const QJsonValue &warning : QJsonDocument::fromJson(query.value(6).toByteArray()).array()) {
            const auto issue = Delivery::issueFromJson(warning.toObject());
            if (!issue) {
                record.warnings.append(warning.toString());
                continue;
            }
            record.issues.append(*issue);
            record.warnings.append(QCoreApplication::translate("Delivery", "%1: %2")
                    .arg(Delivery::levelName(issue->level), Delivery::describe(*issue)));
        }
        record.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
        records.append(record);
    }
    return records;
}

} // namespace Imprint::DeliveryQueries
