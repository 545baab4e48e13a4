// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "StemQueries.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Imprint::StemQueries
{

namespace
{

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace

std::optional<StemTarget> stemTarget(QSqlDatabase db, qint64 trackId, QString *error, const QString &kind)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT t.id, t.title, t.version, t.display_artist, "
                  "coalesce((SELECT rel_path FROM assets WHERE track_id = t.id AND kind = 'master' "
                  "ORDER BY id LIMIT 1), '') FROM tracks t WHERE t.id = ?"_s);
    query.addBindValue(trackId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = QCoreApplication::translate("Delivery", "no track with id %1").arg(trackId);
        return std::nullopt;
    }
    StemTarget target;
    target.trackId = query.value(0).toLongLong();
    target.title = query.value(1).toString();
    target.version = query.value(2).toString();
    target.artist = query.value(3).toString();
    target.masterRelPath = query.value(4).toString();
    query.prepare(u"SELECT content_hash FROM assets WHERE track_id = ? AND kind = ? "
                  "AND content_hash IS NOT NULL"_s);
    query.addBindValue(trackId);
    query.addBindValue(kind);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next())
        target.stemHashes.append(query.value(0).toString());
    return target;
}

bool insertTrackFiles(
    QSqlDatabase db, qint64 trackId, const QString &kind, const QList<StemAsset> &files, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO assets(rel_path, kind, stem_type, track_id, size, mtime_ms, content_hash, "
                  "format, sample_rate, bit_depth, channels, duration_ms, audio_key) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const StemAsset &stem : files) {
        query.addBindValue(stem.relPath);
        query.addBindValue(kind);
        query.addBindValue(stem.stemType);
        query.addBindValue(trackId);
        query.addBindValue(stem.size);
        query.addBindValue(stem.mtimeMs);
        query.addBindValue(nullIfEmpty(stem.sha256));
        query.addBindValue(nullIfEmpty(stem.format));
        query.addBindValue(nullIfZero(stem.sampleRate));
        query.addBindValue(nullIfZero(stem.bitDepth));
        query.addBindValue(nullIfZero(stem.channels));
        query.addBindValue(nullIfZero(stem.durationMs));
        query.addBindValue(nullIfEmpty(stem.audioKey));
        if (!query.exec()) {
            if (error)
                *error = u"%1: %2"_s.arg(stem.relPath, query.lastError().text());
            return false;
        }
    }
    return true;
}

std::optional<QList<TrackFile>> trackFiles(QSqlDatabase db, qint64 trackId, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, kind, rel_path, coalesce(stem_type, ''), coalesce(duration_ms, 0) FROM assets "
                  "WHERE track_id = ? AND kind IN ('stem', 'cutdown') "
                  "ORDER BY CASE kind WHEN 'stem' THEN 0 ELSE 1 END, rel_path, id"_s);
    query.addBindValue(trackId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QList<TrackFile> files;
    while (query.next())
        files.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toLongLong() });
    return files;
}

} // namespace Imprint::StemQueries
