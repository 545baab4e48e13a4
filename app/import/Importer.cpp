// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Importer.h"

#include "Logging.h"
#include "audio/AudioProbe.h"
#include "catalog/ImportWriter.h"
#include "import/FileClassifier.h"
#include "tags/TagLibReader.h"
#include "tags/TemporaryCopies.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImageReader>
#include <QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

struct Candidate {
    QString absolutePath;
    ImportedFile file; ///< path, stamp and kind filled; the rest comes from reading it
};

struct ReadResult {
    ImportedFile file;
    QString absolutePath;
    QString problem;
    bool skipped = false; ///< cancelled before it was read
};

bool readArtwork(const QString &path, ImportedFile &file, QString *reason)
{
    QImageReader reader(path);
    const QSize size = reader.size();
    if (!size.isValid()) {
        *reason
            = QCoreApplication::translate("Importer", "not a readable image: %1").arg(reader.errorString());
        return false;
    }
    file.width = size.width();
    file.height = size.height();
    file.format = QString::fromLatin1(reader.format()).toUpper();
    return true;
}

bool readAudio(const QString &path, ImportedFile &file, QString *reason)
{
    if (!Tags::readAudioFile(path, file, reason))
        return false;
    const Audio::ProbeResult probe = Audio::probeDecodable(path);
    if (!probe.decodable) {
        *reason = probe.reason;
        return false;
    }
    // A header that promises more audio than the decoder finds means the file was cut short.
    if (probe.supported && probe.sampleRate > 0) {
        const qint64 decodedMs = probe.frames * 1000 / probe.sampleRate;
        if (decodedMs + 50 < file.durationMs * 98 / 100) {
            *reason = QCoreApplication::translate(
                "Importer", "the file is truncated: the header says %1 s, the audio lasts %2 s")
                          .arg(file.durationMs / 1000.0, 0, 'f', 1)
                          .arg(decodedMs / 1000.0, 0, 'f', 1);
            return false;
        }
    }
    if (file.title.isEmpty())
        file.title = QFileInfo(path).completeBaseName();
    return true;
}

ReadResult readCandidate(const Candidate &candidate, const std::atomic_bool &cancel)
{
    ReadResult result { candidate.file, candidate.absolutePath, {}, false };
    if (cancel.load(std::memory_order_relaxed)) {
        result.skipped = true;
        return result;
    }
    const bool ok = candidate.file.kind == ImportedFile::Kind::Artwork
        ? readArtwork(candidate.absolutePath, result.file, &result.problem)
        : readAudio(candidate.absolutePath, result.file, &result.problem);
    if (!ok && result.problem.isEmpty())
        result.problem = QCoreApplication::translate("Importer", "cannot be read");
    return result;
}

} // namespace

QString ImportSummary::describe() const
{
    if (!ok())
        return QCoreApplication::translate("ImportSummary", "The import failed: %1").arg(fatalError);
    QString text = QCoreApplication::translate("ImportSummary", "%n file(s) added", nullptr, added) + u", "_s
        + QCoreApplication::translate("ImportSummary", "%n updated", nullptr, updated) + u", "_s
        + QCoreApplication::translate("ImportSummary", "%n unchanged", nullptr, unchanged);
    if (failed > 0)
        text += u", "_s
            + QCoreApplication::translate("ImportSummary", "%n could not be read", nullptr, failed);
    if (skipped > 0)
        text += u", "_s
            + QCoreApplication::translate("ImportSummary", "%n other file(s) skipped", nullptr, skipped);
    if (cancelled)
        text = QCoreApplication::translate(
            "ImportSummary", "Cancelled: %1. Import the folder again to continue.")
                   .arg(text);
    return text;
}

Importer::Importer(const CatalogStore &store)
    : m_store(store)
{
}

ImportSummary Importer::run(const QString &folder, const std::atomic_bool &cancel)
{
    ImportSummary summary = importFolder(folder, cancel);
    // Every handle to this thread's connection is gone now; the thread may be a short-lived worker.
    m_store.closeThreadConnection();
    return summary;
}

BindResult Importer::bindFile(const QString &path, qint64 trackId)
{
    BindResult result;
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.isFile()) {
        result.error = QCoreApplication::translate("Importer", "%1: no such file").arg(name);
        return result;
    }
    if (!Tags::audioExtensions().contains(info.suffix().toLower())) {
        result.error = QCoreApplication::translate("Importer", "%1: not an audio file (%2)")
                           .arg(name, Tags::audioExtensions().join(u", "_s));
        return result;
    }
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    QString libraryRoot = m_store.libraryRoot();
    if (db.isValid() && libraryRoot.isEmpty()) {
        libraryRoot = info.canonicalPath();
        if (!m_store.setLibraryRoot(libraryRoot, &error))
            db = {};
    }
    if (!db.isValid()) {
        result.error = u"%1: %2"_s.arg(name, error);
        m_store.closeThreadConnection();
        return result;
    }
    ImportedFile file;
    file.kind = ImportedFile::Kind::Master;
    file.relativePath = QDir(libraryRoot).relativeFilePath(info.canonicalFilePath());
    file.size = info.size();
    file.mtimeMs = info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch();
    QString reason;
    if (!readAudio(info.absoluteFilePath(), file, &reason)) {
        result.error = QCoreApplication::translate("Importer", "%1 cannot be used: %2").arg(name, reason);
    } else if (!ImportWriter(db).bindToTrack(file, trackId, &reason)) {
        result.error = QCoreApplication::translate("Importer", "%1 was not bound: %2").arg(name, reason);
    } else {
        result.ok = true;
        result.relativePath = file.relativePath;
    }
    db = {};
    m_store.closeThreadConnection();
    return result;
}

