// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AnalysisRepository.h"

#include "catalog/SqlTransaction.h"

#include <QJsonDocument>
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

// Silence (-inf) and unknown values are NULL.
QVariant level(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant(QMetaType::fromType<double>());
}

double levelFrom(const QVariant &value)
{
    return value.isNull() ? AnalysisFacts::Silent : value.toDouble();
}

QByteArray toBlob(const std::vector<float> &values)
{
    QByteArray blob(qsizetype(values.size() * sizeof(float)), Qt::Uninitialized);
    qToLittleEndian<float>(values.data(), qsizetype(values.size()), blob.data());
    return blob;
}

std::vector<float> fromBlob(const QByteArray &blob)
{
    std::vector<float> values(size_t(blob.size()) / sizeof(float));
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
            "EXISTS (SELECT 1 FROM analyses a WHERE a.asset_id = s.id AND a.content_hash = s.content_hash) "
            "FROM assets s WHERE s.kind IN ('master', 'mix', 'stem', 'instrumental', 'cutdown') "
            "ORDER BY s.kind <> 'master', s.id"_s)) {
        fail(q, error);
        return std::nullopt;
    }
    QList<AnalysisCandidate> list;
    while (q.next()) {
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toBool() });
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
    insert.prepare(u"INSERT OR REPLACE INTO analyses (asset_id, content_hash, decoded, error, container, "
                   "sample_rate, bit_depth, channels, duration_s, integrated_lufs, loudness_range_lu, "
                   "max_short_term_lufs, sample_peak_dbfs, true_peak_dbtp, clip_runs, clipped_samples, "
                   "first_clip_s, dc_offset, leading_silence_s, trailing_silence_s, correlation, "
                   "curve_interval_s, curve, peak_min, peak_max) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery hash(db);
    hash.prepare(u"UPDATE assets SET content_hash = ? WHERE id = ?"_s);
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
            r.curveIntervalSeconds, toBlob(r.curve), toBlob(r.peakMin), toBlob(r.peakMax) };
        for (const QVariant &value : values)
            insert.addBindValue(value);
        if (!insert.exec())
            return fail(insert, error);
        hash.addBindValue(r.contentHash);
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

bool setContentHash(QSqlDatabase db, qint64 assetId, const QString &hash, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE assets SET content_hash = ? WHERE id = ?"_s);
    q.addBindValue(hash);
    q.addBindValue(assetId);
    return q.exec() || fail(q, error);
}

std::optional<AnalysisRecord> load(QSqlDatabase db, qint64 assetId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT a.asset_id, a.content_hash, %1, a.max_short_term_lufs, a.dc_offset, a.correlation, "
              "a.curve_interval_s, a.curve, a.peak_min, a.peak_max "
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
    return r;
}

std::optional<QList<TrackQualityRow>> trackRows(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool ok = q.exec(
        u"SELECT t.id, t.title, t.version, t.display_artist, coalesce(m.id, 0), coalesce(m.rel_path, ''), "
        "a.asset_id IS NOT NULL, "
        "EXISTS (SELECT 1 FROM assets v WHERE v.track_id = t.id AND v.kind = 'instrumental'), "
        "(SELECT count(*) FROM assets v WHERE v.track_id = t.id AND v.kind = 'stem'), "
        "(SELECT count(*) FROM assets v WHERE v.track_id = t.id AND v.kind = 'cutdown'), %1 "
        "FROM tracks t "
        "LEFT JOIN assets m ON m.id = (SELECT id FROM assets WHERE track_id = t.id AND kind IN ('master', "
        "'mix') "
        "                              ORDER BY kind = 'mix', id LIMIT 1) "
        "LEFT JOIN analyses a ON a.asset_id = m.id AND a.content_hash = m.content_hash "
        "ORDER BY t.id"_s.arg(QLatin1StringView(factColumns)));
    if (!ok) {
        fail(q, error);
        return std::nullopt;
    }
    QList<TrackQualityRow> rows;
    while (q.next()) {
        TrackQualityRow row;
        row.trackId = q.value(0).toLongLong();
        row.title = q.value(1).toString();
        row.version = q.value(2).toString();
        row.artist = q.value(3).toString();
        row.assetId = q.value(4).toLongLong();
        row.relativePath = q.value(5).toString();
        if (q.value(6).toBool()) {
            AnalysisFacts facts = factsFrom(q, 10);
            facts.knowsVersions = true;
            facts.hasInstrumental = q.value(7).toBool();
            facts.stemCount = q.value(8).toInt();
            facts.cutdownCount = q.value(9).toInt();
            row.facts = facts;
        }
        rows.append(row);
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
              "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"_s);
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

} // namespace Imprint::AnalysisRepository
