// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QString>

namespace Imprint::LibraryFolders
{

/// Where this computer has a team catalog's library (issue 16): the people of a label mount one
/// shared library at different places (/mnt/label, /Volumes/Label, a synced folder), so each
/// machine's folder is remembered here, per catalog address, in Imprint's configuration
/// (imprintrc), never in the shared catalog. A catalog file lives on one machine: its folder is
/// the catalog's own setting. The only file that reads or writes these entries.

/// This computer's folder for the team catalog at location; empty when none was chosen.
QString folder(const QString &catalogLocation);

/// store, given this computer's folder when it is a team catalog that has one.
CatalogStore withLocalFolder(CatalogStore store);

/// Makes folder the library of store's catalog on this computer: remembered for a team catalog,
/// the catalog's own setting for a file. False with *error when it cannot be written.
bool use(const CatalogStore &store, const QString &folder, QString *error);

} // namespace Imprint::LibraryFolders
