// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AnalysisRepository.h"

#include "catalog/SqlTransaction.h"
#include "catalog/StringPool.h"
#include "catalog/TrackSql.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMultiHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Imprint::AnalysisRepository
{

namespace
{

bool fail(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

// "column IN (?, …)" for the given tracks, or every track when there are none; the query binds
// them with bindTracks(). A plain column test lets SQLite use the column's index, so a few
// tracks cost the same in any catalog.
QString onlyTracks(const QString &column, const QList<qint64> &tracks)
{
    if (tracks.isEmpty())
        return u"1 = 1"_s; // a boolean, as PostgreSQL wants
    QStringList marks(tracks.size(), u"?"_s);
    return column + u" IN ("_s + marks.join(u", "_s) + u')';
}

void bindTracks(QSqlQuery &query, const QList<qint64> &tracks)
{
    for (const qint64 id : tracks)
        query.addBindValue(id);
}

// Silence (-inf) and unknown values are NULL.
QVariant level(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant(QMetaType::fromType<double>());
}

double levelFrom(const QVariant &value)
{
    return value.isNull() ? AnalysisFacts::Silent : value.toDouble();
}

// An empty vector has no data pointer, and qToLittleEndian would hand that null to memcpy.
QByteArray toBlob(const std::vector<float> &values)
{
    if (values.empty())
        return {};
    QByteArray blob(qsizetype(values.size() * sizeof(float)), Qt::Uninitialized);
    qToLittleEndian<float>(values.data(), qsizetype(values.size()), blob.data());
    return blob;
}

std::vector<float> fromBlob(const QByteArray &blob)
{
    std::vector<float> values(size_t(blob.size()) / sizeof(float));
    if (values.empty())
        return values;
    qFromLittleEndian<float>(blob.constData(), qsizetype(values.size()), values.data());
    return values;
}

constexpr auto factColumns
    = "a.decoded, a.error, a.container, a.sample_rate, a.bit_depth, a.channels, a.duration_s, "
      "a.integrated_lufs, a.loudness_range_lu, a.sample_peak_dbfs, a.true_peak_dbtp, a.clip_runs, "
      "a.clipped_samples, a.first_clip_s, a.leading_silence_s, a.trailing_silence_s";
constexpr int factColumnCount = 16;

AnalysisFacts factsFrom(const QSqlQuery &q, int at)
{
    AnalysisFacts f;
    f.decoded = q.value(at).toBool();
    f.decodeError = q.value(at + 1).toString();
    f.container = q.value(at + 2).toString();
    f.sampleRate = q.value(at + 3).toInt();
    f.bitDepth = q.value(at + 4).toInt();
    f.channels = q.value(at + 5).toInt();
    f.durationSeconds = q.value(at + 6).toDouble();
    f.integratedLufs = levelFrom(q.value(at + 7));
    f.loudnessRangeLu = q.value(at + 8).toDouble();
    f.samplePeakDbfs = levelFrom(q.value(at + 9));
    f.truePeakDbtp = levelFrom(q.value(at + 10));
    f.clipRuns = q.value(at + 11).toLongLong();
    f.clippedSamples = q.value(at + 12).toLongLong();
    f.firstClipSeconds = q.value(at + 13).isNull() ? -1 : q.value(at + 13).toDouble();
    f.leadingSilenceSeconds = q.value(at + 14).toDouble();
    f.trailingSilenceSeconds = q.value(at + 15).toDouble();
    return f;
}

} // namespace

std::optional<QList<AnalysisCandidate>> candidates(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT s.id, s.rel_path, s.kind, s.size, s.mtime_ms, coalesce(s.content_hash, ''), "
            "EXISTS (SELECT 1 FROM analyses a WHERE a.asset_id = s.id AND a.content_hash = s.content_hash "
            "        AND (a.decoded = 0 OR (a.true_peaks IS NOT NULL AND s.audio_hash IS NOT NULL))), "
            "coalesce(s.track_id, 0) "
            "FROM assets s WHERE s.kind IN ('master', 'mix', 'stem', 'instrumental', 'cutdown') "
            "ORDER BY s.kind <> 'master', s.id"_s)) {
        fail(q, error);
        return std::nullopt;
    }
    QList<AnalysisCandidate> list;
    while (q.next()) {
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toBool(),
            q.value(7).toLongLong() });
    }
    return list;
}

