// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// MP3: ID3v2.4 at the front. An ID3v1 or APE tag already in the file is updated too, so no reader
// that prefers it sees stale values; none is added.
#include "TagAdapter.h"
#include "TagLibMapping.h"

#include <QFile>

#include <taglib/apetag.h>
#include <taglib/id3v1tag.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>

using namespace Qt::StringLiterals;

namespace Imprint::Tags
{

namespace
{

class Mp3TagAdapter final : public TagAdapter
{
public:
    QString formatName() const override { return u"MP3"_s; }

    std::optional<TagSet> read(const QString &path, QString *reason) const override
    {
        const QByteArray name = QFile::encodeName(path);
        TagLib::MPEG::File file(name.constData(), false);
        if (!file.isValid()) {
            *reason = u"not a valid MP3 file (no MPEG audio frames found)"_s;
            return std::nullopt;
        }
        if (file.hasID3v2Tag())
            return readTags(*file.ID3v2Tag(), KeyStyle::Id3);
        return readTags(file, KeyStyle::Id3);
    }

    bool write(const QString &path, const TagSet &tags, QString *reason) const override
    {
        const QByteArray name = QFile::encodeName(path);
        TagLib::MPEG::File file(name.constData(), false);
        if (!file.isValid() || file.readOnly()) {
            *reason = file.isValid() ? u"the file is read-only"_s : u"not a valid MP3 file"_s;
            return false;
        }
        if (!applyTags(*file.ID3v2Tag(true), tags, KeyStyle::Id3, reason))
            return false;
        // TagLib's own Duplicate mode only fills empty fields; overwrite the basic fields instead.
        int kinds = TagLib::MPEG::File::ID3v2;
        if (file.hasID3v1Tag()) {
            kinds |= TagLib::MPEG::File::ID3v1;
            TagLib::Tag::duplicate(file.ID3v2Tag(), file.ID3v1Tag(), true);
        }
        if (file.hasAPETag()) {
            kinds |= TagLib::MPEG::File::APE;
            TagLib::Tag::duplicate(file.ID3v2Tag(), file.APETag(), true);
        }
        if (!file.save(kinds, TagLib::File::StripNone, TagLib::ID3v2::v4, TagLib::File::DoNotDuplicate)) {
            *reason = u"TagLib could not save the MP3 tags"_s;
            return false;
        }
        return true;
    }
};

} // namespace

const TagAdapter &mp3Adapter()
{
    static const Mp3TagAdapter adapter;
    return adapter;
}

} // namespace Imprint::Tags
