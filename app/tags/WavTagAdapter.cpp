// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// WAV carries two tags, written together as Kid3 offers them: the full TagSet in an ID3v2.4 chunk
// (what mutagen, Kid3 and most players read) and a RIFF LIST/INFO chunk with the fields it has
// (what Windows, broadcast tools and FFmpeg read: FFmpeg ignores the ID3 chunk once an INFO chunk
// exists, so a distributor's ffprobe sees only INFO). INFO gets INAM, IART, IPRD, ICRD (the full
// date), IPRT and ITRK (readers differ on the track number's field), IGNR, ICOP and the ISRC in
// the ISRC field. Reading prefers ID3 and takes a field it lacks from INFO, so files tagged only
// by INFO tools import too. BWF bext/iXML are left alone: TagLib cannot write them.
#include "ChunkCheck.h"
#include "TagAdapter.h"
#include "TagLibMapping.h"

#include <QFile>

#include <taglib/id3v2tag.h>
#include <taglib/infotag.h>
#include <taglib/wavfile.h>

using namespace Qt::StringLiterals;

namespace Imprint::Tags
{

namespace
{

QString trackText(int number)
{
    return number > 0 ? QString::number(number) : QString();
}

void writeInfo(TagLib::RIFF::Info::Tag &info, const TagSet &tags)
{
    // An empty text removes the field, so a field emptied in the TagSet leaves INFO too.
    const auto set = [&info](const char *id, const QString &text) {
        info.setFieldText(id, toTagLib(text));
    };
    set("INAM", tags.title);
    set("IART", tags.artists.join(u"; "_s));
    set("IPRD", tags.album);
    set("ICRD", tags.date);
    set("IPRT", trackText(tags.trackNumber));
    set("ITRK", trackText(tags.trackNumber));
    set("IGNR", tags.genre);
    set("ICOP", tags.copyright);
    set("ISRC", tags.isrc);
}

QString infoText(const TagLib::RIFF::Info::Tag &info, const char *id)
{
    return fromTagLib(info.fieldText(id)).trimmed();
}

// Fills the fields ID3 left empty from INFO.
void addInfoFallback(TagSet &tags, const TagLib::RIFF::Info::Tag &info)
{
    const auto fill = [&info](QString &field, const char *id) {
        if (field.isEmpty())
            field = infoText(info, id);
    };
    fill(tags.title, "INAM");
    fill(tags.album, "IPRD");
    fill(tags.date, "ICRD");
    fill(tags.genre, "IGNR");
    fill(tags.copyright, "ICOP");
    fill(tags.isrc, "ISRC");
    if (tags.artists.isEmpty()) {
        for (const QString &artist : infoText(info, "IART").split(u';', Qt::SkipEmptyParts))
            tags.artists.append(artist.trimmed());
    }
    for (const char *id : { "IPRT", "ITRK" }) {
        if (tags.trackNumber == 0)
            tags.trackNumber = infoText(info, id).section(u'/', 0, 0).toInt();
    }
}

class WavTagAdapter final : public TagAdapter
{
public:
    QString formatName() const override { return u"WAV"_s; }

    std::optional<TagSet> read(const QString &path, QString *reason) const override
    {
        if (!checkChunks(path, ChunkEndian::Little, reason))
            return std::nullopt;
        const QByteArray name = QFile::encodeName(path);
        TagLib::RIFF::WAV::File file(name.constData(), false);
        if (!file.isValid()) {
            *reason = u"not a valid WAV file (damaged RIFF structure)"_s;
            return std::nullopt;
        }
        TagSet tags = file.hasID3v2Tag() ? readTags(*file.ID3v2Tag(), KeyStyle::Id3) : TagSet();
        addInfoFallback(tags, *file.InfoTag());
        return tags.normalized();
    }

    bool write(const QString &path, const TagSet &tags, QString *reason) const override
    {
        const QByteArray name = QFile::encodeName(path);
        TagLib::RIFF::WAV::File file(name.constData(), false);
        if (!file.isValid() || file.readOnly()) {
            *reason = file.isValid() ? u"the file is read-only"_s : u"not a valid WAV file"_s;
            return false;
        }
        if (!applyTags(*file.ID3v2Tag(), tags, KeyStyle::Id3, reason))
            return false;
        writeInfo(*file.InfoTag(), tags.normalized());
        if (!file.save(TagLib::RIFF::WAV::File::AllTags, TagLib::File::StripNone, TagLib::ID3v2::v4)) {
            *reason = u"TagLib could not save the WAV tags"_s;
            return false;
        }
        return true;
    }
};

} // namespace

const TagAdapter &wavAdapter()
{
    static const WavTagAdapter adapter;
    return adapter;
}

} // namespace Imprint::Tags
