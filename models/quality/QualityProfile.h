// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Imprint
{

/// The thresholds of one delivery profile (DESIGN.md §5). Profiles are data: the built-in
/// defaults can be edited and are stored in the catalog as JSON. A threshold that is not set
/// is not checked. "must" thresholds fail a file, "warn" thresholds only warn.
struct QualityProfile {
    QString key; ///< stable identifier: "streaming", "sync", "broadcast", "content"
    QString name; ///< shown to the user

    // Must: format.
    QStringList containers; ///< accepted containers (upper case); empty accepts any that decodes
    std::optional<int> minSampleRate;
    std::optional<int> exactSampleRate;
    std::optional<int> minBitDepth;
    std::optional<int> exactBitDepth;
    std::optional<int> exactChannels;
    std::optional<double> minDurationSeconds;
    bool failOnClipping = false;
    std::optional<double> maxLeadingSilenceSeconds; ///< fail above

    // Must: loudness (broadcast).
    std::optional<double> targetLufs; ///< fail outside targetLufs ± targetToleranceLu
    double targetToleranceLu = 1.0;
    std::optional<double> maxTruePeakDbtp; ///< fail above

    // Warn.
    std::optional<double> warnTruePeakDbtp; ///< warn above
    std::optional<double> loudTruePeakDbtp; ///< stricter ceiling for masters louder than loudAboveLufs
    std::optional<double> loudAboveLufs;
    std::optional<double> warnTrailingSilenceSeconds; ///< warn above
    std::optional<double> warnMinLufs; ///< warn below
    std::optional<double> warnMaxLufs; ///< warn above
    std::optional<double> warnLraLu; ///< warn above
    bool warnMissingVersions = false; ///< instrumental, stems and cut-downs expected

    // Report: the gain a streaming service applies to play the master at this level; warns when
    // the master is so quiet that services cannot bring it up (below quietBelowLufs).
    std::optional<double> referenceLufs;
    std::optional<double> quietBelowLufs;

    // Stems and versions (DESIGN.md §5), judged for every track with stems, cut-downs or vocals.
    // Stems bounced from one session over one range have the same length to the sample; 1 ms
    // leaves room for a DAW that rounds the end to its buffer (32 samples are 0.7 ms at 44.1 kHz),
    // while a wrong export range (a count-in, a cut tail) is far longer. 10 ms on a cut-down is a
    // quarter of a video frame at 25 fps: below what an editor cutting to picture can tell apart.
    double stemLengthToleranceMs = 1.0;
    double maxStemResidualDb = -40.0; ///< the stems' sum must null against the mix this far down
    double cutdownToleranceMs = 10.0; ///< around 30.000 s and 60.000 s
    bool stemsInVerdict = false; ///< the stem checks count toward this profile's verdict

    bool operator==(const QualityProfile &) const = default;

    /// The true-peak level above which a master of this loudness gets a warning (the stricter
    /// ceiling applies to loud masters).
    std::optional<double> truePeakWarnLimit(double integratedLufs) const;
    /// The lowest true-peak level the profile acts on, with a warning or a failure.
    std::optional<double> truePeakCeiling(double integratedLufs) const;

    QJsonObject toJson() const;
    static std::optional<QualityProfile> fromJson(const QJsonObject &json, QString *error);

    /// Streaming, Sync library, Broadcast (R128) and Content creation, as in DESIGN.md §5.
    static QList<QualityProfile> defaults();
    static std::optional<QualityProfile> defaultFor(const QString &key);

    /// A set, as stored in the catalog: {"version": 1, "profiles": [...]}.
    static QByteArray toJsonDocument(const QList<QualityProfile> &profiles);
    static std::optional<QList<QualityProfile>> fromJsonDocument(const QByteArray &json, QString *error);
};

} // namespace Imprint
