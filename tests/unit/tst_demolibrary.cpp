// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "audio/AudioFile.h"
#include "demo/DemoLibrary.h"
#include "tags/BasicTagWriter.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <taglib/fileref.h>
#include <taglib/tpropertymap.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

// The stems (8 x 30 s of 16-bit stereo WAV, 3 x 31 s of 48 kHz/24-bit), the three 48 kHz/24-bit WAV
// masters and the AIFF take about 98 MB; the eleven FLAC masters about 27 MB more.
constexpr qint64 SizeBudget = 128ll * 1024 * 1024;

QString tagValue(const QString &path, const char *key)
{
    const QByteArray name = QFile::encodeName(path);
    const TagLib::FileRef ref(name.constData());
    if (ref.isNull())
        return u"<cannot open>"_s;
    const TagLib::StringList values = ref.properties().value(key);
    return values.isEmpty() ? QString() : QString::fromStdString(values.front().to8Bit(true));
}

Audio::DecodedAudio decode(const QString &path)
{
    QString error;
    auto audio = Audio::readAudioFile(path, &error);
    if (!audio)
        qFatal("%s", qPrintable(error));
    return std::move(*audio);
}

double rmsDb(const Audio::DecodedAudio &audio)
{
    double sum = 0.0;
    for (const float sample : audio.interleaved)
        sum += double(sample) * sample;
    return 10.0 * std::log10(sum / double(audio.interleaved.size()));
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

class TestDemoLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesTheExpectedFiles();
    void tagsFollowTheConventions();
    void stemsSumToTheirMaster_data();
    void stemsSumToTheirMaster();
    void oneMasterClips();
    void oneMasterIsQuiet();
    void staysWithinTheSizeBudget();
    void isDeterministic();
    void writeAudioFileNamesTheFileOnError();
    void audioRoundTripsAndClips();
    void basicTagsReadBack_data();
    void basicTagsReadBack();

private:
    QTemporaryDir m_dir;
    Demo::DemoSummary m_summary;
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
};

void TestDemoLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto summary = Demo::generateDemoLibrary(m_dir.path(), &error);
    QVERIFY2(summary, qPrintable(error));
    m_summary = *summary;
    qInfo("generated %lld files in %lld ms", qint64(m_summary.files.size()), timer.elapsed());
}

void TestDemoLibrary::writesTheExpectedFiles()
{
    QCOMPARE(m_summary.audioFiles, 14);
    QCOMPARE(m_summary.stemFiles, 11);
    QCOMPARE(m_summary.images, 3);
    // Exactly the reported files, and no staging or .part leftovers.
    QCOMPARE(filesUnder(m_dir.path()), m_summary.files);
    for (const QString &file : { u"Nova Lark/Glass Harbour/01 Glass Harbour.flac"_s,
             u"Nova Lark/Glass Harbour/02 Glass Harbour (Instrumental).flac"_s,
             u"The Quiet Engines/Low Voltage/01 Static Bloom.wav"_s,
             u"Mara Vell/Tidal Memory/05 Undertow.aiff"_s,
             u"Mara Vell/Tidal Memory/08 Harbour Lights (Radio Edit).flac"_s,
             u"Mara Vell/Tidal Memory/Stems/Salt and Ember/vocals.wav"_s,
             u"Mara Vell/Tidal Memory/06 Lanterns.wav"_s,
             u"Mara Vell/Tidal Memory/Stems/Lanterns/keys.wav"_s })
        QVERIFY2(m_summary.files.contains(file), qPrintable(file));

    const QImageReader album(path(u"Mara Vell/Tidal Memory/cover.jpg"_s));
    QCOMPARE(album.format(), QByteArray("jpeg"));
    QCOMPARE(album.size(), QSize(3000, 3000));
    const QImageReader ep(path(u"The Quiet Engines/Low Voltage/cover.png"_s));
    QCOMPARE(ep.format(), QByteArray("png"));
    QCOMPARE(ep.size(), QSize(3000, 3000));
    QCOMPARE(QImageReader(path(u"Nova Lark/Glass Harbour/cover.jpg"_s)).size(), QSize(1000, 1000));
}

