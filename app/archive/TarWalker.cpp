// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The TAR side of ArchiveWalker: KCompressionDevice decompresses, the headers are read here in one
// forward pass. KTar is not used for reading untrusted archives because it first inflates the
// whole stream into a temporary file (no size limit), cleans names before anyone can see them, and
// lets a later duplicate replace an earlier entry. Supports ustar, GNU long names and PAX paths.
#include "ArchiveWalker.h"
#include "EntryName.h"

#include <KCompressionDevice>

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Imprint::Archive
{

namespace
{

constexpr qint64 Block = 512;
constexpr qint64 MaxMetaSize = qint64(1) << 20; // long names and PAX records

// Octal, NUL/space padded; or base-256 (high bit set) for sizes beyond 8 GiB.
std::optional<qint64> number(const char *field, int length)
{
    if (quint8(field[0]) & 0x80) {
        quint64 value = quint8(field[0]) & 0x3f;
        for (int i = 1; i < length; ++i) {
            if (value >> 55)
                return std::nullopt;
            value = (value << 8) | quint8(field[i]);
        }
        return qint64(value);
    }
    qint64 value = 0;
    int i = 0;
    while (i < length && field[i] == ' ')
        ++i;
    for (; i < length && field[i] >= '0' && field[i] <= '7'; ++i) {
        if (value >> 58)
            return std::nullopt;
        value = value * 8 + (field[i] - '0');
    }
    return value;
}

QString text(const char *field, int length)
{
    return QString::fromUtf8(field, qstrnlen(field, length));
}

class TarWalker final : public ArchiveWalker
{
public:
    bool load(const QString &path, StreamCompression compression);
    bool next(ArchiveEntry *entry) override;
    qint64 read(char *data, qint64 maxSize) override;
    qint64 streamBytes() const override { return m_streamBytes; }

private:
    qint64 readFully(char *data, qint64 size);
    bool skip(qint64 size);
    bool readMeta(qint64 size, QByteArray *out, const QString &context);
    void applyPax(const QByteArray &records);
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }
    // "<file> is truncated: <detail>", the one wording for every way an archive can end early.
    bool truncated(const QString &detail)
    {
        return fail(
            QCoreApplication::translate("Archive", "%1 is truncated: %2").arg(m_file.fileName(), detail));
    }
    // Content ended before its declared size: cut off, or, for a compressed stream that broke off
    // with the file itself read to its end, cut off too; elsewhere the compressed data is corrupt.
    bool cutOff(qint64 got, const QString &what)
    {
        if (got >= 0 || m_file.atEnd())
            return truncated(QCoreApplication::translate("Archive", "%1 is cut off").arg(what));
        return fail(QCoreApplication::translate("Archive", "%1: corrupt compressed data in %2")
                .arg(m_file.fileName(), what));
    }

    QFile m_file;
    std::unique_ptr<KCompressionDevice> m_decompressor;
    QIODevice *m_stream = nullptr;
    QString m_name; // current entry, for messages
    qint64 m_remaining = 0; // content of the current entry not read yet
    qint64 m_padding = 0;
    qint64 m_streamBytes = 0;
    bool m_ended = false;
    QString m_longName, m_longLink, m_paxPath, m_paxLink;
    std::optional<qint64> m_paxSize;
};

bool TarWalker::load(const QString &path, StreamCompression compression)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(u"%1: %2"_s.arg(path, m_file.errorString()));
    m_archiveSize = m_file.size();
    m_stream = &m_file;
    if (compression != StreamCompression::None) {
        const auto type = compression == StreamCompression::GZip ? KCompressionDevice::GZip
            : compression == StreamCompression::Xz               ? KCompressionDevice::Xz
            : compression == StreamCompression::Zstd             ? KCompressionDevice::Zstd
                                                                 : KCompressionDevice::BZip2;
        m_decompressor = std::make_unique<KCompressionDevice>(&m_file, false, type);
        if (!m_decompressor->open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("Archive", "%1: cannot decompress (%2)")
                    .arg(path, m_decompressor->errorString()));
        m_stream = m_decompressor.get();
    }
    return true;
}

qint64 TarWalker::readFully(char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = m_stream->read(data + done, size - done);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += n;
    }
    m_streamBytes += done;
    return done;
}

bool TarWalker::skip(qint64 size)
{
    char buffer[64 * 1024];
    while (size > 0) {
        const qint64 chunk = qMin<qint64>(size, sizeof buffer);
        if (const qint64 n = readFully(buffer, chunk); n != chunk)
            return cutOff(n, m_name);
        size -= chunk;
    }
    return true;
}

bool TarWalker::readMeta(qint64 size, QByteArray *out, const QString &context)
{
    if (size > MaxMetaSize)
        return fail(QCoreApplication::translate("Archive", "%1: oversized extended header").arg(context));
    out->resize(size);
    if (const qint64 n = readFully(out->data(), size); n != size)
        return cutOff(n, QCoreApplication::translate("Archive", "the extended header after %1").arg(context));
    return skip((Block - size % Block) % Block);
}

// PAX records: "<length> <key>=<value>\n", length counting the whole record.
void TarWalker::applyPax(const QByteArray &records)
{
    qsizetype pos = 0;
    while (pos < records.size()) {
        const qsizetype space = records.indexOf(' ', pos);
        bool ok = false;
        const qsizetype length = space < 0 ? 0 : records.mid(pos, space - pos).toLongLong(&ok);
        if (!ok || length <= 0 || pos + length > records.size())
            return;
        const QByteArray record = records.mid(space + 1, pos + length - space - 2);
        const qsizetype equals = record.indexOf('=');
        const QByteArray key = record.left(equals);
        const QString value = QString::fromUtf8(record.mid(equals + 1));
        if (key == "path")
            m_paxPath = value;
        else if (key == "linkpath")
            m_paxLink = value;
        else if (key == "size")
            m_paxSize = value.toLongLong();
        pos += length;
    }
}

