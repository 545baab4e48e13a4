// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Synth.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Imprint::Demo
{

namespace
{

constexpr double Pi = std::numbers::pi;

// One period of a sine in a table, read with linear interpolation: fast and the same everywhere.
constexpr int TableSize = 4096;

const std::array<float, TableSize + 1> &sineTable()
{
    static const auto table = [] {
        std::array<float, TableSize + 1> values {};
        for (int i = 0; i <= TableSize; ++i)
            values[size_t(i)] = float(std::sin(2.0 * Pi * i / TableSize));
        return values;
    }();
    return table;
}

// Sine of a phase given in cycles (any value; only the fractional part matters).
float sine(double cycles)
{
    const double position = (cycles - std::floor(cycles)) * TableSize;
    const int index = std::min(int(position), TableSize - 1);
    const auto fraction = float(position - index);
    const auto &table = sineTable();
    return table[size_t(index)] + fraction * (table[size_t(index) + 1] - table[size_t(index)]);
}

double noteHz(double midiNote)
{
    return 440.0 * std::pow(2.0, (midiNote - 69.0) / 12.0);
}

// Semitones above the tonic for a scale degree (any integer, negative ones go down an octave).
int degreeSemitones(int degree, bool minor)
{
    static constexpr std::array<int, 7> Major { 0, 2, 4, 5, 7, 9, 11 };
    static constexpr std::array<int, 7> Minor { 0, 2, 3, 5, 7, 8, 10 };
    const int octave = degree >= 0 ? degree / 7 : -((-degree + 6) / 7);
    const int step = degree - octave * 7;
    return 12 * octave + (minor ? Minor : Major)[size_t(step)];
}

Buffer silence(const SongSpec &song)
{
    Buffer buffer;
    buffer.samples.assign(size_t(song.frames * 2), 0.0f);
    return buffer;
}

double framesPerBeat(const SongSpec &song)
{
    return song.sampleRate * 60.0 / song.bpm;
}

// Equal-power gains for a position in [-1, 1] (left to right).
struct Pan {
    double left, right;
};

Pan panned(double position)
{
    const double angle = (position + 1.0) * Pi / 4.0;
    return { std::cos(angle), std::sin(angle) };
}

void addPanned(Buffer &buffer, qint64 frame, double value, Pan pan)
{
    buffer.samples[size_t(frame * 2)] += float(value * pan.left);
    buffer.samples[size_t(frame * 2 + 1)] += float(value * pan.right);
}

int chordDegree(const SongSpec &song, qint64 bar)
{
    return song.progression[size_t(bar % qint64(song.progression.size()))];
}

// Formant centre frequencies (Hz) of a few vowels, roughly those of an adult voice.
constexpr std::array<std::array<double, 3>, 5> Vowels { {
    { 800, 1150, 2900 }, // a
    { 400, 2000, 2550 }, // e
    { 300, 2300, 3000 }, // i
    { 450, 800, 2830 }, // o
    { 325, 700, 2530 }, // u
} };

double formantGain(const std::array<double, 3> &formants, double hz)
{
    static constexpr std::array<double, 3> Bandwidth { 90, 110, 160 };
    static constexpr std::array<double, 3> Level { 1.0, 0.5, 0.25 };
    double gain = 0.02;
    for (size_t i = 0; i < formants.size(); ++i) {
        const double x = (hz - formants[i]) / Bandwidth[i];
        gain += Level[i] / (1.0 + x * x);
    }
    return gain;
}

// A biquad in direct form I, with coefficients normalised so a0 = 1.
struct Biquad {
    double b0, b1, b2, a1, a2;
    double x1 = 0, x2 = 0, y1 = 0, y2 = 0;

    double process(double x)
    {
        const double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        return y;
    }
};

// The two K-weighting stages of BS.1770 (a high shelf, then a high-pass), designed for any rate.
std::array<Biquad, 2> kWeighting(int sampleRate)
{
    const double shelfK = std::tan(Pi * 1681.974450955533 / sampleRate);
    const double shelfQ = 0.7071752369554196;
    const double vh = std::pow(10.0, 3.999843853973347 / 20.0);
    const double vb = std::pow(vh, 0.4996667741545416);
    const double shelfA0 = 1.0 + shelfK / shelfQ + shelfK * shelfK;
    const Biquad shelf { (vh + vb * shelfK / shelfQ + shelfK * shelfK) / shelfA0,
        2.0 * (shelfK * shelfK - vh) / shelfA0, (vh - vb * shelfK / shelfQ + shelfK * shelfK) / shelfA0,
        2.0 * (shelfK * shelfK - 1.0) / shelfA0, (1.0 - shelfK / shelfQ + shelfK * shelfK) / shelfA0 };
    const double passK = std::tan(Pi * 38.13547087602444 / sampleRate);
    const double passQ = 0.5003270373238773;
    const double passA0 = 1.0 + passK / passQ + passK * passK;
    const Biquad highPass { 1.0, -2.0, 1.0, 2.0 * (passK * passK - 1.0) / passA0,
        (1.0 - passK / passQ + passK * passK) / passA0 };
    return { shelf, highPass };
}

} // namespace

Random::Random(quint64 seed)
    : m_state(seed * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull)
{
    if (m_state == 0)
        m_state = 0x2545F4914F6CDD1Dull;
    for (int i = 0; i < 4; ++i)
        next();
}

quint32 Random::next()
{
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return quint32((m_state * 0x2545F4914F6CDD1Dull) >> 32);
}

double Random::uniform()
{
    return next() / 4294967296.0;
}

double Random::bipolar()
{
    return 2.0 * uniform() - 1.0;
}

int Random::below(int n)
{
    return n > 0 ? int(uniform() * n) : 0;
}

std::array<int, 4> progressionFor(quint64 seed, bool minor)
{
    static constexpr std::array<std::array<int, 4>, 4> MinorProgressions { {
        { 0, 5, 3, 4 },
        { 0, 3, 6, 4 },
        { 0, 6, 5, 6 },
        { 5, 3, 0, 6 },
    } };
    static constexpr std::array<std::array<int, 4>, 4> MajorProgressions { {
        { 0, 4, 5, 3 },
        { 0, 3, 4, 3 },
        { 5, 3, 0, 4 },
        { 0, 5, 3, 4 },
    } };
    Random random(seed ^ 0xC40ull);
    return (minor ? MinorProgressions : MajorProgressions)[size_t(random.below(4))];
}

Buffer chordPad(const SongSpec &song)
{
    Buffer buffer = silence(song);
    Random random(song.seed ^ 0x9AD0ull);
    const double barFrames = 4.0 * framesPerBeat(song);
    const double attack = 0.35 * song.sampleRate;
    const double release = 0.6 * song.sampleRate;
    const qint64 bars = qint64(std::ceil(song.frames / barFrames));
    for (qint64 bar = 0; bar < bars; ++bar) {
        const int degree = chordDegree(song, bar);
        const bool inversion = random.uniform() < 0.4;
        const qint64 start = qint64(bar * barFrames);
        const qint64 end = std::min(song.frames, qint64((bar + 1) * barFrames + release));
        const double held = barFrames;
        for (int voice = 0; voice < 3; ++voice) {
            int semitones = degreeSemitones(degree + 2 * voice, song.minor);
            if (voice == 0 && inversion)
                semitones += 12;
            const double hz = noteHz(song.rootNote + semitones);
            const double detune = std::pow(2.0, (4.0 + 3.0 * random.uniform()) / 1200.0);
            const Pan lowPan = panned(0.5 * (voice - 1) - 0.3);
            const Pan highPan = panned(0.5 * (voice - 1) + 0.3);
            for (qint64 frame = start; frame < end; ++frame) {
                const double t = double(frame - start);
                double envelope = std::min(1.0, t / attack);
                if (t > held)
                    envelope *= std::max(0.0, 1.0 - (t - held) / release);
                const double seconds = t / song.sampleRate;
                const double low = sine(seconds * hz / detune) + 0.25 * sine(seconds * 2.0 * hz / detune);
                const double high = sine(seconds * hz * detune) + 0.25 * sine(seconds * 2.0 * hz * detune);
                addPanned(buffer, frame, 0.09 * envelope * low, lowPan);
                addPanned(buffer, frame, 0.09 * envelope * high, highPan);
            }
        }
    }
    return buffer;
}

Buffer bassLine(const SongSpec &song)
{
    Buffer buffer = silence(song);
    Random random(song.seed ^ 0xBA55ull);
    // One eighth-note pattern for the song: which steps play, and which jump an octave.
    std::array<bool, 8> plays {};
    std::array<bool, 8> octave {};
    for (size_t step = 0; step < plays.size(); ++step) {
        plays[step] = step == 0 || random.uniform() < 0.65;
        octave[step] = step != 0 && random.uniform() < 0.2;
    }
    const double stepFrames = framesPerBeat(song) / 2.0;
    const qint64 steps = qint64(std::ceil(song.frames / stepFrames));
    const Pan centre = panned(0.0);
    for (qint64 step = 0; step < steps; ++step) {
        if (!plays[size_t(step % 8)])
            continue;
        const qint64 bar = step / 8;
        const int semitones
            = degreeSemitones(chordDegree(song, bar), song.minor) - 24 + (octave[size_t(step % 8)] ? 12 : 0);
        const double hz = noteHz(song.rootNote + semitones);
        const qint64 start = qint64(step * stepFrames);
        const qint64 length = qint64(stepFrames * 0.9);
        const qint64 end = std::min(song.frames, start + length);
        for (qint64 frame = start; frame < end; ++frame) {
            const double t = double(frame - start);
            const double seconds = t / song.sampleRate;
            double envelope
                = std::min(1.0, t / (0.005 * song.sampleRate)) * (0.6 + 0.4 * std::exp(-seconds / 0.12));
            envelope *= std::min(1.0, double(end - frame) / (0.01 * song.sampleRate));
            const double phase = seconds * hz;
            const double value = sine(phase) + 0.3 * sine(2.0 * phase) + 0.12 * sine(3.0 * phase);
            addPanned(buffer, frame, 0.32 * envelope * value, centre);
        }
    }
    return buffer;
}

Buffer drumKit(const SongSpec &song)
{
    Buffer buffer = silence(song);
    Random random(song.seed ^ 0xD0D0ull);
    const double eighth = framesPerBeat(song) / 2.0;
    const qint64 steps = qint64(std::ceil(song.frames / eighth));
    const Pan centre = panned(0.0);
    const Pan snarePan = panned(0.05);
    const Pan hatPan = panned(0.35);
    const auto hit = [&](qint64 start, double seconds, auto &&voice) {
        const qint64 end = std::min(song.frames, start + qint64(seconds * song.sampleRate));
        for (qint64 frame = start; frame < end; ++frame)
            voice(frame, double(frame - start) / song.sampleRate);
    };
    for (qint64 step = 0; step < steps; ++step) {
        const qint64 start = qint64(step * eighth);
        const int inBar = int(step % 8);
        const bool kick = inBar == 0 || inBar == 4 || (inBar == 7 && random.uniform() < 0.3)
            || (inBar == 5 && random.uniform() < 0.25);
        if (kick) {
            double phase = 0.0;
            hit(start, 0.45, [&](qint64 frame, double t) {
                phase += (48.0 + 110.0 * std::exp(-t / 0.035)) / song.sampleRate;
                addPanned(buffer, frame, 0.55 * std::exp(-t / 0.22) * sine(phase), centre);
            });
        }
        if (inBar == 2 || inBar == 6) {
            hit(start, 0.2, [&](qint64 frame, double t) {
                const double noise = random.bipolar() * std::exp(-t / 0.08);
                const double tone = sine(t * 185.0) * std::exp(-t / 0.05);
                addPanned(buffer, frame, 0.28 * noise + 0.2 * tone, snarePan);
            });
        }
        const bool open = inBar == 7;
        const double accent = inBar % 2 == 0 ? 0.11 : 0.07;
        double previous = 0.0;
        hit(start, open ? 0.18 : 0.045, [&](qint64 frame, double t) {
            const double noise = random.bipolar();
            const double bright = noise - previous; // first difference: a crude high-pass
            previous = noise;
            addPanned(buffer, frame, accent * bright * std::exp(-t / (open ? 0.09 : 0.018)), hatPan);
        });
    }
    return buffer;
}

Buffer vocalLine(const SongSpec &song)
{
    Buffer buffer = silence(song);
    Random random(song.seed ^ 0x70CA1ull);
    const double beat = framesPerBeat(song);
    const qint64 beats = qint64(std::ceil(song.frames / beat));
    int degree = 4;
    double previousHz = 0.0;
    double phase = 0.0;
    const Pan pan = panned(-0.05);
    for (qint64 first = 0; first < beats;) {
        const qint64 bar = first / 4;
        const int lengthBeats = 1 + random.below(2);
        // Phrases of three bars followed by a bar of rest, and the odd rest inside a phrase.
        if (bar % 4 == 3 || random.uniform() < 0.12) {
            first += lengthBeats;
            previousHz = 0.0;
            continue;
        }
        degree = std::clamp(degree + random.below(5) - 2, 0, 9);
        const double hz = noteHz(song.rootNote + degreeSemitones(degree, song.minor));
        const auto &vowel = Vowels[size_t(random.below(int(Vowels.size())))];
        std::array<double, 24> harmonics {};
        double norm = 0.0;
        for (size_t k = 0; k < harmonics.size() && (k + 1) * hz < 5000.0; ++k) {
            harmonics[k] = formantGain(vowel, (k + 1) * hz) / std::sqrt(double(k + 1));
            norm += harmonics[k];
        }
        const qint64 start = qint64(first * beat);
        const qint64 end
            = std::min(song.frames, qint64((first + lengthBeats) * beat - 0.02 * song.sampleRate));
        const double glideFrom = previousHz > 0.0 ? previousHz : hz;
        for (qint64 frame = start; frame < end; ++frame) {
            const double seconds = double(frame - start) / song.sampleRate;
            const double glide = std::min(1.0, seconds / 0.05);
            const double vibratoDepth = 0.3 * std::clamp((seconds - 0.15) / 0.3, 0.0, 1.0);
            const double semis = vibratoDepth * sine(seconds * 5.5);
            const double current = (glideFrom + (hz - glideFrom) * glide) * std::pow(2.0, semis / 12.0);
            phase += current / song.sampleRate;
            double value = 0.0;
            for (size_t k = 0; k < harmonics.size() && harmonics[k] > 0.0; ++k)
                value += harmonics[k] * sine(phase * double(k + 1));
            double envelope = std::min(1.0, seconds / 0.04);
            envelope *= std::min(1.0, double(end - frame) / (0.08 * song.sampleRate));
            addPanned(buffer, frame, 0.42 * envelope * value / norm, pan);
        }
        previousHz = hz;
        first += lengthBeats;
    }
    return buffer;
}

void applyGain(Buffer &buffer, double gain)
{
    for (float &sample : buffer.samples)
        sample = float(sample * gain);
}

void applyFades(Buffer &buffer, int sampleRate, double fadeIn, double fadeOut)
{
    const qint64 frames = buffer.frames();
    const double inFrames = std::max(1.0, fadeIn * sampleRate);
    const double outFrames = std::max(1.0, fadeOut * sampleRate);
    for (qint64 frame = 0; frame < frames; ++frame) {
        const double gain = std::min({ 1.0, frame / inFrames, (frames - 1 - frame) / outFrames });
        if (gain >= 1.0)
            continue;
        for (int channel = 0; channel < buffer.channels; ++channel) {
            float &sample = buffer.samples[size_t(frame * buffer.channels + channel)];
            sample = float(sample * gain);
        }
    }
}

void softLimit(Buffer &buffer, double ceiling)
{
    const double knee = 0.5 * ceiling;
    for (float &sample : buffer.samples) {
        const double magnitude = std::abs(sample);
        if (magnitude <= knee)
            continue;
        const double shaped = knee + (ceiling - knee) * std::tanh((magnitude - knee) / (ceiling - knee));
        sample = float(std::copysign(shaped, sample));
    }
}

void quantize(Buffer &buffer, int bitDepth)
{
    const double scale = std::ldexp(1.0, bitDepth - 1);
    for (float &sample : buffer.samples) {
        const double level = std::clamp(std::nearbyint(sample * scale), -scale, scale - 1.0);
        sample = float(level / scale);
    }
}

void mixInto(Buffer &target, const Buffer &source)
{
    const size_t count = std::min(target.samples.size(), source.samples.size());
    for (size_t i = 0; i < count; ++i)
        target.samples[i] += source.samples[i];
}

double samplePeak(const Buffer &buffer)
{
    double peak = 0.0;
    for (const float sample : buffer.samples)
        peak = std::max(peak, double(std::abs(sample)));
    return peak;
}

double integratedLoudness(const Buffer &buffer, int sampleRate)
{
    // Mean square of the K-weighted signal per 100 ms step, summed over channels.
    const qint64 stepFrames = sampleRate / 10;
    const qint64 steps = buffer.frames() / stepFrames;
    std::vector<double> energy(size_t(std::max<qint64>(steps, 0)), 0.0);
    for (int channel = 0; channel < buffer.channels; ++channel) {
        auto filters = kWeighting(sampleRate);
        for (qint64 frame = 0; frame < steps * stepFrames; ++frame) {
            double x = buffer.samples[size_t(frame * buffer.channels + channel)];
            x = filters[1].process(filters[0].process(x));
            energy[size_t(frame / stepFrames)] += x * x / double(stepFrames);
        }
    }
    // Gating blocks of 400 ms overlapping by 75 %.
    std::vector<double> blocks;
    for (size_t i = 3; i < energy.size(); ++i)
        blocks.push_back((energy[i - 3] + energy[i - 2] + energy[i - 1] + energy[i]) / 4.0);
    const auto loudness = [](double meanSquare) {
        return -0.691 + 10.0 * std::log10(meanSquare);
    };
    const auto gatedMean = [&](double threshold) {
        double sum = 0.0;
        int count = 0;
        for (const double block : blocks) {
            if (block > 0.0 && loudness(block) > threshold) {
                sum += block;
                ++count;
            }
        }
        return count > 0 ? sum / count : 0.0;
    };
    const double absoluteGated = gatedMean(-70.0);
    if (absoluteGated <= 0.0)
        return -HUGE_VAL;
    const double relativeGated = gatedMean(loudness(absoluteGated) - 10.0);
    return relativeGated > 0.0 ? loudness(relativeGated) : -HUGE_VAL;
}

} // namespace Imprint::Demo
