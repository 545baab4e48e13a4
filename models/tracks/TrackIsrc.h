// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "identifiers/IdentifierCheck.h"
#include "identifiers/IsrcAllocation.h"
#include "tracks/TrackRow.h"

namespace Imprint::TrackIsrc
{

/// Whether text may become the ISRC of a track: a valid code (DESIGN.md §4) that no other
/// recording in the catalog holds. An ISRC identifies one recording version, never two.
IdentifierCheck check(const TrackRows &catalog, qint64 trackId, QStringView text);

/// The next free ISRC under the registrant prefix for the year of today.
Isrc::Allocation next(const TrackRows &catalog, QStringView prefix, QDate today);

} // namespace Imprint::TrackIsrc
