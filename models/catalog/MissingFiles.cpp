// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "MissingFiles.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Imprint
{

bool MissingFiles::load(const QSqlDatabase &db, const FileExists &fileExists, QString *error)
{
    m_files.clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT id, rel_path, size, mtime_ms, coalesce(audio_hash, ''), coalesce(audio_key, ''), "
            "kind, coalesce(duration_ms, 0) FROM assets "
            "WHERE kind IN ('master', 'mix', 'stem', 'instrumental', 'cutdown') ORDER BY id"_s)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const QString path = query.value(1).toString();
        if (!fileExists(path))
            m_files.append({ query.value(0).toLongLong(), path, query.value(2).toLongLong(),
                query.value(3).toLongLong(), query.value(4).toString(), query.value(5).toString(),
                query.value(6).toString() == u"stem", query.value(7).toLongLong() });
    }
    return true;
}

bool MissingFiles::knownByAudio() const
{
    return std::ranges::any_of(m_files, [](const File &file) { return !file.audioHash.isEmpty(); });
}

namespace
{

// The start of the audio is the same: still another recording if it is a stem and the other is
// not, or if one lasts longer (a radio edit, an extended version: FFmpeg's lengths are not in
// the key). The tolerance covers a length estimated from the file's size, which a retag moves.
bool sameStart(const MissingFiles::File &missing, const ImportedFile &file)
{
    if (missing.audioKey.isEmpty() || missing.audioKey != file.audioKey)
        return false;
    if (missing.isStem != (file.kind == ImportedFile::Kind::Stem))
        return false;
    const qint64 tolerance = std::max<qint64>(2000, std::max(missing.durationMs, file.durationMs) / 50);
    return std::abs(missing.durationMs - file.durationMs) <= tolerance;
}

} // namespace

std::optional<MissingFiles::File> MissingFiles::take(const ImportedFile &file)
{
    if (file.kind == ImportedFile::Kind::Artwork)
        return std::nullopt;
    QList<qsizetype> sameKey;
    QList<qsizetype> sameStamp;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const File &missing = m_files.at(i);
        if (!missing.audioHash.isEmpty() && !file.audioHash.isEmpty()) {
            // All of the audio decoded on both sides: nothing else counts.
            if (missing.audioHash == file.audioHash)
                return m_files.takeAt(i);
        } else if (!missing.audioKey.isEmpty()) {
            // Known by its start: nothing else counts either.
            if (sameStart(missing, file))
                sameKey.append(i);
        } else if (missing.audioHash.isEmpty() && missing.size == file.size
            && missing.mtimeMs == file.mtimeMs) {
            sameStamp.append(i); // imported before there were keys
        }
    }
    // One candidate, or else the only one with the same size and time (a copy renamed), or else
    // the only one of the same name (stems exported together share size and time): files
    // nothing tells apart are never taken for each other.
    const QString name = QFileInfo(file.relativePath).fileName();
    const auto only = [&](const QList<qsizetype> &candidates) -> qsizetype {
        if (candidates.size() == 1)
            return candidates.constFirst();
        const auto single = [&](auto &&alike) -> qsizetype {
            qsizetype found = -1;
            for (const qsizetype i : candidates) {
                if (!alike(m_files.at(i)))
                    continue;
                if (found >= 0)
                    return -1;
                found = i;
            }
            return found;
        };
        const qsizetype byStamp = single([&](const File &missing) {
            return missing.size == file.size && missing.mtimeMs == file.mtimeMs;
        });
        return byStamp >= 0
            ? byStamp
            : single([&](const File &missing) { return QFileInfo(missing.path).fileName() == name; });
    };
    qsizetype found = only(sameKey);
    if (found < 0 && sameKey.isEmpty())
        found = only(sameStamp);
    if (found < 0)
        return std::nullopt;
    return m_files.takeAt(found);
}

} // namespace Imprint
