// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "AnalysisResult.h"

#include <memory>

namespace Imprint::Analysis
{

class LoudnessMeter;
class TruePeakMeter;
class SignalStats;

/// The whole measurement of DESIGN.md §5 over a stream of interleaved float blocks, in one
/// pass and constant memory. Knows nothing about files: see analyzeFile() for that.
class Analyzer
{
public:
    struct Format {
        int sampleRate = 48000;
        int channels = 2;
        int bitDepth = 0; ///< for the full-scale level; 0 for float or compressed sources
        bool floatingPoint = false; ///< samples may be NaN/Inf and are checked
        qint64 expectedFrames = 0; ///< from the header, for the waveform resolution
    };

    static constexpr int BlockFrames = 4096;

    explicit Analyzer(const Format &format);
    ~Analyzer();

    /// Up to BlockFrames interleaved frames.
    void add(const float *interleaved, int frames);

    /// Fills the measurement fields of result (not the container/encoding description).
    void finish(AnalysisResult &result);

private:
    Format m_format;
    std::unique_ptr<LoudnessMeter> m_loudness;
    std::unique_ptr<TruePeakMeter> m_truePeak;
    std::unique_ptr<SignalStats> m_stats;
    std::vector<float> m_planar; // channels × BlockFrames
    std::vector<const float *> m_channelPointers;
    qint64 m_frames = 0;
    qint64 m_nonFinite = 0;
};

/// dBFS of a linear level; -infinity for 0.
double decibels(double linear);

} // namespace Imprint::Analysis
