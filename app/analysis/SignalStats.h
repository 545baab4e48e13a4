// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <cstdint>
#include <vector>

namespace Imprint::Analysis
{

/// The sample-domain measurements of one pass: sample peak, clipping runs, DC offset,
/// leading/trailing silence, correlation of the first two channels and waveform peaks (with the
/// true peak of each waveform bucket, measured by the caller, and where clipping starts).
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
    /// Where clipping starts is kept for this many runs (the view marks them); all are counted.
    static constexpr int MaxClipStarts = 1000;

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

    /// Records a true peak (linear) measured at a frame already processed; each waveform bucket
    /// keeps the largest, so the view can show where a track goes over a profile's ceiling.
    void addTruePeak(std::int64_t frame, float peak);
    /// Per waveform bucket: the largest of the sample peak and the true peaks recorded there.
    std::vector<float> truePeaks() const;
    /// The first frame of each clipping run (the first MaxClipStarts runs), in order.
    std::vector<std::int64_t> clipStarts() const;

private:
    void scanClipping(int channel, const float *x, int begin, int end);
    void addBucketRange(std::int64_t bucket, float low, float high);
    /// The bucket of a frame at the current resolution, halving it first if the frame is past
    /// what the buckets can hold.
    std::int64_t bucketOf(std::int64_t frame);
    void halveResolution();

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
    std::vector<float> m_peakTrue; // may be shorter than m_peakMin (no true peak recorded yet)
    std::vector<std::int64_t> m_clipStarts;
};

} // namespace Imprint::Analysis
