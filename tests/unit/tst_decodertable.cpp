// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// The decoder table (issue 15): every format a creator brings, generated here with ffmpeg,
// decodes through AudioReader with the properties it was made with and the same sample
// values (a 0.5 sine reads back with a peak of 0.5 whatever the bit depth or codec); the probe
// the importer uses agrees; damaged files fail with a reason; FFmpeg's messages go to the
// imprint.audio.decoder category, not to stderr.
#include "audio/AudioLogging.h"
#include "audio/AudioProbe.h"
#include "audio/AudioReader.h"
#include "audio/DecoderTable.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

QStringList capturedDecoderMessages;

void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "imprint.audio.decoder")
        capturedDecoderMessages.append(message);
}

// The same 0.5 sine in every channel: ffmpeg's -ac would mix a mono source down by 3 dB.
QString source(int rate, int channels)
{
    const QString layout = channels == 1 ? u"mono"_s : channels == 2 ? u"stereo"_s : u"5.1"_s;
    QStringList expressions;
    for (int c = 0; c < channels; ++c)
        expressions.append(u"0.5*sin(2*PI*997*t)"_s);
    return u"aevalsrc=%1:c=%2:s=%3:d=1"_s.arg(expressions.join(u'|'), layout).arg(rate);
}

// One second of a 0.5 sine (−6 dBFS) at 997 Hz, encoded as asked.
bool generate(const QString &path, int rate, int channels, const QStringList &codec)
{
    QProcess ffmpeg;
    QStringList arguments { u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s,
        u"-i"_s, source(rate, channels) };
    arguments << codec << path;
    ffmpeg.start(u"ffmpeg"_s, arguments);
    return ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0;
}

struct Decoded {
    qint64 frames = 0;
    float peak = 0;
    QString error;
};

Decoded decodeAll(Audio::AudioReader &reader)
{
    Decoded decoded;
    const int channels = reader.info().channels;
    std::vector<float> block(4096 * size_t(channels));
    qint64 got = 0;
    while ((got = reader.read(block.data(), 4096, &decoded.error)) > 0) {
        decoded.frames += got;
        for (qint64 i = 0; i < got * channels; ++i)
            decoded.peak = std::max(decoded.peak, std::abs(block[size_t(i)]));
    }
    if (got < 0)
        decoded.frames = -1;
    return decoded;
}

} // namespace

