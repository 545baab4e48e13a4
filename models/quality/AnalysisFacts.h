// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

#include <limits>

namespace Imprint
{

/// The measurements of one audio file that the delivery profiles judge: a plain copy of the
/// analysis engine's result (app/analysis), so the rules here need nothing from app/.
/// Levels of digital silence are -infinity.
struct AnalysisFacts {
    static constexpr double Silent = -std::numeric_limits<double>::infinity();

    bool decoded = true; ///< false: the file could not be decoded to its end
    QString decodeError; ///< why not, when !decoded

    QString container; ///< "WAV", "FLAC", "AIFF", "MP3", …
    int sampleRate = 0;
    int bitDepth = 0; ///< 0 for compressed and floating-point encodings without one
    int channels = 0;
    double durationSeconds = 0;

    double integratedLufs = Silent;
    double loudnessRangeLu = 0;
    double samplePeakDbfs = Silent;
    double truePeakDbtp = Silent;

    qint64 clipRuns = 0;
    qint64 clippedSamples = 0;
    double firstClipSeconds = -1;
    double leadingSilenceSeconds = 0;
    double trailingSilenceSeconds = 0;

    /// What else the catalog holds for the track (for profiles that ask for versions and stems);
    /// only judged when knowsVersions is set.
    bool knowsVersions = false;
    bool hasInstrumental = false;
    int stemCount = 0;
    int cutdownCount = 0;
};

} // namespace Imprint
