// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "MissingFiles.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint
{

bool MissingFiles::load(const QSqlDatabase &db, const FileExists &fileExists, QString *error)
{
    m_files.clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, rel_path, size, mtime_ms, coalesce(audio_hash, ''), coalesce(audio_key, '') "
                    "FROM assets WHERE kind IN ('master', 'mix', 'stem', 'instrumental', 'cutdown') "
                    "ORDER BY id"_s)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const QString path = query.value(1).toString();
        if (!fileExists(path))
            m_files.append({ query.value(0).toLongLong(), path, query.value(2).toLongLong(),
                query.value(3).toLongLong(), query.value(4).toString(), query.value(5).toString() });
    }
    return true;
}

bool MissingFiles::knownByAudio() const
{
    return std::ranges::any_of(m_files, [](const File &file) { return !file.audioHash.isEmpty(); });
}

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
        } else if (!missing.audioKey.isEmpty() && missing.audioKey == file.audioKey) {
            sameKey.append(i);
        } else if (missing.audioHash.isEmpty() && missing.size == file.size
            && missing.mtimeMs == file.mtimeMs) {
            sameStamp.append(i);
        }
    }
    // One candidate, or else the only one of the same name (stems exported together can share
    // size and time, copies of one take their start); several of the same name: none of them.
    const QString name = QFileInfo(file.relativePath).fileName();
    const auto only = [&](const QList<qsizetype> &candidates) -> qsizetype {
        if (candidates.size() == 1)
            return candidates.constFirst();
        qsizetype found = -1;
        for (const qsizetype i : candidates) {
            if (QFileInfo(m_files.at(i).path).fileName() != name)
                continue;
            if (found >= 0)
                return -1;
            found = i;
        }
        return found;
    };
    qsizetype found = only(sameKey);
    if (found < 0 && sameKey.isEmpty())
        found = only(sameStamp);
    if (found < 0)
        return std::nullopt;
    return m_files.takeAt(found);
}

} // namespace Imprint
