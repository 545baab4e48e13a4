// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QStringList>

namespace Imprint::CommandLine
{

/// imprint [--catalog FILE] export-calendar [--release ID] [--json] OUT.ics: the release plan
/// (or one release's) as iCalendar for any calendar app.
int runExportCalendar(const CatalogStore &store, const QStringList &args, const QString &release, bool json);

} // namespace Imprint::CommandLine
