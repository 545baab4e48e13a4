// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DemoLibrary.h"

#include "Synth.h"
#include "audio/AudioFile.h"
#include "tags/BasicTagWriter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QRadialGradient>
#include <QSaveFile>

#include <cmath>
#include <span>

using namespace Qt::StringLiterals;

namespace Imprint::Demo
{

namespace
{

// ---- The catalog: three artists, a single, an EP and an album. ---------------------------------

enum class Encoding { Flac16, Wav24, Aiff16 };
enum class Level { Normal, Clipping, Quiet };
enum class Cover { SmallJpeg, LargePng, LargeJpeg };

struct TrackRow {
    QStringView title;
    QStringView version = {}; // empty for the original
    QStringView artist = {}; // empty: the release artist
    int seconds = 30;
    int bpm = 100;
    int rootNote = 57; // MIDI note of the key
    bool minor = true;
    quint64 seed = 0; // the same seed is the same song (its instrumental, its radio edit)
    Encoding encoding = Encoding::Flac16;
    double lufs = -12.0; // loudness target of the master
    Level level = Level::Normal;
    bool vocals = true;
    bool stems = false;
    // The keys stem exported this much quieter than it plays in the mix (a fader moved after the
    // bounce): its stems no longer null against the master.
    double keysStemOffsetDb = 0.0;
    bool isrc = true;
};

struct ReleaseRow {
    QStringView artist, title, type, label, genre;
    int year;
    Cover cover;
    quint64 artSeed;
    std::span<const TrackRow> tracks;
};

constexpr TrackRow SingleTracks[] = {
    { .title = u"Glass Harbour", .bpm = 104, .seed = 11, .lufs = -11.0, .stems = true },
    { .title = u"Glass Harbour",
        .version = u"Instrumental",
        .bpm = 104,
        .seed = 11,
        .lufs = -11.5,
        .vocals = false },
};

constexpr TrackRow EpTracks[] = {
    { .title = u"Static Bloom",
        .bpm = 122,
        .rootNote = 50,
        .seed = 21,
        .encoding = Encoding::Wav24,
        .lufs = -10.5 },
    { .title = u"Copper Sky", .seconds = 33, .bpm = 96, .rootNote = 55, .minor = false, .seed = 22 },
    { .title = u"Night Freight",
        .seconds = 36,
        .bpm = 118,
        .rootNote = 52,
        .seed = 23,
        .lufs = -13.0,
        .vocals = false,
        .isrc = false },
    { .title = u"Pilot Light",
        .bpm = 84,
        .rootNote = 59,
        .minor = false,
        .seed = 24,
        .encoding = Encoding::Wav24,
        .lufs = -30.0,
        .level = Level::Quiet },
};

constexpr TrackRow AlbumTracks[] = {
    { .title = u"Salt and Ember",
        .rootNote = 53,
        .seed = 31,
        .lufs = -11.5,
        .stems = true,
        .keysStemOffsetDb = -1.5 },
    { .title = u"Harbour Lights", .seconds = 40, .bpm = 110, .minor = false, .seed = 32, .lufs = -11.0 },
    { .title = u"Overdrive Hearts",
        .seconds = 32,
        .bpm = 128,
        .rootNote = 52,
        .seed = 33,
        .lufs = -7.0,
        .level = Level::Clipping },
    { .title = u"Paper Satellites",
        .artist = u"Mara Vell feat. Juno",
        .seconds = 34,
        .bpm = 92,
        .rootNote = 55,
        .minor = false,
        .seed = 34,
        .lufs = -12.5 },
    { .title = u"Undertow",
        .bpm = 76,
        .rootNote = 50,
        .seed = 35,
        .encoding = Encoding::Aiff16,
        .lufs = -13.5 },
    // The demo's sync-ready track: an instrumental in 48 kHz/24-bit with native stems.
    { .title = u"Lanterns",
        .seconds = 31,
        .bpm = 108,
        .rootNote = 60,
        .minor = false,
        .seed = 36,
        .encoding = Encoding::Wav24,
        .vocals = false,
        .stems = true },
    { .title = u"Slow Orbit",
        .seconds = 36,
        .bpm = 70,
        .rootNote = 54,
        .seed = 37,
        .lufs = -13.0,
        .isrc = false },
    { .title = u"Harbour Lights",
        .version = u"Radio Edit",
        .bpm = 110,
        .minor = false,
        .seed = 32,
        .lufs = -11.0 },
};

constexpr ReleaseRow Releases[] = {
    { u"Nova Lark", u"Glass Harbour", u"single", u"Larkspur Records", u"Synthpop", 2026, Cover::SmallJpeg,
        101, SingleTracks },
    { u"The Quiet Engines", u"Low Voltage", u"ep", u"Engine Room Recordings", u"Electronic", 2025,
        Cover::LargePng, 102, EpTracks },
    { u"Mara Vell", u"Tidal Memory", u"album", u"Tideline Music", u"Indie Pop", 2026, Cover::LargeJpeg, 103,
        AlbumTracks },
};

constexpr QStringView IsrcPrefix = u"QZK6H";

// ---- Helpers ---------------------------------------------------------------------------------------

Audio::PcmFormat pcmFormat(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Wav24:
        return { 48000, 2, 24, Audio::Container::Wav };
    case Encoding::Aiff16:
        return { 44100, 2, 16, Audio::Container::Aiff };
    case Encoding::Flac16:
        break;
    }
    return { 44100, 2, 16, Audio::Container::Flac };
}

QString extension(Audio::Container container)
{
    switch (container) {
    case Audio::Container::Wav:
        return u"wav"_s;
    case Audio::Container::Aiff:
        return u"aiff"_s;
    case Audio::Container::Flac:
        break;
    }
    return u"flac"_s;
}

// File names keep the title readable but never contain a path separator or a reserved character.
QString safeName(const QString &text)
{
    QString name = text;
    for (QChar &c : name) {
        if (QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'_';
    }
    return name.trimmed();
}

void rebase(QString *error, const QString &from, const QString &to)
{
    if (error)
        error->replace(from, to);
}

// Writes audio and tags to a hidden staging file next to path, then moves it into place, so path is
// either absent or complete and tagged.
bool writeTaggedAudio(const QString &path, const Audio::PcmFormat &format, const std::vector<float> &samples,
    const Tags::BasicTags &tags, QString *error)
{
    const QFileInfo info(path);
    const QString staging
        = info.dir().filePath(u"."_s + info.completeBaseName() + u".staging."_s + info.suffix());
    const bool ok = Audio::writeAudioFile(staging, format, samples, error)
        && Tags::writeBasicTags(staging, tags, error);
    if (ok) {
        QFile::remove(path);
        if (QFile::rename(staging, path))
            return true;
        if (error)
            *error = path + u": cannot move the finished file into place"_s;
    }
    QFile::remove(staging);
    rebase(error, staging, path);
    return false;
}

// Abstract artwork: a background and glowing discs, or flat shapes (which keep a PNG small).
QImage drawCover(int size, quint64 seed, bool flat)
{
    Random random(seed);
    QImage image(size, size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const int hue = random.below(360);
    if (flat) {
        image.fill(QColor::fromHsv(hue, 160, 60));
    } else {
        QLinearGradient background(0, 0, size, size);
        background.setColorAt(0.0, QColor::fromHsv(hue, 150, 70));
        background.setColorAt(1.0, QColor::fromHsv((hue + 150) % 360, 200, 210));
        painter.fillRect(image.rect(), background);
    }
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 9; ++i) {
        const QPointF centre(size * random.uniform(), size * random.uniform());
        const double radius = size * (0.08 + 0.3 * random.uniform());
        QColor color = QColor::fromHsv((hue + random.below(120)) % 360, 90 + random.below(140), 255);
        if (flat) {
            color.setAlpha(140);
            painter.setBrush(color);
        } else {
            QRadialGradient glow(centre, radius);
            glow.setColorAt(0.0, color);
            color.setAlpha(0);
            glow.setColorAt(1.0, color);
            painter.setBrush(glow);
        }
        painter.drawEllipse(centre, radius, radius);
    }
    painter.setBrush(Qt::NoBrush);
    for (int i = 0; i < 4; ++i) {
        painter.setPen(QPen(QColor::fromHsv((hue + 40 * i) % 360, 60, 250, 170), size * 0.006));
        const double radius = size * (0.12 + 0.07 * i);
        painter.drawEllipse(QPointF(size * 0.5, size * 0.62), radius, radius);
    }
    painter.end();
    return image;
}

bool writeCover(const QString &path, Cover cover, quint64 seed, QString *error)
{
    const bool png = cover == Cover::LargePng;
    const QImage image = drawCover(cover == Cover::SmallJpeg ? 1000 : 3000, seed, png)
                             .convertToFormat(png ? QImage::Format_RGB888 : QImage::Format_RGB32);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        QImageWriter writer(&file, png ? "png" : "jpeg");
        writer.setQuality(png ? 50 : 90);
        if (writer.write(image) && file.commit())
            return true;
        if (error)
            *error = path + u": "_s
                + (writer.error() != QImageWriter::UnknownError ? writer.errorString() : file.errorString());
        return false;
    }
    if (error)
        *error = path + u": "_s + file.errorString();
    return false;
}

constexpr std::array<std::pair<QStringView, Buffer (*)(const SongSpec &)>, 4> Parts { {
    { u"drums", drumKit },
    { u"bass", bassLine },
    { u"keys", chordPad },
    { u"vocals", vocalLine },
} };

// Renders the parts of a track, levelled so that their sum is the master. For tracks with stems the
// parts are rounded to the master's sample grid first, so stems and master null exactly.
std::vector<Buffer> renderParts(const TrackRow &track, const Audio::PcmFormat &format, Buffer *mix)
{
    SongSpec song;
    song.sampleRate = format.sampleRate;
    song.bpm = track.bpm;
    song.frames = qint64(track.seconds) * format.sampleRate;
    song.rootNote = track.rootNote;
    song.minor = track.minor;
    song.progression = progressionFor(track.seed, track.minor);
    song.seed = track.seed;

    std::vector<Buffer> parts;
    for (const auto &part : Parts) {
        parts.push_back(part.second(song));
        if (part.first == u"drums") // bus compression: tames the transients so the mix can be louder
            softLimit(parts.back(), 0.6 * samplePeak(parts.back()));
        if (!track.vocals && part.first == u"vocals")
            applyGain(parts.back(), 0.0);
        applyFades(parts.back(), format.sampleRate, 0.005, 2.5);
    }
    const auto sum = [&] {
        Buffer total = parts.front();
        for (size_t i = 1; i < parts.size(); ++i)
            mixInto(total, parts[i]);
        return total;
    };
    *mix = sum();
    double gain = std::pow(10.0, (track.lufs - integratedLoudness(*mix, format.sampleRate)) / 20.0);
    if (track.stems) {
        gain = std::min(gain, 0.89 / samplePeak(*mix));
        for (Buffer &part : parts) {
            applyGain(part, gain);
            quantize(part, format.bitDepth);
        }
        *mix = sum();
        if (track.keysStemOffsetDb != 0.0) {
            Buffer &keys = parts[2];
            applyGain(keys, std::pow(10.0, track.keysStemOffsetDb / 20.0));
            quantize(keys, format.bitDepth);
        }
        return parts;
    }
    applyGain(*mix, gain);
    if (track.level == Level::Normal)
        softLimit(*mix, 0.89);
    return {};
}

} // namespace

