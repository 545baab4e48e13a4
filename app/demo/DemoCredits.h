// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

namespace Imprint::Demo
{

/// Gives the imported demo catalog who-made-what, so the works and parties pages and the track
/// pane show real content: a producer, a lyricist, a featured singer and a mastering studio with
/// (invented, check-digit-valid) identifiers; credits and master splits on Glass Harbour and
/// Tidal Memory (Low Voltage is left to fill in); three works with writers' shares, two of them
/// with an ISWC, linked to their recordings. Tracks or releases missing from the catalog are
/// skipped.
bool creditDemoCatalog(const CatalogStore &store, QString *error);

} // namespace Imprint::Demo
