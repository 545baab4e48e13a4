// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"
#include "catalog/CatalogTags.h"

#include <QStringList>

namespace Imprint::CommandLine
{

/// `imprint write-tags FILE… --set FIELD=VALUE… [--dry-run] [--json]`: changes the given fields of
/// each file's tags (the other fields stay as they are), atomically and verified. An empty VALUE
/// removes the field; `--set cover=IMAGE` takes a JPEG or PNG file. Exit status: 0 every file
/// written or unchanged, 1 some file failed (each is reported), 2 usage.
int runWriteTags(const QStringList &files, const QStringList &assignments, bool dryRun, bool json);

/// `imprint write-tags --release ID | --track ID | --all`: writes the catalog's values into the
/// selected masters.
int runWriteCatalogTags(
    const CatalogStore &store, const CatalogTags::Selection &selection, bool dryRun, bool json);

} // namespace Imprint::CommandLine
