// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

namespace Imprint::Analysis
{

/// A second-order section, normalised so that a0 = 1.
struct Biquad {
    double b0 = 1, b1 = 0, b2 = 0, a1 = 0, a2 = 0;
};

/// The two stages of the BS.1770 K-weighting filter: a high shelf (the head) and the RLB high pass.
struct KWeighting {
    Biquad shelf;
    Biquad highPass;
};

/// K-weighting for any sample rate. BS.1770 only tabulates 48 kHz coefficients; they come from
/// analogue prototypes (shelf at 1681.97 Hz, +4 dB; high pass at 38.13 Hz), so we design the
/// same prototypes with the bilinear transform (pre-warped at the corner frequency) at fs.
/// At 48 kHz this reproduces the recommendation's table to better than 1e-8.
KWeighting kWeighting(double sampleRate);

} // namespace Imprint::Analysis
