// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "SignalStats.h"

#include "Simd.h"

#include <algorithm>
#include <cmath>

namespace Imprint::Analysis
{

namespace
{

using Simd::Float8;

struct Range {
    float low = 0;
    float high = 0;
    float sum = 0; // a block's sum fits a float; totals are kept in double
};

IMPRINT_HOT_KERNEL Range rangeOf(const float *x, int count)
{
    Range result;
    if (count <= 0)
        return result;
    int i = 0;
    float low = x[0], high = x[0], sum = 0;
    if (count >= 8) {
        Float8 vlow, vhigh, vsum = {};
        IMPRINT_LOAD8(vlow, x);
        vhigh = vlow;
        for (; i + 8 <= count; i += 8) {
            Float8 v;
            IMPRINT_LOAD8(v, x + i);
            vlow = v < vlow ? v : vlow;
            vhigh = v > vhigh ? v : vhigh;
            vsum += v;
        }
        for (int lane = 0; lane < 8; ++lane) {
            low = std::min(low, vlow[lane]);
            high = std::max(high, vhigh[lane]);
            sum += vsum[lane];
        }
    }
    for (; i < count; ++i) {
        low = std::min(low, x[i]);
        high = std::max(high, x[i]);
        sum += x[i];
    }
    return { low, high, sum };
}

struct Products {
    float xy = 0, xx = 0, yy = 0;
};

IMPRINT_HOT_KERNEL Products productsOf(const float *x, const float *y, int count)
{
    Float8 vxy = {}, vxx = {}, vyy = {};
    int i = 0;
    for (; i + 8 <= count; i += 8) {
        Float8 a, b;
        IMPRINT_LOAD8(a, x + i);
        IMPRINT_LOAD8(b, y + i);
        vxy += a * b;
        vxx += a * a;
        vyy += b * b;
    }
    Products p;
    for (int lane = 0; lane < 8; ++lane) {
        p.xy += vxy[lane];
        p.xx += vxx[lane];
        p.yy += vyy[lane];
    }
    for (; i < count; ++i) {
        p.xy += x[i] * y[i];
        p.xx += x[i] * x[i];
        p.yy += y[i] * y[i];
    }
    return p;
}

} // namespace

SignalStats::SignalStats(int channels, float clipLevel, std::int64_t expectedFrames)
    : m_channels(channels)
    , m_clipLevel(clipLevel)
    , m_runLength(size_t(channels), 0)
    , m_sum(size_t(channels), 0.0)
    , m_framesPerPeak(std::max<std::int64_t>(1, (expectedFrames + TargetPeaks - 1) / TargetPeaks))
{
    m_peakMin.reserve(size_t(2 * TargetPeaks));
    m_peakMax.reserve(size_t(2 * TargetPeaks));
}

void SignalStats::process(const float *const *channels, int frames)
{
    for (int c = 0; c < m_channels; ++c) {
        const float *x = channels[c];
        float channelPeak = 0;
        double channelSum = 0;
        // One range per waveform bucket the block touches.
        int begin = 0;
        while (begin < frames) {
            const std::int64_t frame = m_frames + begin;
            const std::int64_t bucket = bucketOf(frame);
            const int end = int(std::min<std::int64_t>(frames, (bucket + 1) * m_framesPerPeak - m_frames));
            const Range r = rangeOf(x + begin, end - begin);
            addBucketRange(bucket, r.low, r.high);
            channelPeak = std::max({ channelPeak, -r.low, r.high });
            channelSum += r.sum;
            begin = end;
        }
        m_sum[size_t(c)] += channelSum;
        m_peak = std::max(m_peak, channelPeak);

        if (channelPeak >= m_clipLevel)
            scanClipping(c, x, 0, frames);
        else
            m_runLength[size_t(c)] = 0;

        if (channelPeak >= SilenceLevel) {
            // The peak says a loud sample exists, so both scans stop inside the block.
            int first = 0;
            while (std::fabs(x[first]) < SilenceLevel)
                ++first;
            if (m_firstLoud < 0 || m_frames + first < m_firstLoud)
                m_firstLoud = m_frames + first;
            int last = frames - 1;
            while (std::fabs(x[last]) < SilenceLevel)
                --last;
            m_lastLoud = std::max(m_lastLoud, m_frames + last);
        }
    }
    if (m_channels >= 2) {
        const Products p = productsOf(channels[0], channels[1], frames);
        m_xy += p.xy;
        m_xx += p.xx;
        m_yy += p.yy;
    }
    m_frames += frames;
}

void SignalStats::scanClipping(int channel, const float *x, int begin, int end)
{
    int run = m_runLength[size_t(channel)];
    for (int i = begin; i < end; ++i) {
        if (std::fabs(x[i]) < m_clipLevel) {
            run = 0;
            continue;
        }
        ++run;
        if (run == MinClipRun) {
            ++m_clipRuns;
            m_clippedSamples += MinClipRun;
            const std::int64_t start = m_frames + i - (MinClipRun - 1);
            if (m_firstClip < 0 || start < m_firstClip)
                m_firstClip = start;
            if (m_clipStarts.size() < size_t(MaxClipStarts))
                m_clipStarts.push_back(start);
        } else if (run > MinClipRun) {
            ++m_clippedSamples;
        }
    }
    m_runLength[size_t(channel)] = run;
}

std::int64_t SignalStats::bucketOf(std::int64_t frame)
{
    // Buckets are relative to the current resolution; a file longer than its header said
    // halves the resolution instead of growing without bound.
    while (frame / m_framesPerPeak >= 2 * TargetPeaks)
        halveResolution();
    return frame / m_framesPerPeak;
}

void SignalStats::halveResolution()
{
    const auto halve = [](std::vector<float> &values, const auto &combine) {
        const size_t half = values.size() / 2;
        for (size_t i = 0; i < half; ++i)
            values[i] = combine(values[2 * i], values[2 * i + 1]);
        if (values.size() % 2)
            values[half] = values.back();
        values.resize((values.size() + 1) / 2);
    };
    const auto smaller = [](float a, float b) {
        return std::min(a, b);
    };
    const auto larger = [](float a, float b) {
        return std::max(a, b);
    };
    halve(m_peakMin, smaller);
    halve(m_peakMax, larger);
    halve(m_peakTrue, larger);
    m_framesPerPeak *= 2;
}

void SignalStats::addBucketRange(std::int64_t bucket, float low, float high)
{
    if (size_t(bucket) >= m_peakMin.size()) {
        m_peakMin.resize(size_t(bucket) + 1, low);
        m_peakMax.resize(size_t(bucket) + 1, high);
    }
    m_peakMin[size_t(bucket)] = std::min(m_peakMin[size_t(bucket)], low);
    m_peakMax[size_t(bucket)] = std::max(m_peakMax[size_t(bucket)], high);
}

void SignalStats::addTruePeak(std::int64_t frame, float peak)
{
    const size_t bucket = size_t(bucketOf(frame));
    if (bucket >= m_peakTrue.size())
        m_peakTrue.resize(bucket + 1, 0.0f);
    m_peakTrue[bucket] = std::max(m_peakTrue[bucket], peak);
}

std::vector<float> SignalStats::truePeaks() const
{
    // The interpolated values leave out the samples themselves (TruePeakMeter), so the
    // bucket's sample peak is its floor.
    std::vector<float> peaks(m_peakMin.size());
    for (size_t i = 0; i < peaks.size(); ++i) {
        const float recorded = i < m_peakTrue.size() ? m_peakTrue[i] : 0.0f;
        peaks[i] = std::max({ recorded, -m_peakMin[i], m_peakMax[i] });
    }
    return peaks;
}

std::vector<std::int64_t> SignalStats::clipStarts() const
{
    // Channels are scanned one after the other within a block.
    std::vector<std::int64_t> starts = m_clipStarts;
    std::sort(starts.begin(), starts.end());
    return starts;
}

double SignalStats::dcOffset() const
{
    double offset = 0;
    for (double sum : m_sum) {
        const double mean = m_frames ? sum / double(m_frames) : 0.0;
        if (std::fabs(mean) > std::fabs(offset))
            offset = mean;
    }
    return offset;
}

std::int64_t SignalStats::leadingSilentFrames() const
{
    return m_firstLoud < 0 ? m_frames : m_firstLoud;
}

std::int64_t SignalStats::trailingSilentFrames() const
{
    return m_lastLoud < 0 ? m_frames : m_frames - 1 - m_lastLoud;
}

double SignalStats::correlation() const
{
    // Pearson: the channels' own DC offsets do not count as correlation.
    const double n = double(m_frames);
    if (m_channels < 2 || n == 0)
        return 0;
    const double mx = m_sum[0] / n, my = m_sum[1] / n;
    const double cov = m_xy / n - mx * my;
    const double vx = m_xx / n - mx * mx, vy = m_yy / n - my * my;
    if (vx <= 0 || vy <= 0)
        return 0;
    return std::clamp(cov / std::sqrt(vx * vy), -1.0, 1.0);
}

} // namespace Imprint::Analysis
