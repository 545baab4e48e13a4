// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "rights/Readiness.h"
#include "rights/TrackFacts.h"

namespace Imprint::FixTargets
{

/// The id of the record a readiness finding's fix is made on, by the kind of record its target
/// names: the party the finding names, else the track's release, work or the track itself; 0
/// when the target names no record. The rights page and the delivery preflight both lead there.
qint64 recordIdFor(const TrackFacts &facts, const Readiness::Finding &finding);

} // namespace Imprint::FixTargets