void TestDemoLibrary::tagsFollowTheConventions()
{
    const QString flac = path(u"Nova Lark/Glass Harbour/02 Glass Harbour (Instrumental).flac"_s);
    QCOMPARE(tagValue(flac, "TITLE"), u"Glass Harbour"_s);
    QCOMPARE(tagValue(flac, "VERSION"), u"Instrumental"_s);
    QCOMPARE(tagValue(flac, "ALBUM"), u"Glass Harbour"_s);
    QCOMPARE(tagValue(flac, "RELEASETYPE"), u"single"_s);
    QCOMPARE(tagValue(flac, "TRACKNUMBER"), u"2"_s);

    const QString feat = path(u"Mara Vell/Tidal Memory/04 Paper Satellites.flac"_s);
    QCOMPARE(tagValue(feat, "ARTIST"), u"Mara Vell feat. Juno"_s);
    QCOMPARE(tagValue(feat, "ALBUMARTIST"), u"Mara Vell"_s);

    const QString wav = path(u"The Quiet Engines/Low Voltage/01 Static Bloom.wav"_s);
    QCOMPARE(tagValue(wav, "TITLE"), u"Static Bloom"_s);
    QCOMPARE(tagValue(wav, "DATE"), u"2025"_s);
    QCOMPARE(tagValue(wav, "LABEL"), u"Engine Room Recordings"_s);
    QCOMPARE(tagValue(path(u"Mara Vell/Tidal Memory/08 Harbour Lights (Radio Edit).flac"_s), "VERSION"),
        u"Radio Edit"_s);

    const QString stem = path(u"Nova Lark/Glass Harbour/Stems/Glass Harbour/bass.wav"_s);
    QCOMPARE(tagValue(stem, "TITLE"), u"Glass Harbour"_s);
    QCOMPARE(tagValue(stem, "ARTIST"), u"Nova Lark"_s);
    QCOMPARE(tagValue(stem, "ALBUM"), QString());

    // ISRCs: well formed and unique; most tracks have one.
    const QRegularExpression isrcPattern(u"^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$"_s);
    QSet<QString> isrcs;
    int masters = 0;
    for (const QString &file : std::as_const(m_summary.files)) {
        if (file.contains(u"/Stems/"_s) || file.contains(u"/cover."_s))
            continue;
        ++masters;
        const QString isrc = tagValue(path(file), "ISRC");
        if (isrc.isEmpty())
            continue;
        QVERIFY2(isrcPattern.match(isrc).hasMatch(), qPrintable(isrc));
        QVERIFY2(!isrcs.contains(isrc), qPrintable(isrc));
        isrcs.insert(isrc);
    }
    QCOMPARE(masters, 14);
    QCOMPARE(isrcs.size(), 12);
}

void TestDemoLibrary::stemsSumToTheirMaster_data()
{
    QTest::addColumn<QString>("master");
    QTest::addColumn<QString>("stems");
    QTest::addColumn<double>("keysOffsetDb");
    QTest::newRow("single") << u"Nova Lark/Glass Harbour/01 Glass Harbour.flac"_s
                            << u"Nova Lark/Glass Harbour/Stems/Glass Harbour"_s << 0.0;
    // The album's stems are there to fail the null test: keys exported 1.5 dB quieter.
    QTest::newRow("album") << u"Mara Vell/Tidal Memory/01 Salt and Ember.flac"_s
                           << u"Mara Vell/Tidal Memory/Stems/Salt and Ember"_s << -1.5;
}

