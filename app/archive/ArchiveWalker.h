// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

#include <memory>

namespace Imprint::Archive
{

enum class EntryKind { File, Directory, SymLink, HardLink, Other };

/// An entry exactly as the archive states it: the raw name (not cleaned), so callers can refuse
/// what KArchive's own tree would silently rewrite (absolute paths, "..", duplicates).
struct ArchiveEntry {
    QString name;
    EntryKind kind = EntryKind::File;
    qint64 size = 0; // declared content size
    QString linkTarget; // for links
};

/// Reads an archive (ZIP, or TAR plain/gzip/xz/zstd/bzip2) one entry after the other, streaming,
/// in constant memory. Nothing is ever written to disk: compressed TARs are decompressed on the
/// fly instead of into a temporary copy the way KTar does, so a bomb costs CPU time only.
class ArchiveWalker
{
public:
    virtual ~ArchiveWalker() = default;

    /// Opens path, detecting the format from its first bytes. nullptr and *error on failure.
    static std::unique_ptr<ArchiveWalker> open(const QString &path, QString *error);

    /// The next entry, skipping whatever of the current one was not read. False at the end, or
    /// on a damaged archive with error() naming the entry and the reason.
    virtual bool next(ArchiveEntry *entry) = 0;

    /// Reads the current file entry's content: bytes read, 0 at its end, -1 on error (error()).
    /// Content beyond the declared size, or short of it, is an error.
    virtual qint64 read(char *data, qint64 maxSize) = 0;

    /// How many entries the archive declares up front (a ZIP's central directory), or -1.
    virtual qint64 declaredEntries() const { return -1; }
    /// The declared content size of all entries (ZIP), or -1.
    virtual qint64 declaredBytes() const { return -1; }
    /// Decompressed bytes consumed so far, including headers and skipped content.
    virtual qint64 streamBytes() const = 0;

    QString error() const { return m_error; }
    qint64 archiveSize() const { return m_archiveSize; }

protected:
    QString m_error;
    qint64 m_archiveSize = 0;
};

// The two implementations behind open(), in ZipWalker.cpp and TarWalker.cpp.
enum class StreamCompression { None, GZip, BZip2, Xz, Zstd };
std::unique_ptr<ArchiveWalker> openZipWalker(const QString &path, QString *error);
std::unique_ptr<ArchiveWalker> openTarWalker(
    const QString &path, StreamCompression compression, QString *error);

} // namespace Imprint::Archive
