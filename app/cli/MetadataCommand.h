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

struct ImportMetadataOptions {
    QString format; ///< --format: json or csv, empty to go by the file name
    bool dryRun = false;
    bool json = false;
    bool createNew = false; ///< --new: a CSV file may start a new catalog
};

/// `imprint import-metadata FILE.json|FILE.csv [--dry-run] [--new] [--json]`: a JSON export into an
/// empty catalog (made when missing), or CSV rows applied to the catalog's tracks (a missing
/// catalog is made only with --new). Exit status 0 when everything was imported, 1 when anything
/// was refused (bad CSV rows are listed; the good ones are kept).
int runImportMetadata(
    const CatalogStore &store, const QStringList &args, const ImportMetadataOptions &options);

} // namespace Imprint::CommandLine
