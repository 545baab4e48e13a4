// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "BasicTagWriter.h"

#include <QFile>

#include <taglib/fileref.h>
#include <taglib/flacfile.h>
#include <taglib/oggfile.h>
#include <taglib/tpropertymap.h>
#include <taglib/wavfile.h>

using namespace Qt::StringLiterals;

namespace Imprint::Tags
{

namespace
{

TagLib::String toTagLib(const QString &text)
{
    return TagLib::String(text.toStdString(), TagLib::String::UTF8);
}

void put(TagLib::PropertyMap &map, const char *key, const QString &value)
{
    if (!value.isEmpty())
        map.replace(key, TagLib::StringList(toTagLib(value)));
}

void put(TagLib::PropertyMap &map, const char *key, int value)
{
    if (value > 0)
        map.replace(key, TagLib::StringList(TagLib::String::number(value)));
}

bool fail(QString *error, const QString &path, const QString &reason)
{
    if (error)
        *error = path + u": "_s + reason;
    return false;
}

} // namespace

bool writeBasicTags(const QString &path, const BasicTags &tags, QString *error)
{
    if (!QFile::exists(path))
        return fail(error, path, u"file does not exist"_s);
#ifdef Q_OS_WIN
    const TagLib::FileName name(reinterpret_cast<const wchar_t *>(path.utf16()));
#else
    const QByteArray encoded = QFile::encodeName(path);
    const TagLib::FileName name = encoded.constData();
#endif
    TagLib::FileRef ref(name, false);
    TagLib::File *file = ref.file();
    if (ref.isNull() || !file || !file->isValid())
        return fail(error, path, u"TagLib cannot open this file (unknown or corrupt format)"_s);
    if (file->readOnly())
        return fail(error, path, u"file is read-only"_s);

    // Vorbis comments have a VERSION field; ID3v2 (WAV, AIFF, MP3) has TIT3, which TagLib calls SUBTITLE.
    const bool vorbis = dynamic_cast<TagLib::FLAC::File *>(file) || dynamic_cast<TagLib::Ogg::File *>(file);

    TagLib::PropertyMap map = file->properties();
    put(map, "TITLE", tags.title);
    put(map, vorbis ? "VERSION" : "SUBTITLE", tags.version);
    put(map, "ARTIST", tags.artist);
    put(map, "ALBUM", tags.album);
    put(map, "ALBUMARTIST", tags.albumArtist);
    put(map, "GENRE", tags.genre);
    put(map, "ISRC", tags.isrc);
    put(map, "RELEASETYPE", tags.releaseType);
    put(map, "LABEL", tags.label);
    put(map, "TRACKNUMBER", tags.trackNumber);
    put(map, "DISCNUMBER", tags.discNumber);
    put(map, "DATE", tags.year);

    const TagLib::PropertyMap rejected = file->setProperties(map);
    if (!rejected.isEmpty())
        return fail(error, path,
            u"the tag format cannot hold: %1"_s.arg(
                QString::fromStdString(rejected.toString().to8Bit(true))));

    bool saved = false;
    if (auto *wav = dynamic_cast<TagLib::RIFF::WAV::File *>(file))
        saved = wav->save(TagLib::RIFF::WAV::File::ID3v2, TagLib::File::StripNone);
    else
        saved = file->save();
    if (!saved)
        return fail(error, path, u"TagLib could not save the tags"_s);
    return true;
}

} // namespace Imprint::Tags
