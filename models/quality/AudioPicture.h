// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "quality/AnalysisRepository.h"
#include "quality/QualityProfile.h"

#include <QList>
#include <QString>
#include <QVariantMap>

/// What the Quality pane draws for one analysed file (issue 13): the waveform and short-term
/// loudness over time, the profile's target, and markers where the file clips or its true peak
/// goes over the profile's ceiling. The view only places what is described here.
namespace Imprint::AudioPicture
{

/// A place in the file the user should listen to.
struct Marker {
    enum class Kind { Clipping, TruePeak };
    Kind kind = Kind::Clipping;
    double seconds = 0; ///< where it starts
    double endSeconds = 0; ///< where the last place merged into it ends
    int count = 1; ///< clipping runs (or buckets over the ceiling) merged into this marker
    double levelDbtp = 0; ///< the highest true peak in it (TruePeak)
};

/// The markers of an analysis under a profile. Markers closer than mergeSeconds are merged, so
/// a long clipped passage is one marker, not a thousand.
QList<Marker> markers(const AnalysisRecord &record, const QualityProfile &profile, double mergeSeconds);

/// A tick on an axis.
struct Tick {
    double value = 0;
    QString label;
};

/// Round time steps (1 s, 2 s, 5 s, 10 s, 15 s, 30 s, 1 min…) for a file of this length, at
/// most maxTicks of them, labelled as "m:ss".
QList<Tick> timeTicks(double durationSeconds, int maxTicks);

/// The loudness scale the curve is drawn on.
constexpr double FloorLufs = -40;
constexpr double CeilingLufs = 0;

/// Everything the view draws, as QML reads it: duration (s), curve (LUFS per curveInterval s,
/// null where gated out), waveMin/waveMax (−1…1 per bucket), lufsTicks [{value, label}],
/// floorLufs, ceilingLufs, target (LUFS or null) with targetLabel, markers [{kind ("clipping",
/// "truePeak"), seconds, position and endPosition (0…1), label, text}], markersKnown (false for
/// an analysis made before markers were kept: analysing again adds them) and markersNote.
QVariantMap describe(const AnalysisRecord &record, const QualityProfile &profile);

} // namespace Imprint::AudioPicture
