// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <vector>

namespace Imprint::Analysis
{

/// True peak (ITU-R BS.1770-4 Annex 2): 4× oversampling, then the largest absolute value.
///
/// The interpolator is a polyphase Kaiser-windowed sinc. BS.1770's example filter has 12 taps
/// per phase; its passband droops well below Nyquist, so on cymbal- and noise-like material at
/// 44.1 kHz it reads up to ~0.8 dB low against a good resampler. With 64 taps per phase the
/// passband is flat to ~20.5 kHz at 44.1 kHz. Phase 0 is the input itself (the sinc is zero at
/// the other input samples), so only phases 1–3 are computed and sample peaks never read
/// higher than true peaks.
class TruePeakMeter
{
public:
    static constexpr int DefaultTapsPerPhase = 64;
    static constexpr int MaxBlock = 8192;

    explicit TruePeakMeter(int channels, int tapsPerPhase = DefaultTapsPerPhase);

    /// Feeds samples of one channel (any count; blocks of up to MaxBlock avoid a split).
    void process(int channel, const float *samples, int count);
    /// Flushes the filter's look-ahead (half its length) at the end of the input.
    void finish();

    /// The largest interpolated absolute value so far (linear, not including phase 0).
    float peak() const { return m_peak; }
    /// The largest interpolated absolute value since the last call (for where peaks are:
    /// outputs lag the input by half the filter, about 0.7 ms at 44.1 kHz).
    float takeRecentPeak();

    /// The interpolation phases (phase p is the value p/4 of a sample after the input sample),
    /// tap k applies to input n - taps/2 + 1 + k. For tests.
    const std::vector<float> &coefficients() const { return m_coefficients; }
    int tapsPerPhase() const { return m_taps; }

private:
    int m_taps;
    std::vector<float> m_coefficients; // 3 phases × m_taps
    std::vector<std::vector<float>> m_history; // per channel: taps - 1 past samples, then the block
    float m_peak = 0;
    float m_recent = 0;
};

} // namespace Imprint::Analysis
