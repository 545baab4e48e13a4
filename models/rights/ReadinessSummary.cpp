// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReadinessSummary.h"

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

} // namespace Imprint::Readiness
