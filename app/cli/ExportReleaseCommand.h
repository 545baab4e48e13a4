// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <atomic>

namespace Imprint::CommandLine
{

struct ExportReleaseOptions {
    QString release; // id
    QString profile;
    QString out;
    QString format; // zip, tar.zst…; empty: from the file name
    bool force = false; // export despite preflight warnings
    bool json = false;
};

/// imprint export-release --release ID --profile distributor|sync --out FILE [--format F] [--force]
int runExportRelease(
    const CatalogStore &store, const ExportReleaseOptions &options, const std::atomic_bool &cancel);

} // namespace Imprint::CommandLine
