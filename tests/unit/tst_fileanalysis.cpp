// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// analyzeFile() end to end on generated files: the format and measurements of a good file,
// and clear errors naming the file for truncated, corrupt and cancelled runs.
#include "TestSignals.h"
#include "analysis/FileAnalysis.h"
#include "audio/AudioFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

// A 32-bit float WAV written by hand, so that it can hold NaN and Inf.
void writeFloatWav(const QString &path, int rate, int channels, const std::vector<float> &samples)
{
    QByteArray data;
    const auto u32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        data.append(b, 4);
    };
    const auto u16 = [&](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        data.append(b, 2);
    };
    const auto bytes = quint32(samples.size() * 4);
    data.append("RIFF");
    u32(36 + bytes);
    data.append("WAVEfmt ");
    u32(16);
    u16(3); // IEEE float
    u16(quint16(channels));
    u32(quint32(rate));
    u32(quint32(rate * channels * 4));
    u16(quint16(channels * 4));
    u16(32);
    data.append("data");
    u32(bytes);
    for (float v : samples) {
        quint32 bits;
        std::memcpy(&bits, &v, 4);
        u32(bits);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

class TestFileAnalysis : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeTone(const QString &name, Audio::Container container, int bits, double seconds)
    {
        const QString path = m_dir.filePath(name);
        const auto samples = TestSignals::sineSegments(48000, 2, { { seconds, -23 } });
        QString error;
        if (!Audio::writeAudioFile(path, { 48000, 2, bits, container }, samples, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

private Q_SLOTS:
    void goodFile()
    {
        const QString path = writeTone(u"tone.wav"_s, Audio::Container::Wav, 24, 20);
        QString error;
        const auto result = analyzeFile(path, nullptr, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->container, u"WAV"_s);
        QCOMPARE(result->encoding, u"PCM 24-bit"_s);
        QCOMPARE(result->sampleRate, 48000);
        QCOMPARE(result->channels, 2);
        QCOMPARE(result->bitDepth, 24);
        QCOMPARE(result->frames, 20 * 48000);
        QCOMPARE(result->durationSeconds, 20.0);
        QVERIFY(std::fabs(result->integratedLufs - -23.0) <= 0.1);
        QVERIFY(std::fabs(result->samplePeakDbfs - -23.0) <= 0.01);
        QVERIFY(std::fabs(result->truePeakDbtp - -23.0) <= 0.05);
        QVERIFY(result->loudnessRangeLu < 0.5);
        QCOMPARE(result->clipRuns, 0);
        QVERIFY(result->hasCorrelation);
        QVERIFY(std::fabs(result->correlation - 1.0) < 1e-3);
        QVERIFY(result->leadingSilenceSeconds < 0.001);
        QVERIFY(result->trailingSilenceSeconds < 0.001);
        QVERIFY(!result->peakMax.empty());
        QCOMPARE(result->shortTermCurve.size(), size_t(200)); // every 100 ms
        QCOMPARE(result->nonFiniteSamples, 0);
    }

    void flacClipping()
    {
        // Full-scale square-ish material: a 16-bit FLAC written through the clipping encoder.
        const QString path = m_dir.filePath(u"hot.flac"_s);
        std::vector<float> samples(48000 * 2);
        for (size_t i = 0; i < samples.size(); ++i)
            samples[i] = float(1.5 * std::sin(2 * std::numbers::pi * 100.0 * double(i / 2) / 48000.0));
        QString error;
        QVERIFY(Audio::writeAudioFile(path, { 48000, 2, 16, Audio::Container::Flac }, samples, &error));
        const auto result = analyzeFile(path, nullptr, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->container, u"FLAC"_s);
        // 100 Hz for 1 s: 200 half-waves clip per channel.
        QCOMPARE(result->clipRuns, 400);
        QVERIFY(result->truePeakDbtp >= result->samplePeakDbfs);
        QVERIFY(result->samplePeakDbfs > -0.001);
    }

    void whereItClipsAndGoesOver()
    {
        // 10 s of a quiet tone; at 3 s a burst whose samples stay at -3 dBFS while the wave
        // between them reaches 0 dBTP (fs/4 at 45°); at 7 s a clipped run.
        const int rate = 44100;
        std::vector<float> x(size_t(10 * rate));
        for (size_t i = 0; i < x.size(); ++i)
            x[i] = float(0.03 * std::sin(2 * std::numbers::pi * 440.0 * double(i) / rate));
        const size_t burst = size_t(3 * rate), burstLength = 4410;
        for (size_t i = 0; i < burstLength; ++i) {
            const double fade = std::min(1.0, double(std::min(i, burstLength - 1 - i)) / 500.0);
            x[burst + i] = float(fade * std::sin(std::numbers::pi / 2 * double(i) + std::numbers::pi / 4));
        }
        for (size_t i = size_t(7 * rate); i < size_t(7 * rate) + 10; ++i)
            x[i] = 1.0f;
        const QString path = m_dir.filePath(u"overs.wav"_s);
        writeFloatWav(path, rate, 1, x);
        QString error;
        const auto result = analyzeFile(path, nullptr, &error);
        QVERIFY2(result, qPrintable(error));

        QCOMPARE(result->clipStartSeconds.size(), size_t(1));
        QVERIFY(std::fabs(result->clipStartSeconds[0] - 7.0) < 1e-6);

        QCOMPARE(result->truePeaks.size(), result->peakMax.size());
        const double bucketSeconds = double(result->framesPerPeak) / rate;
        for (size_t i = 0; i < result->truePeaks.size(); ++i) {
            const double start = double(i) * bucketSeconds, end = start + bucketSeconds;
            const double level = 20 * std::log10(result->truePeaks[i]);
            const bool inBurst = end > 3.0 && start < 3.1;
            const bool atClip = end > 6.99 && start < 7.01; // the run and its ringing
            if (start >= 3.02 && end <= 3.08) // inside the fades
                QVERIFY2(level > -1.0, qPrintable(u"%1 s: %2 dBTP"_s.arg(start).arg(level)));
            else if (!inBurst && !atClip)
                QVERIFY2(level < -20.0, qPrintable(u"%1 s: %2 dBTP"_s.arg(start).arg(level)));
        }
        // The samples themselves never went over -3 dBFS in the burst.
        QVERIFY(result->truePeakDbtp > -0.5);
    }

    void floatWithNonFiniteSamples()
    {
        const QString path = m_dir.filePath(u"nan.wav"_s);
        auto samples = TestSignals::sineSegments(44100, 2, { { 5, -20 } });
        samples[1000] = std::numeric_limits<float>::quiet_NaN();
        samples[2001] = std::numeric_limits<float>::infinity();
        writeFloatWav(path, 44100, 2, samples);
        QString error;
        const auto result = analyzeFile(path, nullptr, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->encoding, u"float 32-bit"_s);
        QCOMPARE(result->nonFiniteSamples, 2);
        QVERIFY(std::isfinite(result->integratedLufs));
        QVERIFY(std::fabs(result->samplePeakDbfs - -20.0) < 0.01);
    }

    void truncatedWav()
    {
        const QString path = writeTone(u"cut.wav"_s, Audio::Container::Wav, 16, 10);
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
        QString error;
        QVERIFY(!analyzeFile(path, nullptr, &error));
        QVERIFY2(error.startsWith(path + u": "_s) && error.contains(u"truncated"_s), qPrintable(error));
    }

    void truncatedFlac()
    {
        const QString path = m_dir.filePath(u"cut.flac"_s);
        std::vector<float> noise = TestSignals::brightNoise(48000 * 10 * 2, 0, 0.5, 3);
        QString error;
        QVERIFY(Audio::writeAudioFile(path, { 48000, 2, 16, Audio::Container::Flac }, noise, &error));
        QFile file(path);
        QVERIFY(file.resize(file.size() / 3));
        QVERIFY(!analyzeFile(path, nullptr, &error));
        QVERIFY2(error.startsWith(path + u": "_s), qPrintable(error));
        QVERIFY2(error.contains(u"truncated"_s) || error.contains(u"cannot decode"_s), qPrintable(error));
    }

    void corruptAndMissing()
    {
        const QString path = m_dir.filePath(u"junk.wav"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("RIFF\0\0\0\0WAVEjunk", 16);
        file.write(QByteArray(1000, '\x7f'));
        file.close();
        QString error;
        QVERIFY(!analyzeFile(path, nullptr, &error));
        QVERIFY2(error.startsWith(path + u": cannot decode"_s), qPrintable(error));

        const QString missing = m_dir.filePath(u"nowhere.wav"_s);
        QVERIFY(!analyzeFile(missing, nullptr, &error));
        QVERIFY2(error.startsWith(missing + u": "_s), qPrintable(error));
    }

    void emptyFileIsAResult()
    {
        const QString path = m_dir.filePath(u"empty.wav"_s);
        QString error;
        QVERIFY(Audio::writeAudioFile(path, { 44100, 2, 16, Audio::Container::Wav }, {}, &error));
        const auto result = analyzeFile(path, nullptr, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->frames, 0);
        QVERIFY(std::isinf(result->integratedLufs));
        QVERIFY(std::isinf(result->truePeakDbtp));
    }

    void cancelled()
    {
        const QString path = writeTone(u"long.wav"_s, Audio::Container::Wav, 16, 5);
        std::atomic_bool cancel = true;
        QString error;
        QVERIFY(!analyzeFile(path, &cancel, &error));
        QCOMPARE(error, path + u": cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TestFileAnalysis)
#include "tst_fileanalysis.moc"
