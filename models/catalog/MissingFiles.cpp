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
    if (!query.exec(u"SELECT id, rel_path, size, mtime_ms, coalesce(audio_hash, '') FROM assets "
                    "WHERE kind IN ('master', 'mix', 'stem', 'instrumental', 'cutdown') ORDER BY id"_s)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const QString path = query.value(1).toString();
        if (!fileExists(path))
            m_files.append({ query.value(0).toLongLong(), path, query.value(2).toLongLong(),
                query.value(3).toLongLong(), query.value(4).toString() });
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
    QList<qsizetype> sameStamp;
    qsizetype found = -1;
    for (qsizetype i = 0; i < m_files.size() && found < 0; ++i) {
        const File &missing = m_files.at(i);
        if (!missing.audioHash.isEmpty()) {
            if (missing.audioHash == file.audioHash)
                found = i;
        } else if (missing.size == file.size && missing.mtimeMs == file.mtimeMs) {
            sameStamp.append(i);
        }
    }
    if (found < 0 && sameStamp.size() == 1)
        found = sameStamp.constFirst();
    if (found < 0) {
        // Stems exported together can share size and time: then only the one of the same name.
        const QString name = QFileInfo(file.relativePath).fileName();
        for (const qsizetype i : std::as_const(sameStamp)) {
            if (QFileInfo(m_files.at(i).path).fileName() != name)
                continue;
            if (found >= 0)
                return std::nullopt;
            found = i;
        }
    }
    if (found < 0)
        return std::nullopt;
    return m_files.takeAt(found);
}

} // namespace Imprint
