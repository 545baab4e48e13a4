// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "SafeExtractor.h"

#include "ArchiveLogging.h"
#include "ArchiveWalker.h"
#include "EntryName.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::Archive
{

namespace
{

constexpr qint64 ChunkSize = qint64(1) << 20;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1 << 20), 'f', 0) + u" MiB"_s;
}

class Extractor
{
public:
    Extractor(const ExtractLimits &limits, const std::atomic_bool &cancel, const ProgressFn &progress)
        : m_limits(limits)
        , m_cancel(cancel)
        , m_progress(progress)
    {
    }

    // Writes every entry under root; returns an error naming the entry, or empty.
    QString run(ArchiveWalker &walker, const QString &root, ExtractResult *result)
    {
        m_root = root;
        m_walker = &walker;
        if (QString error = checkDeclared(walker); !error.isEmpty())
            return error;
        ArchiveEntry entry;
        int count = 0;
        while (walker.next(&entry)) {
            if (++count > m_limits.maxEntries)
                return QCoreApplication::translate("Archive", "%1: more than %2 entries")
                    .arg(entry.name)
                    .arg(m_limits.maxEntries);
            if (QString error = admit(entry, result); !error.isEmpty())
                return error;
            if (entry.kind == EntryKind::Directory) {
                if (QString error = makeDirs(clean(entry.name)); !error.isEmpty())
                    return error;
            } else if (entry.kind == EntryKind::File) {
                if (QString error = writeFile(entry); !error.isEmpty() || m_cancel.load())
                    return error;
                result->files.append(entry.name);
            }
        }
        result->bytes = m_written;
        return walker.error();
    }

private:
    static QString clean(const QString &name) { return name.endsWith(u'/') ? name.chopped(1) : name; }

    QString checkDeclared(const ArchiveWalker &walker) const
    {
        if (walker.declaredEntries() > m_limits.maxEntries)
            return QCoreApplication::translate("Archive", "the archive has %1 entries; the limit is %2")
                .arg(walker.declaredEntries())
                .arg(m_limits.maxEntries);
        const qint64 declared = walker.declaredBytes();
        if (declared > m_limits.maxTotalBytes)
            return QCoreApplication::translate(
                "Archive", "the archive declares %1 of content; the limit is %2")
                .arg(megabytes(declared), megabytes(m_limits.maxTotalBytes));
        if (declared > m_limits.ratioGraceBytes
            && declared > m_limits.maxRatio * double(walker.archiveSize()))
            return QCoreApplication::translate("Archive",
                "the archive declares %1 of content in %2 (compression ratio over %3:1; likely a bomb)")
                .arg(megabytes(declared), megabytes(walker.archiveSize()))
                .arg(m_limits.maxRatio);
        return {};
    }

