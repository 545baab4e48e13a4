// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "rights/TrackFacts.h"

#include <QHash>

#include <algorithm>

namespace Imprint
{

/// Which track each clearance item, contribution and uploaded input belongs to, and the highest
/// id of each seen. The rights page holds the facts of the tracks in view only (issue 18); an
/// edit or an undo of a record on another track still needs to know whose verdicts it moves.
struct RightsRecordOwners {
    QHash<qint64, qint64> clearances; ///< item id → track id
    QHash<qint64, qint64> contributions;
    QHash<qint64, qint64> inputs;
    qint64 lastClearance = 0;
    qint64 lastContribution = 0;
    qint64 lastInput = 0;

    /// Adds (or moves) the track's records. A record removed since is not taken out: its owner
    /// is still the track whose verdicts its removal moved.
    void add(const TrackFacts &facts)
    {
        for (const ClearanceFact &item : facts.clearances) {
            clearances.insert(item.id, facts.trackId);
            lastClearance = std::max(lastClearance, item.id);
        }
        for (const ContributionFact &contribution : facts.contributions) {
            contributions.insert(contribution.id, facts.trackId);
            lastContribution = std::max(lastContribution, contribution.id);
        }
        for (const InputFact &input : facts.inputs) {
            inputs.insert(input.id, facts.trackId);
            lastInput = std::max(lastInput, input.id);
        }
    }
};

/// The record with this id in a track's list of them (clearances, contributions, inputs).
template<typename Fact>
const Fact *recordById(const QList<Fact> &records, qint64 id)
{
    const auto it
        = std::find_if(records.cbegin(), records.cend(), [id](const Fact &fact) { return fact.id == id; });
    return it == records.cend() ? nullptr : &*it;
}

} // namespace Imprint
