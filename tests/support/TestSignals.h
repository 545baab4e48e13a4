// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

// Generated test signals for the analysis tests: EBU Tech 3341/3342 style sine sequences,
// music-like material and noise. Header-only; every function is deterministic.
#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>
#include <vector>

namespace Imprint::TestSignals
{

struct Segment {
    double seconds;
    double dbfs; ///< peak level of the sine
};

/// A 1 kHz sine (or frequency) in every channel, through consecutive segments of given levels,
/// as interleaved samples. channelDbfs, when given, overrides the level per channel (offset
/// added to the segment level).
inline std::vector<float> sineSegments(int sampleRate, int channels, const std::vector<Segment> &segments,
    double frequency = 1000.0, const std::vector<double> &channelOffsetDb = {})
{
    std::vector<float> out;
    std::int64_t n = 0;
    for (const Segment &segment : segments) {
        std::vector<double> gains(static_cast<size_t>(channels));
        for (int c = 0; c < channels; ++c) {
            const double offset = c < int(channelOffsetDb.size()) ? channelOffsetDb[size_t(c)] : 0.0;
            gains[size_t(c)] = std::pow(10.0, (segment.dbfs + offset) / 20.0);
        }
        const auto frames = std::int64_t(std::llround(segment.seconds * sampleRate));
        for (std::int64_t i = 0; i < frames; ++i, ++n) {
            const double s = std::sin(2.0 * std::numbers::pi * frequency * double(n) / sampleRate);
            for (int c = 0; c < channels; ++c)
                out.push_back(float(gains[size_t(c)] * s));
        }
    }
    return out;
}

/// Music-like stereo material: a bass line, a chord pad with slow swells, a hi-hat-like noise
/// burst pattern and a kick, with sections at different levels. Roughly -14…-20 LUFS.
inline std::vector<float> musicLike(int sampleRate, double seconds, unsigned seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    const auto frames = std::int64_t(seconds * sampleRate);
    std::vector<float> out(size_t(frames) * 2);
    const double beat = 0.5; // 120 bpm
    double hatEnvelope = 0, kickEnvelope = 0, kickPhase = 0;
    double previous = 0;
    for (std::int64_t i = 0; i < frames; ++i) {
        const double t = double(i) / sampleRate;
        const int bar = int(t / (4 * beat));
        const double section = (bar / 4) % 3 == 2 ? 0.35 : 1.0; // a quiet breakdown every third section
        const double bass = 0.25 * std::sin(2 * std::numbers::pi * (55.0 * (1 + bar % 2 * 0.5)) * t);
        double pad = 0;
        for (double f : { 220.0, 277.18, 329.63, 440.0 })
            pad += 0.05 * std::sin(2 * std::numbers::pi * f * t + f);
        pad *= 0.6 + 0.4 * std::sin(2 * std::numbers::pi * 0.1 * t);
        const double inBeat = std::fmod(t, beat);
        if (inBeat < 1.0 / sampleRate) {
            kickEnvelope = 1.0;
            kickPhase = 0;
        }
        if (std::fabs(std::fmod(t + beat / 2, beat)) < 1.0 / sampleRate)
            hatEnvelope = 1.0;
        kickPhase += 2 * std::numbers::pi * (50.0 + 100.0 * kickEnvelope) / sampleRate;
        const double kick = 0.5 * kickEnvelope * std::sin(kickPhase);
        kickEnvelope *= std::exp(-1.0 / (0.12 * sampleRate));
        const double white = noise(random);
        const double hat = 0.15 * hatEnvelope * (white - previous); // differenced: bright
        previous = white;
        hatEnvelope *= std::exp(-1.0 / (0.04 * sampleRate));
        const double left = section * (bass + pad + kick + 0.8 * hat);
        const double right = section * (bass + 0.9 * pad + kick + 1.2 * hat);
        out[size_t(2 * i)] = float(left);
        out[size_t(2 * i + 1)] = float(right);
    }
    return out;
}

/// Mono noise concentrated near Nyquist: white noise differenced `order` times (each
/// difference rises 6 dB/octave towards fs/2), scaled to the given sample peak.
inline std::vector<float> brightNoise(int frames, int order, double peak, unsigned seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::vector<double> x(static_cast<size_t>(frames));
    for (double &v : x)
        v = noise(random);
    for (int pass = 0; pass < order; ++pass)
        for (size_t i = x.size() - 1; i > 0; --i)
            x[i] -= x[i - 1];
    double max = 0;
    for (double v : x)
        max = std::max(max, std::fabs(v));
    std::vector<float> out(x.size());
    for (size_t i = 0; i < x.size(); ++i)
        out[i] = float(x[i] * peak / max);
    return out;
}

/// Mono noise band-limited to [lowHz, highHz] (white noise through a 1023-tap Hann-windowed
/// band pass), scaled to the given sample peak: cymbal- and air-like material.
inline std::vector<float> bandNoise(
    int frames, int rate, double lowHz, double highHz, double peak, unsigned seed)
{
    constexpr int Half = 511;
    std::vector<double> h(static_cast<size_t>(2 * Half + 1));
    for (int k = -Half; k <= Half; ++k) {
        const auto lowpass = [&](double f) {
            const double w = 2.0 * f / rate;
            return k == 0 ? w : std::sin(std::numbers::pi * w * k) / (std::numbers::pi * k);
        };
        const double window = 0.5 + 0.5 * std::cos(std::numbers::pi * k / (Half + 1));
        h[size_t(k + Half)] = (lowpass(highHz) - lowpass(lowHz)) * window;
    }
    std::mt19937 random(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::vector<double> white(static_cast<size_t>(frames + 2 * Half));
    for (double &v : white)
        v = noise(random);
    std::vector<double> y(static_cast<size_t>(frames));
    double max = 0;
    for (int i = 0; i < frames; ++i) {
        double sum = 0;
        for (int k = 0; k <= 2 * Half; ++k)
            sum += h[size_t(k)] * white[size_t(i + k)];
        y[size_t(i)] = sum;
        max = std::max(max, std::fabs(sum));
    }
    std::vector<float> out(y.size());
    for (size_t i = 0; i < y.size(); ++i)
        out[i] = float(y[i] * peak / max);
    return out;
}

inline std::vector<std::vector<float>> deinterleave(const std::vector<float> &interleaved, int channels)
{
    std::vector<std::vector<float>> planar(static_cast<size_t>(channels));
    for (size_t i = 0; i < interleaved.size(); ++i)
        planar[i % size_t(channels)].push_back(interleaved[i]);
    return planar;
}

} // namespace Imprint::TestSignals
