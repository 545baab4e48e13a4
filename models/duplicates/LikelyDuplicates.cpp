// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "LikelyDuplicates.h"

#include "catalog/CatalogRecord.h"
#include "catalog/CatalogStore.h"
#include "catalog/CompareAndSet.h"
#include "catalog/SqlTransaction.h"
#include "duplicates/Fingerprint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdlib>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Imprint::LikelyDuplicates
{

namespace
{

struct Master {
    qint64 trackId = 0;
    QString title;
    QString path;
    qint64 durationMs = 0;
    QString audioHash;
    QList<quint32> fingerprint;
};

// Encodes of one take differ in length by an encoder's padding, a fraction of a second.
bool aboutAsLong(const Master &a, const Master &b)
{
    const qint64 longer = std::max(a.durationMs, b.durationMs);
    return std::abs(a.durationMs - b.durationMs) <= std::max<qint64>(2000, longer / 50);
}

quint64 pairKey(qint64 a, qint64 b)
{
    return (quint64(std::min(a, b)) << 32) | quint64(std::max(a, b));
}

bool fail(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

std::optional<QString> failed(const QSqlQuery &query, QString *error)
{
    fail(query, error);
    return std::nullopt;
}

// A transaction that could not begin or commit, reported as the rest.
bool fail(const SqlTransaction &transaction, QString *error)
{
    if (error)
        *error = transaction.error();
    return false;
}

// Locks both tracks in id order (so two writers of one pair wait for each other rather than
// deadlock) and checks that both are still there; false with the reason otherwise.
bool lockBoth(const QSqlDatabase &db, qint64 trackA, qint64 trackB, QString *error)
{
    if (!CompareAndSet::lockRow(db, u"tracks"_s, std::min(trackA, trackB), error)
        || !CompareAndSet::lockRow(db, u"tracks"_s, std::max(trackA, trackB), error))
        return false;
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM tracks WHERE id IN (?, ?)"_s);
    query.addBindValue(trackA);
    query.addBindValue(trackB);
    if (!query.exec() || !query.next())
        return fail(query, error);
    if (query.value(0).toInt() != 2) {
        if (error)
            *error
                = QCoreApplication::translate("LikelyDuplicates", "The track is no longer in the catalog.");
        return false;
    }
    return true;
}

} // namespace

QList<LikelyDuplicate> find(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QSet<quint64> kept;
    if (!query.exec(u"SELECT track_a, track_b FROM distinct_tracks"_s)) {
        fail(query, error);
        return {};
    }
    while (query.next())
        kept.insert(pairKey(query.value(0).toLongLong(), query.value(1).toLongLong()));

    QList<Master> masters;
    if (!query.exec(
            u"SELECT a.track_id, t.title, a.rel_path, coalesce(a.duration_ms, 0), "
            "coalesce(a.audio_hash, ''), a.fingerprint FROM assets a JOIN tracks t ON t.id = a.track_id "
            "WHERE a.kind IN ('master', 'mix') AND a.fingerprint IS NOT NULL"_s)) {
        fail(query, error);
        return {};
    }
    while (query.next())
        masters.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toLongLong(), query.value(4).toString(),
            Fingerprint::decode(query.value(5).toString()) });
    std::sort(masters.begin(), masters.end(),
        [](const Master &a, const Master &b) { return a.durationMs < b.durationMs; });

    // Sorted by length, each master is compared with the few that follow it within reach.
    QHash<quint64, LikelyDuplicate> found;
    for (qsizetype i = 0; i < masters.size(); ++i) {
        const Master &a = masters.at(i);
        for (qsizetype j = i + 1; j < masters.size() && aboutAsLong(a, masters.at(j)); ++j) {
            const Master &b = masters.at(j);
            const quint64 key = pairKey(a.trackId, b.trackId);
            if (a.trackId == b.trackId || kept.contains(key))
                continue;
            const bool sameAudio = !a.audioHash.isEmpty() && a.audioHash == b.audioHash;
            const double similarity = sameAudio ? 1.0 : Fingerprint::similarity(a.fingerprint, b.fingerprint);
            if (similarity < Fingerprint::likelyDuplicate || similarity <= found.value(key).similarity)
                continue;
            const bool aFirst = a.trackId < b.trackId;
            const Master &first = aFirst ? a : b;
            const Master &second = aFirst ? b : a;
            found.insert(key,
                { first.trackId, second.trackId, first.title, second.title, first.path, second.path,
                    similarity, sameAudio });
        }
    }
    QList<LikelyDuplicate> pairs = found.values();
    // The same decoded audio first, then the most alike.
    std::sort(pairs.begin(), pairs.end(), [](const LikelyDuplicate &a, const LikelyDuplicate &b) {
        return std::tuple(!a.sameAudio, -a.similarity, a.trackA, a.trackB)
            < std::tuple(!b.sameAudio, -b.similarity, b.trackA, b.trackB);
    });
    return pairs;
}