void TestDemoLibrary::stemsSumToTheirMaster()
{
    QFETCH(QString, master);
    QFETCH(QString, stems);
    QFETCH(double, keysOffsetDb);
    const Audio::DecodedAudio mix = decode(path(master));
    std::vector<double> sum(mix.interleaved.size(), 0.0);
    for (const QString &type : { u"drums"_s, u"bass"_s, u"keys"_s, u"vocals"_s }) {
        const Audio::DecodedAudio stem = decode(path(stems + u'/' + type + u".wav"_s));
        QCOMPARE(stem.format.container, Audio::Container::Wav);
        QCOMPARE(stem.format.sampleRate, mix.format.sampleRate);
        QCOMPARE(stem.format.bitDepth, mix.format.bitDepth);
        QCOMPARE(stem.format.channels, mix.format.channels);
        QCOMPARE(stem.frames, mix.frames);
        QVERIFY(rmsDb(stem) > -60.0);
        const double gain = type == u"keys" ? std::pow(10.0, -keysOffsetDb / 20.0) : 1.0;
        for (size_t i = 0; i < sum.size(); ++i)
            sum[i] += gain * stem.interleaved[i];
    }
    // Within quantisation: half a step per stem (a bit more for a stem turned back up) and half
    // a step for the master.
    const double tolerance = 3.0 / std::ldexp(1.0, mix.format.bitDepth - 1);
    double worst = 0.0;
    for (size_t i = 0; i < sum.size(); ++i)
        worst = std::max(worst, std::abs(sum[i] - mix.interleaved[i]));
    QVERIFY2(worst <= tolerance, qPrintable(u"largest difference %1"_s.arg(worst)));
}

void TestDemoLibrary::oneMasterClips()
{
    int clippingMasters = 0;
    for (const QString &file : std::as_const(m_summary.files)) {
        if (file.contains(u"/Stems/"_s) || file.contains(u"/cover."_s))
            continue;
        const Audio::DecodedAudio audio = decode(path(file));
        const double fullScale = 1.0 - 1.0 / std::ldexp(1.0, audio.format.bitDepth - 1);
        int runs = 0;
        for (int channel = 0; channel < audio.format.channels; ++channel) {
            int run = 0;
            for (qint64 frame = 0; frame < audio.frames; ++frame) {
                const double sample = audio.interleaved[size_t(frame * audio.format.channels + channel)];
                run = std::abs(sample) >= fullScale ? run + 1 : 0;
                if (run == 3)
                    ++runs;
            }
        }
        if (file.endsWith(u"03 Overdrive Hearts.flac"_s))
            QVERIFY2(runs >= 10, qPrintable(u"only %1 clipped runs"_s.arg(runs)));
        else
            QVERIFY2(runs == 0, qPrintable(file));
        clippingMasters += runs > 0 ? 1 : 0;
    }
    QCOMPARE(clippingMasters, 1);
}

void TestDemoLibrary::oneMasterIsQuiet()
{
    const QString quietName = u"The Quiet Engines/Low Voltage/04 Pilot Light.wav"_s;
    const double quiet = rmsDb(decode(path(quietName)));
    for (const QString &file : std::as_const(m_summary.files)) {
        if (file == quietName || file.contains(u"/Stems/"_s) || file.contains(u"/cover."_s))
            continue;
        const double level = rmsDb(decode(path(file)));
        QVERIFY2(level - quiet >= 12.0, qPrintable(u"%1: %2 dB vs %3 dB"_s.arg(file).arg(level).arg(quiet)));
    }
}

void TestDemoLibrary::staysWithinTheSizeBudget()
{
    qint64 total = 0;
    for (const QString &file : std::as_const(m_summary.files))
        total += QFileInfo(path(file)).size();
    qInfo("library size: %.1f MB", double(total) / (1024.0 * 1024.0));
    QVERIFY(total < SizeBudget);
}

void TestDemoLibrary::isDeterministic()
{
    QTemporaryDir again;
    QString error;
    const auto summary = Demo::generateDemoLibrary(again.path(), &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->files, m_summary.files);
    for (const QString &file : std::as_const(m_summary.files)) {
        QFile first(path(file));
        QFile second(again.filePath(file));
        QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
        QVERIFY2(first.readAll() == second.readAll(), qPrintable(file));
    }
}

