// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AnalysisRepository.h"

#include "catalog/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::AnalysisRepository
{

namespace
{

// Tracks per nullTestJobs() call: well under any backend's limit of bound values.
constexpr qsizetype tracksPerQuery = 500;

bool fail(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

struct Kept {
    qint64 assetId = 0;
    QString oldHash; ///< empty: never hashed, so no analysis to keep
    const RewrittenFile *file = nullptr;
};

// Each track's null-test signature, and whether a result is stored for it.
std::optional<QHash<qint64, NullTestJob>> nullTestsOf(
    QSqlDatabase db, const QList<qint64> &tracks, QString *error)
{
    QHash<qint64, NullTestJob> byTrack;
    for (qsizetype at = 0; at < tracks.size(); at += tracksPerQuery) {
        const auto jobs = nullTestJobs(db, error, tracks.mid(at, tracksPerQuery));
        if (!jobs)
            return std::nullopt;
        for (const NullTestJob &job : *jobs)
            byTrack.insert(job.trackId, job);
    }
    return byTrack;
}

} // namespace

bool keepAnalyses(QSqlDatabase db, const QList<RewrittenFile> &files, QString *error)
{
    if (files.isEmpty())
        return true;
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery find(db);
    find.prepare(u"SELECT id, coalesce(track_id, 0), coalesce(content_hash, ''), coalesce(audio_hash, '') "
                 "FROM assets WHERE rel_path = ?"_s);
    QList<Kept> kept;
    QList<qint64> tracks;
    for (const RewrittenFile &file : files) {
        find.addBindValue(file.relativePath);
        if (!find.exec())
            return fail(find, error);
        // Another audio hash: the file was imported or analysed again since the write began.
        if (!find.next() || find.value(3).toString() != file.audioHash)
            continue;
        kept.append({ find.value(0).toLongLong(), find.value(2).toString(), &file });
        if (const qint64 track = find.value(1).toLongLong(); track != 0)
            tracks.append(track);
    }
    const auto testsBefore = nullTestsOf(db, tracks, error);
    if (!testsBefore)
        return false;

    QSqlQuery dropStale(db);
    dropStale.prepare(u"DELETE FROM analyses WHERE asset_id = ? AND content_hash = ?"_s);
    QSqlQuery moveAnalysis(db);
    moveAnalysis.prepare(u"UPDATE analyses SET content_hash = ? WHERE asset_id = ? AND content_hash = ?"_s);
    QSqlQuery stamp(db);
    stamp.prepare(u"UPDATE assets SET content_hash = ?, size = ?, mtime_ms = ? WHERE id = ?"_s);
    for (const Kept &k : std::as_const(kept)) {
        const QString &newHash = k.file->contentHash;
        if (!k.oldHash.isEmpty() && k.oldHash != newHash) {
            dropStale.addBindValue(k.assetId);
            dropStale.addBindValue(newHash);
            if (!dropStale.exec())
                return fail(dropStale, error);
            moveAnalysis.addBindValue(newHash);
            moveAnalysis.addBindValue(k.assetId);
            moveAnalysis.addBindValue(k.oldHash);
            if (!moveAnalysis.exec())
                return fail(moveAnalysis, error);
        }
        stamp.addBindValue(newHash);
        stamp.addBindValue(k.file->size);
        stamp.addBindValue(k.file->mtimeMs);
        stamp.addBindValue(k.assetId);
        if (!stamp.exec())
            return fail(stamp, error);
    }

    // The signature is made of the files' content hashes: a test that was current still is.
    const auto testsAfter = nullTestsOf(db, tracks, error);
    if (!testsAfter)
        return false;
    QSqlQuery resign(db);
    resign.prepare(u"UPDATE stem_null_tests SET signature = ? WHERE track_id = ? AND signature = ?"_s);
    for (const NullTestJob &before : *testsBefore) {
        const NullTestJob after = testsAfter->value(before.trackId);
        if (!before.current || after.signature.isEmpty() || after.signature == before.signature)
            continue;
        resign.addBindValue(after.signature);
        resign.addBindValue(before.trackId);
        resign.addBindValue(before.signature);
        if (!resign.exec())
            return fail(resign, error);
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace Imprint::AnalysisRepository