bool save(QSqlDatabase db, const QList<AnalysisRecord> &records, QString *error)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery removeOld(db);
    removeOld.prepare(u"DELETE FROM analyses WHERE asset_id = ? AND content_hash <> ?"_s);
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO analyses (asset_id, content_hash, decoded, error, container, "
        "sample_rate, bit_depth, channels, duration_s, integrated_lufs, loudness_range_lu, "
        "max_short_term_lufs, sample_peak_dbfs, true_peak_dbtp, clip_runs, clipped_samples, "
        "first_clip_s, dc_offset, leading_silence_s, trailing_silence_s, correlation, "
        "curve_interval_s, curve, peak_min, peak_max, true_peaks, clip_starts) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (asset_id, content_hash) DO UPDATE SET "
        "decoded = excluded.decoded, error = excluded.error, "
        "container = excluded.container, sample_rate = excluded.sample_rate, "
        "bit_depth = excluded.bit_depth, channels = excluded.channels, "
        "duration_s = excluded.duration_s, integrated_lufs = excluded.integrated_lufs, "
        "loudness_range_lu = excluded.loudness_range_lu, "
        "max_short_term_lufs = excluded.max_short_term_lufs, "
        "sample_peak_dbfs = excluded.sample_peak_dbfs, "
        "true_peak_dbtp = excluded.true_peak_dbtp, clip_runs = excluded.clip_runs, "
        "clipped_samples = excluded.clipped_samples, "
        "first_clip_s = excluded.first_clip_s, dc_offset = excluded.dc_offset, "
        "leading_silence_s = excluded.leading_silence_s, "
        "trailing_silence_s = excluded.trailing_silence_s, "
        "correlation = excluded.correlation, "
        "curve_interval_s = excluded.curve_interval_s, curve = excluded.curve, "
        "peak_min = excluded.peak_min, peak_max = excluded.peak_max, "
        "true_peaks = excluded.true_peaks, clip_starts = excluded.clip_starts, analysed_at = excluded.analysed_at"_s);
    QSqlQuery hash(db);
    // The identity of the audio now in the file (none when it cannot be decoded: an identity of
    // what was there before would find the wrong file after a move), and its format as decoded:
    // a master exported again over the old file at another rate is what the delivery checks.
    hash.prepare(u"UPDATE assets SET content_hash = ?, audio_hash = ?, fingerprint = ?, "
                 "sample_rate = coalesce(?, sample_rate), bit_depth = coalesce(?, bit_depth), "
                 "channels = coalesce(?, channels), duration_ms = coalesce(?, duration_ms) WHERE id = ?"_s);
    for (const AnalysisRecord &r : records) {
        const AnalysisFacts &f = r.facts;
        removeOld.addBindValue(r.assetId);
        removeOld.addBindValue(r.contentHash);
        if (!removeOld.exec())
            return fail(removeOld, error);
        const QVariantList values { r.assetId, r.contentHash, f.decoded ? 1 : 0,
            f.decoded ? QVariant(QMetaType::fromType<QString>()) : QVariant(f.decodeError), f.container,
            f.sampleRate, f.bitDepth, f.channels, f.durationSeconds, level(f.integratedLufs),
            f.loudnessRangeLu, level(r.maxShortTermLufs), level(f.samplePeakDbfs), level(f.truePeakDbtp),
            f.clipRuns, f.clippedSamples,
            f.firstClipSeconds < 0 ? QVariant(QMetaType::fromType<double>()) : QVariant(f.firstClipSeconds),
            r.dcOffset, f.leadingSilenceSeconds, f.trailingSilenceSeconds,
            r.correlation ? QVariant(*r.correlation) : QVariant(QMetaType::fromType<double>()),
            r.curveIntervalSeconds, toBlob(r.curve), toBlob(r.peakMin), toBlob(r.peakMax),
            // Never NULL for a new analysis (candidates() reads NULL as made before markers).
            r.truePeaks.empty() ? QByteArray("", 0) : toBlob(r.truePeaks), toBlob(r.clipStarts) };
        for (const QVariant &value : values)
            insert.addBindValue(value);
        if (!insert.exec())
            return fail(insert, error);
        const QVariant noText(QMetaType::fromType<QString>());
        hash.addBindValue(r.contentHash);
        hash.addBindValue(r.audioHash.isEmpty() ? noText : QVariant(r.audioHash));
        hash.addBindValue(r.fingerprint.isEmpty() ? noText : QVariant(r.fingerprint));
        const QVariant noNumber(QMetaType::fromType<qint64>());
        const auto decodedOr = [&f, &noNumber](qint64 value) {
            return f.decoded && value > 0 ? QVariant(value) : noNumber;
        };
        hash.addBindValue(decodedOr(f.sampleRate));
        hash.addBindValue(decodedOr(f.bitDepth)); // 0 for lossy files: what the import said stays
        hash.addBindValue(decodedOr(f.channels));
        hash.addBindValue(decodedOr(qint64(std::llround(f.durationSeconds * 1000.0))));
        hash.addBindValue(r.assetId);
        if (!hash.exec())
            return fail(hash, error);
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

bool setContentHash(
    QSqlDatabase db, qint64 assetId, const QString &hash, qint64 size, qint64 mtimeMs, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE assets SET content_hash = ?, size = ?, mtime_ms = ? WHERE id = ?"_s);
    q.addBindValue(hash);
    q.addBindValue(size);
    q.addBindValue(mtimeMs);
    q.addBindValue(assetId);
    return q.exec() || fail(q, error);
}

std::optional<AnalysisRecord> load(QSqlDatabase db, qint64 assetId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT a.asset_id, a.content_hash, %1, a.max_short_term_lufs, a.dc_offset, a.correlation, "
              "a.curve_interval_s, a.curve, a.peak_min, a.peak_max, a.true_peaks, a.clip_starts "
              "FROM analyses a JOIN assets s ON s.id = a.asset_id AND s.content_hash = a.content_hash "
              "WHERE a.asset_id = ?"_s.arg(QLatin1StringView(factColumns)));
    q.addBindValue(assetId);
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    AnalysisRecord r;
    r.assetId = q.value(0).toLongLong();
    r.contentHash = q.value(1).toString();
    r.facts = factsFrom(q, 2);
    int at = 2 + factColumnCount;
    r.maxShortTermLufs = levelFrom(q.value(at++));
    r.dcOffset = q.value(at++).toDouble();
    const QVariant correlation = q.value(at++);
    if (!correlation.isNull())
        r.correlation = correlation.toDouble();
    r.curveIntervalSeconds = q.value(at++).toDouble();
    r.curve = fromBlob(q.value(at++).toByteArray());
    r.peakMin = fromBlob(q.value(at++).toByteArray());
    r.peakMax = fromBlob(q.value(at++).toByteArray());
    r.truePeaks = fromBlob(q.value(at++).toByteArray());
    r.clipStarts = fromBlob(q.value(at++).toByteArray());
    return r;
}

