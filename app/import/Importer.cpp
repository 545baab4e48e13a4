// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Importer.h"

#include "Logging.h"
#include "audio/AudioIdentity.h"
#include "audio/AudioProbe.h"
#include "audio/DecoderTable.h"
#include "catalog/AssetPath.h"
#include "catalog/ImportWriter.h"
#include "hash/Sha256.h"
#include "import/FileClassifier.h"
#include "import/LibraryCopy.h"
#include "tags/TagLibReader.h"
#include "tags/TemporaryCopies.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QtConcurrentMap>

#include <variant>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

struct Candidate {
    QString absolutePath; ///< where the catalog finds the file
    QString copyFrom; ///< the original outside the library, when the file is copied in first
    ImportedFile file; ///< path, stamp and kind filled; the rest comes from reading it
    bool identify = false; ///< decode it for its audio hash: it may be a missing file moved
    /// The SHA-256 the catalog has for the bytes of a known file whose time changed, its size
    /// not: when the file still hashes to it, only its time is new (ImportedFile::sameBytes).
    QString knownHash;
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

// Decoder facts in the names the catalog has always stored ("OPUS" apart from Vorbis in Ogg).
QString formatName(const Audio::StreamInfo &info)
{
    if (info.container == u"OGG" && info.encoding == u"Opus")
        return u"OPUS"_s;
    return info.container;
}

bool readAudio(const QString &path, ImportedFile &file, bool identify, QString *reason)
{
    // The decoder decides what is audio and what its properties are; TagLib only adds the tags
    // of the formats it reads (none for W64, say, and then the name is the title).
    const Audio::ProbeResult probe = Audio::probeDecodable(path);
    if (!probe.decodable) {
        *reason = probe.reason;
        return false;
    }
    QString tagProblem;
    if (!Tags::readTags(path, file, &tagProblem))
        qCDebug(lcImport) << path << "has no tags Imprint reads:" << tagProblem;
    file.format = formatName(probe.info);
    file.bitDepth = probe.info.bitDepth;
    file.sampleRate = probe.info.sampleRate;
    file.channels = probe.info.channels;
    file.durationMs = probe.durationMs;
    file.audioKey = QString::fromLatin1(probe.audioKey);
    if (file.bitrateKbps <= 0 && probe.durationMs > 0)
        file.bitrateKbps = int(QFileInfo(path).size() * 8 / probe.durationMs);
    if (file.title.isEmpty())
        file.title = QFileInfo(path).completeBaseName();
    // Only when it may be a missing file moved: decoding every file would make an import as slow
    // as an analysis, which makes the identity of the rest.
    if (!identify)
        return true;
    QString identityProblem;
    if (const auto hash = Audio::audioHash(path, &identityProblem))
        file.audioHash = QString::fromLatin1(*hash);
    else
        qCDebug(lcImport) << path << "has no audio hash:" << identityProblem;
    return true;
}

/// Copies a file that is read from outside the library into it; false with the problem set when
/// it was not copied.
bool copyIntoLibrary(const Candidate &candidate, ReadResult &result, const std::atomic_bool &cancel)
{
    const LibraryCopy::Result copied
        = LibraryCopy::copyVerified(candidate.copyFrom, candidate.absolutePath, cancel);
    switch (copied.outcome) {
    case LibraryCopy::Outcome::Copied:
    case LibraryCopy::Outcome::AlreadyThere:
        result.absolutePath = candidate.absolutePath;
        return true;
    case LibraryCopy::Outcome::Cancelled:
        result.skipped = true;
        return false;
    case LibraryCopy::Outcome::Taken:
        result.problem = QCoreApplication::translate("Importer",
            "not copied: the library already has a different file at %1; rename one of them and import again")
                             .arg(QDir::toNativeSeparators(candidate.absolutePath));
        return false;
    case LibraryCopy::Outcome::Failed:
        break;
    }
    result.problem
        = QCoreApplication::translate("Importer", "not copied into the library: %1").arg(copied.error);
    return false;
}

QString outsideLibraryError(const QString &folder, const QString &libraryRoot)
{
    return QCoreApplication::translate("Importer",
        "%1 is outside the catalog's library folder %2, so backups and deliveries would not find its "
        "files. Import it with \"Copy into Library\" (imprint import --copy) to copy them into %3.")
        .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(libraryRoot),
            QDir::toNativeSeparators(LibraryCopy::destinationFor(libraryRoot, folder, folder)));
}

