// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TagLibReader.h"

#include <QCoreApplication>
#include <QFile>

#include <taglib/aifffile.h>
#include <taglib/fileref.h>
#include <taglib/flacfile.h>
#include <taglib/infotag.h>
#include <taglib/mp4file.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/tpropertymap.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>

using namespace Qt::StringLiterals;

namespace Imprint::Tags
{

namespace
{

QString toQString(const TagLib::String &value)
{
    return QString::fromStdWString(value.toWString()).trimmed();
}

QString first(const TagLib::PropertyMap &properties, const char *key)
{
    const auto it = properties.find(key);
    if (it == properties.end() || it->second.isEmpty())
        return {};
    return toQString(it->second.front());
}

QStringList all(const TagLib::PropertyMap &properties, const char *key)
{
    QStringList values;
    const auto it = properties.find(key);
    if (it != properties.end()) {
        for (const auto &value : it->second)
            values.append(toQString(value));
    }
    values.removeAll(QString());
    return values;
}

// "3/12" → 3
int leadingNumber(const QString &value)
{
    return value.section(u'/', 0, 0).trimmed().toInt();
}

int yearOf(const QString &date)
{
    const int year = date.left(4).toInt();
    return year >= 1000 && year <= 9999 ? year : 0;
}

struct FormatInfo {
    QString name;
    int bitDepth = 0;
};

FormatInfo formatOf(TagLib::File *file)
{
    if (auto *flac = dynamic_cast<TagLib::FLAC::File *>(file))
        return { u"FLAC"_s, flac->audioProperties() ? flac->audioProperties()->bitsPerSample() : 0 };
    if (auto *wav = dynamic_cast<TagLib::RIFF::WAV::File *>(file))
        return { u"WAV"_s, wav->audioProperties() ? wav->audioProperties()->bitsPerSample() : 0 };
    if (auto *aiff = dynamic_cast<TagLib::RIFF::AIFF::File *>(file))
        return { u"AIFF"_s, aiff->audioProperties() ? aiff->audioProperties()->bitsPerSample() : 0 };
    if (auto *mp4 = dynamic_cast<TagLib::MP4::File *>(file))
        return { u"M4A"_s, mp4->audioProperties() ? mp4->audioProperties()->bitsPerSample() : 0 };
    if (dynamic_cast<TagLib::MPEG::File *>(file))
        return { u"MP3"_s, 0 };
    if (dynamic_cast<TagLib::Ogg::Vorbis::File *>(file))
        return { u"OGG"_s, 0 };
    if (dynamic_cast<TagLib::Ogg::Opus::File *>(file))
        return { u"OPUS"_s, 0 };
    return { u"?"_s, 0 };
}

// TagLib reads a WAV's ID3 chunk or, without one, its INFO chunk. Imprint's WAV adapter reads
// each field from ID3 and takes the ones it lacks from INFO; import does the same.
TagLib::PropertyMap propertiesOf(const TagLib::FileRef &ref)
{
    TagLib::PropertyMap properties = ref.properties();
    auto *wav = dynamic_cast<TagLib::RIFF::WAV::File *>(ref.file());
    if (!wav || !wav->hasInfoTag())
        return properties;
    const TagLib::RIFF::Info::Tag *info = wav->InfoTag();
    for (const auto &[key, values] : info->properties()) {
        if (!properties.contains(key))
            properties.insert(key, values);
    }
    // Some tools put the track number in ITRK, which TagLib does not map.
    if (!properties.contains("TRACKNUMBER") && !info->fieldText("ITRK").isEmpty())
        properties.insert("TRACKNUMBER", TagLib::StringList(info->fieldText("ITRK")));
    return properties;
}

void fillTags(const TagLib::FileRef &ref, ImportedFile &file)
{
    const TagLib::PropertyMap tags = propertiesOf(ref);
    file.title = first(tags, "TITLE");
    file.version = first(tags, "VERSION");
    if (file.version.isEmpty())
        file.version = first(tags, "SUBTITLE");
    file.artist = all(tags, "ARTIST").join(u", "_s);
    file.album = first(tags, "ALBUM");
    file.albumArtist = first(tags, "ALBUMARTIST");
    file.genre = first(tags, "GENRE");
    file.isrc = first(tags, "ISRC");
    file.label = first(tags, "LABEL");
    file.releaseType = first(tags, "RELEASETYPE");
    file.trackNumber = leadingNumber(first(tags, "TRACKNUMBER"));
    file.discNumber = leadingNumber(first(tags, "DISCNUMBER"));
    file.year = yearOf(first(tags, "DATE"));
}

} // namespace

const QStringList &audioExtensions()
{
    static const QStringList extensions { u"flac"_s, u"wav"_s, u"aif"_s, u"aiff"_s, u"mp3"_s, u"m4a"_s,
        u"ogg"_s, u"oga"_s, u"opus"_s };
    return extensions;
}

bool readTags(const QString &absolutePath, ImportedFile &file, QString *reason)
{
    TagLib::FileRef ref(QFile::encodeName(absolutePath).constData(), true, TagLib::AudioProperties::Average);
    if (ref.isNull() || !ref.file()->isValid()) {
        *reason = QCoreApplication::translate(
            "TagLibReader", "not an audio file TagLib can read, or the file is damaged");
        return false;
    }
    fillTags(ref, file);
    if (const TagLib::AudioProperties *properties = ref.audioProperties())
        file.bitrateKbps = qMax(0, properties->bitrate());
    return true;
}

bool readAudioFile(const QString &absolutePath, ImportedFile &file, QString *reason)
{
    TagLib::FileRef ref(QFile::encodeName(absolutePath).constData(), true, TagLib::AudioProperties::Average);
    if (ref.isNull() || !ref.file()->isValid()) {
        *reason = QCoreApplication::translate(
            "TagLibReader", "not an audio file TagLib can read, or the file is damaged");
        return false;
    }
    const TagLib::AudioProperties *properties = ref.audioProperties();
    if (!properties) {
        *reason = QCoreApplication::translate("TagLibReader", "the file has no audio properties");
        return false;
    }
    // Damaged headers come back as 0 or negative values: refuse them rather than store nonsense.
    if (properties->channels() <= 0 || properties->channels() > 64) {
        *reason = QCoreApplication::translate("TagLibReader", "damaged header: impossible channel count %1")
                      .arg(properties->channels());
        return false;
    }
    if (properties->sampleRate() < 1000 || properties->sampleRate() > 1536000) {
        *reason = QCoreApplication::translate("TagLibReader", "damaged header: impossible sample rate %1")
                      .arg(properties->sampleRate());
        return false;
    }
    if (properties->lengthInMilliseconds() <= 0) {
        *reason = QCoreApplication::translate("TagLibReader", "the file contains no audio");
        return false;
    }

    const FormatInfo format = formatOf(ref.file());
    file.format = format.name;
    file.bitDepth = format.bitDepth;
    file.sampleRate = properties->sampleRate();
    file.channels = properties->channels();
    file.durationMs = properties->lengthInMilliseconds();
    file.bitrateKbps = qMax(0, properties->bitrate());
    fillTags(ref, file);
    return true;
}

} // namespace Imprint::Tags
