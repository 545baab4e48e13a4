// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "quality/AnalysisFacts.h"
#include "quality/QualityProfile.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Imprint::QualityVerdicts
{

/// A stem of a track as its stored analysis describes it; analysed is false when the stem has no
/// analysis for its current content yet.
struct StemFact {
    QString name; ///< the stem's file name, for messages
    bool analysed = false;
    AnalysisFacts facts;
};

/// The audio-check verdicts the readiness rules read (TrackFacts::qualityVerdicts): for each of
/// the profiles "content", "streaming" and "sync", "pass" (warnings do not block) or "fail: …"
/// with the failing checks' fixes; and for "stems", "pass" when every stem decodes with the
/// master's sample rate and length (± 1 ms), else "fail: …". A key is absent when what it
/// needs has not been analysed, so the rules keep saying "not checked yet". Pure: no I/O.
QMap<QString, QString> forTrack(const QList<QualityProfile> &profiles,
    const std::optional<AnalysisFacts> &master, const QList<StemFact> &stems);

/// Reads the stored analyses and profiles and computes forTrack for every track (trackId 0) or
/// one track, keyed by track id. Tracks without any analysis are left out.
std::optional<QHash<qint64, QMap<QString, QString>>> read(QSqlDatabase db, qint64 trackId, QString *error);

} // namespace Imprint::QualityVerdicts