std::optional<QList<NullTestJob>> nullTestJobs(QSqlDatabase db, QString *error, const QList<qint64> &tracks)
{
    // The mix is what the stems should sum to; a master may be limited on top of it.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT t.id, m.id, m.rel_path, coalesce(m.content_hash, ''), s.id, s.rel_path, "
        "coalesce(s.content_hash, ''), coalesce(s.stem_type, ''), coalesce(n.signature, '') "
        "FROM assets s JOIN tracks t ON t.id = s.track_id "
        "JOIN assets m ON m.id = (SELECT id FROM assets WHERE track_id = t.id AND kind IN ('master', 'mix') "
        "                         ORDER BY kind = 'master', id LIMIT 1) "
        "LEFT JOIN stem_null_tests n ON n.track_id = t.id "
        "WHERE s.kind = 'stem' AND %1 ORDER BY t.id, s.id"_s.arg(onlyTracks(u"s.track_id"_s, tracks)));
    bindTracks(q, tracks);
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    QList<NullTestJob> jobs;
    QList<QString> storedSignatures;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool hashed = true;
    const auto finish = [&] {
        if (jobs.isEmpty())
            return;
        NullTestJob &job = jobs.last();
        job.signature = hashed ? QString::fromLatin1(hash.result().toHex()) : QString();
        job.current = !job.signature.isEmpty() && job.signature == storedSignatures.last();
    };
    while (q.next()) {
        const qint64 trackId = q.value(0).toLongLong();
        if (jobs.isEmpty() || jobs.last().trackId != trackId) {
            finish();
            NullTestJob job;
            job.trackId = trackId;
            job.mixAssetId = q.value(1).toLongLong();
            job.mixPath = q.value(2).toString();
            jobs.append(job);
            storedSignatures.append(q.value(8).toString());
            hash.reset();
            const QString mixHash = q.value(3).toString();
            hashed = !mixHash.isEmpty();
            hash.addData(u"%1:%2;"_s.arg(job.mixAssetId).arg(mixHash).toUtf8());
        }
        NullTestJob &job = jobs.last();
        const qint64 stemId = q.value(4).toLongLong();
        const QString stemHash = q.value(6).toString();
        const QString relPath = q.value(5).toString();
        const QString type = q.value(7).toString();
        hashed = hashed && !stemHash.isEmpty();
        hash.addData(u"%1:%2;"_s.arg(stemId).arg(stemHash).toUtf8());
        job.stemAssetIds.append(stemId);
        job.stemPaths.append(relPath);
        job.stemNames.append(type.isEmpty() ? QFileInfo(relPath).completeBaseName() : type);
    }
    finish();
    return jobs;
}

