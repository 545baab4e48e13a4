// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AudioFixtures.h"

#include "audio/AudioFile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Imprint::Testing
{

QStringList tagContainers()
{
    return { u"wav"_s, u"aiff"_s, u"flac"_s, u"ogg"_s, u"opus"_s, u"mp3"_s, u"m4a"_s, u"wv"_s };
}

bool needsFfmpeg(const QString &extension)
{
    return extension != u"wav" && extension != u"flac" && extension != u"aiff";
}

bool haveFfmpeg()
{
    return !QStandardPaths::findExecutable(u"ffmpeg"_s).isEmpty();
}

namespace
{

// Writes samples as folder/name.extension: libsndfile for WAV/FLAC/AIFF, ffmpeg for the rest.
QString writeEncoded(const QString &folder, const QString &name, const QString &extension,
    Audio::PcmFormat format, const std::vector<float> &samples, QString *error)
{
    format.container = extension == u"flac" ? Audio::Container::Flac
        : extension == u"aiff"              ? Audio::Container::Aiff
                                            : Audio::Container::Wav;
    const QDir dir(folder);
    const QString path = dir.filePath(name + u'.' + extension);
    if (!needsFfmpeg(extension))
        return Audio::writeAudioFile(path, format, samples, error) ? path : QString();

    const QString source = dir.filePath(name + u".source.wav"_s);
    if (!Audio::writeAudioFile(source, format, samples, error))
        return {};
    const QMap<QString, QString> codecs { { u"ogg"_s, u"libvorbis"_s }, { u"opus"_s, u"libopus"_s },
        { u"mp3"_s, u"libmp3lame"_s }, { u"m4a"_s, u"aac"_s }, { u"wv"_s, u"wavpack"_s } };
    QProcess ffmpeg;
    ffmpeg.start(u"ffmpeg"_s,
        { u"-nostdin"_s, u"-loglevel"_s, u"error"_s, u"-y"_s, u"-i"_s, source, u"-c:a"_s,
            codecs.value(extension), path });
    const bool ran = ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0;
    QFile::remove(source);
    if (!ran) {
        *error = u"ffmpeg failed: "_s + QString::fromUtf8(ffmpeg.readAllStandardError());
        return {};
    }
    return path;
}

} // namespace

QString makeAudioFile(const QString &folder, const QString &name, const QString &extension, QString *error)
{
    Audio::PcmFormat format;
    std::vector<float> samples;
    const int frames = format.sampleRate / 2;
    for (int i = 0; i < frames; ++i) {
        // Values on the 16-bit grid, so the lossless round trip is exact.
        const float left = std::round(float(std::sin(i * 0.0627) * 0.4) * 32768.0f) / 32768.0f;
        samples.push_back(left);
        samples.push_back(-left);
    }
    return writeEncoded(folder, name, extension, format, samples, error);
}

QString makeTakeFile(const QString &folder, const QString &name, const QString &extension, int take,
    double gain, QString *error)
{
    Audio::PcmFormat format;
    constexpr double pi = 3.14159265358979;
    constexpr int seconds = 12;
    const int frames = format.sampleRate * seconds;
    std::vector<float> samples;
    samples.reserve(size_t(frames) * 2);
    // A melody of notes from a pentatonic scale, chosen by a small generator seeded with the take.
    quint32 state = 2166136261u ^ quint32(take * 16777619);
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 16;
    };
    const int scale[] = { 0, 2, 4, 7, 9, 12, 14, 16 };
    double frequency = 220;
    int noteLeft = 0;
    int noteLength = 1;
    double phase = 0;
    for (int i = 0; i < frames; ++i) {
        if (noteLeft == 0) {
            frequency = 220.0 * std::pow(2.0, scale[next() % 8] / 12.0) * ((next() % 3 == 0) ? 2 : 1);
            noteLength = noteLeft = format.sampleRate * int(2 + next() % 4) / 8;
        }
        const double envelope
            = std::min(1.0, (noteLength - noteLeft) / 400.0) * std::min(1.0, noteLeft / 800.0);
        phase += 2 * pi * frequency / format.sampleRate;
        const double value = gain * envelope
            * (0.3 * std::sin(phase) + 0.12 * std::sin(2 * phase) + 0.06 * std::sin(3 * phase));
        const float sample = std::round(float(value) * 32767.0f) / 32768.0f;
        samples.push_back(sample);
        samples.push_back(sample);
        --noteLeft;
    }
    return writeEncoded(folder, name, extension, format, samples, error);
}

TagSet fullTagSet()
{
    TagSet tags;
    tags.title = u"Glass Harbour"_s;
    tags.version = u"Radio Edit"_s;
    tags.artists = { u"Nova Lark"_s, u"Jörg Ñandú"_s };
    tags.album = u"Tidal Lines"_s;
    tags.albumArtist = u"Nova Lark"_s;
    tags.trackNumber = 3;
    tags.trackTotal = 12;
    tags.discNumber = 1;
    tags.discTotal = 2;
    tags.date = u"2026-03-14"_s;
    tags.genre = u"Electronic"_s;
    tags.isrc = u"GBABC2600001"_s;
    tags.barcode = u"5012345678900"_s;
    tags.label = u"Harbour Lights Records"_s;
    tags.catalogNumber = u"HLR-007"_s;
    tags.bpm = 124;
    tags.key = u"F#m"_s;
    tags.composers = { u"Ana Pérez"_s, u"Li Wei"_s };
    tags.lyricists = { u"Ana Pérez"_s };
    tags.credits = { { u"producer"_s, { u"Sam Hollow"_s } }, { u"engineer"_s, { u"Kit Marr"_s } },
        { u"masteringengineer"_s, { u"Dee Lane"_s } } };
    tags.musicians = { { u"guitar"_s, { u"Ana Pérez"_s } }, { u"synthesizer"_s, { u"Li Wei"_s } } };
    tags.producedNotice = u"2026 Harbour Lights Records"_s;
    tags.copyright = u"2026 Nova Lark"_s;
    tags.explicitFlag = ExplicitFlag::Clean;
    tags.lyrics = u"First line\nSecond line ♪"_s;
    tags.language = u"eng"_s;
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer(&tags.cover.data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    tags.cover.mimeType = u"image/png"_s;
    return tags;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace Imprint::Testing