/// Copies a file chosen for a track into the library: whether it copied one (an identical file
/// may be there already), or the problem.
std::variant<bool, QString> copyChosenFile(const QString &source, const QString &target)
{
    const std::atomic_bool never = false;
    const LibraryCopy::Result copied = LibraryCopy::copyVerified(source, target, never);
    switch (copied.outcome) {
    case LibraryCopy::Outcome::Copied:
        return true;
    case LibraryCopy::Outcome::AlreadyThere:
        return false;
    case LibraryCopy::Outcome::Taken:
        return QCoreApplication::translate(
            "Importer", "%1 was not copied: the library already has a different file at %2")
            .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(target));
    case LibraryCopy::Outcome::Cancelled:
    case LibraryCopy::Outcome::Failed:
        break;
    }
    return QCoreApplication::translate("Importer", "%1 was not copied into the library: %2")
        .arg(QDir::toNativeSeparators(source), copied.error);
}

ReadResult readCandidate(const Candidate &candidate, const std::atomic_bool &cancel)
{
    // A file to copy is read where it is first, so one that cannot be used is not copied at all.
    const QString readPath = candidate.copyFrom.isEmpty() ? candidate.absolutePath : candidate.copyFrom;
    ReadResult result { candidate.file, readPath, {}, false };
    if (cancel.load(std::memory_order_relaxed)) {
        result.skipped = true;
        return result;
    }
    // Reading the bytes costs less than reading the tags again and analysing the audio anew.
    if (!candidate.knownHash.isEmpty()
        && QString::fromLatin1(Sha256::hashFile(readPath, nullptr, &cancel).toHex()) == candidate.knownHash) {
        result.file.sameBytes = true;
        return result;
    }
    const bool ok = candidate.file.kind == ImportedFile::Kind::Artwork
        ? readArtwork(readPath, result.file, &result.problem)
        : readAudio(readPath, result.file, candidate.identify, &result.problem);
    if (!ok && result.problem.isEmpty())
        result.problem = QCoreApplication::translate("Importer", "cannot be read");
    if (ok && !candidate.copyFrom.isEmpty())
        copyIntoLibrary(candidate, result, cancel);
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
    if (!moved.isEmpty())
        text
            += u", "_s + QCoreApplication::translate("ImportSummary", "%n moved", nullptr, int(moved.size()));
    if (cancelled)
        text = QCoreApplication::translate(
            "ImportSummary", "Cancelled: %1. Import the folder again to continue.")
                   .arg(text);
    return text;
}