bool saveNullTests(QSqlDatabase db, const QList<NullTestRecord> &records, QString *error)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO stem_null_tests (track_id, signature, residual_db, error, frames) "
              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (track_id) DO UPDATE SET signature = excluded.signature, "
              "residual_db = excluded.residual_db, error = excluded.error, frames = excluded.frames, "
              "tested_at = excluded.tested_at"_s);
    for (const NullTestRecord &r : records) {
        q.addBindValue(r.trackId);
        q.addBindValue(r.signature);
        q.addBindValue(
            r.facts.error.isEmpty() ? level(r.facts.residualDb) : QVariant(QMetaType::fromType<double>()));
        q.addBindValue(
            r.facts.error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.facts.error));
        q.addBindValue(r.frames);
        if (!q.exec())
            return fail(q, error);
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

namespace
{

// Stems and cut-downs with their analyses, and the current null tests, by track.
bool loadVersionFiles(
    QSqlDatabase db, const QList<qint64> &tracks, QHash<qint64, StemSetFacts> &sets, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.track_id, s.id, s.kind, coalesce(s.stem_type, ''), s.rel_path, "
              "a.asset_id IS NOT NULL, a.decoded, a.sample_rate, a.channels, a.duration_s "
              "FROM assets s LEFT JOIN analyses a ON a.asset_id = s.id AND a.content_hash = s.content_hash "
              "WHERE s.kind IN ('stem', 'cutdown') AND s.track_id IS NOT NULL AND %1 "
              "ORDER BY s.track_id, s.id"_s.arg(onlyTracks(u"s.track_id"_s, tracks)));
    bindTracks(q, tracks);
    if (!q.exec())
        return fail(q, error);
    while (q.next()) {
        VersionFileFacts file;
        file.assetId = q.value(1).toLongLong();
        file.relativePath = q.value(4).toString();
        const QString type = q.value(3).toString();
        file.name = type.isEmpty() ? QFileInfo(file.relativePath).completeBaseName() : type;
        file.analysed = q.value(5).toBool();
        file.decoded = q.value(6).toBool();
        file.sampleRate = q.value(7).toInt();
        file.channels = q.value(8).toInt();
        file.durationSeconds = q.value(9).toDouble();
        StemSetFacts &set = sets[q.value(0).toLongLong()];
        (q.value(2).toString() == u"stem" ? set.stems : set.cutdowns).append(file);
    }
    const auto jobs = nullTestJobs(db, error, tracks);
    if (!jobs)
        return false;
    QHash<qint64, QString> currentSignatures;
    for (const NullTestJob &job : *jobs) {
        if (job.current)
            currentSignatures.insert(job.trackId, job.signature);
    }
    q.prepare(
        u"SELECT track_id, signature, residual_db, coalesce(error, '') FROM stem_null_tests WHERE %1"_s.arg(
            onlyTracks(u"track_id"_s, tracks)));
    bindTracks(q, tracks);
    if (!q.exec())
        return fail(q, error);
    while (q.next()) {
        const qint64 trackId = q.value(0).toLongLong();
        if (currentSignatures.value(trackId) != q.value(1).toString() || !sets.contains(trackId))
            continue;
        sets[trackId].nullTest = NullTestFacts { levelFrom(q.value(2)), q.value(3).toString() };
    }
    return true;
}

} // namespace

