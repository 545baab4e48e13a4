// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Imprint::TrackSearchText
{

/// tracks.search_text (migration 12) holds each track's search key as the catalog page matches
/// it (TrackRow::updateSearchKey: title, artist, first release, version and ISRC, case-folded),
/// so `imprint tracks --search` filters in SQL with instr() instead of reading every track.
///
/// Why a stored column and not a folding function registered with SQLite: a registered function
/// exists only on Imprint's own connections (not in the sqlite3 shell, not on the PostgreSQL
/// backend), and a trigger calling it would make every other writer fail. SQL alone cannot fold
/// Unicode case, so the catalog's triggers only clear the column when a searched field changes
/// (any writer, any path: edits, imports, releases renamed or re-ordered), and this fills the
/// cleared rows in C++. A row still empty when a search runs is matched in C++, so the results
/// never depend on whether it was filled.

/// Fills every row whose text was cleared, in one write transaction. Cheap when none is: the
/// partial index tracks_search_stale holds only those rows. False (and error) when the catalog
/// cannot be written, e.g. a read-only file; searches stay correct then.
bool fill(QSqlDatabase db, QString *error);

} // namespace Imprint::TrackSearchText
