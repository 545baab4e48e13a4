// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <cstdint>
#include <vector>

namespace Imprint::Analysis
{

/// The sample-domain measurements of one pass: sample peak, clipping runs, DC offset,
/// leading/trailing silence, correlation of the first two channels and waveform peaks.
/// Each block is scanned once per channel with a vectorised min/max/sum kernel; the
/// sequential checks (clip runs, silence edges) only look at samples when that kernel says
/// the block can contain them.
class SignalStats
{
public:
    /// clipLevel: the smallest magnitude that counts as full scale. expectedFrames sizes the
    /// waveform buckets (about TargetPeaks of them); the actual length may differ.
    SignalStats(int channels, float clipLevel, std::int64_t expectedFrames);

    void process(const float *const *channels, int frames);

    static constexpr int TargetPeaks = 2048;
    static constexpr float SilenceLevel = 0.001f; // -60 dBFS
    static constexpr int MinClipRun = 3;

    float samplePeak() const { return m_peak; }
    std::int64_t clipRuns() const { return m_clipRuns; }
    std::int64_t clippedSamples() const { return m_clippedSamples; }
    std::int64_t firstClipFrame() const { return m_firstClip; }
    double dcOffset() const; ///< the per-channel mean with the largest magnitude
    /// Frames before the first / after the last sample at or above SilenceLevel (all frames
    /// when there is none).
    std::int64_t leadingSilentFrames() const;
    std::int64_t trailingSilentFrames() const;
    bool hasCorrelation() const { return m_channels >= 2; }
    double correlation() const;
    std::int64_t framesPerPeak() const { return m_framesPerPeak; }
    const std::vector<float> &peakMin() const { return m_peakMin; }
    const std::vector<float> &peakMax() const { return m_peakMax; }

private:
    void scanClipping(int channel, const float *x, int begin, int end);
    void addBucketRange(std::int64_t bucket, float low, float high);

    int m_channels;
    float m_clipLevel;
    std::int64_t m_frames = 0; // frames before the current block
    float m_peak = 0;
    std::int64_t m_clipRuns = 0;
    std::int64_t m_clippedSamples = 0;
    std::int64_t m_firstClip = -1;
    std::vector<int> m_runLength; // per channel, carried across blocks
    std::vector<double> m_sum; // per channel
    std::int64_t m_firstLoud = -1;
    std::int64_t m_lastLoud = -1;
    double m_xy = 0, m_xx = 0, m_yy = 0;
    std::int64_t m_framesPerPeak = 1;
    std::vector<float> m_peakMin;
    std::vector<float> m_peakMax;
};

} // namespace Imprint::Analysis