QList<ImportProblem> ImportSummary::notes() const
{
    QList<ImportProblem> notes;
    for (const ImportMove &move : moved)
        notes.append({ move.to,
            QCoreApplication::translate("ImportSummary", "moved: %1 → %2")
                .arg(QDir::toNativeSeparators(move.from), QDir::toNativeSeparators(move.to)) });
    return notes;
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

bool Importer::needsCopy(const QString &folder) const
{
    const QString libraryRoot = m_store.libraryRoot();
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    return !libraryRoot.isEmpty() && !canonical.isEmpty() && !LibraryCopy::isInside(libraryRoot, canonical);
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
    if (!Audio::audioFormatFor(info.fileName())) {
        result.error = QCoreApplication::translate("Importer", "%1: not an audio file (%2)")
                           .arg(name, Audio::audioExtensions().join(u", "_s));
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
    const QString original = info.canonicalFilePath();
    QString stored = original;
    if (!LibraryCopy::isInside(libraryRoot, original))
        stored = LibraryCopy::destinationFor(libraryRoot, info.canonicalPath(), original);
    file.relativePath = QDir(libraryRoot).relativeFilePath(stored);
    file.size = info.size();
    file.mtimeMs = info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch();
    QString reason;
    if (const QString refused = AssetPath::foundFileReason(file.relativePath); !refused.isEmpty()) {
        result.error = u"%1: %2"_s.arg(name, refused);
    } else if (!readAudio(original, file, false, &reason)) { // read where it is: a bad file is never copied
        result.error = QCoreApplication::translate("Importer", "%1 cannot be used: %2").arg(name, reason);
    } else {
        const std::variant<bool, QString> copied
            = stored == original ? std::variant<bool, QString>(false) : copyChosenFile(original, stored);
        if (const QString *problem = std::get_if<QString>(&copied)) {
            result.error = *problem;
        } else if (!ImportWriter(db).bindToTrack(file, trackId, &reason)) {
            result.error = QCoreApplication::translate("Importer", "%1 was not bound: %2").arg(name, reason);
            if (std::get<bool>(copied))
                QFile::remove(stored); // nobody refers to it
        } else {
            result.ok = true;
            result.relativePath = file.relativePath;
            result.copied = stored != original;
        }
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
    const bool copyIn = !LibraryCopy::isInside(libraryRoot, scanRoot);
    if (copyIn && !m_copyIntoLibrary) {
        summary.fatalError = outsideLibraryError(scanRoot, libraryRoot);
        return summary;
    }
    const QDir library(libraryRoot);
    const QDir scanDir(scanRoot);
    ImportWriter writer(db);
    const QHash<QString, KnownFile> known = writer.knownFiles();
    MissingFiles missing;
    if (!missing.load(
            db, [library](const QString &path) { return QFileInfo::exists(library.filePath(path)); },
            &error)) {
        summary.fatalError = error;
        return summary;
    }
    // Decoding new files (for their audio hash) only pays while a missing file is known by one.
    const bool identifyNew = missing.knownByAudio();
    writer.setMissingFiles(std::move(missing));

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
        Candidate candidate;
        candidate.absolutePath = absolutePath;
        // A folder around the library has files in it (taken where they are) and outside it.
        if (copyIn && !LibraryCopy::isInside(libraryRoot, absolutePath)) {
            candidate.copyFrom = absolutePath;
            candidate.absolutePath = LibraryCopy::destinationFor(libraryRoot, scanRoot, absolutePath);
        }
        candidate.file.relativePath = library.relativeFilePath(candidate.absolutePath);
        if (const QString reason = AssetPath::foundFileReason(candidate.file.relativePath);
            !reason.isEmpty()) {
            ++summary.skipped;
            summary.problems.append({ absolutePath, reason });
            continue;
        }
        ++summary.found;
        candidate.file.size = info.size();
        candidate.file.mtimeMs = info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch();
        candidate.file.kind = classification->kind;
        candidate.file.stemType = classification->stemType;
        const auto knownFile = known.constFind(candidate.file.relativePath);
        if (knownFile != known.cend()
            && knownFile->stamp == FileStamp { candidate.file.size, candidate.file.mtimeMs }) {
            ++summary.unchanged;
            continue;
        }
        if (knownFile != known.cend() && knownFile->stamp.size == candidate.file.size
            && candidate.copyFrom.isEmpty())
            candidate.knownHash = knownFile->contentHash;
        candidate.identify
            = identifyNew && knownFile == known.cend() && candidate.file.kind != ImportedFile::Kind::Artwork;
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
            if (result.file.sameBytes)
                ++summary.unchanged;
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
    for (const ImportWriter::Move &move : std::as_const(counts.moved))
        summary.moved.append({ library.filePath(move.from), library.filePath(move.to) });
    if (summary.ok() && !writer.finish(&error))
        summary.fatalError = error;
    qCInfo(lcImport) << "imported" << scanRoot << "added" << summary.added << "updated" << summary.updated
                     << "unchanged" << summary.unchanged << "failed" << summary.failed
                     << (summary.cancelled ? "(cancelled)" : "");
    return summary;
}

} // namespace Imprint
