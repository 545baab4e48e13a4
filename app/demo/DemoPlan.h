// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QDate>

namespace Imprint::Demo
{

/// Schedules the demo catalog's releases around today, so the calendar shows a plan: Low
/// Voltage came out three weeks ago, Glass Harbour comes out in 6 days and is at risk (its
/// delivery is overdue and the editorial pitch's hard limit has passed), Tidal Memory is six
/// weeks out and on track.
/// Releases missing from the catalog are skipped.
bool planDemoReleases(const CatalogStore &store, QDate today, QString *error);

} // namespace Imprint::Demo
