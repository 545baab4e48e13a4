// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// The stems null test on generated stems: an exact sum nulls, one stem 1 dB down fails with the
// figure the signals predict, and stems at another rate or length give a finding naming them.
#include "analysis/StemNullTest.h"
#include "audio/AudioFile.h"
#include "quality/StemCheck.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

constexpr int Rate = 48000;
constexpr int Bits = 24;

// Stereo parts of a little arrangement, rounded to the 24-bit grid so that their sum is exact.
std::vector<float> part(int index, double seconds, int channels = 2)
{
    std::mt19937 random(1234 + index);
    std::normal_distribution<double> noise(0.0, 0.02);
    const auto frames = size_t(seconds * Rate);
    std::vector<float> samples(frames * size_t(channels));
    const double frequency = 110.0 * (index + 1);
    const double scale = std::ldexp(1.0, Bits - 1);
    for (size_t f = 0; f < frames; ++f) {
        const double t = double(f) / Rate;
        for (int c = 0; c < channels; ++c) {
            double value = 0.15 * std::sin(2 * std::numbers::pi * frequency * t + c)
                + (index == 0 ? noise(random) : 0.0);
            samples[f * size_t(channels) + size_t(c)] = float(std::round(value * scale) / scale);
        }
    }
    return samples;
}

std::vector<float> sum(const std::vector<std::vector<float>> &parts)
{
    std::vector<float> total(parts.front().size(), 0.f);
    for (const auto &p : parts) {
        for (size_t i = 0; i < total.size(); ++i)
            total[i] += p[i];
    }
    return total;
}

double energy(const std::vector<float> &samples)
{
    double e = 0;
    for (float s : samples)
        e += double(s) * double(s);
    return e;
}

// What the stem rules would see for this result, as the catalog stores it.
StemSetFacts factsOf(const StemNullTestResult &result)
{
    StemSetFacts facts;
    facts.referenceAnalysed = true;
    facts.referenceSampleRate = result.mix.sampleRate;
    facts.referenceDurationSeconds = double(result.mix.frames) / result.mix.sampleRate;
    for (const StemNullTestResult::Stem &stem : result.stems) {
        VersionFileFacts file;
        file.name = stem.name;
        file.analysed = true;
        file.sampleRate = stem.sampleRate;
        file.channels = stem.channels;
        file.durationSeconds = double(stem.frames) / stem.sampleRate;
        facts.stems.append(file);
    }
    facts.nullTest = NullTestFacts { result.residualDb, result.measured ? QString() : result.error };
    facts.hasVocalsFlag = 0;
    return facts;
}

} // namespace

class TestStemNullTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<std::vector<float>> m_parts;

    QString write(const QString &name, const std::vector<float> &samples, int rate = Rate, int channels = 2)
    {
        const QString path = m_dir.filePath(name + u".wav"_s);
        QString error;
        if (!Audio::writeAudioFile(path, { rate, channels, Bits, Audio::Container::Wav }, samples, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    QList<StemInput> stems(const QStringList &names)
    {
        QList<StemInput> list;
        for (const QString &name : names)
            list.append({ name, m_dir.filePath(name + u".wav"_s) });
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 3; ++i)
            m_parts.push_back(part(i, 3.0));
        write(u"mix"_s, sum(m_parts));
        write(u"drums"_s, m_parts[0]);
        write(u"bass"_s, m_parts[1]);
        write(u"keys"_s, m_parts[2]);
    }

    void exactSumNulls()
    {
        const StemNullTestResult result
            = nullTestStems(m_dir.filePath(u"mix.wav"_s), stems({ u"drums"_s, u"bass"_s, u"keys"_s }));
        QVERIFY2(result.measured, qPrintable(result.error));
        QVERIFY2(result.residualDb < -120.0, qPrintable(QString::number(result.residualDb)));
        QCOMPARE(result.frames, qint64(3 * Rate));
        QVERIFY(result.findings.isEmpty());
        QCOMPARE(result.stems.size(), 3);
        QCOMPARE(result.stems.at(1).frames, qint64(3 * Rate));

        const QualityReport report = evaluateStems(*QualityProfile::defaultFor(u"sync"_s), factsOf(result));
        QVERIFY(report.check(u"stemNull"_s));
        QCOMPARE(report.check(u"stemNull"_s)->verdict, Verdict::Pass);
    }

    void oneStemOneDecibelDownFailsWithTheFigure()
    {
        const double gain = std::pow(10.0, -1.0 / 20.0);
        std::vector<float> quieter = m_parts[1];
        for (float &s : quieter)
            s = float(s * gain);
        write(u"bass-1dB"_s, quieter);
        const StemNullTestResult result
            = nullTestStems(m_dir.filePath(u"mix.wav"_s), stems({ u"drums"_s, u"bass-1dB"_s, u"keys"_s }));
        QVERIFY2(result.measured, qPrintable(result.error));
        // What is missing is (1 − gain) of the bass.
        const double expected
            = 10.0 * std::log10(energy(m_parts[1]) * (1 - gain) * (1 - gain) / energy(sum(m_parts)));
        QVERIFY2(std::abs(result.residualDb - expected) < 0.05,
            qPrintable(u"%1 dB, expected %2 dB"_s.arg(result.residualDb).arg(expected)));
        QVERIFY(result.residualDb > -40.0);

        const QualityReport report = evaluateStems(*QualityProfile::defaultFor(u"sync"_s), factsOf(result));
        const QualityCheck *check = report.check(u"stemNull"_s);
        QVERIFY(check);
        QCOMPARE(check->verdict, Verdict::Fail);
        QCOMPARE(check->measured, formatLevel(expected) + u" dB"_s);
        QVERIFY2(
            check->fix.contains(formatLevel(-expected) + u" dB below the mix"_s), qPrintable(check->fix));
    }

    void anotherSampleRateIsNamed()
    {
        write(u"keys-44k"_s, part(2, 3.0), 44100);
        const StemNullTestResult result
            = nullTestStems(m_dir.filePath(u"mix.wav"_s), stems({ u"drums"_s, u"bass"_s, u"keys-44k"_s }));
        QVERIFY(!result.measured);
        QCOMPARE(result.error, u"stem “keys-44k” is at 44.1 kHz, the mix at 48 kHz"_s);
        QCOMPARE(result.stems.at(2).sampleRate, 44100);
    }

    void anotherLengthIsNamedAndShowsInTheResidual()
    {
        std::vector<float> shorter = m_parts[1];
        shorter.resize(shorter.size() - size_t(Rate)); // 0.5 s of stereo frames
        write(u"bass-short"_s, shorter);
        const StemNullTestResult result
            = nullTestStems(m_dir.filePath(u"mix.wav"_s), stems({ u"drums"_s, u"bass-short"_s, u"keys"_s }));
        QVERIFY2(result.measured, qPrintable(result.error));
        QCOMPARE(result.findings, QStringList { u"stem “bass-short” is 0.500 s shorter than the mix"_s });
        QCOMPARE(result.stems.at(1).frames, qint64(2.5 * Rate));
        QVERIFY(result.residualDb > -40.0); // the missing half second of bass
        QCOMPARE(result.frames, qint64(3 * Rate));

        // A stem longer than the mix counts what it holds beyond the end.
        std::vector<float> longer = m_parts[2];
        longer.resize(longer.size() + size_t(2 * Rate), 0.1f);
        write(u"keys-long"_s, longer);
        const StemNullTestResult tail
            = nullTestStems(m_dir.filePath(u"mix.wav"_s), stems({ u"drums"_s, u"bass"_s, u"keys-long"_s }));
        QVERIFY(tail.measured);
        QCOMPARE(tail.frames, qint64(4 * Rate));
        QCOMPARE(tail.findings, QStringList { u"stem “keys-long” is 1.000 s longer than the mix"_s });
        QVERIFY(tail.residualDb > -40.0);
    }

    void monoStemCountsInEveryChannel()
    {
        // A centred mono part in a stereo mix.
        const std::vector<float> mono = part(5, 3.0, 1);
        std::vector<std::vector<float>> parts { m_parts[0], m_parts[1] };
        std::vector<float> spread(mono.size() * 2);
        for (size_t f = 0; f < mono.size(); ++f)
            spread[2 * f] = spread[2 * f + 1] = mono[f];
        parts.push_back(spread);
        write(u"mix-mono"_s, sum(parts));
        write(u"lead"_s, mono, Rate, 1);
        const StemNullTestResult result
            = nullTestStems(m_dir.filePath(u"mix-mono.wav"_s), stems({ u"drums"_s, u"bass"_s, u"lead"_s }));
        QVERIFY2(result.measured, qPrintable(result.error));
        QVERIFY(result.residualDb < -120.0);
    }

    void unreadableStemIsNamed()
    {
        const StemNullTestResult result
            = nullTestStems(m_dir.filePath(u"mix.wav"_s), stems({ u"drums"_s, u"missing"_s }));
        QVERIFY(!result.measured);
        QVERIFY2(result.error.startsWith(u"stem “missing” cannot be read"_s), qPrintable(result.error));
    }

    void cancelStops()
    {
        std::atomic_bool cancel = true;
        const StemNullTestResult result
            = nullTestStems(m_dir.filePath(u"mix.wav"_s), stems({ u"drums"_s, u"bass"_s }), &cancel);
        QVERIFY(!result.measured);
        QCOMPARE(result.error, u"cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TestStemNullTest)
#include "tst_stemnulltest.moc"
