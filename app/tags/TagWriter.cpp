// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TagWriter.h"

#include "Logging.h"
#include "TagAdapter.h"
#include "TemporaryCopies.h"
#include "catalog/AssetPath.h"
#include "hash/Sha256.h"
#include "platform/FileReplace.h"
#include "platform/FileSync.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QTemporaryFile>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Imprint::Tags
{

namespace
{

TagWriteResult failed(TagWriteResult result, const QString &reason)
{
    result.status = TagWriteStatus::Failed;
    result.reason = reason;
    qCWarning(lcTags).noquote() << result.message();
    return result;
}

// Copies from into to; with sha256, hashes what it copies too.
bool copyContents(const QString &from, QFile &to, Sha256 *sha256, QString *reason)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        *reason = u"cannot read the file: %1"_s.arg(source.errorString());
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray block = source.read(1 << 20);
        if (block.isEmpty() && source.error() != QFileDevice::NoError) {
            *reason = u"cannot read the file: %1"_s.arg(source.errorString());
            return false;
        }
        if (sha256)
            sha256->addData(block);
        if (to.write(block) != block.size()) {
            *reason = u"cannot write the temporary copy: %1"_s.arg(to.errorString());
            return false;
        }
    }
    if (!to.flush()) {
        *reason = u"cannot write the temporary copy: %1"_s.arg(to.errorString());
        return false;
    }
    return true;
}

struct Stamp {
    qint64 size = -1;
    QDateTime modified;
    friend bool operator==(const Stamp &, const Stamp &) = default;
};

Stamp stampOf(const QString &path)
{
    const QFileInfo info(path);
    return { info.size(), info.lastModified(QTimeZone::UTC) };
}

QString fieldList(const QList<TagChange> &changes)
{
    QStringList names;
    for (const TagChange &change : changes)
        names.append(fieldName(change.field));
    return names.join(u", "_s);
}