std::optional<int> notAnalysed(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(
            u"SELECT count(*) FROM assets s WHERE s.kind IN ('master', 'mix') AND s.track_id IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM analyses a WHERE a.asset_id = s.id "
            "AND a.content_hash = s.content_hash AND (a.decoded = 0 OR s.audio_hash IS NOT NULL))"_s)
        || !query.next()) {
        fail(query, error);
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool keepBoth(const QSqlDatabase &db, qint64 trackA, qint64 trackB, QString *error)
{
    // Someone else may have merged or deleted one of the two meanwhile: a decision about a track
    // that is gone is refused with that reason, not with the database's foreign key error.
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction, error);
    if (!lockBoth(db, trackA, trackB, error))
        return false;
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO distinct_tracks(track_a, track_b, decided_by) VALUES (?, ?, ?) "
                  "ON CONFLICT DO NOTHING"_s);
    query.addBindValue(std::min(trackA, trackB));
    query.addBindValue(std::max(trackA, trackB));
    query.addBindValue(CatalogStore::clientId());
    if (!query.exec())
        return fail(query, error);
    if (!transaction.commit())
        return fail(transaction, error);
    return true;
}

bool forgetKeepBoth(const QSqlDatabase &db, qint64 trackA, qint64 trackB, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM distinct_tracks WHERE track_a = ? AND track_b = ? AND decided_by = ?"_s);
    query.addBindValue(std::min(trackA, trackB));
    query.addBindValue(std::max(trackA, trackB));
    query.addBindValue(CatalogStore::clientId());
    return query.exec() || fail(query, error);
}

std::optional<QString> merge(const QSqlDatabase &db, qint64 keep, qint64 drop, QString *error)
{
    if (keep == drop) {
        if (error)
            *error = QCoreApplication::translate("LikelyDuplicates", "A track cannot be merged into itself.");
        return std::nullopt;
    }
    // One transaction with both tracks locked (in id order, so two merges of one pair wait for
    // each other rather than deadlock): the track that goes is read for the undo only once no
    // one else can change it, and its files never end up on a track that is gone.
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        fail(transaction, error);
        return std::nullopt;
    }
    if (!lockBoth(db, keep, drop, error))
        return std::nullopt;
    QSqlQuery query(db);
    const std::optional<QString> snapshot = CatalogRecord::snapshot(db, u"tracks"_s, drop, error);
    if (!snapshot)
        return std::nullopt;
    QJsonArray assets;
    query.prepare(u"SELECT id, kind FROM assets WHERE track_id = ? ORDER BY id"_s);
    query.addBindValue(drop);
    if (!query.exec())
        return failed(query, error);
    while (query.next())
        assets.append(QJsonArray { query.value(0).toLongLong(), query.value(1).toString() });
    // A track has one master: the other take's master is kept beside it as a mix.
    query.prepare(u"UPDATE assets SET track_id = ?, kind = CASE WHEN kind = 'master' THEN 'mix' "
                  "ELSE kind END WHERE track_id = ?"_s);
    query.addBindValue(keep);
    query.addBindValue(drop);
    if (!query.exec())
        return failed(query, error);
    if (!CatalogRecord::remove(db, u"tracks"_s, drop, error))
        return std::nullopt;
    if (!transaction.commit()) {
        fail(transaction, error);
        return std::nullopt;
    }
    return QString::fromUtf8(QJsonDocument(
        QJsonObject { { u"track"_s, drop }, { u"snapshot"_s, *snapshot }, { u"assets"_s, assets } })
            .toJson(QJsonDocument::Compact));
}

bool undoMerge(const QSqlDatabase &db, const QString &undoData, QString *error)
{
    const QJsonObject data = QJsonDocument::fromJson(undoData.toUtf8()).object();
    const qint64 track = data.value(u"track"_s).toInteger();
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM tracks WHERE id = ?"_s);
    query.addBindValue(track);
    if (!query.exec())
        return fail(query, error);
    if (!query.next() && !CatalogRecord::restore(db, data.value(u"snapshot"_s).toString(), error))
        return false;
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction, error);
    for (const QJsonValue &asset : data.value(u"assets"_s).toArray()) {
        query.prepare(u"UPDATE assets SET track_id = ?, kind = ? WHERE id = ?"_s);
        query.addBindValue(track);
        query.addBindValue(asset.toArray().at(1).toString());
        query.addBindValue(asset.toArray().at(0).toInteger());
        if (!query.exec())
            return fail(query, error);
    }
    if (!transaction.commit())
        return fail(transaction, error);
    return true;
}

} // namespace Imprint::LikelyDuplicates
