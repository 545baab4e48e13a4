// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QStringList>

#include <atomic>

namespace Imprint::CommandLine
{

/// imprint library-folder [FOLDER] [--force] [--json]: checks that every file the catalog refers
/// to is in its library folder on this computer, with the SHA-256 recorded (LibraryCheck). With
/// FOLDER, checks that folder and makes it the library on this computer (LibraryFolders): a team
/// catalog remembers it for this machine only. A folder with none of the catalog's files is
/// refused unless --force. Exit 0 when every file is there and the same, 1 when not (each named),
/// 2 on a usage error, 130 on Ctrl+C.
int runLibraryFolder(const CatalogStore &store, const QStringList &args, bool force, bool json,
    const std::atomic_bool &cancel);

} // namespace Imprint::CommandLine