// Why the file cannot be replaced by a tagged copy, or empty. The mode bits count too (WriteUser
// would ask access(), which says yes to the superuser): a master marked read-only is meant to
// stay as it is, whoever runs Imprint.
QString unwritableReason(const QFileInfo &info)
{
    constexpr auto anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (!info.isWritable() || !(info.permissions() & anyWrite))
        return u"the file is read-only"_s;
    if (!QFileInfo(info.absolutePath()).isWritable())
        return u"the folder %1 is read-only, so no temporary copy can be made there"_s.arg(
            QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

TagWriteResult cancelledResult(const QString &path)
{
    TagWriteResult skipped;
    skipped.path = path;
    skipped.status = TagWriteStatus::Cancelled;
    return skipped;
}

// The tags transform(current) into path: a tagged copy, verified, renamed over it.
TagWriteResult writeVerified(const QString &path, const TagTransform &transform, const QByteArray &knownAudio,
    const QString &knownContent, const TagWriteOptions &options)
{
    TagWriteResult result;
    result.path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return failed(result, u"the file does not exist (moved or deleted?)"_s);
    if (!info.isFile())
        return failed(result, u"not a regular file"_s);
    // Replace the file a link points to, not the link.
    const QString target = info.canonicalFilePath();

    QString reason;
    const TagAdapter *adapter = adapterFor(target, &reason);
    if (!adapter)
        return failed(result, reason);
    result.format = adapter->formatName();
    const std::optional<TagSet> current = adapter->read(target, &reason);
    if (!current)
        return failed(result, u"cannot read the current tags: %1"_s.arg(reason));
    const TagSet wanted = transform(*current).normalized();
    result.changes = diffTags(*current, wanted);
    if (result.changes.isEmpty()) {
        result.status = TagWriteStatus::Unchanged;
        return result;
    }
    // Checked before a preview too, so the preview already names the files that cannot be written.
    if (const QString why = unwritableReason(QFileInfo(target)); !why.isEmpty())
        return failed(result, why);
    if (options.dryRun) {
        result.status = TagWriteStatus::Preview;
        return result;
    }

    const auto decodeAudio = [&](const QString &file, QString *why) {
        if (options.onAudioDecoded)
            options.onAudioDecoded(file);
        return adapter->audioHash(file, why);
    };
    const QString cannotCheck = u"cannot check the audio, so the file is not changed: %1"_s;
    const Stamp before = stampOf(target);
    // The catalog's hash of the audio can stand for the original's (one decode instead of two);
    // without one, the original is decoded first, so a file that cannot be checked is not copied.
    std::optional<QByteArray> audioBefore;
    if (knownAudio.isEmpty() || !adapter->hashesAudioIdentity()) {
        audioBefore = decodeAudio(target, &reason);
        if (!audioBefore)
            return failed(result, cannotCheck.arg(reason));
    }

    const QFileInfo targetInfo(target);
    // Same folder, so the final rename stays on one file system and is atomic. The suffix is kept
    // for tools that look at it; the leading dot hides the copy from file managers.
    QTemporaryFile copy(targetInfo.absoluteDir().filePath(TemporaryCopies::nameTemplate(targetInfo)));
    if (!copy.open())
        return failed(result,
            u"cannot create a temporary copy in %1: %2"_s.arg(
                QDir::toNativeSeparators(targetInfo.absolutePath()), copy.errorString()));
    const TemporaryCopies::InUse inUse(copy.fileName());
    std::optional<Sha256> original;
    if (!knownContent.isEmpty())
        original.emplace();
    if (!copyContents(target, copy, original ? &*original : nullptr, &reason))
        return failed(result, reason);
    copy.close();
    const QString copyPath = copy.fileName();
    QFile::setPermissions(copyPath, targetInfo.permissions());

    if (!adapter->write(copyPath, wanted, &reason))
        return failed(result, reason);
    if (options.beforeVerify)
        options.beforeVerify(copyPath);

    const std::optional<TagSet> readBack = adapter->read(copyPath, &reason);
    if (!readBack)
        return failed(result, u"verification failed: the written tags cannot be read back: %1"_s.arg(reason));
    if (*readBack != wanted)
        return failed(result,
            u"verification failed: %1 read back differently"_s.arg(fieldList(diffTags(wanted, *readBack))));
    const std::optional<QByteArray> audioAfter = decodeAudio(copyPath, &reason);
    if (!audioAfter) {
        // A truncated original the catalog knew whole is the original's fault, not the write's.
        if (QString why; !audioBefore && !decodeAudio(target, &why))
            return failed(result, cannotCheck.arg(why));
        return failed(result, u"verification failed: the written file does not decode: %1"_s.arg(reason));
    }
    // A copy that does not decode to the catalog's hash may hold a file changed since its
    // analysis: the original as it is now decides.
    if (!audioBefore && *audioAfter != knownAudio) {
        audioBefore = decodeAudio(target, &reason);
        if (!audioBefore)
            return failed(result, cannotCheck.arg(reason));
    }
    if (audioBefore && *audioAfter != *audioBefore)
        return failed(result, u"verification failed: the audio would change"_s);
    // The audio is the analysed one, so the catalog's analysis holds for the new bytes: hashed
    // now, while they are still cached.
    const bool analysedAudio
        = (adapter->hashesAudioIdentity() && !knownAudio.isEmpty() && *audioAfter == knownAudio)
        || (original && QString::fromLatin1(original->result().toHex()) == knownContent);
    QByteArray writtenSha256;
    if (analysedAudio)
        writtenSha256 = Sha256::hashFile(copyPath); // unreadable: the analysis is simply made again

    // Without this, a power cut right after the rename can leave an empty file under the old name.
    Platform::syncToDisk(copyPath);
    if (stampOf(target) != before)
        return failed(result, u"the file changed while its tags were written; try again"_s);
    if (QString replaceError; !Platform::replaceFile(copyPath, target, &replaceError))
        return failed(result, u"cannot replace the original: %1"_s.arg(replaceError));
    copy.setAutoRemove(false);
    Platform::syncToDisk(targetInfo.absolutePath());
    result.status = TagWriteStatus::Written;
    if (!writtenSha256.isEmpty()) {
        const QFileInfo written(target);
        result.catalogAudioKept = WrittenBytes { QString::fromLatin1(writtenSha256.toHex()), written.size(),
            written.lastModified(QTimeZone::UTC).toMSecsSinceEpoch() };
    }
    qCDebug(lcTags).noquote() << "wrote" << result.changes.size() << "fields to" << target;
    return result;
}

} // namespace

QString TagWriteResult::message() const
{
    return status == TagWriteStatus::Failed ? QDir::toNativeSeparators(path) + u": "_s + reason : QString();
}

std::optional<TagSet> readFileTags(const QString &path, QString *error)
{
    QString reason;
    const TagAdapter *adapter = adapterFor(path, &reason);
    std::optional<TagSet> tags = adapter ? adapter->read(path, &reason) : std::nullopt;
    if (!tags && error)
        *error = QDir::toNativeSeparators(path) + u": "_s + reason;
    return tags;
}

TagWriteResult writeFileTags(const QString &path, const TagSet &tags, const TagWriteOptions &options)
{
    return writeFileTags(path, [&tags](const TagSet &) { return tags; }, options);
}

TagWriteResult writeFileTags(
    const QString &path, const TagTransform &transform, const TagWriteOptions &options)
{
    return writeVerified(path, transform, {}, {}, options);
}

TagWriteResult writeFileTags(const TagWriteRequest &request, const TagWriteOptions &options)
{
    if (request.libraryRoot) {
        if (const QString outside = AssetPath::outsideRootReason(*request.libraryRoot, request.path);
            !outside.isEmpty()) {
            TagWriteResult refused;
            refused.path = request.path;
            refused.reason = outside;
            return refused;
        }
    }
    const TagSet &tags = request.tags;
    const TagTransform transform
        = request.transform ? request.transform : TagTransform([&tags](const TagSet &) { return tags; });
    return writeVerified(request.path, transform, request.knownAudioHash, request.knownContentHash, options);
}

namespace
{

// Copies left by a write that was killed (kill -9, a crash) would pile up: they are removed from
// every folder a run writes in.
void removeStaleCopies(const QStringList &targets)
{
    QSet<QString> folders;
    for (const QString &target : targets) {
        if (!target.isEmpty())
            folders.insert(QFileInfo(target).absolutePath());
    }
    for (const QString &folder : std::as_const(folders))
        TemporaryCopies::removeStale(folder);
}

// How many files are written at once. Each is mostly decoding, hashing and waiting for the
// disk: one per core (or threads). Two requests for one file would each see the other's rename
// as a change under them, so such a list is written one file at a time.
int writersFor(const QStringList &targets, int threads)
{
    QSet<QString> distinct;
    for (const QString &target : targets) {
        if (target.isEmpty())
            continue; // a missing file fails on its own
        if (distinct.contains(target))
            return 1;
        distinct.insert(target);
    }
    const qsizetype wanted = threads > 0 ? threads : QThread::idealThreadCount();
    return int(std::clamp<qsizetype>(wanted, 1, std::max<qsizetype>(targets.size(), 1)));
}

} // namespace

QList<TagWriteResult> writeTags(const QList<TagWriteRequest> &requests, bool dryRun,
    const std::atomic_bool &cancel, const TagWriteProgress &progress, int threads)
{
    TagWriteOptions options;
    options.dryRun = dryRun;
    // The copy goes next to the file a link points to: that is the file written.
    QStringList targets;
    targets.reserve(requests.size());
    for (const TagWriteRequest &request : requests)
        targets.append(QFileInfo(request.path).canonicalFilePath());
    if (!dryRun)
        removeStaleCopies(targets);

    const qsizetype total = requests.size();
    QList<TagWriteResult> results(total);
    TagWriteResult *result = results.data(); // each file's slot, filled by the worker that takes it
    std::vector<char> finished(total, 0);
    QMutex mutex;
    QWaitCondition finishedOne;
    std::atomic<qsizetype> next = 0;
    const auto work = [&] {
        for (qsizetype i = next++; i < total; i = next++) {
            result[i]
                = cancel ? cancelledResult(requests.at(i).path) : writeFileTags(requests.at(i), options);
            const QMutexLocker lock(&mutex);
            finished[i] = 1;
            finishedOne.wakeAll();
        }
    };
    QThreadPool pool;
    const int workers = writersFor(targets, threads);
    pool.setMaxThreadCount(workers);
    for (int i = 0; i < workers; ++i)
        pool.start(work);
    // Progress in request order, on this thread, up to the first file a cancel kept from starting.
    for (qsizetype i = 0; i < total; ++i) {
        QMutexLocker lock(&mutex);
        while (!finished[i])
            finishedOne.wait(&mutex);
        lock.unlock();
        if (result[i].status == TagWriteStatus::Cancelled)
            break;
        if (progress)
            progress(int(i + 1), int(total), result[i]);
    }
    pool.waitForDone();
    return results;
}

QString statusName(TagWriteStatus status)
{
    switch (status) {
    case TagWriteStatus::Written:
        return u"written"_s;
    case TagWriteStatus::Unchanged:
        return u"unchanged"_s;
    case TagWriteStatus::Preview:
        return u"preview"_s;
    case TagWriteStatus::Failed:
        return u"failed"_s;
    case TagWriteStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

} // namespace Imprint::Tags
