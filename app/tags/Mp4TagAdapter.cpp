// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// M4A: iTunes-style atoms (ilst); fields without a standard atom become "----:com.apple.iTunes:"
// freeform atoms, as TagLib, mutagen and Picard write them.
#include "TagAdapter.h"
#include "TagLibMapping.h"
#include "hash/Sha256.h"

#include <QFile>
#include <QtEndian>

#include <taglib/mp4file.h>

using namespace Qt::StringLiterals;

namespace Imprint::Tags
{

namespace
{

class Mp4TagAdapter final : public TagAdapter
{
public:
    QString formatName() const override { return u"M4A"_s; }

    std::optional<TagSet> read(const QString &path, QString *reason) const override
    {
        const QByteArray name = QFile::encodeName(path);
        TagLib::MP4::File file(name.constData(), false);
        if (!file.isValid()) {
            *reason = u"not a valid M4A file (damaged atom structure)"_s;
            return std::nullopt;
        }
        return readTags(file, KeyStyle::Mp4);
    }

    bool write(const QString &path, const TagSet &tags, QString *reason) const override
    {
        const TagSet wanted = tags.normalized();
        if (!wanted.cover.isEmpty() && wanted.cover.mimeType != u"image/jpeg"
            && wanted.cover.mimeType != u"image/png") {
            *reason = u"M4A cover art must be JPEG or PNG, not %1"_s.arg(wanted.cover.mimeType);
            return false;
        }
        const QByteArray name = QFile::encodeName(path);
        TagLib::MP4::File file(name.constData(), false);
        if (!file.isValid() || file.readOnly()) {
            *reason = file.isValid() ? u"the file is read-only"_s : u"not a valid M4A file"_s;
            return false;
        }
        if (!applyTags(file, wanted, KeyStyle::Mp4, reason))
            return false;
        if (!file.save()) {
            *reason = u"TagLib could not save the M4A tags"_s;
            return false;
        }
        return true;
    }

    bool hashesAudioIdentity() const override { return false; }

    // The proof is the raw payload, the bytes of every top-level media data box, read without
    // decoding: tag edits rewrite moov (and its chunk offsets), never mdat.
    std::optional<QByteArray> audioHash(const QString &path, QString *reason) const override
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *reason = file.errorString();
            return std::nullopt;
        }
        Sha256 hash;
        bool foundMedia = false;
        qint64 position = 0;
        const qint64 end = file.size();
        while (position + 8 <= end) {
            file.seek(position);
            const QByteArray header = file.read(16);
            qint64 size = qFromBigEndian<quint32>(header.constData());
            const QByteArray type = header.mid(4, 4);
            qint64 headerSize = 8;
            if (size == 1 && header.size() >= 16) {
                size = qint64(qFromBigEndian<quint64>(header.constData() + 8));
                headerSize = 16;
            } else if (size == 0) {
                size = end - position;
            }
            if (size < headerSize || size > end - position) {
                *reason = u"damaged atom structure at byte %1"_s.arg(position);
                return std::nullopt;
            }
            if (type == "mdat") {
                foundMedia = true;
                file.seek(position + headerSize);
                for (qint64 left = size - headerSize; left > 0;) {
                    const QByteArray chunk = file.read(qMin<qint64>(left, 1 << 20));
                    if (chunk.isEmpty()) {
                        *reason = u"the audio data is truncated"_s;
                        return std::nullopt;
                    }
                    hash.addData(chunk);
                    left -= chunk.size();
                }
            }
            position += size;
        }
        if (!foundMedia) {
            *reason = u"the file contains no audio data (no mdat atom)"_s;
            return std::nullopt;
        }
        return hash.result();
    }
};

} // namespace

const TagAdapter &mp4Adapter()
{
    static const Mp4TagAdapter adapter;
    return adapter;
}

} // namespace Imprint::Tags