std::optional<DemoSummary> generateDemoLibrary(const QString &rootDir, QString *error)
{
    const QDir root(rootDir);
    DemoSummary summary;
    int isrcSerial = 0;
    for (const ReleaseRow &release : Releases) {
        const QString releaseDir
            = safeName(release.artist.toString()) + u'/' + safeName(release.title.toString());
        if (!root.mkpath(releaseDir)) {
            if (error)
                *error = root.filePath(releaseDir) + u": cannot create the directory"_s;
            return std::nullopt;
        }
        const QString coverName
            = releaseDir + (release.cover == Cover::LargePng ? u"/cover.png"_s : u"/cover.jpg"_s);
        if (!writeCover(root.filePath(coverName), release.cover, release.artSeed, error))
            return std::nullopt;
        summary.files.append(coverName);
        ++summary.images;

        int number = 0;
        for (const TrackRow &track : release.tracks) {
            ++number;
            const Audio::PcmFormat format = pcmFormat(track.encoding);
            Tags::BasicTags tags;
            tags.title = track.title.toString();
            tags.version = track.version.toString();
            tags.artist = track.artist.isEmpty() ? release.artist.toString() : track.artist.toString();
            tags.album = release.title.toString();
            tags.albumArtist = release.artist.toString();
            tags.genre = release.genre.toString();
            tags.releaseType = release.type.toString();
            tags.label = release.label.toString();
            tags.trackNumber = number;
            tags.discNumber = 1;
            tags.year = release.year;
            if (track.isrc)
                tags.isrc = IsrcPrefix.toString()
                    + u"%1%2"_s.arg(release.year % 100, 2, 10, QChar(u'0'))
                          .arg(++isrcSerial, 5, 10, QChar(u'0'));

            Buffer mix;
            const std::vector<Buffer> parts = renderParts(track, format, &mix);
            QString fileName = u"%1 %2"_s.arg(number, 2, 10, QChar(u'0')).arg(safeName(tags.title));
            if (!tags.version.isEmpty())
                fileName += u" ("_s + safeName(tags.version) + u')';
            const QString masterName = releaseDir + u'/' + fileName + u'.' + extension(format.container);
            if (!writeTaggedAudio(root.filePath(masterName), format, mix.samples, tags, error))
                return std::nullopt;
            summary.files.append(masterName);
            ++summary.audioFiles;

            if (parts.empty())
                continue;
            const QString stemDir = releaseDir + u"/Stems/"_s + safeName(tags.title);
            if (!root.mkpath(stemDir)) {
                if (error)
                    *error = root.filePath(stemDir) + u": cannot create the directory"_s;
                return std::nullopt;
            }
            Tags::BasicTags stemTags;
            stemTags.title = tags.title;
            stemTags.version = tags.version;
            stemTags.artist = tags.artist;
            Audio::PcmFormat stemFormat = format;
            stemFormat.container = Audio::Container::Wav;
            for (size_t i = 0; i < parts.size(); ++i) {
                if (!track.vocals && Parts[i].first == u"vocals")
                    continue; // an instrumental has no vocal stem, not a silent one
                const QString stemName = stemDir + u'/' + Parts[i].first + u".wav"_s;
                if (!writeTaggedAudio(root.filePath(stemName), stemFormat, parts[i].samples, stemTags, error))
                    return std::nullopt;
                summary.files.append(stemName);
                ++summary.stemFiles;
            }
        }
    }
    summary.files.sort();
    return summary;
}

} // namespace Imprint::Demo
