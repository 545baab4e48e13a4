// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "LibraryCopy.h"

#include "hash/Sha256.h"
#include "platform/FileSync.h"
#include "tags/TemporaryCopies.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Imprint::LibraryCopy
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LibraryCopy)
};

Result failed(const QString &path, const QString &reason)
{
    return { Outcome::Failed, u"%1: %2"_s.arg(QDir::toNativeSeparators(path), reason) };
}

} // namespace

bool isInside(const QString &root, const QString &path)
{
    const QString cleanRoot = QDir::cleanPath(root);
    const QString cleanPath = QDir::cleanPath(path);
    if (cleanPath == cleanRoot)
        return true;
    return cleanPath.startsWith(cleanRoot.endsWith(u'/') ? cleanRoot : cleanRoot + u'/');
}

QString destinationFor(const QString &libraryRoot, const QString &sourceFolder, const QString &source)
{
    const QString folderName = QFileInfo(QDir::cleanPath(sourceFolder)).fileName();
    // A drive's root has no name of its own.
    const QString top = folderName.isEmpty() ? u"Imported"_s : folderName;
    return QDir::cleanPath(
        QDir(libraryRoot).filePath(top + u'/' + QDir(sourceFolder).relativeFilePath(source)));
}

Result copyVerified(const QString &source, const QString &target, const std::atomic_bool &cancel)
{
    const QFileInfo sourceInfo(source);
    const QFileInfo targetInfo(target);
    if (targetInfo.exists()) {
        const bool same = targetInfo.isFile() && targetInfo.size() == sourceInfo.size()
            && targetInfo.lastModified(QTimeZone::UTC) == sourceInfo.lastModified(QTimeZone::UTC);
        return { same ? Outcome::AlreadyThere : Outcome::Taken, {} };
    }
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return failed(source, Text::tr("cannot be read: %1").arg(in.errorString()));
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return failed(targetInfo.absolutePath(), Text::tr("the folder cannot be created"));

    QTemporaryFile copy(targetInfo.absoluteDir().filePath(Tags::TemporaryCopies::nameTemplate(targetInfo)));
    if (!copy.open())
        return failed(
            targetInfo.absolutePath(), Text::tr("cannot create a file here: %1").arg(copy.errorString()));
    const Tags::TemporaryCopies::InUse inUse(copy.fileName());
    Sha256 sourceHash;
    while (!in.atEnd()) {
        if (cancel)
            return { Outcome::Cancelled, {} };
        const QByteArray block = in.read(Sha256::FileBlockSize);
        if (block.isEmpty() && in.error() != QFileDevice::NoError)
            return failed(source, Text::tr("cannot be read: %1").arg(in.errorString()));
        sourceHash.addData(block);
        if (copy.write(block) != block.size())
            return failed(target, Text::tr("cannot be written: %1").arg(copy.errorString()));
    }
    if (!Platform::syncFile(copy))
        return failed(target, Text::tr("cannot be written: %1").arg(copy.errorString()));
    // Read back what the disk holds, not what we meant to write.
    QString readError;
    const QByteArray copied = Sha256::hashFile(copy.fileName(), &readError, &cancel);
    if (cancel)
        return { Outcome::Cancelled, {} };
    if (copied.isEmpty())
        return failed(target, Text::tr("cannot be read back: %1").arg(readError));
    if (copied != sourceHash.result())
        return failed(target, Text::tr("the copy does not match the original; nothing was copied"));
    copy.setPermissions(sourceInfo.permissions() | QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The same time as the original marks the copy as one: a later import finds it unchanged.
    copy.setFileTime(sourceInfo.lastModified(QTimeZone::UTC), QFileDevice::FileModificationTime);
    copy.close();
    // QFile::rename never replaces an existing file, so a file that appeared meanwhile is kept.
    if (!QFile::rename(copy.fileName(), target)) {
        if (QFileInfo::exists(target))
            return { Outcome::Taken, {} };
        return failed(target, Text::tr("the copy cannot be moved into place"));
    }
    copy.setAutoRemove(false);
    Platform::syncToDisk(targetInfo.absolutePath());
    return { Outcome::Copied, {} };
}

} // namespace Imprint::LibraryCopy