namespace
{

// The recordings whose version names them an instrumental, by the track they are the
// instrumental of: their original, or a recording of the same title (case aside) and artist.
// Read once for the whole catalog; asked per track, it would scan the tracks once per track.
// For a few tracks, only their candidates are read (indexes tracks_original, tracks_title_folded).
struct InstrumentalVersions {
    QMultiHash<qint64, qint64> byOriginal;
    QMultiHash<QString, qint64> byTitleAndArtist; ///< "lower(title)\nartist"

    bool hasOne(qint64 trackId, const QString &lowerTitle, const QString &artist) const
    {
        for (auto it = byOriginal.constFind(trackId); it != byOriginal.cend() && it.key() == trackId; ++it) {
            if (it.value() != trackId)
                return true;
        }
        const QString key = lowerTitle + u'\n' + artist;
        for (auto it = byTitleAndArtist.constFind(key); it != byTitleAndArtist.cend() && it.key() == key;
            ++it) {
            if (it.value() != trackId)
                return true;
        }
        return false;
    }
};

std::optional<InstrumentalVersions> instrumentalVersions(
    QSqlDatabase db, const QList<qint64> &tracks, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // lower() here and in trackRows alike, so titles compare the way SQLite folds them.
    QString sql = u"SELECT id, coalesce(original_track_id, 0), lower(title), display_artist FROM tracks "
                  "WHERE lower(version) LIKE '%instrumental%'"_s;
    if (!tracks.isEmpty()) {
        sql += u" AND (%1 OR lower(title) IN (SELECT lower(title) FROM tracks WHERE %2))"_s.arg(
            onlyTracks(u"original_track_id"_s, tracks), onlyTracks(u"id"_s, tracks));
    }
    q.prepare(sql);
    bindTracks(q, tracks);
    bindTracks(q, tracks);
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    InstrumentalVersions versions;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (const qint64 original = q.value(1).toLongLong(); original > 0)
            versions.byOriginal.insert(original, id);
        versions.byTitleAndArtist.insert(q.value(2).toString() + u'\n' + q.value(3).toString(), id);
    }
    return versions;
}

} // namespace

