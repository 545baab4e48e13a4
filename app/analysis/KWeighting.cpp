// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "KWeighting.h"

#include <cmath>
#include <numbers>

namespace Imprint::Analysis
{

namespace
{

// Analogue prototypes fitted to the BS.1770 48 kHz table (the commonly published fit).
constexpr double ShelfFrequency = 1681.974450955533;
constexpr double ShelfGainDb = 3.999843853973347;
constexpr double ShelfQ = 0.7071752369554196;
// The shelf's mid-band gain sits slightly off the geometric mean of 1 and its high-frequency gain.
constexpr double ShelfMidExponent = 0.4996667741545416;
constexpr double HighPassFrequency = 38.13547087602444;
constexpr double HighPassQ = 0.5003270373238773;

Biquad normalised(double b0, double b1, double b2, double a0, double a1, double a2)
{
    return { b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0 };
}

} // namespace

KWeighting kWeighting(double sampleRate)
{
    KWeighting k;
    {
        // Bilinear transform with pre-warping: s -> (1/K)(z-1)/(z+1), K = tan(pi f0 / fs).
        const double K = std::tan(std::numbers::pi * ShelfFrequency / sampleRate);
        const double high = std::pow(10.0, ShelfGainDb / 20.0);
        const double mid = std::pow(high, ShelfMidExponent);
        const double kq = K / ShelfQ;
        k.shelf = normalised(high + mid * kq + K * K, 2.0 * (K * K - high), high - mid * kq + K * K,
            1.0 + kq + K * K, 2.0 * (K * K - 1.0), 1.0 - kq + K * K);
    }
    {
        const double K = std::tan(std::numbers::pi * HighPassFrequency / sampleRate);
        const double kq = K / HighPassQ;
        // The published high pass keeps a unity numerator (1, -2, 1): its passband gain is
        // normalised by the loudness offset -0.691 dB, not by the filter.
        k.highPass = normalised(1.0 + kq + K * K, -2.0 * (1.0 + kq + K * K), 1.0 + kq + K * K,
            1.0 + kq + K * K, 2.0 * (K * K - 1.0), 1.0 - kq + K * K);
    }
    return k;
}

} // namespace Imprint::Analysis
