// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "quality/QualityCheck.h"

#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace Imprint
{

/// A stem or a cut-down of a track, as its latest analysis measured it.
struct VersionFileFacts {
    qint64 assetId = 0;
    QString name; ///< the stem type ("vocals"), else the file's base name
    QString relativePath;
    bool analysed = false; ///< measured for its current content
    bool decoded = true;
    int sampleRate = 0;
    int channels = 0;
    double durationSeconds = 0;
};

/// The null test of a track's stems against its mix (app/analysis/StemNullTest), as stored.
struct NullTestFacts {
    static constexpr double ExactNull = -std::numeric_limits<double>::infinity();

    /// Energy of (mix − Σ stems) relative to the mix's, in dB; ExactNull when they cancel exactly.
    double residualDb = ExactNull;
    QString error; ///< why the test could not be made (then residualDb means nothing)
};

/// What the stem and version checks of a track judge: its stems and cut-downs, the reference
/// audio (the master, else the mix), whether it has vocals and whether an instrumental exists.
struct StemSetFacts {
    bool referenceAnalysed = false;
    int referenceSampleRate = 0;
    double referenceDurationSeconds = 0;
    QList<VersionFileFacts> stems;
    QList<VersionFileFacts> cutdowns;
    std::optional<NullTestFacts> nullTest; ///< empty: not made for the current files yet
    int hasVocalsFlag = -1; ///< the track's "has vocals" field: 1, 0, or -1 when not set
    bool hasInstrumental = false; ///< an instrumental file or an instrumental version of the track

    /// The flag, else a stem named like a vocal part.
    bool hasVocals() const;
    /// Whether there is anything to judge: stems, cut-downs, or vocals.
    bool applies() const { return !stems.isEmpty() || !cutdowns.isEmpty() || hasVocals(); }
};

/// "vocals", "Lead Vox", "BGV", "choir"…: whether a stem's name says it carries a voice.
bool isVocalStemName(const QString &name);

/// Judges a track's stems and versions (DESIGN.md §5) with the profile's tolerances: every stem
/// at the reference's sample rate and length; their sum nulls against the mix
/// (≤ maxStemResidualDb); every cut-down 30.000 s or 60.000 s; an instrumental when there are
/// vocals. Pure: no I/O. An empty report (verdict Pass, no checks) when nothing applies.
QualityReport evaluateStems(const QualityProfile &profile, const StemSetFacts &facts);

/// A track's verdict under a profile: its master's, worsened by the stem checks when the profile
/// counts them (stemsInVerdict).
Verdict trackVerdict(const QualityProfile &profile, const QualityReport &master, const QualityReport &stems);

/// What to fix, one per line: failing checks first (the master's, then the stems' when the profile
/// counts them), then warnings.
QStringList trackFixes(
    const QualityProfile &profile, const QualityReport &master, const QualityReport &stems);

} // namespace Imprint
