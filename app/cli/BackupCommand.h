// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QCommandLineOption>
#include <QStringList>

#include <atomic>

namespace Imprint::CommandLine
{

/// --allow-missing: back up even when files the catalog refers to cannot be packaged.
QCommandLineOption allowMissingOption();

/// imprint backup OUT: the catalog and every file it refers to in one verified package; refused
/// (exit 1) when a file cannot be packaged, unless allowMissing.
int runBackup(const CatalogStore &store, const QStringList &args, bool json, bool allowMissing,
    const std::atomic_bool &cancel);

/// imprint restore BACKUP DIR: unpack and verify a backup into a new or empty folder.
int runRestore(const QStringList &args, bool json, const std::atomic_bool &cancel);

} // namespace Imprint::CommandLine
