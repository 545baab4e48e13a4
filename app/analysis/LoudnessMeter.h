// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "GatingHistogram.h"
#include "KWeighting.h"

#include <array>
#include <cstdint>
#include <vector>

namespace Imprint::Analysis
{

/// BS.1770-4 loudness in one streaming pass: K-weighting per channel, mean squares per 100 ms
/// sub-block, momentary (400 ms) and short-term (3 s) windows from the last 4 / 30 sub-blocks,
/// integrated loudness and LRA from gating histograms. Memory does not grow with the input.
class LoudnessMeter
{
public:
    LoudnessMeter(int sampleRate, int channels);

    /// Planar input: one pointer per channel, each with frames samples.
    void process(const float *const *channels, int frames);

    double integrated() const { return m_blocks.integratedLoudness(); }
    double range() const { return m_shortTerm.loudnessRange(); }
    double maxMomentary() const;
    double maxShortTerm() const;

    /// Short-term loudness (LUFS) at the end of every curveInterval() seconds; windows shorter
    /// than 3 s at the start use what there is. Long inputs get a coarser interval, never more
    /// than MaxCurvePoints points.
    std::vector<float> curve() const;
    double curveInterval() const { return 0.1 * m_curveStride; }
    static constexpr int MaxCurvePoints = 4096;

private:
    void filterSegment(const float *const *channels, int begin, int end);
    void closeSubblock();
    void addCurvePoint(double energy);

    int m_sampleRate;
    int m_channels;
    KWeighting m_k;
    std::vector<double> m_state; // 4 doubles per channel: shelf s1, s2, high pass s1, s2
    std::vector<double> m_weights; // BS.1770 channel weights (1.41 for surrounds, 0 for LFE)
    std::vector<double> m_squares; // per channel, in the current sub-block

    std::int64_t m_subblock = 0; // index of the sub-block being filled
    std::int64_t m_framesInSubblock = 0;
    std::int64_t m_subblockLength = 0;
    // The last 30 sub-blocks: weighted sums of squares and their lengths in frames.
    std::array<double, 30> m_ringEnergy {};
    std::array<std::int64_t, 30> m_ringFrames {};

    GatingHistogram m_blocks; // 400 ms blocks, 75 % overlap: integrated loudness
    GatingHistogram m_shortTerm; // 3 s windows every 100 ms: loudness range
    double m_maxMomentaryEnergy = 0;
    double m_maxShortTermEnergy = 0;

    std::vector<double> m_curveEnergy;
    int m_curveStride = 1; // 100 ms steps per curve point
    double m_pendingEnergy = 0;
    int m_pendingSteps = 0;
};

} // namespace Imprint::Analysis
