// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <array>
#include <cstdint>
#include <memory>

namespace Imprint::Analysis
{

/// Gated statistics over loudness blocks in constant memory: blocks are binned by loudness
/// (0.01 LU bins from -70 to +30 LUFS) with each bin's count and summed energy, so the gated
/// mean energy is exact up to which blocks fall in the one bin straddling the relative gate.
class GatingHistogram
{
public:
    GatingHistogram();

    /// A block's mean-square energy (already channel-weighted). Blocks at or below the absolute
    /// gate of -70 LUFS are dropped here.
    void add(double energy);

    /// Integrated loudness (BS.1770-4): relative gate 10 LU below the absolutely gated mean.
    /// -infinity when no block passed the absolute gate.
    double integratedLoudness() const;

    /// Loudness range (EBU Tech 3342): the 10th to 95th percentile of blocks above a relative
    /// gate 20 LU below the absolutely gated mean. 0 without blocks.
    double loudnessRange() const;

private:
    static constexpr int Bins = 10000;
    static constexpr double Floor = -70.0;
    static constexpr double BinWidth = 0.01;
    static double binLoudness(int bin) { return Floor + (bin + 0.5) * BinWidth; }
    int firstBinAbove(double loudness) const;

    struct Bins_ {
        std::array<std::uint64_t, Bins> count {};
        std::array<double, Bins> energy {};
    };
    std::unique_ptr<Bins_> m_bins; // 160 kB: on the heap, not on a worker's stack
    std::uint64_t m_total = 0;
    double m_totalEnergy = 0;
};

/// LUFS for a channel-weighted mean-square energy.
double loudnessOf(double energy);

} // namespace Imprint::Analysis
