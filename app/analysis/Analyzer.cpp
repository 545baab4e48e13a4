// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Analyzer.h"

#include "LoudnessMeter.h"
#include "SignalStats.h"
#include "TruePeakMeter.h"

#include <algorithm>
#include <cmath>

namespace Imprint::Analysis
{

namespace
{

// Integer sources reach +full scale one step below 1.0 (libsndfile divides by 2^(bits-1)), so
// the largest positive code counts as full scale too.
float clipLevel(int bitDepth)
{
    if (bitDepth <= 0 || bitDepth > 24)
        return 1.0f;
    const double step = std::ldexp(1.0, -(bitDepth - 1));
    return float(1.0 - step);
}

} // namespace

double decibels(double linear)
{
    return linear > 0 ? 20.0 * std::log10(linear) : AnalysisResult::Silent;
}

Analyzer::Analyzer(const Format &format)
    : m_format(format)
    , m_loudness(std::make_unique<LoudnessMeter>(format.sampleRate, format.channels))
    , m_truePeak(std::make_unique<TruePeakMeter>(format.channels))
    , m_stats(
          std::make_unique<SignalStats>(format.channels, clipLevel(format.bitDepth), format.expectedFrames))
    , m_planar(size_t(format.channels) * BlockFrames)
{
    for (int c = 0; c < format.channels; ++c)
        m_channelPointers.push_back(m_planar.data() + size_t(c) * BlockFrames);
}

Analyzer::~Analyzer() = default;

void Analyzer::add(const float *interleaved, int frames)
{
    const int channels = m_format.channels;
    // Every measurement runs per channel on contiguous samples.
    if (channels == 2) {
        float *left = m_planar.data();
        float *right = left + BlockFrames;
        for (int i = 0; i < frames; ++i) {
            left[i] = interleaved[2 * i];
            right[i] = interleaved[2 * i + 1];
        }
    } else {
        for (int c = 0; c < channels; ++c) {
            float *out = m_planar.data() + size_t(c) * BlockFrames;
            for (int i = 0; i < frames; ++i)
                out[i] = interleaved[size_t(i) * size_t(channels) + size_t(c)];
        }
    }
    if (m_format.floatingPoint) {
        // NaN/Inf would poison every sum; they count as silence and are reported.
        for (int c = 0; c < channels; ++c) {
            float *out = m_planar.data() + size_t(c) * BlockFrames;
            for (int i = 0; i < frames; ++i) {
                if (!std::isfinite(out[i])) {
                    out[i] = 0;
                    ++m_nonFinite;
                }
            }
        }
    }
    m_loudness->process(m_channelPointers.data(), frames);
    m_stats->process(m_channelPointers.data(), frames);
    // True peaks per waveform bucket, so the view can mark where a track goes over.
    const std::int64_t framesPerPeak = m_stats->framesPerPeak();
    for (int begin = 0; begin < frames;) {
        const std::int64_t frame = m_frames + begin;
        const int end
            = int(std::min<std::int64_t>(frames, (frame / framesPerPeak + 1) * framesPerPeak - m_frames));
        for (int c = 0; c < channels; ++c)
            m_truePeak->process(c, m_channelPointers[size_t(c)] + begin, end - begin);
        m_stats->addTruePeak(frame, m_truePeak->takeRecentPeak());
        begin = end;
    }
    m_frames += frames;
}

void Analyzer::finish(AnalysisResult &result)
{
    m_truePeak->finish();
    if (m_frames > 0)
        m_stats->addTruePeak(m_frames - 1, m_truePeak->takeRecentPeak());
    const double rate = m_format.sampleRate;
    result.sampleRate = m_format.sampleRate;
    result.channels = m_format.channels;
    result.frames = m_frames;
    result.durationSeconds = double(m_frames) / rate;

    result.integratedLufs = m_loudness->integrated();
    result.loudnessRangeLu = m_loudness->range();
    result.maxMomentaryLufs = m_loudness->maxMomentary();
    result.maxShortTermLufs = m_loudness->maxShortTerm();

    const float samplePeak = m_stats->samplePeak();
    result.samplePeakDbfs = decibels(samplePeak);
    result.truePeakDbtp = decibels(std::max(samplePeak, m_truePeak->peak()));

    result.clipRuns = m_stats->clipRuns();
    result.clippedSamples = m_stats->clippedSamples();
    result.firstClipSeconds = m_stats->firstClipFrame() < 0 ? -1.0 : double(m_stats->firstClipFrame()) / rate;
    result.dcOffset = m_stats->dcOffset();
    result.leadingSilenceSeconds = double(m_stats->leadingSilentFrames()) / rate;
    result.trailingSilenceSeconds = double(m_stats->trailingSilentFrames()) / rate;
    result.hasCorrelation = m_stats->hasCorrelation();
    result.correlation = m_stats->correlation();

    result.curveIntervalSeconds = m_loudness->curveInterval();
    result.shortTermCurve = m_loudness->curve();
    result.framesPerPeak = m_stats->framesPerPeak();
    result.peakMin = m_stats->peakMin();
    result.peakMax = m_stats->peakMax();
    result.truePeaks = m_stats->truePeaks();
    for (const std::int64_t start : m_stats->clipStarts())
        result.clipStartSeconds.push_back(double(start) / rate);
    result.nonFiniteSamples = m_nonFinite;
}

} // namespace Imprint::Analysis
