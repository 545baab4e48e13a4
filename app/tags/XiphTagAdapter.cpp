// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// FLAC and Ogg (Vorbis, Opus, FLAC in Ogg): Vorbis comments. Cover art goes into FLAC PICTURE
// blocks in FLAC and into METADATA_BLOCK_PICTURE comments in Ogg; TagLib's PICTURE property
// does either.
#include "TagAdapter.h"
#include "TagLibMapping.h"

#include <QFile>

#include <taglib/fileref.h>
#include <taglib/flacfile.h>
#include <taglib/oggfile.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Imprint::Tags
{

namespace
{

class FlacTagAdapter final : public TagAdapter
{
public:
    QString formatName() const override { return u"FLAC"_s; }

    std::optional<TagSet> read(const QString &path, QString *reason) const override
    {
        const QByteArray name = QFile::encodeName(path);
        TagLib::FLAC::File file(name.constData(), false);
        if (!file.isValid()) {
            *reason = u"not a valid FLAC file (damaged metadata blocks)"_s;
            return std::nullopt;
        }
        return readTags(file, KeyStyle::Vorbis);
    }

    bool write(const QString &path, const TagSet &tags, QString *reason) const override
    {
        const QByteArray name = QFile::encodeName(path);
        TagLib::FLAC::File file(name.constData(), false);
        if (!file.isValid() || file.readOnly()) {
            *reason = file.isValid() ? u"the file is read-only"_s : u"not a valid FLAC file"_s;
            return false;
        }
        if (!applyTags(file, tags, KeyStyle::Vorbis, reason))
            return false;
        if (!file.save()) {
            *reason = u"TagLib could not save the FLAC tags"_s;
            return false;
        }
        return true;
    }
};

// Ogg has several codecs, each its own TagLib class; FileRef picks it from the stream headers.
class OggTagAdapter final : public TagAdapter
{
public:
    QString formatName() const override { return u"Ogg"_s; }

    std::optional<TagSet> read(const QString &path, QString *reason) const override
    {
        const QByteArray name = QFile::encodeName(path);
        const TagLib::FileRef ref(name.constData(), false);
        if (!isOgg(ref)) {
            *reason = u"not a valid Ogg file, or an Ogg codec TagLib does not know"_s;
            return std::nullopt;
        }
        return readTags(*ref.file(), KeyStyle::Vorbis);
    }

    bool write(const QString &path, const TagSet &tags, QString *reason) const override
    {
        const QByteArray name = QFile::encodeName(path);
        TagLib::FileRef ref(name.constData(), false);
        if (!isOgg(ref) || ref.file()->readOnly()) {
            *reason = isOgg(ref) ? u"the file is read-only"_s : u"not a valid Ogg file"_s;
            return false;
        }
        if (!applyTags(*ref.file(), tags, KeyStyle::Vorbis, reason))
            return false;
        if (!ref.file()->save()) {
            *reason = u"TagLib could not save the Ogg tags"_s;
            return false;
        }
        return true;
    }

private:
    static bool isOgg(const TagLib::FileRef &ref)
    {
        return !ref.isNull() && ref.file()->isValid() && dynamic_cast<TagLib::Ogg::File *>(ref.file());
    }
};

} // namespace

const TagAdapter &flacAdapter()
{
    static const FlacTagAdapter adapter;
    return adapter;
}

const TagAdapter &oggAdapter()
{
    static const OggTagAdapter adapter;
    return adapter;
}

} // namespace Imprint::Tags
