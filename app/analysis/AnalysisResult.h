// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QString>

#include <limits>
#include <vector>

namespace Imprint
{

/// Everything one analysis pass measures on an audio file (DESIGN.md §5), as plain values.
/// Levels of digital silence are -infinity; the CLI prints them as null in JSON.
struct AnalysisResult {
    static constexpr double Silent = -std::numeric_limits<double>::infinity();

    // Format, from the container.
    QString container; ///< "WAV", "FLAC", "AIFF", …
    QString encoding; ///< "PCM 16-bit", "float 32-bit", …
    int sampleRate = 0;
    int channels = 0;
    int bitDepth = 0; ///< 0 when the encoding has none (compressed)
    qint64 frames = 0; ///< frames actually decoded
    double durationSeconds = 0;

    // Loudness (ITU-R BS.1770-4, EBU Tech 3341/3342).
    double integratedLufs = Silent;
    double loudnessRangeLu = 0;
    double maxMomentaryLufs = Silent;
    double maxShortTermLufs = Silent;

    // Peaks.
    double samplePeakDbfs = Silent;
    double truePeakDbtp = Silent;

    // Defects.
    qint64 clipRuns = 0; ///< runs of at least 3 consecutive samples at full scale, per channel
    qint64 clippedSamples = 0; ///< samples inside those runs
    double firstClipSeconds = -1; ///< where the first run starts; -1 without clipping
    double dcOffset = 0; ///< largest per-channel mean, as a fraction of full scale (signed)
    double leadingSilenceSeconds = 0; ///< before the first sample at or above -60 dBFS
    double trailingSilenceSeconds = 0; ///< after the last sample at or above -60 dBFS
    bool hasCorrelation = false; ///< only for two or more channels (the first two are compared)
    double correlation = 0; ///< Pearson correlation of the first two channels, -1…1

    // For display: short-term loudness (LUFS, Silent when gated out) every curveIntervalSeconds,
    // and waveform minimum/maximum over all channels per framesPerPeak frames.
    double curveIntervalSeconds = 0;
    std::vector<float> shortTermCurve;
    qint64 framesPerPeak = 0;
    std::vector<float> peakMin;
    std::vector<float> peakMax;
    std::vector<float> truePeaks; ///< per waveform bucket, linear (at least the sample peak)
    std::vector<double> clipStartSeconds; ///< where clipping runs start (the first 1 000)

    // What identifies the audio whatever the file is called (Audio::AudioIdentity).
    QString audioHash; ///< XXH3-128 (hex) of the decoded samples (Audio::AudioIdentity)
    QList<quint32> fingerprint; ///< Chromaprint's, of the start; empty for very short audio

    // Problems that still allowed a measurement: NaN/Inf samples (counted as silence).
    qint64 nonFiniteSamples = 0;
};

} // namespace Imprint