void TestDemoLibrary::writeAudioFileNamesTheFileOnError()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"not-a-directory"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString target = dir.filePath(u"not-a-directory/take.wav"_s);
    QString error;
    QVERIFY(!Audio::writeAudioFile(target, {}, std::vector<float>(200, 0.0f), &error));
    QVERIFY2(error.startsWith(target + u": "_s), qPrintable(error));
    QVERIFY(!QFile::exists(target + u".part"_s));

    QVERIFY(!Audio::writeAudioFile(dir.filePath(u"odd.wav"_s), {}, std::vector<float>(3, 0.0f), &error));
    QVERIFY(error.contains(u"odd.wav"_s));
    QVERIFY(!Audio::readAudioFile(dir.filePath(u"not-a-directory"_s), &error));
    QVERIFY(error.startsWith(dir.filePath(u"not-a-directory"_s)));
}

void TestDemoLibrary::audioRoundTripsAndClips()
{
    QTemporaryDir dir;
    for (const auto container : { Audio::Container::Wav, Audio::Container::Flac, Audio::Container::Aiff }) {
        for (const int bits : { 16, 24 }) {
            const Audio::PcmFormat format { 48000, 2, bits, container };
            const double step = 1.0 / std::ldexp(1.0, bits - 1);
            const std::vector<float> samples { 0.0f, float(step), float(-0.5), float(0.25 + 3 * step), 1.5f,
                -1.5f };
            const QString file = dir.filePath(u"roundtrip.%1.%2"_s.arg(int(container)).arg(bits));
            QString error;
            QVERIFY2(Audio::writeAudioFile(file, format, samples, &error), qPrintable(error));
            const Audio::DecodedAudio audio = decode(file);
            QCOMPARE(audio.format.container, container);
            QCOMPARE(audio.format.bitDepth, bits);
            QCOMPARE(audio.format.sampleRate, 48000);
            QCOMPARE(audio.frames, 3);
            for (size_t i = 0; i < 4; ++i)
                QCOMPARE(audio.interleaved[i], samples[i]);
            QCOMPARE(audio.interleaved[4], float(1.0 - step)); // clipped at positive full scale
            QCOMPARE(audio.interleaved[5], -1.0f); // and at negative full scale
        }
    }
}

void TestDemoLibrary::basicTagsReadBack_data()
{
    QTest::addColumn<int>("container");
    QTest::addColumn<QString>("versionKey");
    QTest::newRow("wav") << int(Audio::Container::Wav) << u"SUBTITLE"_s;
    QTest::newRow("flac") << int(Audio::Container::Flac) << u"VERSION"_s;
    QTest::newRow("aiff") << int(Audio::Container::Aiff) << u"SUBTITLE"_s;
}

void TestDemoLibrary::basicTagsReadBack()
{
    QFETCH(int, container);
    QFETCH(QString, versionKey);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"take.audio"_s);
    QString error;
    QVERIFY2(Audio::writeAudioFile(
                 file, { 44100, 2, 16, Audio::Container(container) }, std::vector<float>(4410, 0.1f), &error),
        qPrintable(error));
    Tags::BasicTags tags;
    tags.title = u"Ünïcode Title"_s;
    tags.version = u"Radio Edit"_s;
    tags.artist = u"Nova Lark"_s;
    tags.isrc = u"QZK6H2600042"_s;
    tags.trackNumber = 3;
    QVERIFY2(Tags::writeBasicTags(file, tags, &error), qPrintable(error));
    QCOMPARE(tagValue(file, "TITLE"), tags.title);
    QCOMPARE(tagValue(file, versionKey.toLatin1().constData()), tags.version);
    QCOMPARE(tagValue(file, "ISRC"), tags.isrc);
    QCOMPARE(tagValue(file, "TRACKNUMBER"), u"3"_s);
    QCOMPARE(tagValue(file, "ALBUM"), QString()); // empty fields are not written

    QVERIFY(!Tags::writeBasicTags(dir.filePath(u"missing.flac"_s), tags, &error));
    QVERIFY(error.startsWith(dir.filePath(u"missing.flac"_s)));
}

QTEST_GUILESS_MAIN(TestDemoLibrary)
#include "tst_demolibrary.moc"
