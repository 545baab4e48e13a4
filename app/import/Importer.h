// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Imprint
{

/// A file the import could not take, and why.
struct ImportProblem {
    QString path; ///< absolute
    QString reason;
};

/// A file the catalog knew at from, found at to (moved or renamed outside Imprint).
struct ImportMove {
    QString from; ///< absolute
    QString to; ///< absolute
};

struct ImportSummary {
    int found = 0; ///< audio and artwork files found
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int failed = 0; ///< audio or artwork files that could not be read
    int skipped = 0; ///< other files in the folder
    bool cancelled = false;
    QString fatalError; ///< set when the import could not run at all
    QList<ImportProblem> problems;
    QList<ImportMove> moved; ///< from was missing: its track now has the file at to

    bool ok() const { return fatalError.isEmpty(); }
    /// One line for people: "3 files added, 1 could not be read…".
    QString describe() const;
    /// A line for each moved file: "moved: OLD → NEW".
    QList<ImportProblem> notes() const;
};

/// What binding one file to a track came to.
struct BindResult {
    bool ok = false;
    QString error; ///< names the file and the reason
    QString relativePath; ///< the file as the catalog keeps it
    bool copied = false; ///< the file was outside the library, so a copy is bound
};

/// Imports a folder into the catalog: scans it recursively, reads tags and audio properties
/// with TagLib on all cores, checks that audio decodes to its end, and stores the results in
/// batches of one transaction each. Unchanged files (same size and time) are skipped, so
/// re-importing is cheap and never duplicates anything.
///
/// Blocking: call it from a worker thread (ImportController) or the command line.
class Importer
{
public:
    using Progress = std::function<void(int done, int total, const QString &currentFile)>;
    using BatchWritten = std::function<void()>;

    explicit Importer(const CatalogStore &store);

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    void setBatchCallback(BatchWritten batchWritten) { m_batchWritten = std::move(batchWritten); }
    void setBatchSize(int files) { m_batchSize = qMax(1, files); }
    /// The user's choice for a folder outside the library: its audio and artwork are copied into
    /// the library (LibraryCopy::destinationFor) and catalogued there. Without it such a folder
    /// is refused, because backups and deliveries take files from the library only.
    void setCopyIntoLibrary(bool copy) { m_copyIntoLibrary = copy; }

    /// Whether importing folder needs the copy: the catalog has a library and folder is not in it.
    bool needsCopy(const QString &folder) const;

    ImportSummary run(const QString &folder, const std::atomic_bool &cancel);

    /// The user's choice: reads one audio file (tags, properties, decoded to its end) and
    /// stores it as the master of trackId whatever its tags say (ImportWriter::bindToTrack).
    /// A file inside the library stays where it is; one outside it is copied in first, under
    /// a folder named as its own; a catalog without a library folder takes the file's folder.
    BindResult bindFile(const QString &path, qint64 trackId);

private:
    ImportSummary importFolder(const QString &folder, const std::atomic_bool &cancel);

    CatalogStore m_store;
    Progress m_progress;
    BatchWritten m_batchWritten;
    int m_batchSize = 256;
    bool m_copyIntoLibrary = false;
};

} // namespace Imprint
