// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// WAV: the full TagSet goes into an ID3v2.4 chunk (what ffmpeg, mutagen and most players read);
// the RIFF INFO chunk gets the few fields it defines, for players that read only INFO.
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

void writeInfo(TagLib::RIFF::Info::Tag &info, const TagSet &tags)
{
    info.setTitle(toTagLib(tags.title));
    info.setArtist(toTagLib(tags.artists.join(u"; "_s)));
    info.setAlbum(toTagLib(tags.album));
    info.setGenre(toTagLib(tags.genre));
    info.setYear(qMax(0, tags.date.left(4).toInt()));
    info.setTrack(qMax(0, tags.trackNumber));
    info.setFieldText("ICOP", toTagLib(tags.copyright));
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
        if (file.hasID3v2Tag())
            return readTags(*file.ID3v2Tag(), KeyStyle::Id3);
        // Only INFO: title, artist, album, genre, year, track, copyright.
        TagSet tags = readTags(*file.InfoTag(), KeyStyle::Id3);
        tags.copyright = fromTagLib(file.InfoTag()->fieldText("ICOP")).trimmed();
        return tags;
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
