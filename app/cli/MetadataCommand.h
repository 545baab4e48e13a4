// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QStringList>

namespace Imprint::CommandLine
{

/// `imprint export-metadata OUT.json|OUT.csv [--format json|csv]`: the whole catalog as JSON,
/// or one CSV row per track; OUT "-" writes to standard output. Exit status 0, 1 on failure,
/// 2 on a usage error.
int runExportMetadata(const CatalogStore &store, const QStringList &args, const QString &format);

/// `imprint import-metadata FILE.json|FILE.csv [--dry-run] [--json]`: a JSON export into an empty
/// catalog, or CSV rows applied to the catalog's tracks. Exit status 0 when everything was
/// imported, 1 when anything was refused (bad CSV rows are listed; the good ones are kept).
int runImportMetadata(
    const CatalogStore &store, const QStringList &args, const QString &format, bool dryRun, bool json);

} // namespace Imprint::CommandLine
