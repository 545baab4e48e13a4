// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "SafeExtractor.h"

#include "ArchiveLogging.h"
#include "ArchiveWalker.h"
#include "CreatedFolders.h"
#include "EntryName.h"
#include "EntryTree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>

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
                    .arg(shownName(entry.name))
                    .arg(m_limits.maxEntries);
            // Headers count too: millions of empty entries are a bomb as well.
            if (QString error = checkInflated(shownName(entry.name)); !error.isEmpty())
                return error;
            // "./" is the root itself, as `tar -C folder -cf pack.tar .` writes it.
            const QString name = withoutLeadingDot(entry.name);
            if (name.isEmpty() && entry.kind == EntryKind::Directory)
                continue;
            if (QString error = admit(entry, name, result); !error.isEmpty())
                return error;
            if (entry.kind == EntryKind::Directory) {
                if (QString error = makeDirs(clean(name)); !error.isEmpty())
                    return error;
            } else if (entry.kind == EntryKind::File) {
                if (QString error = writeFile(entry, name); !error.isEmpty() || m_cancel.load())
                    return error;
                result->files.append(name);
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

    QString checkInflated(const QString &name) const
    {
        const qint64 inflated = qMax(m_written, m_walker->streamBytes());
        if (inflated > m_limits.ratioGraceBytes
            && inflated > m_limits.maxRatio * double(m_walker->archiveSize()))
            return QCoreApplication::translate("Archive", "%1: compression ratio over %2:1 (likely a bomb)")
                .arg(name)
                .arg(m_limits.maxRatio);
        return {};
    }

    // Name, kind and place in the tree are acceptable; records the entry for later conflicts.
    QString admit(const ArchiveEntry &entry, const QString &name, ExtractResult *result)
    {
        if (const QString reason = unsafeNameReason(name); !reason.isEmpty())
            return u"%1: %2"_s.arg(shownName(entry.name), reason);
        const QString path = clean(name);
        switch (entry.kind) {
        case EntryKind::Directory:
            if (QString error = m_tree.add(path, EntryTree::Kind::Folder, entry.name); !error.isEmpty())
                return error;
            break;
        case EntryKind::File:
            if (QString error = m_tree.add(path, EntryTree::Kind::File, entry.name); !error.isEmpty())
                return error;
            break;
        case EntryKind::SymLink:
        case EntryKind::HardLink: {
            // A hard link's target is relative to the archive root, a symbolic one to its folder.
            const QString base = entry.kind == EntryKind::HardLink ? u"x"_s : path;
            if (!linkStaysInside(base, entry.linkTarget))
                return QCoreApplication::translate("Archive", "%1: link pointing outside the target (%2)")
                    .arg(entry.name, entry.linkTarget);
            if (QString error = m_tree.add(path, EntryTree::Kind::Link, entry.name); !error.isEmpty())
                return error;
            result->skipped.append(QCoreApplication::translate("Archive", "%1: link to %2 not extracted")
                    .arg(entry.name, entry.linkTarget));
            break;
        }
        case EntryKind::Other:
            return QCoreApplication::translate("Archive", "%1: device, FIFO or other special file")
                .arg(entry.name);
        }
        // Every folder becomes a real one on disk: as capped as the entries.
        if (m_tree.folderCount() > m_limits.maxEntries)
            return QCoreApplication::translate("Archive", "%1: more than %2 folders")
                .arg(entry.name)
                .arg(m_limits.maxEntries);
        return {};
    }

    // Creates each folder of relative (inside the staging root) not created before, one level at
    // a time; each is created once, whatever the number of entries in it.
    QString makeDirs(const QString &relative)
    {
        QString path;
        for (const qsizetype length : m_tree.foldersToCreate(relative)) {
            path = m_root + u'/' + relative.left(length);
            // mkdir fails on anything already there, a link included: only we write in staging.
            if (!QDir().mkdir(path))
                return QCoreApplication::translate("Archive", "%1: cannot create the folder")
                    .arg(relative.left(length));
        }
        return path.isEmpty() ? QString() : insideRoot(path, relative);
    }

    QString insideRoot(const QString &path, const QString &name) const
    {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (!canonical.startsWith(m_root + u'/'))
            return QCoreApplication::translate("Archive", "%1: resolves outside the target").arg(name);
        return {};
    }

    // Writes the content of entry at name (entry.name without a leading "./").
    QString writeFile(const ArchiveEntry &entry, const QString &name)
    {
        const qsizetype slash = name.lastIndexOf(u'/');
        if (slash > 0) {
            if (QString error = makeDirs(name.left(slash)); !error.isEmpty())
                return error;
        }
        // NewOnly is O_CREAT|O_EXCL: it never opens an existing file nor follows a link.
        QFile out(m_root + u'/' + name);
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
            if (QString error = checkInflated(entry.name); !error.isEmpty())
                return error;
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
    EntryTree m_tree;
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
    // Parent folders made here go again if the archive is refused: a failure leaves no trace.
    CreatedFolders parents;
    auto removeParents = qScopeGuard([&] { parents.removeAll(); });
    if (!parents.create(parent)) {
        result.error = QCoreApplication::translate("Archive", "%1: cannot create the folder").arg(parent);
        return result;
    }
    // Staging next to the target keeps the final move a rename on the same file system.
    std::optional<QTemporaryDir> staging(std::in_place, parent + u"/.imprint-extract-XXXXXX"_s);
    if (!staging->isValid()) {
        result.error = u"%1: %2"_s.arg(parent, staging->errorString());
        return result;
    }
    const QString root = QFileInfo(staging->path()).canonicalFilePath();
    Extractor extractor(limits, cancel, progress);
    const QString error = extractor.run(*walker, root, &result);
    walker.reset();
    if (!error.isEmpty() || cancel.load()) {
        result.error = error;
        result.cancelled = error.isEmpty();
        result.files.clear();
        qCInfo(lcArchive) << "refused" << archivePath << ":" << (error.isEmpty() ? u"cancelled"_s : error);
        staging.reset(); // removes everything written so far, before the parents go
        return result;
    }
    const bool existed = target.exists();
    if (existed)
        QDir().rmdir(targetPath);
    // The target is gone, so nothing is replaced; a folder moves in one step on every system.
    if (!QDir().rename(root, targetPath)) {
        if (existed)
            QDir().mkdir(targetPath); // the empty folder the caller gave stays
        result.error = QCoreApplication::translate("Archive", "%1: cannot move the unpacked files into place")
                           .arg(targetDir);
        result.files.clear();
        staging.reset();
        return result;
    }
    staging->setAutoRemove(false);
    removeParents.dismiss();
    QFile::setPermissions(targetPath,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther);
    return result;
}

} // namespace Imprint::Archive
