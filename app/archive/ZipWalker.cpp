// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The ZIP side of ArchiveWalker. Entry names, kinds and sizes come from the central directory,
// read here byte by byte, because KZip's tree has already cleaned names ("../x" and "/x" come out
// as harmless-looking paths) and keeps only one of two entries with the same name. Content is
// read through KZip, and each entry's local header offset must match the central directory, so
// the two views of the archive cannot disagree.
#include "ArchiveWalker.h"

#include <KZip>
#include <KZipFileEntry>

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Imprint::Archive
{

namespace
{

// The Unix file type in a ZIP entry's external attributes (high 16 bits when "made by" is Unix):
// the archive's own format, the same on every system, so not <sys/stat.h>'s macros.
constexpr quint32 UnixTypeMask = 0170000;
constexpr quint32 UnixSymLink = 0120000;
constexpr quint32 UnixDirectory = 0040000;
constexpr quint32 UnixRegular = 0100000;

quint64 le(const char *p, int bytes)
{
    quint64 value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | quint8(p[i]);
    return value;
}

struct CentralEntry {
    ArchiveEntry entry;
    quint64 localOffset = 0;
    bool encrypted = false;
    int method = 0;
};

class ZipWalker final : public ArchiveWalker
{
public:
    bool load(const QString &path);
    bool next(ArchiveEntry *entry) override;
    qint64 read(char *data, qint64 maxSize) override;
    qint64 declaredEntries() const override { return m_entries.size(); }
    qint64 declaredBytes() const override { return m_declaredBytes; }
    qint64 streamBytes() const override { return m_streamBytes; }

private:
    bool readCentralDirectory(QFile &file);
    bool parseRecords(const QByteArray &directory, quint64 count);
    bool openContent();
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    QString m_path;
    std::unique_ptr<KZip> m_zip;
    QList<CentralEntry> m_entries;
    qsizetype m_current = -1;
    std::unique_ptr<QIODevice> m_content;
    qint64 m_remaining = 0;
    qint64 m_declaredBytes = 0;
    qint64 m_streamBytes = 0;
};

bool ZipWalker::load(const QString &path)
{
    m_path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"%1: %2"_s.arg(path, file.errorString()));
    m_archiveSize = file.size();
    if (!readCentralDirectory(file))
        return false;
    m_zip = std::make_unique<KZip>(path);
    if (!m_zip->open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Archive", "%1: not a readable ZIP archive (%2)")
                .arg(path, m_zip->errorString()));
    return true;
}

bool ZipWalker::readCentralDirectory(QFile &file)
{
    const QString truncated
        = QCoreApplication::translate("Archive", "%1: truncated or damaged ZIP archive (%2)");
    // The end record is 22 bytes plus a comment of up to 64 KiB, at the very end of the file.
    const qint64 tailSize = qMin<qint64>(m_archiveSize, 22 + 0xffff);
    file.seek(m_archiveSize - tailSize);
    const QByteArray tail = file.read(tailSize);
    qsizetype end = tail.size() - 22;
    while (end >= 0
        && !(tail.mid(end, 4) == "PK\x05\x06"
            && end + 22 + qsizetype(le(tail.constData() + end + 20, 2)) == tail.size()))
        --end;
    if (end < 0)
        return fail(
            truncated.arg(m_path, QCoreApplication::translate("Archive", "no end of central directory")));
    const char *record = tail.constData() + end;
    quint64 disk = le(record + 4, 2);
    quint64 directoryDisk = le(record + 6, 2);
    quint64 count = le(record + 10, 2);
    quint64 size = le(record + 12, 4);
    quint64 offset = le(record + 16, 4);
    quint64 disks = 1;
    // ZIP64: a locator right before the end record points at the 64-bit end record, which then
    // holds the real values; the 16- and 32-bit fields above may be mere 0xffff placeholders, the
    // disk numbers included, so they are judged only from the 64-bit record.
    const qint64 endPos = m_archiveSize - tailSize + end;
    QByteArray locator;
    if (endPos >= 20 && file.seek(endPos - 20))
        locator = file.read(20);
    const bool zip64 = locator.startsWith("PK\x06\x07");
    const QString badZip64
        = truncated.arg(m_path, QCoreApplication::translate("Archive", "bad ZIP64 end record"));
    if (zip64) {
        const quint64 zip64Pos = le(locator.constData() + 8, 8);
        disks = le(locator.constData() + 16, 4);
        if (endPos < 20 + 56 || zip64Pos > quint64(endPos) - 20 - 56 || !file.seek(qint64(zip64Pos)))
            return fail(badZip64);
        const QByteArray zip64Record = file.read(56);
        if (!zip64Record.startsWith("PK\x06\x06"))
            return fail(badZip64);
        disk = le(zip64Record.constData() + 16, 4);
        directoryDisk = le(zip64Record.constData() + 20, 4);
        count = le(zip64Record.constData() + 32, 8);
        size = le(zip64Record.constData() + 40, 8);
        offset = le(zip64Record.constData() + 48, 8);
    } else if (count == 0xffff || size == 0xffffffff || offset == 0xffffffff) {
        return fail(badZip64);
    }
    // Some writers count a single-volume archive as 0 disks, others as 1.
    if (disk != 0 || directoryDisk != 0 || disks > 1)
        return fail(QCoreApplication::translate("Archive", "%1: multi-volume ZIP archives are not supported")
                .arg(m_path));
    if (offset > quint64(m_archiveSize) || size > quint64(m_archiveSize) - offset || count > size / 46)
        return fail(
            truncated.arg(m_path, QCoreApplication::translate("Archive", "central directory out of bounds")));
    file.seek(qint64(offset));
    const QByteArray directory = file.read(qint64(size));
    if (quint64(directory.size()) != size)
        return fail(truncated.arg(m_path, QCoreApplication::translate("Archive", "short central directory")));
    return parseRecords(directory, count);
}

bool ZipWalker::parseRecords(const QByteArray &directory, quint64 count)
{
    qsizetype pos = 0;
    QSet<QString> names;
    for (quint64 i = 0; i < count; ++i) {
        if (pos + 46 > directory.size() || directory.mid(pos, 4) != "PK\x01\x02")
            return fail(
                QCoreApplication::translate("Archive", "%1: damaged ZIP central directory (record %2)")
                    .arg(m_path)
                    .arg(i + 1));
        const char *r = directory.constData() + pos;
        const int nameLength = int(le(r + 28, 2));
        const int extraLength = int(le(r + 30, 2));
        const int commentLength = int(le(r + 32, 2));
        if (pos + 46 + nameLength + extraLength + commentLength > directory.size())
            return fail(
                QCoreApplication::translate("Archive", "%1: damaged ZIP central directory (record %2)")
                    .arg(m_path)
                    .arg(i + 1));
        CentralEntry central;
        ArchiveEntry &entry = central.entry;
        entry.name = QString::fromUtf8(r + 46, nameLength);
        central.encrypted = le(r + 8, 2) & 1;
        central.method = int(le(r + 10, 2));
        quint64 compressed = le(r + 20, 4);
        quint64 size = le(r + 24, 4);
        central.localOffset = le(r + 42, 4);
        // ZIP64 extra field: 64-bit values appear only for the fields saturated above, in order.
        const char *extra = r + 46 + nameLength;
        for (int e = 0; e + 4 <= extraLength;) {
            const int id = int(le(extra + e, 2));
            const int length = int(le(extra + e + 2, 2));
            if (id == 0x0001) {
                const char *v = extra + e + 4;
                const char *vEnd = v + qMin(length, extraLength - e - 4);
                for (quint64 *field : { &size, &compressed, &central.localOffset }) {
                    if (*field == 0xffffffff && v + 8 <= vEnd) {
                        *field = le(v, 8);
                        v += 8;
                    }
                }
            }
            e += 4 + length;
        }
        if (size > quint64(std::numeric_limits<qint64>::max() / 2))
            return fail(
                QCoreApplication::translate("Archive", "%1: %2: impossible size").arg(m_path, entry.name));
        entry.size = qint64(size);
        const bool unixMode = (le(r + 5, 1) == 3);
        const quint32 mode = unixMode ? quint32(le(r + 38, 4) >> 16) : 0;
        const quint32 type = mode & UnixTypeMask;
        if (unixMode && type == UnixSymLink)
            entry.kind = EntryKind::SymLink;
        else if (entry.name.endsWith(u'/') || (unixMode && type == UnixDirectory))
            entry.kind = EntryKind::Directory;
        else if (unixMode && type != 0 && type != UnixRegular)
            entry.kind = EntryKind::Other;
        // KZip keeps only one of two same-named entries, so duplicates are refused here, by name.
        if (names.contains(entry.name))
            return fail(
                QCoreApplication::translate("Archive", "%1: duplicate name in the archive").arg(entry.name));
        names.insert(entry.name);
        m_declaredBytes += entry.size;
        m_entries.append(central);
        pos += 46 + nameLength + extraLength + commentLength;
    }
    return true;
}

bool ZipWalker::next(ArchiveEntry *entry)
{
    m_content.reset();
    if (++m_current >= m_entries.size())
        return false;
    const CentralEntry &central = m_entries.at(m_current);
    const QString &name = central.entry.name;
    if (central.encrypted)
        return fail(QCoreApplication::translate(
            "Archive", "%1: entry is encrypted; password-protected ZIP archives are not supported")
                .arg(name));
    if (central.method != 0 && central.method != 8)
        return fail(QCoreApplication::translate("Archive", "%1: unsupported ZIP compression method %2")
                .arg(name)
                .arg(central.method));
    *entry = central.entry;
    m_remaining = entry->size;
    if (entry->kind == EntryKind::SymLink) {
        // The link target is the entry's content.
        if (entry->size > 4096)
            return fail(
                QCoreApplication::translate("Archive", "%1: symbolic link target too long").arg(name));
        if (!openContent())
            return false;
        QByteArray target(entry->size, Qt::Uninitialized);
        if (m_content->read(target.data(), entry->size) != entry->size)
            return fail(QCoreApplication::translate("Archive", "%1: truncated symbolic link").arg(name));
        entry->linkTarget = QString::fromUtf8(target);
        m_content.reset();
    }
    return true;
}

bool ZipWalker::openContent()
{
    const CentralEntry &central = m_entries.at(m_current);
    const QString &name = central.entry.name;
    QString lookup = name;
    if (lookup.endsWith(u'/'))
        lookup.chop(1);
    const KArchiveEntry *found = m_zip->directory()->entry(lookup);
    const auto *file = found && found->isFile() ? static_cast<const KZipFileEntry *>(found) : nullptr;
    if (!file || quint64(file->headerStart()) != central.localOffset)
        return fail(
            QCoreApplication::translate("Archive", "%1: local header does not match the central directory")
                .arg(name));
    m_content.reset(file->createDevice());
    if (!m_content || !m_content->isOpen())
        return fail(QCoreApplication::translate("Archive", "%1: cannot read the entry").arg(name));
    return true;
}

qint64 ZipWalker::read(char *data, qint64 maxSize)
{
    if (m_current < 0 || m_current >= m_entries.size())
        return -1;
    if (!m_content && !openContent())
        return -1;
    const QString &name = m_entries.at(m_current).entry.name;
    if (m_remaining == 0) {
        // A deflate stream that inflates past the declared size is a bomb or a lie.
        char probe;
        if (m_content->read(&probe, 1) > 0) {
            fail(QCoreApplication::translate("Archive", "%1: content is larger than the archive declares")
                    .arg(name));
            return -1;
        }
        return 0;
    }
    const qint64 n = m_content->read(data, qMin(maxSize, m_remaining));
    if (n <= 0) {
        fail(QCoreApplication::translate("Archive", "%1: truncated or corrupt content").arg(name));
        return -1;
    }
    m_remaining -= n;
    m_streamBytes += n;
    return n;
}

} // namespace

std::unique_ptr<ArchiveWalker> openZipWalker(const QString &path, QString *error)
{
    auto walker = std::make_unique<ZipWalker>();
    if (!walker->load(path)) {
        *error = walker->error();
        return nullptr;
    }
    return walker;
}

} // namespace Imprint::Archive
