// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Sample-domain measurements: clipping runs, silence at the edges, DC offset, correlation,
// sample peak and waveform peaks.
#include "TestSignals.h"
#include "analysis/SignalStats.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

using namespace Imprint;
using namespace Imprint::Analysis;

namespace
{

constexpr float FullScale16 = 32767.0f / 32768.0f;

void feed(SignalStats &stats, const std::vector<std::vector<float>> &channels, int block = 4096)
{
    const int frames = int(channels[0].size());
    std::vector<const float *> pointers(channels.size());
    for (int done = 0; done < frames;) {
        const int take = std::min(block, frames - done);
        for (size_t c = 0; c < channels.size(); ++c)
            pointers[c] = channels[c].data() + done;
        stats.process(pointers.data(), take);
        done += take;
    }
}

std::vector<float> sine(int frames, double amplitude, double frequency = 1000, int rate = 44100)
{
    std::vector<float> x(static_cast<size_t>(frames));
    for (int i = 0; i < frames; ++i)
        x[size_t(i)] = float(amplitude * std::sin(2 * std::numbers::pi * frequency * i / rate));
    return x;
}

} // namespace

class TestSignalStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clippingCountsRunsOfThreeOrMore()
    {
        std::vector<float> x(10000, 0.1f);
        x[100] = x[101] = FullScale16; // two: not a run
        x[200] = x[201] = x[202] = FullScale16; // a run of 3
        for (int i = 300; i < 305; ++i)
            x[size_t(i)] = -1.0f; // negative full scale, 5
        for (int i = 4094; i < 4098; ++i)
            x[size_t(i)] = FullScale16; // 4, across the block boundary at 4096
        x[500] = x[501] = x[502] = 0.999f; // loud but not full scale
        SignalStats stats(1, FullScale16, 10000);
        feed(stats, { x });
        QCOMPARE(stats.clipRuns(), 3);
        QCOMPARE(stats.clippedSamples(), 3 + 5 + 4);
        QCOMPARE(stats.firstClipFrame(), 200);
        QCOMPARE(stats.samplePeak(), 1.0f);
    }

    void clippingIsPerChannel()
    {
        // Two samples clip in the left channel and one in the right: no channel has a run.
        std::vector<float> left(1000, 0.0f), right(1000, 0.0f);
        left[10] = left[11] = FullScale16;
        right[12] = FullScale16;
        SignalStats stats(2, FullScale16, 1000);
        feed(stats, { left, right });
        QCOMPARE(stats.clipRuns(), 0);
    }

    void silenceAtTheEdges()
    {
        const int rate = 44100;
        std::vector<float> x(size_t(rate / 2), 0.0f); // 0.5 s of digital silence
        const auto tone = sine(rate, 0.1);
        x.insert(x.end(), tone.begin(), tone.end());
        std::mt19937 random(3);
        std::uniform_real_distribution<float> hiss(-0.0009f, 0.0009f); // below -60 dBFS
        for (int i = 0; i < 2 * rate; ++i)
            x.push_back(hiss(random));
        SignalStats stats(1, FullScale16, qint64(x.size()));
        feed(stats, { x }, 1000);
        // The sine starts at 0, so its first loud sample is a few samples in.
        QVERIFY(std::abs(stats.leadingSilentFrames() - rate / 2) <= 2);
        QVERIFY(std::abs(stats.trailingSilentFrames() - 2 * rate) <= 2);
    }

    void allSilentIsAllSilence()
    {
        SignalStats stats(2, FullScale16, 5000);
        feed(stats, { std::vector<float>(5000, 0.0005f), std::vector<float>(5000, 0.0f) });
        QCOMPARE(stats.leadingSilentFrames(), 5000);
        QCOMPARE(stats.trailingSilentFrames(), 5000);
    }

    void dcOffset()
    {
        auto left = sine(44100, 0.5);
        auto right = sine(44100, 0.5);
        for (float &v : right)
            v -= 0.02f;
        SignalStats stats(2, FullScale16, 44100);
        feed(stats, { left, right });
        QVERIFY(std::fabs(stats.dcOffset() - -0.02) < 1e-4);
    }

    void correlation()
    {
        const auto x = sine(44100, 0.5, 440);
        auto inverted = x;
        for (float &v : inverted)
            v = -v;
        auto shifted = x; // the same tone with an offset: Pearson ignores DC
        for (float &v : shifted)
            v = 0.5f * v + 0.1f;
        std::vector<float> noise = TestSignals::brightNoise(44100, 0, 0.5, 1);
        std::vector<float> other = TestSignals::brightNoise(44100, 0, 0.5, 2);

        const auto measure = [](const std::vector<float> &a, const std::vector<float> &b) {
            SignalStats stats(2, FullScale16, qint64(a.size()));
            feed(stats, { a, b });
            return stats.correlation();
        };
        QVERIFY(std::fabs(measure(x, x) - 1.0) < 1e-4);
        QVERIFY(std::fabs(measure(x, inverted) + 1.0) < 1e-4);
        QVERIFY(std::fabs(measure(x, shifted) - 1.0) < 1e-3);
        QVERIFY(std::fabs(measure(noise, other)) < 0.03);
        QCOMPARE(measure(x, std::vector<float>(x.size(), 0.0f)), 0.0);

        SignalStats mono(1, FullScale16, 100);
        QVERIFY(!mono.hasCorrelation());
    }

    void waveformPeaks()
    {
        const int frames = 100000;
        auto x = sine(frames, 0.5, 3);
        x[54321] = 0.9f;
        SignalStats stats(1, FullScale16, frames);
        feed(stats, { x }, 999);
        const auto &high = stats.peakMax();
        const auto &low = stats.peakMin();
        QCOMPARE(qint64(high.size()), (frames + stats.framesPerPeak() - 1) / stats.framesPerPeak());
        QVERIFY(high.size() <= size_t(SignalStats::TargetPeaks));
        QCOMPARE(*std::max_element(high.begin(), high.end()), 0.9f);
        QCOMPARE(high[size_t(54321 / stats.framesPerPeak())], 0.9f);
        QVERIFY(std::fabs(*std::min_element(low.begin(), low.end()) + 0.5f) < 1e-4f);
    }

    void waveformStaysBoundedWhenTheHeaderLies()
    {
        // The header announced 1000 frames; 200 000 arrive.
        SignalStats stats(1, FullScale16, 1000);
        feed(stats, { sine(200000, 0.5, 5) });
        QVERIFY(stats.peakMax().size() <= size_t(2 * SignalStats::TargetPeaks));
        QCOMPARE(
            qint64(stats.peakMax().size()), (200000 + stats.framesPerPeak() - 1) / stats.framesPerPeak());
    }

    void clipStartsAreKeptInOrder()
    {
        // Two channels clip at different places; channel 1's run comes first in time.
        std::vector<float> left(20000, 0.1f), right(20000, 0.1f);
        for (int i = 15000; i < 15004; ++i)
            left[size_t(i)] = FullScale16;
        for (int i = 5000; i < 5003; ++i)
            right[size_t(i)] = -1.0f;
        SignalStats stats(2, FullScale16, 20000);
        feed(stats, { left, right }, 20000);
        QCOMPARE(stats.clipStarts(), (std::vector<std::int64_t> { 5000, 15000 }));
    }

    void clipStartsStopAtTheirLimit()
    {
        std::vector<float> x(size_t(4 * (SignalStats::MaxClipStarts + 10)), 0.1f);
        for (size_t i = 0; i < x.size(); i += 4)
            x[i] = x[i + 1] = x[i + 2] = FullScale16;
        SignalStats stats(1, FullScale16, qint64(x.size()));
        feed(stats, { x });
        QCOMPARE(stats.clipRuns(), SignalStats::MaxClipStarts + 10); // all counted
        QCOMPARE(stats.clipStarts().size(), size_t(SignalStats::MaxClipStarts));
        QCOMPARE(stats.clipStarts().back(), qint64(4 * (SignalStats::MaxClipStarts - 1)));
    }

    void truePeaksFollowTheWaveformBuckets()
    {
        const int frames = 100000;
        SignalStats stats(1, FullScale16, frames);
        feed(stats, { sine(frames, 0.5, 3) });
        stats.addTruePeak(70000, 1.2f);
        stats.addTruePeak(70001, 0.8f); // the larger one stays
        const auto peaks = stats.truePeaks();
        QCOMPARE(peaks.size(), stats.peakMax().size());
        QCOMPARE(peaks[size_t(70000 / stats.framesPerPeak())], 1.2f);
        // Elsewhere the bucket's sample peak is the floor.
        QCOMPARE(peaks[0], std::max(-stats.peakMin()[0], stats.peakMax()[0]));
    }

    void truePeaksStayAlignedWhenTheResolutionHalves()
    {
        // The header announced 1000 frames; the buckets halve while the true peaks are added.
        SignalStats stats(1, FullScale16, 1000);
        const auto x = sine(200000, 0.25, 5);
        for (int done = 0; done < 200000; done += 1000) {
            const float *block = x.data() + done;
            stats.process(&block, 1000);
            stats.addTruePeak(done, done == 150000 ? 0.9f : 0.0f);
        }
        const auto peaks = stats.truePeaks();
        QCOMPARE(peaks.size(), stats.peakMax().size());
        const size_t over = size_t(150000 / stats.framesPerPeak());
        QCOMPARE(peaks[over], 0.9f);
        QCOMPARE(std::count(peaks.begin(), peaks.end(), 0.9f), 1);
    }
};

QTEST_GUILESS_MAIN(TestSignalStats)
#include "tst_signalstats.moc"
