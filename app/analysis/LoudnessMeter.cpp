// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "LoudnessMeter.h"

#include <algorithm>

namespace Imprint::Analysis
{

namespace
{

// BS.1770-4 weights for the channel orders libsndfile and WAVE use (L R C LFE Ls Rs for 5.1).
std::vector<double> channelWeights(int channels)
{
    std::vector<double> weights(size_t(channels), 1.0);
    if (channels == 5) {
        weights[3] = weights[4] = 1.41;
    } else if (channels == 6) {
        weights[3] = 0.0;
        weights[4] = weights[5] = 1.41;
    }
    return weights;
}

} // namespace

LoudnessMeter::LoudnessMeter(int sampleRate, int channels)
    : m_sampleRate(sampleRate)
    , m_channels(channels)
    , m_k(kWeighting(sampleRate))
    , m_state(size_t(channels) * 4, 0.0)
    , m_weights(channelWeights(channels))
    , m_squares(size_t(channels), 0.0)
{
    // Sub-block k ends at floor((k + 1) * fs / 10): exact for rates that are not multiples of 10.
    m_subblockLength = std::int64_t(m_sampleRate) / 10;
}

void LoudnessMeter::process(const float *const *channels, int frames)
{
    int done = 0;
    while (done < frames) {
        const auto room = m_subblockLength - m_framesInSubblock;
        const int take = int(std::min<std::int64_t>(room, frames - done));
        filterSegment(channels, done, done + take);
        done += take;
        m_framesInSubblock += take;
        if (m_framesInSubblock == m_subblockLength)
            closeSubblock();
    }
}

void LoudnessMeter::filterSegment(const float *const *channels, int begin, int end)
{
    const Biquad &a = m_k.shelf;
    const Biquad &b = m_k.highPass;
    for (int c = 0; c < m_channels; ++c) {
        // Transposed direct form II in double: the 38 Hz high pass needs the precision, and the
        // state lives in locals so the loop keeps it in registers.
        double *state = &m_state[size_t(c) * 4];
        double s1 = state[0], s2 = state[1], t1 = state[2], t2 = state[3];
        double sum = 0;
        const float *x = channels[c];
        for (int i = begin; i < end; ++i) {
            const double in = x[i];
            const double y = a.b0 * in + s1;
            s1 = a.b1 * in - a.a1 * y + s2;
            s2 = a.b2 * in - a.a2 * y;
            const double z = b.b0 * y + t1;
            t1 = b.b1 * y - b.a1 * z + t2;
            t2 = b.b2 * y - b.a2 * z;
            sum += z * z;
        }
        state[0] = s1;
        state[1] = s2;
        state[2] = t1;
        state[3] = t2;
        m_squares[size_t(c)] += sum;
    }
}

void LoudnessMeter::closeSubblock()
{
    double energy = 0;
    for (int c = 0; c < m_channels; ++c) {
        energy += m_weights[size_t(c)] * m_squares[size_t(c)];
        m_squares[size_t(c)] = 0;
    }
    const size_t slot = size_t(m_subblock % 30);
    m_ringEnergy[slot] = energy;
    m_ringFrames[slot] = m_subblockLength;

    const auto window = [&](int subblocks) {
        double sum = 0;
        std::int64_t frames = 0;
        for (int back = 0; back < subblocks; ++back) {
            const size_t s = size_t((m_subblock - back) % 30);
            sum += m_ringEnergy[s];
            frames += m_ringFrames[s];
        }
        return frames ? sum / double(frames) : 0.0;
    };
    if (m_subblock >= 3) {
        const double momentary = window(4);
        m_blocks.add(momentary);
        m_maxMomentaryEnergy = std::max(m_maxMomentaryEnergy, momentary);
    }
    const double shortTerm = window(int(std::min<std::int64_t>(30, m_subblock + 1)));
    if (m_subblock >= 29) {
        m_shortTerm.add(shortTerm);
        m_maxShortTermEnergy = std::max(m_maxShortTermEnergy, shortTerm);
    }
    addCurvePoint(shortTerm);

    ++m_subblock;
    m_framesInSubblock = 0;
    m_subblockLength = (m_subblock + 1) * m_sampleRate / 10 - m_subblock * m_sampleRate / 10;
}

void LoudnessMeter::addCurvePoint(double energy)
{
    m_pendingEnergy += energy;
    if (++m_pendingSteps < m_curveStride)
        return;
    m_curveEnergy.push_back(m_pendingEnergy / m_pendingSteps);
    m_pendingEnergy = 0;
    m_pendingSteps = 0;
    if (m_curveEnergy.size() < size_t(MaxCurvePoints))
        return;
    // Full: halve the resolution by averaging neighbours, so long files keep a bounded curve.
    for (size_t i = 0; i < m_curveEnergy.size() / 2; ++i)
        m_curveEnergy[i] = 0.5 * (m_curveEnergy[2 * i] + m_curveEnergy[2 * i + 1]);
    m_curveEnergy.resize(m_curveEnergy.size() / 2);
    m_curveStride *= 2;
}

double LoudnessMeter::maxMomentary() const
{
    return loudnessOf(m_maxMomentaryEnergy);
}

double LoudnessMeter::maxShortTerm() const
{
    return loudnessOf(m_maxShortTermEnergy);
}

std::vector<float> LoudnessMeter::curve() const
{
    std::vector<float> points;
    points.reserve(m_curveEnergy.size());
    for (double energy : m_curveEnergy)
        points.push_back(float(loudnessOf(energy)));
    return points;
}

} // namespace Imprint::Analysis
