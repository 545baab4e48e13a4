// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TagWriter.h"

#include "Logging.h"
#include "TagAdapter.h"
#include "TemporaryCopies.h"
#include "catalog/AssetPath.h"
#include "platform/FileReplace.h"
#include "platform/FileSync.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>

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

bool copyContents(const QString &from, QFile &to, QString *reason)
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

    const Stamp before = stampOf(target);
    const std::optional<QByteArray> audioBefore = adapter->audioHash(target, &reason);
    if (!audioBefore)
        return failed(result, u"cannot check the audio, so the file is not changed: %1"_s.arg(reason));

    const QFileInfo targetInfo(target);
    // Same folder, so the final rename stays on one file system and is atomic. The suffix is kept
    // for tools that look at it; the leading dot hides the copy from file managers.
    QTemporaryFile copy(targetInfo.absoluteDir().filePath(TemporaryCopies::nameTemplate(targetInfo)));
    if (!copy.open())
        return failed(result,
            u"cannot create a temporary copy in %1: %2"_s.arg(
                QDir::toNativeSeparators(targetInfo.absolutePath()), copy.errorString()));
    const TemporaryCopies::InUse inUse(copy.fileName());
    if (!copyContents(target, copy, &reason))
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
    const std::optional<QByteArray> audioAfter = adapter->audioHash(copyPath, &reason);
    if (!audioAfter)
        return failed(result, u"verification failed: the written file does not decode: %1"_s.arg(reason));
    if (*audioAfter != *audioBefore)
        return failed(result, u"verification failed: the audio would change"_s);

    // Without this, a power cut right after the rename can leave an empty file under the old name.
    Platform::syncToDisk(copyPath);
    if (stampOf(target) != before)
        return failed(result, u"the file changed while its tags were written; try again"_s);
    if (QString replaceError; !Platform::replaceFile(copyPath, target, &replaceError))
        return failed(result, u"cannot replace the original: %1"_s.arg(replaceError));
    copy.setAutoRemove(false);
    Platform::syncToDisk(targetInfo.absolutePath());
    result.status = TagWriteStatus::Written;
    qCDebug(lcTags).noquote() << "wrote" << result.changes.size() << "fields to" << target;
    return result;
}

QList<TagWriteResult> writeTags(const QList<TagWriteRequest> &requests, bool dryRun,
    const std::atomic_bool &cancel, const TagWriteProgress &progress)
{
    QList<TagWriteResult> results;
    results.reserve(requests.size());
    TagWriteOptions options;
    options.dryRun = dryRun;
    // Copies left by a write that was killed (kill -9, a crash) would pile up: remove them from
    // every folder this run writes in.
    if (!dryRun) {
        QSet<QString> folders;
        for (const TagWriteRequest &request : requests) {
            // The copy goes next to the file a link points to, so that folder is cleaned.
            if (const QString target = QFileInfo(request.path).canonicalFilePath(); !target.isEmpty())
                folders.insert(QFileInfo(target).absolutePath());
        }
        for (const QString &folder : std::as_const(folders))
            TemporaryCopies::removeStale(folder);
    }
    for (const TagWriteRequest &request : requests) {
        if (cancel) {
            TagWriteResult skipped;
            skipped.path = request.path;
            skipped.status = TagWriteStatus::Cancelled;
            results.append(skipped);
            continue;
        }
        const QString outside = request.libraryRoot
            ? AssetPath::outsideRootReason(*request.libraryRoot, request.path)
            : QString();
        if (!outside.isEmpty()) {
            TagWriteResult refused;
            refused.path = request.path;
            refused.reason = outside;
            results.append(refused);
        } else {
            results.append(request.transform ? writeFileTags(request.path, request.transform, options)
                                             : writeFileTags(request.path, request.tags, options));
        }
        if (progress)
            progress(int(results.size()), int(requests.size()), results.constLast());
    }
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
