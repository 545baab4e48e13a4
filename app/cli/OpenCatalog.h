// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

namespace Imprint::CommandLine
{

/// CatalogStore::open(), and when a team catalog's server asks for a password that libpq found
/// nowhere: asks for it at the terminal (not echoed, kept in memory for this run only) and tries
/// again. Without a terminal (a script), *error says where to put the password instead. Ctrl+C at
/// the prompt sets *interrupted, when given, and reaches the program's own handling of it.
bool openAskingForPassword(const CatalogStore &store, QString *error, bool *interrupted = nullptr);

/// Opens the catalog for a command that reads or changes an existing one. A missing file is
/// refused ("imprint: catalog FILE does not exist") instead of created, so a mistyped --catalog
/// creates nothing; only import, demo, new-release and import-metadata (a JSON export, or a CSV
/// file with --new) create a catalog (with CatalogStore::open). Prints why on failure ("imprint:
/// interrupted" after a Ctrl+C at a password prompt, which only a command handling Ctrl+C itself
/// lives to print).
bool openExistingCatalog(const CatalogStore &store);

/// Whether this client may change the catalog, after it opened: false for a viewer of a team
/// catalog (TeamRoles), who is told so and whose role to ask for, instead of the server refusing
/// the command's first write half way through.
bool mayChangeCatalog(const CatalogStore &store);

/// openExistingCatalog(), then mayChangeCatalog(): for the commands that write to the catalog.
bool openCatalogToChange(const CatalogStore &store);

/// Opens the catalog, creating it when it does not exist, then mayChangeCatalog(): for the
/// commands that create one (import, demo, import-metadata, new-release).
bool openCatalogToCreate(const CatalogStore &store);

} // namespace Imprint::CommandLine
