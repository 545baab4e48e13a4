// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

// Small, deterministic synthesis helpers for the demo library: music-like material without samples or
// external libraries. The same SongSpec always gives the same samples on the same build.
namespace Imprint::Demo
{

// A seeded pseudo-random generator (xorshift64*) with a fixed, platform-independent sequence.
class Random
{
public:
    explicit Random(quint64 seed);
    quint32 next();
    double uniform(); // [0, 1)
    double bipolar(); // [-1, 1)
    int below(int n); // [0, n)

private:
    quint64 m_state;
};

// A stem or mix: interleaved float frames, nominal range [-1, 1].
struct Buffer {
    int channels = 2;
    std::vector<float> samples;

    qint64 frames() const { return channels > 0 ? qint64(samples.size()) / channels : 0; }
};

struct SongSpec {
    int sampleRate = 44100;
    double bpm = 100.0;
    qint64 frames = 0; // exact length of every part
    int rootNote = 57; // MIDI note of the tonic, around the pad's register (57 = A3)
    bool minor = true;
    std::array<int, 4> progression { 0, 5, 3, 4 }; // scale degree of each bar's chord, repeating
    quint64 seed = 1;
};

// Each part is a stereo buffer of exactly song.frames frames, peaking roughly around -6 dBFS.
Buffer chordPad(const SongSpec &song); // detuned sine triads with slow attack and release
Buffer bassLine(const SongSpec &song); // eighth-note pattern on the chord roots
Buffer drumKit(const SongSpec &song); // kick, snare and hi-hat from pitched sines and noise bursts
Buffer vocalLine(const SongSpec &song); // a sung-like melody: harmonics shaped by vowel formants, vibrato

// A chord progression for a seed, in the song's mode.
std::array<int, 4> progressionFor(quint64 seed, bool minor);

void applyGain(Buffer &buffer, double gain);
// Linear fade in over the first fadeIn seconds and fade out over the last fadeOut seconds.
void applyFades(Buffer &buffer, int sampleRate, double fadeIn, double fadeOut);
// Gentle saturation that keeps |x| below ceiling; transparent under about half the ceiling.
void softLimit(Buffer &buffer, double ceiling);
// Rounds every sample to the grid of a bitDepth-bit integer file (k / 2^(bitDepth-1)).
void quantize(Buffer &buffer, int bitDepth);
// Adds source into target sample by sample (same shape required).
void mixInto(Buffer &target, const Buffer &source);
double samplePeak(const Buffer &buffer);
// Integrated loudness in LUFS (ITU-R BS.1770 K-weighting and gating), used only to level the demo
// material; the catalog's own measurements come from the loudness adapter.
double integratedLoudness(const Buffer &buffer, int sampleRate);

} // namespace Imprint::Demo
