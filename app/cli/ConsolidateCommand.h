// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QStringList>

#include <atomic>

namespace Imprint::CommandLine
{

/// imprint consolidate [--json]: copies every file the catalog refers to outside its library
/// folder into it (LibraryConsolidation), so backups and deliveries can take them. Exit 0 when
/// every file is in the library afterwards, 1 when some stayed outside (each named), 130 on Ctrl+C.
int runConsolidate(
    const CatalogStore &store, const QStringList &args, bool json, const std::atomic_bool &cancel);

} // namespace Imprint::CommandLine
