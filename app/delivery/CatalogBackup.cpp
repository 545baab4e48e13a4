// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogBackup.h"

#include "DeliveryLogging.h"
#include "archive/ArchiveWalker.h"
#include "archive/CreatedFolders.h"
#include "archive/EntryName.h"
#include "archive/Manifest.h"
#include "archive/PackageWriter.h"
#include "archive/SafeExtractor.h"
#include "catalog/AssetPath.h"
#include "catalog/Migrations.h"
#include "exchange/CatalogCopy.h"
#include "hash/Sha256.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;

namespace Imprint::Delivery
{

namespace
{

constexpr qint64 ChunkSize = qint64(1) << 20;
const QString InfoName = u"backup.json"_s;
const QString CatalogName = u"catalog.sqlite"_s;
const QString LibraryFolder = u"library"_s;
const QString FormatTag = u"imprint-backup"_s;

int countRows(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    if (query.exec(u"SELECT count(*) FROM "_s + table) && query.next())
        return query.value(0).toInt();
    return 0;
}

// Why a stored path that leaves the library cannot be backed up, and what brings it in.
QString outsideLibraryReason(const QString &root)
{
    return QCoreApplication::translate("Delivery",
        "outside the library folder %1 (Copy Files into Library on the Deliveries page, or "
        "imprint consolidate, copies it in)")
        .arg(QDir::toNativeSeparators(root));
}

QString notBackedUp(const QStringList &reasons)
{
    return QCoreApplication::translate("Delivery",
        "%n file(s) the catalog refers to cannot be backed up, so no backup was written:\n%1", nullptr,
        int(reasons.size()))
        .arg(reasons.join(u'\n'));
}

// A team catalog's snapshot is a catalog file, as copy-catalog makes one, stored measurements
// included: the backup restores as a local catalog, which copy-catalog can put on a server again.
// CatalogCopy reads it in one snapshot, so edits made meanwhile by others neither block it nor
// tear it.
QString serverSnapshot(
    QSqlDatabase db, const QString &root, const QString &target, const std::atomic_bool &cancel)
{
    const auto fail = [](const QString &why) {
        return QCoreApplication::translate("Delivery", "cannot snapshot the catalog: %1").arg(why);
    };
    QString error;
    // The copy refuses a path that leaves the library, as any catalog file does; said here as a
    // file catalog's backup says it, with the way to bring the file in.
    QStringList outside;
    for (const AssetPath::BadRow &row : AssetPath::badStoredPaths(db, &error))
        outside.append(u"%1: %2"_s.arg(row.path, outsideLibraryReason(root)));
    if (!error.isEmpty())
        return fail(error);
    if (!outside.isEmpty())
        return notBackedUp(outside);
    const CatalogStore file(target);
    if (!file.open(&error))
        return fail(error);
    const auto closeFile = qScopeGuard([&file] { file.closeThreadConnection(); });
    const CatalogJson::ImportResult copied = CatalogCopy::copy(db, file.connection(), {}, &cancel);
    return copied.ok ? QString() : fail(copied.error);
}

// The snapshot: VACUUM INTO writes a consistent copy in one read transaction, so imports or
// edits running meanwhile neither block it nor tear it.
QString snapshot(
    const CatalogStore &store, QSqlDatabase db, const QString &target, const std::atomic_bool &cancel)
{
    if (store.isOnServer())
        return serverSnapshot(db, store.libraryRoot(), target, cancel);
    QSqlQuery query(db);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(target);
    if (!query.exec())
        return QCoreApplication::translate("Delivery", "cannot snapshot the catalog: %1")
            .arg(query.lastError().text());
    return {};
}

// What a backup's snapshot holds: its counts, the files it refers to and its schema.
struct SnapshotContents {
    int tracks = 0;
    int releases = 0;
    QStringList assetPaths;
    int schemaVersion = 0;
};

std::optional<SnapshotContents> readSnapshot(const QString &path, QString *error)
{
    const QString name = u"imprint-backup-snapshot-%1"_s.arg(quintptr(QThread::currentThreadId()));
    std::optional<SnapshotContents> contents;
    {
        QSqlDatabase snapshot = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        snapshot.setDatabaseName(path);
        snapshot.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery query(snapshot);
        query.setForwardOnly(true);
        if (snapshot.open() && query.exec(u"SELECT DISTINCT rel_path FROM assets ORDER BY rel_path"_s)) {
            contents.emplace();
            while (query.next())
                contents->assetPaths.append(query.value(0).toString());
            contents->tracks = countRows(snapshot, u"tracks"_s);
            contents->releases = countRows(snapshot, u"releases"_s);
            contents->schemaVersion = Migrations::currentVersion(snapshot);
        } else if (error) {
            *error = QCoreApplication::translate("Delivery", "cannot read the catalog's snapshot %1: %2")
                         .arg(path, (snapshot.isOpen() ? query.lastError() : snapshot.lastError()).text());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return contents;
}

QByteArray sha256Of(const QString &path, QString *error)
{
    return Sha256::hashFile(path, error).toHex();
}

} // namespace

BackupResult writeBackup(const CatalogStore &store, const QString &outputPath, const std::atomic_bool &cancel,
    const Archive::ProgressFn &progress, bool allowMissing)
{
    BackupResult result;
    const auto format = Archive::formatForFileName(outputPath);
    if (!format) {
        result.error = QCoreApplication::translate(
            "Delivery", "%1: name the backup .tar.zst, .tar.xz, .tar.gz or .zip to choose its format")
                           .arg(outputPath);
        return result;
    }
    QString error;
    QSqlDatabase db = store.connection(&error);
    if (!db.isValid()) {
        result.error = error;
        return result;
    }
    const QFileInfo output(outputPath);
    // The snapshot sits next to the package: /tmp may be a small RAM disk, the catalog is not.
    QTemporaryDir work(output.absolutePath() + u"/.imprint-backup-XXXXXX"_s);
    if (!work.isValid()) {
        result.error = QCoreApplication::translate("Delivery", "%1: cannot create a temporary folder (%2)")
                           .arg(output.absolutePath(), work.errorString());
        return result;
    }
    const QString snapshotPath = work.filePath(CatalogName);
    if (result.error = snapshot(store, db, snapshotPath, cancel); !result.error.isEmpty() || cancel) {
        result.cancelled = cancel;
        if (result.cancelled)
            result.error.clear();
        return result;
    }

    // The files are those the snapshot lists, not the catalog a moment later: a file others
    // removed meanwhile is still in the backup's catalog, so it must be in the backup too.
    const std::optional<SnapshotContents> contents = readSnapshot(snapshotPath, &result.error);
    if (!contents)
        return result;
    result.tracks = contents->tracks;
    result.releases = contents->releases;
    const QString root = store.libraryRoot();
    Archive::PackageRequest request;
    request.outputPath = outputPath;
    request.format = *format;
    request.items.append({ work.filePath(InfoName), InfoName });
    request.items.append({ snapshotPath, CatalogName });
    QJsonArray files;
    for (const QString &relPath : contents->assetPaths) {
        const QFileInfo info(store.absoluteAssetPath(root, relPath));
        // A path that is not a plain relative one cannot come back from an archive (and is not in
        // the library: e.g. a second folder imported into the same catalog).
        const QString reason = root.isEmpty()
            ? QCoreApplication::translate("Delivery", "the catalog has no library folder")
            : !AssetPath::unsafeReason(relPath).isEmpty() || !Archive::unsafeNameReason(relPath).isEmpty()
            ? outsideLibraryReason(root)
            : !info.isFile() ? QCoreApplication::translate("Delivery", "missing from the library folder")
                             : QString();
        if (!reason.isEmpty()) {
            result.missing.append(relPath);
            result.missingReasons.append(u"%1: %2"_s.arg(relPath, reason));
            continue;
        }
        const QString name = LibraryFolder + u'/' + relPath;
        request.items.append({ info.absoluteFilePath(), name });
        files.append(QJsonObject { { u"path"_s, name }, { u"size"_s, info.size() } });
        ++result.assets;
        result.assetBytes += info.size();
    }
    if (!result.missing.isEmpty() && !allowMissing) {
        result.error = notBackedUp(result.missingReasons);
        return result;
    }
    const QJsonObject info { { u"format"_s, FormatTag }, { u"formatVersion"_s, BackupFormatVersion },
        { u"schemaVersion"_s, contents->schemaVersion },
        { u"created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { u"counts"_s,
            QJsonObject { { u"tracks"_s, result.tracks }, { u"releases"_s, result.releases },
                { u"assets"_s, result.assets }, { u"assetBytes"_s, result.assetBytes } } },
        { u"catalog"_s,
            QJsonObject { { u"path"_s, CatalogName }, { u"size"_s, QFileInfo(snapshotPath).size() } } },
        { u"files"_s, files }, { u"missing"_s, QJsonArray::fromStringList(result.missing) } };
    QFile infoFile(work.filePath(InfoName));
    if (!infoFile.open(QIODevice::WriteOnly) || infoFile.write(QJsonDocument(info).toJson()) < 0
        || !infoFile.flush()) {
        result.error = u"%1: %2"_s.arg(infoFile.fileName(), infoFile.errorString());
        return result;
    }
    infoFile.close();

    const Archive::PackageResult written = Archive::writePackage(request, cancel, progress);
    result.error = written.error;
    result.cancelled = written.cancelled;
    result.size = written.size;
    if (result.ok())
        qCInfo(lcDelivery) << "backup" << outputPath << result.assets << "files" << result.size << "bytes";
    return result;
}

namespace
{

struct Diagnosis {
    QString error;
    QList<RestoreProblem> problems;
};

// A backup holds a whole library: many files, terabytes at most, but still no bomb.
Archive::ExtractLimits backupLimits()
{
    Archive::ExtractLimits limits;
    limits.maxEntries = 1000000; // a large library is many files, each checked against the manifest
    limits.maxTotalBytes = qint64(4) << 40;
    return limits;
}

// Why a backup did not unpack: walks it once more, hashing what can still be read, and compares
// with the manifest or, when the end (and the manifest with it) is gone, with backup.json. Held
// to the unpacking's limits: a bomb refused there is not inflated in full here (nothing is then
// diagnosed; the refusal says enough).
Diagnosis diagnose(const QString &path, const Archive::ExtractLimits &limits)
{
    Diagnosis diagnosis;
    auto walker = Archive::ArchiveWalker::open(path, &diagnosis.error);
    if (!walker || walker->declaredEntries() > limits.maxEntries
        || !limits.allows(walker->declaredBytes(), walker->archiveSize()))
        return diagnosis;
    const auto withinLimits = [&] {
        return limits.allows(walker->streamBytes(), walker->archiveSize());
    };
    int entries = 0;
    QHash<QString, QByteArray> complete;
    QByteArray infoText, manifestText;
    QString damaged;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    Archive::ArchiveEntry entry;
    while (walker->next(&entry)) {
        if (++entries > limits.maxEntries || !withinLimits())
            return {};
        entry.name = Archive::withoutLeadingDot(entry.name);
        if (entry.kind != Archive::EntryKind::File)
            continue;
        if (const QString reason = Archive::unsafeNameReason(entry.name); !reason.isEmpty()) {
            diagnosis.problems.append({ entry.name, u"invalid"_s, reason });
            continue;
        }
        Sha256 hash;
        const bool keep = entry.name == InfoName || entry.name == Archive::ManifestName;
        QByteArray *text = entry.name == InfoName ? &infoText : &manifestText;
        qint64 n;
        while ((n = walker->read(buffer.data(), buffer.size())) > 0) {
            if (!withinLimits())
                return {};
            hash.addData(QByteArrayView(buffer.constData(), n));
            if (keep && text->size() < (qint64(64) << 20))
                text->append(buffer.constData(), n);
        }
        if (n < 0) {
            damaged = entry.name;
            break;
        }
        complete.insert(entry.name, hash.result().toHex());
    }
    if (!walker->error().isEmpty())
        diagnosis.error = walker->error();

    QStringList expected;
    QHash<QString, QByteArray> hashes;
    QString manifestError;
    if (const auto manifest = complete.contains(Archive::ManifestName.toString())
            ? Archive::parseManifest(manifestText, &manifestError)
            : std::nullopt) {
        for (const Archive::ManifestLine &line : *manifest) {
            expected.append(line.path);
            hashes.insert(line.path, line.sha256);
        }
    } else {
        diagnosis.problems.append({ Archive::ManifestName.toString(), u"missing"_s,
            manifestError.isEmpty() ? QCoreApplication::translate(
                                          "Delivery", "the backup's checksums are missing; it is incomplete")
                                    : manifestError });
        const QJsonObject info = QJsonDocument::fromJson(infoText).object();
        if (complete.contains(InfoName) && info.value(u"format"_s).toString() == FormatTag) {
            expected.append({ InfoName, CatalogName });
            for (const QJsonValue &file : info.value(u"files"_s).toArray())
                expected.append(file.toObject().value(u"path"_s).toString());
        } else if (!complete.contains(InfoName)) {
            diagnosis.problems.append({ InfoName, u"missing"_s,
                QCoreApplication::translate("Delivery", "not an Imprint backup, or damaged at its start") });
        }
    }
    for (const QString &name : std::as_const(expected)) {
        const auto found = complete.constFind(name);
        if (name == damaged)
            diagnosis.problems.append({ name, u"truncated"_s,
                QCoreApplication::translate("Delivery", "cut off or damaged in the backup") });
        else if (found == complete.cend())
            diagnosis.problems.append(
                { name, u"missing"_s, QCoreApplication::translate("Delivery", "not in the backup") });
        else if (hashes.contains(name) && hashes.value(name) != *found)
            diagnosis.problems.append({ name, u"mismatch"_s,
                QCoreApplication::translate("Delivery", "SHA-256 differs from the manifest") });
    }
    return diagnosis;
}

// Leaves the target as restore found it: absent, or an empty folder.
void clearTarget(const QString &target, bool existed)
{
    QDir dir(target);
    dir.removeRecursively();
    if (existed)
        QDir().mkpath(target);
}

QString describeProblems(const QList<RestoreProblem> &problems)
{
    QStringList lines;
    for (const RestoreProblem &problem : problems)
        lines.append(u"%1: %2 (%3)"_s.arg(problem.path, problem.status, problem.reason));
    return lines.join(u'\n');
}

// Every unpacked file against the manifest: listed ones present and equal, nothing unlisted.
QList<RestoreProblem> checkUnpacked(const QString &root, const QStringList &files, QString *error)
{
    QList<RestoreProblem> problems;
    QFile manifestFile(QDir(root).filePath(Archive::ManifestName.toString()));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        problems.append({ Archive::ManifestName.toString(), u"missing"_s,
            QCoreApplication::translate("Delivery", "the backup has no checksums") });
        return problems;
    }
    const auto manifest = Archive::parseManifest(manifestFile.read(qint64(64) << 20), error);
    if (!manifest)
        return problems;
    QSet<QString> listed;
    for (const Archive::ManifestLine &line : *manifest) {
        listed.insert(line.path);
        const QString path = QDir(root).filePath(line.path);
        if (!QFileInfo(path).isFile()) {
            problems.append(
                { line.path, u"missing"_s, QCoreApplication::translate("Delivery", "not in the backup") });
            continue;
        }
        QString reason;
        const QByteArray actual = sha256Of(path, &reason);
        if (actual.isEmpty())
            problems.append({ line.path, u"missing"_s, reason });
        else if (actual != line.sha256)
            problems.append({ line.path, u"mismatch"_s,
                QCoreApplication::translate("Delivery", "SHA-256 differs from the manifest") });
    }
    for (const QString &file : files) {
        if (file != Archive::ManifestName && !listed.contains(file))
            problems.append({ file, u"unlisted"_s,
                QCoreApplication::translate("Delivery", "not listed in the manifest") });
    }
    for (const QString &name : { InfoName, CatalogName }) {
        if (!listed.contains(name))
            problems.append(
                { name, u"missing"_s, QCoreApplication::translate("Delivery", "not in the backup") });
    }
    return problems;
}

} // namespace

RestoreResult restoreBackup(const QString &backupPath, const QString &targetDir,
    const std::atomic_bool &cancel, const Archive::ProgressFn &progress)
{
    RestoreResult result;
    const QFileInfo target(targetDir);
    const QString root = target.absoluteFilePath();
    const bool existed = target.exists();
    if (target.isSymLink() || (existed && (!target.isDir() || !QDir(root).isEmpty()))) {
        result.error = QCoreApplication::translate("Delivery", "%1: restore into a new or empty folder")
                           .arg(targetDir);
        return result;
    }
    // The folders above the target that restore makes go again if it fails (never others).
    Archive::CreatedFolders parents;
    if (!parents.create(target.absolutePath())) {
        parents.removeAll();
        result.error = QCoreApplication::translate("Delivery", "%1: cannot create the folder")
                           .arg(target.absolutePath());
        return result;
    }
    const Archive::ExtractLimits limits = backupLimits();
    const Archive::ExtractResult extracted
        = Archive::extractSafely(backupPath, root, limits, cancel, progress);
    if (extracted.cancelled) {
        parents.removeAll();
        result.cancelled = true;
        return result;
    }
    if (!extracted.ok()) {
        parents.removeAll();
        const Diagnosis diagnosis = diagnose(backupPath, limits);
        result.problems = diagnosis.problems;
        result.error = QCoreApplication::translate("Delivery", "%1: cannot restore: %2")
                           .arg(backupPath, extracted.error);
        return result;
    }
    auto fail = [&](const QString &error) {
        clearTarget(root, existed);
        parents.removeAll();
        result.error = error;
        return result;
    };
    QString error;
    result.problems = checkUnpacked(root, extracted.files, &error);
    if (!error.isEmpty() || !result.problems.isEmpty())
        return fail(QCoreApplication::translate("Delivery", "%1: the backup is damaged:\n%2")
                .arg(backupPath, error.isEmpty() ? describeProblems(result.problems) : error));
    QFile infoFile(QDir(root).filePath(InfoName));
    const QJsonObject info = infoFile.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(infoFile.readAll()).object()
        : QJsonObject();
    infoFile.close();
    if (info.value(u"format"_s).toString() != FormatTag)
        return fail(
            QCoreApplication::translate("Delivery", "%1: not an Imprint catalog backup").arg(backupPath));
    if (info.value(u"formatVersion"_s).toInt() > BackupFormatVersion)
        return fail(QCoreApplication::translate(
            "Delivery", "%1: written by a newer Imprint (backup format %2); update Imprint to restore it")
                .arg(backupPath)
                .arg(info.value(u"formatVersion"_s).toInt()));
    QFile::remove(QDir(root).filePath(Archive::ManifestName.toString()));
    QFile::remove(infoFile.fileName());

    result.catalogPath = QDir(root).filePath(CatalogName);
    result.libraryRoot = QDir(root).filePath(LibraryFolder);
    QDir().mkpath(result.libraryRoot);
    {
        const CatalogStore store(result.catalogPath);
        const auto close = qScopeGuard([&] { store.closeThreadConnection(); });
        if (!store.open(&error))
            return fail(QCoreApplication::translate("Delivery", "%1: the restored catalog does not open: %2")
                    .arg(backupPath, error));
        // A crafted backup could point its assets anywhere; its catalog is only kept when every
        // asset path stays inside the restored library.
        const QList<AssetPath::BadRow> badRows = AssetPath::badStoredPaths(store.connection(), &error);
        if (!error.isEmpty())
            return fail(QCoreApplication::translate("Delivery", "%1: the restored catalog does not open: %2")
                    .arg(backupPath, error));
        if (!badRows.isEmpty()) {
            QStringList lines;
            for (const AssetPath::BadRow &row : badRows) {
                lines.append(row.describe());
                result.problems.append({ CatalogName, u"invalid"_s, row.describe() });
            }
            return fail(QCoreApplication::translate(
                "Delivery", "%1: the catalog in the backup refers to files outside its library:\n%2")
                    .arg(backupPath, lines.join(u'\n')));
        }
        if (!store.setLibraryRoot(result.libraryRoot, &error))
            return fail(QCoreApplication::translate("Delivery", "%1: the restored catalog does not open: %2")
                    .arg(backupPath, error));
        result.tracks = countRows(store.connection(), u"tracks"_s);
    }
    result.files = int(extracted.files.size()) - 3;
    result.bytes = extracted.bytes;
    qCInfo(lcDelivery) << "restored" << backupPath << "into" << root << result.files << "files";
    return result;
}

} // namespace Imprint::Delivery