class TestDecoderTable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(u"ffmpeg"_s).isEmpty())
            QSKIP("ffmpeg is needed to generate the formats");
    }

    void table()
    {
        QCOMPARE(Audio::audioFormatFor(u"take.WV"_s)->name, u"WavPack"_s);
        QVERIFY(Audio::audioFormatFor(u"take.m4a"_s)->backend == Audio::Backend::Ffmpeg);
        QVERIFY(Audio::audioFormatFor(u"mix.flac"_s)->backend == Audio::Backend::Sndfile);
        QVERIFY(Audio::audioFormatFor(u"a/b/take.rf64"_s).has_value());
        QVERIFY(Audio::audioFormatFor(u"take.w64"_s).has_value());
        QVERIFY(!Audio::audioFormatFor(u"notes.txt"_s));
        QVERIFY(!Audio::audioFormatFor(u"cover.jpg"_s));
        QVERIFY(!Audio::audioFormatFor(u"README"_s));
        const QStringList extensions = Audio::audioExtensions();
        QCOMPARE(extensions.size(), QSet<QString>(extensions.begin(), extensions.end()).size());
    }

    void decodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("codec");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("bitDepth");
        QTest::addColumn<bool>("floatingPoint");
        QTest::addColumn<bool>("lossy");

        const auto row = [](const char *name, const QString &file, const QStringList &codec, int rate,
                             int channels, const QString &container, const QString &encoding, int bits,
                             bool floating = false, bool lossy = false) {
            QTest::newRow(name) << file << codec << rate << channels << container << encoding << bits
                                << floating << lossy;
        };
        // The table: formats libsndfile does not read, or that were refused before.
        row("aac m4a", u"aac.m4a"_s, { u"-c:a"_s, u"aac"_s, u"-b:a"_s, u"192k"_s }, 44100, 2, u"M4A"_s,
            u"AAC"_s, 0, false, true);
        row("alac m4a 24-bit", u"alac24.m4a"_s, { u"-c:a"_s, u"alac"_s, u"-sample_fmt"_s, u"s32p"_s }, 96000,
            2, u"M4A"_s, u"ALAC 24-bit"_s, 24);
        row("alac m4a 16-bit", u"alac16.m4a"_s, { u"-c:a"_s, u"alac"_s, u"-sample_fmt"_s, u"s16p"_s }, 44100,
            1, u"M4A"_s, u"ALAC 16-bit"_s, 16);
        row("rf64", u"rf64.wav"_s, { u"-c:a"_s, u"pcm_s24le"_s, u"-rf64"_s, u"always"_s }, 48000, 2,
            u"RF64"_s, u"PCM 24-bit"_s, 24);
        row("w64", u"take.w64"_s, { u"-c:a"_s, u"pcm_s16le"_s }, 44100, 2, u"W64"_s, u"PCM 16-bit"_s, 16);
        row("wavpack", u"take.wv"_s, { u"-c:a"_s, u"wavpack"_s, u"-sample_fmt"_s, u"s16p"_s }, 48000, 2,
            u"WavPack"_s, u"WavPack 16-bit"_s, 16);
        row("tta", u"take.tta"_s, { u"-c:a"_s, u"tta"_s, u"-sample_fmt"_s, u"s32"_s }, 44100, 2, u"TTA"_s,
            u"TTA 24-bit"_s, 24);
        row("wma", u"take.wma"_s, { u"-c:a"_s, u"wmav2"_s }, 44100, 2, u"WMA"_s, u"WMA"_s, 0, false, true);
        row("mp3", u"take.mp3"_s, { u"-c:a"_s, u"libmp3lame"_s }, 44100, 2, u"MP3"_s, u"MP3"_s, 0, false,
            true);
        // PCM from 8 to 32 bits and float, mono to 5.1, 44.1 to 192 kHz.
        row("wav 8-bit mono", u"u8.wav"_s, { u"-c:a"_s, u"pcm_u8"_s }, 44100, 1, u"WAV"_s, u"PCM 8-bit"_s, 8);
        row("wav 16-bit stereo", u"s16.wav"_s, { u"-c:a"_s, u"pcm_s16le"_s }, 44100, 2, u"WAV"_s,
            u"PCM 16-bit"_s, 16);
        row("wav 24-bit 5.1", u"s24-51.wav"_s, { u"-c:a"_s, u"pcm_s24le"_s }, 48000, 6, u"WAV"_s,
            u"PCM 24-bit"_s, 24);
        row("wav 32-bit 96k", u"s32.wav"_s, { u"-c:a"_s, u"pcm_s32le"_s }, 96000, 2, u"WAV"_s,
            u"PCM 32-bit"_s, 32);
        row("wav float 192k", u"f32.wav"_s, { u"-c:a"_s, u"pcm_f32le"_s }, 192000, 2, u"WAV"_s,
            u"float 32-bit"_s, 32, true);
        row("wavpack float", u"float.wv"_s, { u"-c:a"_s, u"wavpack"_s, u"-sample_fmt"_s, u"fltp"_s }, 44100,
            2, u"WavPack"_s, u"WavPack 32-bit"_s, 32, true);
        row("flac 24-bit 192k", u"f24.flac"_s, { u"-c:a"_s, u"flac"_s, u"-sample_fmt"_s, u"s32"_s }, 192000,
            2, u"FLAC"_s, u"PCM 24-bit"_s, 24);
        row("aiff 16-bit 5.1", u"s16-51.aiff"_s, { u"-c:a"_s, u"pcm_s16be"_s }, 48000, 6, u"AIFF"_s,
            u"PCM 16-bit"_s, 16);
    }

    void decodes()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, codec);
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(QString, container);
        QFETCH(QString, encoding);
        QFETCH(int, bitDepth);
        QFETCH(bool, floatingPoint);
        QFETCH(bool, lossy);
        const QString path = m_dir.filePath(file);
        QVERIFY2(generate(path, rate, channels, codec), qPrintable(path));

        Audio::AudioReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        const Audio::StreamInfo &info = reader.info();
        QCOMPARE(info.container, container);
        QCOMPARE(info.encoding, encoding);
        QCOMPARE(info.sampleRate, rate);
        QCOMPARE(info.channels, channels);
        QCOMPARE(info.bitDepth, bitDepth);
        QCOMPARE(info.floatingPoint, floatingPoint);
        QCOMPARE(reader.backend(), Audio::audioFormatFor(file)->backend);
        const Decoded decoded = decodeAll(reader);
        QVERIFY2(decoded.frames > 0, qPrintable(decoded.error));
        // Lossy encoders add a little at either end; lossless ones return every frame.
        if (lossy)
            QVERIFY2(
                std::abs(decoded.frames - rate) < rate / 20, qPrintable(QString::number(decoded.frames)));
        else
            QCOMPARE(decoded.frames, qint64(rate));
        QVERIFY2(std::abs(decoded.peak - 0.5f) < (lossy ? 0.05f : 0.01f),
            qPrintable(QString::number(decoded.peak)));

        // The importer's view is the same.
        const Audio::ProbeResult probe = Audio::probeDecodable(path);
        QVERIFY2(probe.decodable, qPrintable(probe.reason));
        QCOMPARE(probe.info.sampleRate, rate);
        QCOMPARE(probe.info.channels, channels);
        QCOMPARE(probe.info.bitDepth, bitDepth);
        QVERIFY2(std::abs(probe.durationMs - 1000) <= (lossy ? 50 : 1),
            qPrintable(QString::number(probe.durationMs)));
        // Every format has an audio key, with its exact length where libsndfile decodes it.
        QVERIFY(!probe.audioKey.isEmpty());
        if (reader.backend() == Audio::Backend::Sndfile)
            QVERIFY2(probe.audioKey.endsWith(QByteArray(":" + QByteArray::number(rate))),
                probe.audioKey.constData());
        QCOMPARE(Audio::probeDecodable(path).audioKey, probe.audioKey);
    }

    // The key is made of the sound, not of the silence before it: takes that start with the
    // same nothing are not alike, and the same sound a little later is another recording.
    void theAudioKeyStartsAtTheFirstSound()
    {
        const auto make = [this](const QString &name, const QString &expression) {
            const QString path = m_dir.filePath(name);
            QProcess ffmpeg;
            ffmpeg.start(u"ffmpeg"_s,
                { u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                    u"aevalsrc=%1:c=stereo:s=44100:d=3"_s.arg(expression), u"-c:a"_s, u"pcm_s16le"_s, path });
            return ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0 ? path : QString();
        };
        const QString late = make(u"late.wav"_s, u"if(gt(t\\,1)\\,0.5*sin(2*PI*440*t)\\,0)"_s);
        const QString later = make(u"later.wav"_s, u"if(gt(t\\,1.5)\\,0.5*sin(2*PI*440*t)\\,0)"_s);
        const QString otherSound = make(u"other.wav"_s, u"if(gt(t\\,1)\\,0.5*sin(2*PI*660*t)\\,0)"_s);
        const QString silent = make(u"silent.wav"_s, u"0"_s);
        QVERIFY(!late.isEmpty() && !later.isEmpty() && !otherSound.isEmpty() && !silent.isEmpty());
        const Audio::ProbeResult lateProbe = Audio::probeDecodable(late);
        QVERIFY2(lateProbe.decodable, qPrintable(lateProbe.reason));
        // Where the sound starts (frame 44101) is part of the key, with the length.
        QVERIFY2(lateProbe.audioKey.contains("@44101:132300"), lateProbe.audioKey.constData());
        QVERIFY(Audio::probeDecodable(later).audioKey != lateProbe.audioKey);
        QVERIFY(Audio::probeDecodable(otherSound).audioKey != lateProbe.audioKey);
        QCOMPARE(Audio::probeDecodable(otherSound).audioKey.mid(32), lateProbe.audioKey.mid(32));
        // Silence is decodable and has no key: nothing to know it by.
        const Audio::ProbeResult silence = Audio::probeDecodable(silent);
        QVERIFY(silence.decodable);
        QVERIFY(silence.audioKey.isEmpty());
    }

    void mpegAudioNamedWavGoesToFfmpeg()
    {
        // libsndfile would read it through mpg123, which prints to stderr.
        const QString path = m_dir.filePath(u"really-mp3.wav"_s);
        QVERIFY(generate(path, 44100, 2, { u"-c:a"_s, u"libmp3lame"_s, u"-f"_s, u"mp3"_s }));
        Audio::AudioReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        QVERIFY(reader.backend() == Audio::Backend::Ffmpeg);
        QCOMPARE(reader.info().container, u"MP3"_s);
        QVERIFY(Audio::probeDecodable(path).decodable);
    }

    void damagedFilesFailWithAReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("codec");
        QTest::addColumn<QString>("damage");
        QTest::newRow("m4a cut in half") << u"cut.m4a"_s << QStringList { u"-c:a"_s, u"aac"_s } << u"cut"_s;
        QTest::newRow("m4a of noise") << u"noise.m4a"_s << QStringList {} << u"noise"_s;
        QTest::newRow("alac cut, index first")
            << u"cut-faststart.m4a"_s << QStringList { u"-c:a"_s, u"alac"_s, u"-movflags"_s, u"+faststart"_s }
            << u"cut"_s;
        QTest::newRow("wavpack cut") << u"cut.wv"_s << QStringList { u"-c:a"_s, u"wavpack"_s } << u"cut"_s;
        QTest::newRow("w64 cut") << u"cut.w64"_s << QStringList { u"-c:a"_s, u"pcm_s16le"_s } << u"cut"_s;
    }

    void damagedFilesFailWithAReason()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, codec);
        QFETCH(QString, damage);
        const QString path = m_dir.filePath(file);
        if (damage == u"noise") {
            QFile noise(path);
            QVERIFY(noise.open(QIODevice::WriteOnly));
            noise.write(QByteArray(8192, 'x'));
        } else {
            QVERIFY(generate(path, 44100, 2, codec));
            QFile cut(path);
            QVERIFY(cut.resize(cut.size() / 2));
        }
        capturedDecoderMessages.clear();
        QLoggingCategory::setFilterRules(u"imprint.audio.decoder.debug=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        const Audio::ProbeResult probe = Audio::probeDecodable(path);
        Audio::AudioReader reader;
        QString error;
        const bool opened = reader.open(path, &error);
        const Decoded decoded = opened ? decodeAll(reader) : Decoded { -1, 0, error };
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(!probe.decodable);
        QVERIFY(!probe.reason.isEmpty());
        QVERIFY2(!probe.reason.contains(path), qPrintable(probe.reason));
        QCOMPARE(decoded.frames, qint64(-1));
        QVERIFY2(decoded.error.startsWith(path + u": "_s), qPrintable(decoded.error));
        qInfo() << file << probe.reason << "|" << capturedDecoderMessages.size() << "decoder messages";
    }

    void ffmpegMessagesGoToTheDecoderCategory()
    {
        const QString path = m_dir.filePath(u"log-cut.m4a"_s);
        QVERIFY(generate(path, 44100, 2, { u"-c:a"_s, u"aac"_s }));
        QFile cut(path);
        QVERIFY(cut.resize(cut.size() / 2)); // the index (moov) is at the end: now it is gone
        capturedDecoderMessages.clear();
        QLoggingCategory::setFilterRules(u"imprint.audio.decoder.debug=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        Audio::AudioReader reader;
        QString error;
        const bool opened = reader.open(path, &error);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!opened);
        QVERIFY2(!capturedDecoderMessages.isEmpty(), "FFmpeg's complaint must reach imprint.audio.decoder");
        QVERIFY2(capturedDecoderMessages.join(u'\n').contains(u"ffmpeg:"_s),
            qPrintable(capturedDecoderMessages.join(u'\n')));
        // Off by default: nothing is formatted, nothing printed.
        QVERIFY(!lcDecoder().isDebugEnabled());
    }
};

QTEST_GUILESS_MAIN(TestDecoderTable)
#include "tst_decodertable.moc"
