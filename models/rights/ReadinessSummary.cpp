// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReadinessSummary.h"

#include <QThread>

#include <memory>
#include <vector>

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
    // Below this many tracks per part, a thread costs more than it saves. Threads of their own,
    // not the global pool's: an analysis can hold those for minutes.
    constexpr qsizetype smallestPart = 2000;
    const qsizetype parts
        = qBound(qsizetype(1), tracks.size() / smallestPart, qsizetype(QThread::idealThreadCount()));
    const qsizetype step = (tracks.size() + parts - 1) / parts;
    QList<TrackSummary> summaries(tracks.size());
    TrackSummary *const out = summaries.data(); // detached here, once, not by each thread
    const auto judge = [&](qsizetype from) {
        MessageMemo messages; // one per thread
        for (qsizetype i = from; i < std::min(from + step, tracks.size()); ++i)
            out[i] = summarize(evaluate(tracks.at(i)));
    };
    std::vector<std::unique_ptr<QThread>> others;
    for (qsizetype from = step; from < tracks.size(); from += step) {
        others.emplace_back(QThread::create(judge, from));
        others.back()->start();
    }
    judge(0); // this thread takes the first part
    for (const auto &other : others)
        other->wait();
    return summaries;
}

} // namespace Imprint::Readiness
