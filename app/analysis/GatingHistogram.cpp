// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "GatingHistogram.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Imprint::Analysis
{

double loudnessOf(double energy)
{
    if (energy <= 0)
        return -std::numeric_limits<double>::infinity();
    return -0.691 + 10.0 * std::log10(energy);
}

GatingHistogram::GatingHistogram()
    : m_bins(std::make_unique<Bins_>())
{
}

void GatingHistogram::add(double energy)
{
    const double loudness = loudnessOf(energy);
    if (!(loudness > Floor))
        return;
    // Louder than +30 LUFS only happens with float files far beyond full scale: the top bin
    // keeps their energy exactly, only their percentile position is clamped.
    const int bin = std::min(Bins - 1, static_cast<int>((loudness - Floor) / BinWidth));
    ++m_bins->count[bin];
    m_bins->energy[bin] += energy;
    ++m_total;
    m_totalEnergy += energy;
}

int GatingHistogram::firstBinAbove(double loudness) const
{
    // A bin counts as above the gate when its centre is; the error is under half a bin.
    const int bin = static_cast<int>(std::ceil((loudness - Floor) / BinWidth - 0.5));
    return std::clamp(bin, 0, Bins);
}

double GatingHistogram::integratedLoudness() const
{
    if (m_total == 0)
        return -std::numeric_limits<double>::infinity();
    const double gate = loudnessOf(m_totalEnergy / double(m_total)) - 10.0;
    std::uint64_t count = 0;
    double energy = 0;
    for (int bin = firstBinAbove(gate); bin < Bins; ++bin) {
        count += m_bins->count[bin];
        energy += m_bins->energy[bin];
    }
    return count ? loudnessOf(energy / double(count)) : -std::numeric_limits<double>::infinity();
}

double GatingHistogram::loudnessRange() const
{
    if (m_total == 0)
        return 0;
    const double gate = loudnessOf(m_totalEnergy / double(m_total)) - 20.0;
    const int first = firstBinAbove(gate);
    std::uint64_t count = 0;
    for (int bin = first; bin < Bins; ++bin)
        count += m_bins->count[bin];
    if (count == 0)
        return 0;
    // Percentiles as in Tech 3342's reference: the value at index round((n - 1) * p) of the
    // sorted gated values.
    const auto percentile = [&](double p) {
        const auto index = static_cast<std::uint64_t>(std::llround(double(count - 1) * p));
        std::uint64_t seen = 0;
        for (int bin = first; bin < Bins; ++bin) {
            seen += m_bins->count[bin];
            if (seen > index)
                return binLoudness(bin);
        }
        return binLoudness(Bins - 1);
    };
    return percentile(0.95) - percentile(0.10);
}

} // namespace Imprint::Analysis
