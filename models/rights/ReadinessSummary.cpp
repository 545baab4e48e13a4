// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReadinessSummary.h"

#include "InParts.h"

namespace Imprint::Readiness
{

int TrackSummary::highestReadyUse() const
{
    int ready = -1;
    for (size_t use = 0; use < uses.size(); ++use) {
        if (uses[use].verdict != Verdict::Ready)
            break;
        ready = int(allUses[use]);
    }
    return ready;
}

TrackSummary summarize(const TrackReadiness &readiness)
{
    TrackSummary summary;
    summary.trackId = readiness.trackId;
    for (size_t use = 0; use < readiness.uses.size(); ++use) {
        const UseResult &level = readiness.uses[use];
        UseSummary &counted = summary.uses[use];
        counted.verdict = level.verdict;
        for (const Finding &finding : level.findings)
            ++(finding.severity == Severity::Warning ? counted.warnings : counted.blockers);
    }
    return summary;
}

QList<TrackSummary> summarizeAll(const QList<TrackFacts> &tracks)
{
    QList<TrackSummary> summaries(tracks.size());
    TrackSummary *const out = summaries.data(); // detached here, once, not by each thread
    inParts(tracks.size(), 2000, [&](qsizetype from, qsizetype to) {
        MessageMemo messages; // one per thread
        for (qsizetype i = from; i < to; ++i)
            out[i] = summarize(evaluate(tracks.at(i)));
    });
    return summaries;
}

} // namespace Imprint::Readiness
