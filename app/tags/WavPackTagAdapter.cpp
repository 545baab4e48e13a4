// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// WavPack: an APEv2 tag at the end, the tag format WavPack's own tools, FFmpeg and mutagen read.
// An ID3v1 tag already in the file is updated too, so no reader that prefers it sees stale
// values; none is added.
#include "TagAdapter.h"
#include "TagLibMapping.h"

#include <QFile>
#include <QMimeDatabase>

#include <taglib/apetag.h>
#include <taglib/id3v1tag.h>
#include <taglib/wavpackfile.h>

using namespace Qt::StringLiterals;

namespace Imprint::Tags
{

namespace
{

// APEv2 keeps a cover's bytes but not their type: the type is read from the bytes.
TagSet withCoverType(TagSet tags)
{
    if (!tags.cover.isEmpty() && tags.cover.mimeType.isEmpty())
        tags.cover.mimeType = QMimeDatabase().mimeTypeForData(tags.cover.data).name();
    return tags;
}

class WavPackTagAdapter final : public TagAdapter
{
public:
    QString formatName() const override { return u"WavPack"_s; }

    std::optional<TagSet> read(const QString &path, QString *reason) const override
    {
        const QByteArray name = QFile::encodeName(path);
        TagLib::WavPack::File file(name.constData(), false);
        if (!file.isValid()) {
            *reason = u"not a valid WavPack file (no WavPack blocks found)"_s;
            return std::nullopt;
        }
        if (file.hasAPETag())
            return withCoverType(readTags(*file.APETag(), KeyStyle::Id3));
        return withCoverType(readTags(file, KeyStyle::Id3));
    }

    bool write(const QString &path, const TagSet &tags, QString *reason) const override
    {
        const QByteArray name = QFile::encodeName(path);
        TagLib::WavPack::File file(name.constData(), false);
        if (!file.isValid() || file.readOnly()) {
            *reason = file.isValid() ? u"the file is read-only"_s : u"not a valid WavPack file"_s;
            return false;
        }
        if (!applyTags(*file.APETag(true), tags, KeyStyle::Id3, reason))
            return false;
        if (file.hasID3v1Tag())
            TagLib::Tag::duplicate(file.APETag(), file.ID3v1Tag(), true);
        if (!file.save()) {
            *reason = u"TagLib could not save the WavPack tags"_s;
            return false;
        }
        return true;
    }
};

} // namespace

const TagAdapter &wavPackAdapter()
{
    static const WavPackTagAdapter adapter;
    return adapter;
}

} // namespace Imprint::Tags
