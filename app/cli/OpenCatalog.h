// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

namespace Imprint::CommandLine
{

/// Opens the catalog for a command that reads or changes an existing one. A missing file is
/// refused ("imprint: catalog FILE does not exist") instead of created, so a mistyped --catalog
/// creates nothing; only import, demo, new-release and import-metadata create a catalog (with
/// CatalogStore::open). Prints why on failure.
bool openExistingCatalog(const CatalogStore &store);

} // namespace Imprint::CommandLine
