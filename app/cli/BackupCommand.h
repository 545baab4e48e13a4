// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QStringList>

#include <atomic>

namespace Imprint::CommandLine
{

/// imprint backup OUT: the catalog and its library in one verified package.
int runBackup(const CatalogStore &store, const QStringList &args, bool json, const std::atomic_bool &cancel);

/// imprint restore BACKUP DIR: unpack and verify a backup into a new or empty folder.
int runRestore(const QStringList &args, bool json, const std::atomic_bool &cancel);

} // namespace Imprint::CommandLine