bool TarWalker::next(ArchiveEntry *entry)
{
    if (m_ended || !skip(m_remaining + m_padding))
        return false;
    m_remaining = m_padding = 0;
    char header[Block];
    for (;;) {
        const qint64 n = readFully(header, Block);
        // A tar ends with zero blocks; without them it may have been cut right between two
        // entries, the rest lost. KTar (our own packages) writes none, so for a compressed tar
        // the compressor's own end of stream vouches instead; a plain tar has nothing else.
        if (n == 0 && m_decompressor && m_decompressor->atEnd()) {
            m_ended = true;
            return false;
        }
        if (n == 0 && m_decompressor)
            return truncated(m_name.isEmpty()
                    ? QCoreApplication::translate(
                          "Archive", "its compressed data ends before the first entry")
                    : QCoreApplication::translate("Archive", "its compressed data ends early, after %1")
                          .arg(m_name));
        if (n == 0)
            return truncated(m_name.isEmpty()
                    ? QCoreApplication::translate("Archive", "it ends before its first entry")
                    : QCoreApplication::translate(
                          "Archive", "it ends after %1, without the end-of-archive blocks")
                          .arg(m_name));
        if (n < Block)
            return cutOff(n,
                m_name.isEmpty() ? QCoreApplication::translate("Archive", "the first header")
                                 : QCoreApplication::translate("Archive", "the header after %1").arg(m_name));
        if (std::all_of(header, header + Block, [](char c) { return c == 0; })) {
            // One zero block is enough: every entry before it was complete.
            m_ended = true;
            return false;
        }
        qint64 sum = 0;
        for (int i = 0; i < Block; ++i)
            sum += (i >= 148 && i < 156) ? ' ' : quint8(header[i]);
        if (number(header + 148, 8) != sum)
            return fail(QCoreApplication::translate("Archive", "%1: corrupt TAR header after %2")
                    .arg(m_file.fileName(), m_name));

        const char type = header[156];
        const auto size = number(header + 124, 12);
        if (!size || *size < 0)
            return fail(QCoreApplication::translate("Archive", "%1: corrupt TAR header after %2")
                    .arg(m_file.fileName(), m_name));
        if (type == 'L' || type == 'K' || type == 'x' || type == 'g') {
            QByteArray meta;
            if (!readMeta(*size, &meta, m_name))
                return false;
            if (type == 'L')
                m_longName = QString::fromUtf8(meta.constData(), qstrnlen(meta.constData(), meta.size()));
            else if (type == 'K')
                m_longLink = QString::fromUtf8(meta.constData(), qstrnlen(meta.constData(), meta.size()));
            else if (type == 'x')
                applyPax(meta);
            continue; // global PAX headers ('g') carry nothing we use
        }

        QString name = text(header, 100);
        // POSIX ustar keeps a name prefix at 345; GNU tar uses that area for other fields.
        if (QByteArrayView(header + 257, 6) == QByteArrayView("ustar\0", 6) && header[345])
            name = text(header + 345, 155) + u'/' + name;
        entry->name = !m_paxPath.isEmpty() ? m_paxPath : !m_longName.isEmpty() ? m_longName : name;
        entry->linkTarget = !m_paxLink.isEmpty() ? m_paxLink
            : !m_longLink.isEmpty()              ? m_longLink
                                                 : text(header + 157, 100);
        entry->size = m_paxSize.value_or(*size);
        m_longName.clear();
        m_longLink.clear();
        m_paxPath.clear();
        m_paxLink.clear();
        m_paxSize.reset();
        m_name = shownName(entry->name);

        switch (type) {
        case '0':
        case '\0':
        case '7':
            entry->kind = entry->name.endsWith(u'/') ? EntryKind::Directory : EntryKind::File;
            break;
        case '5':
            entry->kind = EntryKind::Directory;
            break;
        case '1':
            entry->kind = EntryKind::HardLink;
            break;
        case '2':
            entry->kind = EntryKind::SymLink;
            break;
        default: // devices, FIFOs, sparse and multi-volume parts
            entry->kind = EntryKind::Other;
        }
        // Links and directories have no content whatever their size field says.
        const bool hasContent = entry->kind == EntryKind::File || entry->kind == EntryKind::Other;
        m_remaining = hasContent ? entry->size : 0;
        m_padding = hasContent ? (Block - entry->size % Block) % Block : 0;
        if (!hasContent)
            entry->size = 0;
        return true;
    }
}

qint64 TarWalker::read(char *data, qint64 maxSize)
{
    if (m_remaining == 0)
        return 0;
    const qint64 n = readFully(data, qMin(maxSize, m_remaining));
    if (n <= 0) {
        cutOff(n, m_name);
        return -1;
    }
    m_remaining -= n;
    return n;
}

} // namespace

std::unique_ptr<ArchiveWalker> openTarWalker(
    const QString &path, StreamCompression compression, QString *error)
{
    auto walker = std::make_unique<TarWalker>();
    if (!walker->load(path, compression)) {
        *error = walker->error();
        return nullptr;
    }
    return walker;
}

} // namespace Imprint::Archive
