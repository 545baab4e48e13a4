// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// BS.1770 loudness against EBU Tech 3341 (integrated, momentary, short-term) and Tech 3342
// (loudness range), with the test signals built from the specifications' tables, and against
// libebur128 (the reference implementation) on music-like material at several sample rates.
#include "TestSignals.h"
#include "analysis/KWeighting.h"
#include "analysis/LoudnessMeter.h"

#include <QTest>

#include <ebur128.h>

#include <complex>

using namespace Imprint;
using namespace Imprint::Analysis;
using TestSignals::Segment;

Q_DECLARE_METATYPE(std::vector<Imprint::TestSignals::Segment>)

namespace
{

// Feeds odd-sized blocks so that sub-block boundaries fall inside blocks.
void feed(LoudnessMeter &meter, const std::vector<float> &interleaved, int channels)
{
    const auto planar = TestSignals::deinterleave(interleaved, channels);
    const int frames = int(planar[0].size());
    std::vector<const float *> pointers(static_cast<size_t>(channels));
    for (int done = 0; done < frames;) {
        const int take = std::min(3001, frames - done);
        for (int c = 0; c < channels; ++c)
            pointers[size_t(c)] = planar[size_t(c)].data() + done;
        meter.process(pointers.data(), take);
        done += take;
    }
}

double gainDb(const Biquad &f, double frequency, double rate)
{
    const std::complex<double> z = std::polar(1.0, 2.0 * M_PI * frequency / rate);
    const std::complex<double> zi = 1.0 / z;
    return 20.0
        * std::log10(std::abs((f.b0 + f.b1 * zi + f.b2 * zi * zi) / (1.0 + f.a1 * zi + f.a2 * zi * zi)));
}

} // namespace

class TestLoudnessMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kWeightingMatchesTheTableAt48k()
    {
        // ITU-R BS.1770-4, Annex 1, tables 1 and 2.
        const KWeighting k = kWeighting(48000);
        QVERIFY(std::fabs(k.shelf.b0 - 1.53512485958697) < 1e-8);
        QVERIFY(std::fabs(k.shelf.b1 - -2.69169618940638) < 1e-8);
        QVERIFY(std::fabs(k.shelf.b2 - 1.19839281085285) < 1e-8);
        QVERIFY(std::fabs(k.shelf.a1 - -1.69065929318241) < 1e-8);
        QVERIFY(std::fabs(k.shelf.a2 - 0.73248077421585) < 1e-8);
        QVERIFY(std::fabs(k.highPass.a1 - -1.99004745483398) < 1e-8);
        QVERIFY(std::fabs(k.highPass.a2 - 0.99007225036621) < 1e-8);
    }

    void kWeightingIsTheSameCurveAtOtherRates()
    {
        // The same analogue response at every rate (below ~10 kHz, where warping is small).
        for (double rate : { 32000.0, 44100.0, 88200.0, 96000.0, 192000.0 }) {
            const KWeighting k = kWeighting(rate);
            const KWeighting reference = kWeighting(48000);
            for (double f : { 20.0, 100.0, 1000.0, 2000.0, 5000.0 }) {
                const double here = gainDb(k.shelf, f, rate) + gainDb(k.highPass, f, rate);
                const double there = gainDb(reference.shelf, f, 48000) + gainDb(reference.highPass, f, 48000);
                QVERIFY2(std::fabs(here - there) < 0.05,
                    qPrintable(QStringLiteral("%1 Hz at %2 Hz: %3 dB vs %4 dB")
                            .arg(f)
                            .arg(rate)
                            .arg(here)
                            .arg(there)));
            }
        }
    }

    void tech3341_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<std::vector<Segment>>("segments");
        QTest::addColumn<double>("expected");
        // EBU Tech 3341 (2016), table 1: stereo 1 kHz sines, integrated loudness ±0.1 LU.
        for (int rate : { 48000, 44100 }) {
            const QByteArray r = QByteArray::number(rate);
            QTest::newRow(QByteArray("case 1, -23 dBFS " + r).constData())
                << rate << std::vector<Segment> { { 20, -23 } } << -23.0;
            QTest::newRow(QByteArray("case 2, -33 dBFS " + r).constData())
                << rate << std::vector<Segment> { { 20, -33 } } << -33.0;
            QTest::newRow(QByteArray("case 3, -36/-23/-36 " + r).constData())
                << rate << std::vector<Segment> { { 10, -36 }, { 60, -23 }, { 10, -36 } } << -23.0;
            QTest::newRow(QByteArray("case 4, -72/-36/-23/-36/-72 " + r).constData())
                << rate
                << std::vector<Segment> { { 10, -72 }, { 10, -36 }, { 60, -23 }, { 10, -36 }, { 10, -72 } }
                << -23.0;
            QTest::newRow(QByteArray("case 5, -26/-20/-26 " + r).constData())
                << rate << std::vector<Segment> { { 20, -26 }, { 20.1, -20 }, { 20, -26 } } << -23.0;
        }
    }

    void tech3341()
    {
        QFETCH(int, rate);
        QFETCH(std::vector<Segment>, segments);
        QFETCH(double, expected);
        LoudnessMeter meter(rate, 2);
        feed(meter, TestSignals::sineSegments(rate, 2, segments), 2);
        QVERIFY2(
            std::fabs(meter.integrated() - expected) <= 0.1, qPrintable(QString::number(meter.integrated())));
        if (segments.size() == 1) {
            // Cases 1 and 2 also fix momentary and short-term loudness.
            QVERIFY(std::fabs(meter.maxMomentary() - expected) <= 0.1);
            QVERIFY(std::fabs(meter.maxShortTerm() - expected) <= 0.1);
        }
    }

    void tech3341Case6FiveChannels()
    {
        // L, R at -28 dBFS, C at -24 dBFS, Ls, Rs at -30 dBFS (weighted 1.41): -23 LUFS.
        LoudnessMeter meter(48000, 5);
        feed(meter, TestSignals::sineSegments(48000, 5, { { 20, 0 } }, 1000.0, { -28, -28, -24, -30, -30 }),
            5);
        QVERIFY2(
            std::fabs(meter.integrated() - -23.0) <= 0.1, qPrintable(QString::number(meter.integrated())));
    }

    void tech3341Case9ShortTermIsSteady()
    {
        // 1.34 s at -20 dBFS and 1.66 s at -30 dBFS, five times: every full 3 s window is -23.
        std::vector<Segment> segments;
        for (int i = 0; i < 5; ++i) {
            segments.push_back({ 1.34, -20 });
            segments.push_back({ 1.66, -30 });
        }
        LoudnessMeter meter(48000, 2);
        feed(meter, TestSignals::sineSegments(48000, 2, segments), 2);
        const std::vector<float> curve = meter.curve();
        QCOMPARE(meter.curveInterval(), 0.1);
        QVERIFY(curve.size() >= 140);
        for (size_t i = 29; i < curve.size(); ++i)
            QVERIFY2(std::fabs(curve[i] - -23.0f) <= 0.1f,
                qPrintable(QStringLiteral("%1 s: %2").arg(0.1 * (i + 1)).arg(curve[i])));
        QVERIFY(std::fabs(meter.maxShortTerm() - -23.0) <= 0.1);
    }

    void tech3342_data()
    {
        QTest::addColumn<std::vector<Segment>>("segments");
        QTest::addColumn<double>("expected");
        // EBU Tech 3342 (2016), table 1: stereo 1 kHz sines, loudness range ±1 LU.
        QTest::newRow("case 1, -20/-30") << std::vector<Segment> { { 20, -20 }, { 20, -30 } } << 10.0;
        QTest::newRow("case 2, -20/-15") << std::vector<Segment> { { 20, -20 }, { 20, -15 } } << 5.0;
        QTest::newRow("case 3, -40/-20") << std::vector<Segment> { { 20, -40 }, { 20, -20 } } << 20.0;
        QTest::newRow("case 4, -50/-35/-20/-35/-50") << std::vector<Segment> { { 20, -50 }, { 20, -35 },
            { 20, -20 }, { 20, -35 }, { 20, -50 } } << 15.0;
    }

    void tech3342()
    {
        QFETCH(std::vector<Segment>, segments);
        QFETCH(double, expected);
        LoudnessMeter meter(48000, 2);
        feed(meter, TestSignals::sineSegments(48000, 2, segments), 2);
        QVERIFY2(std::fabs(meter.range() - expected) <= 1.0, qPrintable(QString::number(meter.range())));
    }

    void silenceIsMinusInfinity()
    {
        LoudnessMeter meter(44100, 2);
        feed(meter, std::vector<float>(44100 * 2 * 5, 0.0f), 2);
        QVERIFY(std::isinf(meter.integrated()) && meter.integrated() < 0);
        QCOMPARE(meter.range(), 0.0);
    }

    void matchesLibebur128_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<double>("gainDb");
        QTest::newRow("44.1 kHz") << 44100 << 1u << 0.0;
        QTest::newRow("48 kHz, quiet") << 48000 << 2u << -12.0;
        QTest::newRow("96 kHz") << 96000 << 3u << -3.0;
        QTest::newRow("32 kHz") << 32000 << 4u << 0.0;
        QTest::newRow("22.05 kHz") << 22050 << 5u << -6.0;
    }

    void matchesLibebur128()
    {
        QFETCH(int, rate);
        QFETCH(unsigned, seed);
        QFETCH(double, gainDb);
        std::vector<float> signal = TestSignals::musicLike(rate, 24.0, seed);
        for (float &v : signal)
            v *= float(std::pow(10.0, gainDb / 20.0));

        LoudnessMeter meter(rate, 2);
        feed(meter, signal, 2);

        ebur128_state *reference = ebur128_init(2, unsigned(rate), EBUR128_MODE_I | EBUR128_MODE_LRA);
        QVERIFY(reference);
        ebur128_add_frames_float(reference, signal.data(), signal.size() / 2);
        double integrated = 0, range = 0;
        ebur128_loudness_global(reference, &integrated);
        ebur128_loudness_range(reference, &range);
        ebur128_destroy(&reference);

        qInfo("integrated %.3f (libebur128 %.3f), LRA %.2f (libebur128 %.2f)", meter.integrated(), integrated,
            meter.range(), range);
        QVERIFY(std::fabs(meter.integrated() - integrated) <= 0.1);
        // libebur128 samples short-term loudness every second, we every 100 ms (Tech 3342
        // allows both); with sections changing level the percentiles differ a little.
        QVERIFY(std::fabs(meter.range() - range) <= 1.0);
    }
};

QTEST_GUILESS_MAIN(TestLoudnessMeter)
#include "tst_loudnessmeter.moc"
