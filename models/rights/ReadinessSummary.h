// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "rights/Readiness.h"

#include <array>

namespace Imprint::Readiness
{

/// What the readiness matrix and the track table show of one use for every track: the verdict
/// and how many findings of each kind its level has. The findings themselves (messages and
/// fixes) are worked out again for the track in view: kept for every track, they were most of
/// a large catalog's memory (issue 18: 1.3 GB of 1.5 GB at 100 000 tracks).
struct UseSummary {
    Verdict verdict = Verdict::Blocked;
    int blockers = 0; ///< blockers and unchecked items of this level alone
    int warnings = 0;
};

struct TrackSummary {
    qint64 trackId = 0;
    std::array<UseSummary, 4> uses;

    /// The highest use the track is ready for (the uses build on each other, so the last of a
    /// row of ready ones), -1 for none.
    int highestReadyUse() const;
};

TrackSummary summarize(const TrackReadiness &readiness);

/// Every track judged and summarised, in the order of tracks, on every core (each thread with
/// its own MessageMemo): on a large catalog this is a fifth of the rights page's load.
QList<TrackSummary> summarizeAll(const QList<TrackFacts> &tracks);

} // namespace Imprint::Readiness