    // Name, kind and place in the tree are acceptable; records the entry for later conflicts.
    QString admit(const ArchiveEntry &entry, ExtractResult *result)
    {
        if (const QString reason = unsafeNameReason(entry.name); !reason.isEmpty())
            return u"%1: %2"_s.arg(entry.name, reason);
        const QString name = clean(entry.name);
        const QStringList parts = name.split(u'/');
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString parent = parts.first(i).join(u'/');
            if (m_links.contains(parent))
                return QCoreApplication::translate("Archive", "%1: would be written through the link %2")
                    .arg(entry.name, parent);
            if (m_files.contains(parent))
                return QCoreApplication::translate("Archive", "%1: would be written inside the file %2")
                    .arg(entry.name, parent);
            m_parents.insert(parent);
        }
        const bool isDir = entry.kind == EntryKind::Directory;
        if (m_files.contains(name) || m_links.contains(name) || (m_dirs.contains(name) && !isDir)
            || (!isDir && m_parents.contains(name)))
            return QCoreApplication::translate("Archive", "%1: duplicate name in the archive")
                .arg(entry.name);
        switch (entry.kind) {
        case EntryKind::Directory:
            m_dirs.insert(name);
            return {};
        case EntryKind::File:
            m_files.insert(name);
            return {};
        case EntryKind::SymLink:
        case EntryKind::HardLink: {
            // A hard link's target is relative to the archive root, a symbolic one to its folder.
            const QString base = entry.kind == EntryKind::HardLink ? u"x"_s : name;
            if (!linkStaysInside(base, entry.linkTarget))
                return QCoreApplication::translate("Archive", "%1: link pointing outside the target (%2)")
                    .arg(entry.name, entry.linkTarget);
            m_links.insert(name);
            result->skipped.append(QCoreApplication::translate("Archive", "%1: link to %2 not extracted")
                    .arg(entry.name, entry.linkTarget));
            return {};
        }
        case EntryKind::Other:
            break;
        }
        return QCoreApplication::translate("Archive", "%1: device, FIFO or other special file")
            .arg(entry.name);
    }

    // Creates each missing folder of relative (inside the staging root), one level at a time.
    QString makeDirs(const QString &relative)
    {
        QString path = m_root;
        for (const QString &part : relative.split(u'/')) {
            path += u'/' + part;
            const QFileInfo info(path);
            if (info.isSymLink() || (info.exists() && !info.isDir()))
                return QCoreApplication::translate("Archive", "%1: not a folder in the staging area")
                    .arg(relative);
            if (!info.exists() && !QDir().mkdir(path))
                return QCoreApplication::translate("Archive", "%1: cannot create the folder").arg(relative);
        }
        return insideRoot(path, relative);
    }

    QString insideRoot(const QString &path, const QString &name) const
    {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (!canonical.startsWith(m_root + u'/'))
            return QCoreApplication::translate("Archive", "%1: resolves outside the target").arg(name);
        return {};
    }

    QString writeFile(const ArchiveEntry &entry)
    {
        const qsizetype slash = entry.name.lastIndexOf(u'/');
        if (slash > 0) {
            if (QString error = makeDirs(entry.name.left(slash)); !error.isEmpty())
                return error;
        }
        // NewOnly is O_CREAT|O_EXCL: it never opens an existing file nor follows a link.
        QFile out(m_root + u'/' + entry.name);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return u"%1: %2"_s.arg(entry.name, out.errorString());
        if (QString error = insideRoot(out.fileName(), entry.name); !error.isEmpty())
            return error;
        QByteArray buffer(ChunkSize, Qt::Uninitialized);
        qint64 n;
        while ((n = m_walker->read(buffer.data(), buffer.size())) > 0) {
            m_written += n;
            if (m_written > m_limits.maxTotalBytes)
                return QCoreApplication::translate(
                    "Archive", "%1: decompressed content exceeds the limit of %2")
                    .arg(entry.name, megabytes(m_limits.maxTotalBytes));
            const qint64 inflated = qMax(m_written, m_walker->streamBytes());
            if (inflated > m_limits.ratioGraceBytes
                && inflated > m_limits.maxRatio * double(m_walker->archiveSize()))
                return QCoreApplication::translate(
                    "Archive", "%1: compression ratio over %2:1 (likely a bomb)")
                    .arg(entry.name)
                    .arg(m_limits.maxRatio);
            if (out.write(buffer.constData(), n) != n)
                return u"%1: %2"_s.arg(entry.name, out.errorString());
            if (m_progress)
                m_progress(m_written, m_walker->declaredBytes());
            if (m_cancel.load())
                return {};
        }
        if (n < 0)
            return m_walker->error();
        if (!out.flush())
            return u"%1: %2"_s.arg(entry.name, out.errorString());
        return {};
    }

    const ExtractLimits &m_limits;
    const std::atomic_bool &m_cancel;
    const ProgressFn &m_progress;
    ArchiveWalker *m_walker = nullptr;
    QString m_root;
    qint64 m_written = 0;
    QSet<QString> m_files, m_dirs, m_links, m_parents;
};

} // namespace

ExtractResult extractSafely(const QString &archivePath, const QString &targetDir, const ExtractLimits &limits,
    const std::atomic_bool &cancel, const ProgressFn &progress)
{
    ExtractResult result;
    const QFileInfo target(targetDir);
    const QString targetPath = target.absoluteFilePath();
    if (target.isSymLink() || (target.exists() && (!target.isDir() || !QDir(targetPath).isEmpty()))) {
        result.error = QCoreApplication::translate("Archive", "%1: the target must be a new or empty folder")
                           .arg(targetDir);
        return result;
    }
    auto walker = ArchiveWalker::open(archivePath, &result.error);
    if (!walker)
        return result;
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent)) {
        result.error = QCoreApplication::translate("Archive", "%1: cannot create the folder").arg(parent);
        return result;
    }
    // Staging next to the target keeps the final move a rename on the same file system.
    QTemporaryDir staging(parent + u"/.imprint-extract-XXXXXX"_s);
    if (!staging.isValid()) {
        result.error = u"%1: %2"_s.arg(parent, staging.errorString());
        return result;
    }
    const QString root = QFileInfo(staging.path()).canonicalFilePath();
    Extractor extractor(limits, cancel, progress);
    const QString error = extractor.run(*walker, root, &result);
    walker.reset();
    if (!error.isEmpty() || cancel.load()) {
        result.error = error;
        result.cancelled = error.isEmpty();
        result.files.clear();
        qCInfo(lcArchive) << "refused" << archivePath << ":" << (error.isEmpty() ? u"cancelled"_s : error);
        return result; // QTemporaryDir removes everything written so far
    }
    if (target.exists())
        QDir().rmdir(targetPath);
    if (std::rename(QFile::encodeName(root).constData(), QFile::encodeName(targetPath).constData()) != 0) {
        result.error = QCoreApplication::translate("Archive", "%1: cannot move the unpacked files into place")
                           .arg(targetDir);
        result.files.clear();
        return result;
    }
    staging.setAutoRemove(false);
    QFile::setPermissions(targetPath,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther);
    return result;
}

} // namespace Imprint::Archive
