// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "quality/AnalysisFacts.h"
#include "quality/QualityProfile.h"
#include "quality/StemCheck.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Imprint
{
class SharedQualityRows;
}

namespace Imprint::QualityVerdicts
{

/// The audio-check verdicts the readiness rules read (TrackFacts::qualityVerdicts): for each of
/// the profiles "content", "streaming" and "sync", "pass" (warnings do not block) or "fail: …"
/// with the master's failing checks; and for "stems", the stems' own checks under the Sync
/// profile (each stem at the master's rate and length, their sum null-tested against the mix),
/// "pass" or "fail: …". A key is absent when what it needs has not been measured yet (no
/// analysis of the master; stems not all analysed or not null-tested), so the rules keep saying
/// "not checked yet". Pure: no I/O.
QMap<QString, QString> forTrack(const QList<QualityProfile> &profiles,
    const std::optional<AnalysisFacts> &master, const StemSetFacts &stems);

/// Reads the stored analyses and profiles and computes forTrack for every track (trackId 0) or
/// one track, keyed by track id. Tracks without any analysis are left out. For every track, the
/// rows a quality reload posted with this one has read (shared) are used instead of a read.
std::optional<QHash<qint64, QMap<QString, QString>>> read(
    QSqlDatabase db, qint64 trackId, QString *error, SharedQualityRows *shared = nullptr);

/// As read(), for these tracks only (none: none). Each id is a bound value: keep the list to a
/// few thousand.
std::optional<QHash<qint64, QMap<QString, QString>>> readOf(
    QSqlDatabase db, const QList<qint64> &trackIds, QString *error);

} // namespace Imprint::QualityVerdicts
