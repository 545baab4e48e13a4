// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/ImportedFile.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace Imprint
{

/// The catalog's audio files that are not where it says (moved or renamed outside Imprint), and
/// which of them a file an import finds at a new path is (issue 15). A file is a missing one when
/// its decoded audio hashes the same; when either was never decoded whole (a missing file never
/// analysed), when the start of its audio hashes the same (the audio key every import makes: a
/// rename and retag keep it) and it is of the same kind (stem or not) and length; for files
/// imported before there were keys, when size and modification time are the same (a move or
/// rename keeps both). Of several candidates, only the one with the same size and time, or else
/// the only one of the same name, is taken: files nothing tells apart are never taken for each
/// other.
class MissingFiles
{
public:
    struct File {
        qint64 assetId = 0;
        QString path; ///< relative to the library
        qint64 size = 0;
        qint64 mtimeMs = 0;
        QString audioHash; ///< empty when never analysed
        QString audioKey; ///< empty when imported before there were keys
        bool isStem = false;
        qint64 durationMs = 0;
    };
    /// Whether a file the catalog knows (a path relative to the library) is still there.
    using FileExists = std::function<bool(const QString &relativePath)>;

    /// Reads the catalog's audio files and keeps those that are gone; false with *error.
    bool load(const QSqlDatabase &db, const FileExists &fileExists, QString *error);

    bool isEmpty() const { return m_files.isEmpty(); }
    /// Some are known by the hash of their audio: new files need theirs (ImportedFile::audioHash).
    bool knownByAudio() const;

    /// The missing file that file is, taken off the list; nullopt for none.
    std::optional<File> take(const ImportedFile &file);

private:
    QList<File> m_files;
};

} // namespace Imprint