ImportSummary Importer::importFolder(const QString &folder, const std::atomic_bool &cancel)
{
    ImportSummary summary;
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir()) {
        summary.fatalError = QCoreApplication::translate("Importer", "%1: no such folder").arg(folder);
        return summary;
    }
    if (!folderInfo.isReadable() || !folderInfo.isExecutable()) {
        summary.fatalError
            = QCoreApplication::translate("Importer", "%1: the folder cannot be read (permission denied)")
                  .arg(folder);
        return summary;
    }
    const QString scanRoot = folderInfo.canonicalFilePath();

    QString error;
    QSqlDatabase db = m_store.connection(&error);
    if (!db.isValid()) {
        summary.fatalError = error;
        return summary;
    }
    QString libraryRoot = m_store.libraryRoot();
    if (libraryRoot.isEmpty()) {
        libraryRoot = scanRoot;
        if (!m_store.setLibraryRoot(libraryRoot, &error)) {
            summary.fatalError = error;
            return summary;
        }
    }
    const QDir library(libraryRoot);
    const QDir scanDir(scanRoot);
    ImportWriter writer(db);
    const QHash<QString, FileStamp> known = writer.knownFiles();

    // The catalog may live inside the folder it catalogs; its own files are not takes.
    const QString catalogFile = QFileInfo(m_store.path()).absoluteFilePath();
    const QStringList catalogFiles { catalogFile, catalogFile + u"-wal"_s, catalogFile + u"-shm"_s,
        catalogFile + u"-journal"_s };

    QList<Candidate> candidates;
    QDirIterator it(scanRoot, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext() && !cancel) {
        const QFileInfo info = it.nextFileInfo();
        const QString absolutePath = info.absoluteFilePath();
        // Nor are the hidden copies a tag write works in (one killed half way leaves its copy).
        if (catalogFiles.contains(absolutePath) || Tags::TemporaryCopies::isCopyName(info.fileName()))
            continue;
        const auto classification = FileClassifier::classify(scanDir.relativeFilePath(absolutePath));
        if (!classification) {
            ++summary.skipped;
            summary.problems.append({ absolutePath,
                QCoreApplication::translate("Importer", "skipped: not an audio or artwork file") });
            continue;
        }
        ++summary.found;
        Candidate candidate;
        candidate.absolutePath = absolutePath;
        candidate.file.relativePath = library.relativeFilePath(absolutePath);
        candidate.file.size = info.size();
        candidate.file.mtimeMs = info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch();
        candidate.file.kind = classification->kind;
        candidate.file.stemType = classification->stemType;
        if (known.value(candidate.file.relativePath)
            == FileStamp { candidate.file.size, candidate.file.mtimeMs })
            ++summary.unchanged;
        else
            candidates.append(std::move(candidate));
    }
    // Masters first, so stems and artwork find the track and release they belong to.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::pair(int(a.file.kind), a.file.relativePath)
            < std::pair(int(b.file.kind), b.file.relativePath);
    });

    const int total = int(candidates.size());
    int done = 0;
    ImportWriter::Counts counts;
    if (m_progress)
        m_progress(0, total, {});
    for (int start = 0; start < total && !cancel; start += m_batchSize) {
        const QList<Candidate> batch = candidates.mid(start, m_batchSize);
        const QList<ReadResult> results = QtConcurrent::blockingMapped<QList<ReadResult>>(
            batch, [&cancel](const Candidate &candidate) { return readCandidate(candidate, cancel); });
        if (cancel)
            break; // the batch is incomplete: store none of it, the next run picks it up
        QList<ImportedFile> files;
        files.reserve(results.size());
        for (const ReadResult &result : results) {
            if (result.problem.isEmpty()) {
                files.append(result.file);
            } else {
                ++summary.failed;
                summary.problems.append({ result.absolutePath, result.problem });
            }
        }
        if (!writer.writeBatch(files, &counts, &error)) {
            summary.fatalError = error;
            break;
        }
        done += int(batch.size());
        if (m_progress)
            m_progress(done, total, batch.constLast().absolutePath);
        if (m_batchWritten)
            m_batchWritten();
    }
    summary.cancelled = cancel;
    summary.added = counts.added;
    summary.updated = counts.updated;
    if (summary.ok() && !writer.finish(&error))
        summary.fatalError = error;
    qCInfo(lcImport) << "imported" << scanRoot << "added" << summary.added << "updated" << summary.updated
                     << "unchanged" << summary.unchanged << "failed" << summary.failed
                     << (summary.cancelled ? "(cancelled)" : "");
    return summary;
}

} // namespace Imprint