std::optional<QList<TrackQualityRow>> trackRows(
    QSqlDatabase db, QString *error, const QList<qint64> &tracks, bool withTitleAndPath)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // An instrumental is a file of that kind, or another recording of the track whose version
    // says it is one (its own row, as distributors want it): see instrumentalVersions().
    const auto instrumentals = instrumentalVersions(db, tracks, error);
    if (!instrumentals)
        return std::nullopt;
    q.prepare(
        u"SELECT t.id, t.title, t.version, t.display_artist, coalesce(m.id, 0), coalesce(m.rel_path, ''), "
        "a.asset_id IS NOT NULL, "
        "EXISTS (SELECT 1 FROM assets v WHERE v.track_id = t.id AND v.kind = 'instrumental'), "
        "(SELECT count(*) FROM assets v WHERE v.track_id = t.id AND v.kind = 'stem'), "
        "(SELECT count(*) FROM assets v WHERE v.track_id = t.id AND v.kind = 'cutdown'), "
        "coalesce(t.has_vocals, -1), lower(t.version) LIKE '%instrumental%', lower(t.title), %1 "
        "FROM tracks t "
        "LEFT JOIN assets m ON m.id = %2 "
        "LEFT JOIN analyses a ON a.asset_id = m.id AND a.content_hash = m.content_hash "
        "WHERE %3 ORDER BY t.id"_s.arg(
            QLatin1StringView(factColumns), TrackSql::mainAudioId(u"t.id"_s), onlyTracks(u"t.id"_s, tracks)));
    bindTracks(q, tracks);
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    QList<TrackQualityRow> rows;
    StringPool pooled; // the texts that repeat over many tracks
    while (q.next()) {
        TrackQualityRow row;
        row.trackId = q.value(0).toLongLong();
        if (withTitleAndPath) {
            row.title = q.value(1).toString();
            row.relativePath = q.value(5).toString();
        }
        row.version = pooled(q.value(2).toString());
        row.artist = pooled(q.value(3).toString());
        row.assetId = q.value(4).toLongLong();
        // An instrumental version is its own instrumental, and has no vocals to remove.
        const bool isInstrumental = q.value(11).toBool();
        row.stems.hasInstrumental = isInstrumental || q.value(7).toBool()
            || instrumentals->hasOne(row.trackId, q.value(12).toString(), row.artist);
        row.stems.hasVocalsFlag = isInstrumental ? 0 : q.value(10).toInt();
        if (q.value(6).toBool()) {
            AnalysisFacts facts = factsFrom(q, 13);
            facts.container = pooled(facts.container);
            facts.knowsVersions = true;
            facts.hasInstrumental = row.stems.hasInstrumental;
            facts.stemCount = q.value(8).toInt();
            facts.cutdownCount = q.value(9).toInt();
            row.facts = facts;
            row.stems.referenceAnalysed = facts.decoded;
            row.stems.referenceSampleRate = facts.sampleRate;
            row.stems.referenceDurationSeconds = facts.durationSeconds;
        }
        rows.append(row);
    }
    QHash<qint64, StemSetFacts> sets;
    if (!loadVersionFiles(db, tracks, sets, error))
        return std::nullopt;
    for (TrackQualityRow &row : rows) {
        const auto found = sets.constFind(row.trackId);
        if (found == sets.cend())
            continue;
        row.stems.stems = found->stems;
        row.stems.cutdowns = found->cutdowns;
        row.stems.nullTest = found->nullTest;
    }
    return rows;
}

std::optional<QList<QualityProfile>> profiles(QSqlDatabase db, QString *error)
{
    QList<QualityProfile> list = QualityProfile::defaults();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT definition FROM quality_profiles ORDER BY position, key"_s)) {
        fail(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        QString reason;
        const auto stored
            = QualityProfile::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object(), &reason);
        if (!stored) {
            if (error)
                *error = reason;
            return std::nullopt;
        }
        const auto same = std::find_if(
            list.begin(), list.end(), [&](const QualityProfile &p) { return p.key == stored->key; });
        if (same != list.end())
            *same = *stored;
        else
            list.append(*stored);
    }
    return list;
}

bool saveProfile(QSqlDatabase db, const QualityProfile &profile, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO quality_profiles (key, position, definition) VALUES (?, ?, ?) "
              "ON CONFLICT(key) DO UPDATE SET definition = excluded.definition, "
              "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"_s);
    const QList<QualityProfile> defaults = QualityProfile::defaults();
    int position = int(defaults.size());
    for (int i = 0; i < defaults.size(); ++i) {
        if (defaults.at(i).key == profile.key)
            position = i;
    }
    q.addBindValue(profile.key);
    q.addBindValue(position);
    q.addBindValue(QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)));
    return q.exec() || fail(q, error);
}

bool removeProfile(QSqlDatabase db, const QString &key, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM quality_profiles WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() || fail(q, error);
}

} // namespace Imprint::AnalysisRepository
