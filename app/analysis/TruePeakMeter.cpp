// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TruePeakMeter.h"

#include "Simd.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace Imprint::Analysis
{

namespace
{

using Simd::Float8;

// Kaiser window shape: beta 6.5 gives about 65 dB of stopband attenuation (images that far down
// move a peak reading by under 0.01 dB) and, at 64 taps, a transition band of ~0.06 fs, so the
// passband reaches close to Nyquist. Against the near-Nyquist tests, beta 8 or 48 taps read up
// to 0.33 dB low on noise tilted towards Nyquist.
constexpr double KaiserBeta = 6.5;

double besselI0(double x)
{
    // The power series converges quickly for the arguments a Kaiser window needs (x <= ~20).
    double sum = 1.0, term = 1.0;
    for (int k = 1; k < 64 && term > 1e-17 * sum; ++k) {
        const double half = x / (2.0 * k);
        term *= half * half;
        sum += term;
    }
    return sum;
}

std::vector<float> designPhases(int taps)
{
    std::vector<float> coefficients(size_t(3 * taps));
    const double halfWidth = taps / 2.0;
    for (int phase = 1; phase <= 3; ++phase) {
        std::vector<double> h(static_cast<size_t>(taps));
        double sum = 0;
        for (int k = 0; k < taps; ++k) {
            // Distance in input samples from the interpolated point to the tap's sample.
            const double t = phase / 4.0 - (k - taps / 2 + 1);
            const double sinc = std::sin(std::numbers::pi * t) / (std::numbers::pi * t);
            const double u = t / halfWidth;
            const double window
                = besselI0(KaiserBeta * std::sqrt(std::max(0.0, 1.0 - u * u))) / besselI0(KaiserBeta);
            h[size_t(k)] = sinc * window;
            sum += h[size_t(k)];
        }
        // Unity gain at DC for every phase, so a constant signal reads the same at every phase.
        for (int k = 0; k < taps; ++k)
            coefficients[size_t((phase - 1) * taps + k)] = float(h[size_t(k)] / sum);
    }
    return coefficients;
}

// The three phases for 16 outputs at a time: per tap two vector loads feed six multiply-adds.
// Returns the largest absolute output of outputs [0, count) where output i uses x[i .. i+taps).
IMPRINT_HOT_KERNEL float interpolatedPeak(const float *x, int count, const float *g, int taps)
{
    const float *g1 = g;
    const float *g2 = g + taps;
    const float *g3 = g + 2 * taps;
    Float8 peak = {};
    int i = 0;
    for (; i + 16 <= count; i += 16) {
        Float8 a1 = {}, b1 = {}, a2 = {}, b2 = {}, a3 = {}, b3 = {};
        for (int k = 0; k < taps; ++k) {
            Float8 xa, xb;
            IMPRINT_LOAD8(xa, x + i + k);
            IMPRINT_LOAD8(xb, x + i + k + 8);
            a1 += g1[k] * xa;
            b1 += g1[k] * xb;
            a2 += g2[k] * xa;
            b2 += g2[k] * xb;
            a3 += g3[k] * xa;
            b3 += g3[k] * xb;
        }
        for (Float8 v : { a1, b1, a2, b2, a3, b3 }) {
            const Float8 magnitude = v < 0 ? -v : v;
            peak = magnitude > peak ? magnitude : peak;
        }
    }
    float result = 0;
    for (int lane = 0; lane < 8; ++lane)
        result = std::max(result, peak[lane]);
    for (; i < count; ++i) {
        for (int phase = 0; phase < 3; ++phase) {
            float y = 0;
            for (int k = 0; k < taps; ++k)
                y += g[phase * taps + k] * x[i + k];
            result = std::max(result, std::fabs(y));
        }
    }
    return result;
}

} // namespace

TruePeakMeter::TruePeakMeter(int channels, int tapsPerPhase)
    : m_taps(tapsPerPhase)
    , m_coefficients(designPhases(tapsPerPhase))
    , m_history(size_t(channels), std::vector<float>(size_t(tapsPerPhase - 1 + MaxBlock), 0.0f))
{
}

void TruePeakMeter::process(int channel, const float *samples, int count)
{
    std::vector<float> &buffer = m_history[size_t(channel)];
    const int keep = m_taps - 1;
    // The buffer holds MaxBlock samples after the history; longer inputs go in pieces.
    for (int done = 0; done < count;) {
        const int take = std::min(MaxBlock, count - done);
        std::copy(samples + done, samples + done + take, buffer.begin() + keep);
        m_recent = std::max(m_recent, interpolatedPeak(buffer.data(), take, m_coefficients.data(), m_taps));
        // The last taps - 1 samples are the next piece's history.
        std::copy(buffer.begin() + take, buffer.begin() + take + keep, buffer.begin());
        done += take;
    }
    m_peak = std::max(m_peak, m_recent);
}

float TruePeakMeter::takeRecentPeak()
{
    return std::exchange(m_recent, 0.0f);
}

void TruePeakMeter::finish()
{
    // Outputs lag the input by taps/2 - 1 samples; zeros after the end let the last ones out,
    // which is how a resampler treats the end of a file too.
    const std::vector<float> zeros(size_t(m_taps), 0.0f);
    for (size_t c = 0; c < m_history.size(); ++c)
        process(int(c), zeros.data(), m_taps);
}

} // namespace Imprint::Analysis
