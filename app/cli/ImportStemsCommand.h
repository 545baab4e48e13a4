// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QStringList>

#include <atomic>

namespace Imprint::CommandLine
{

struct ImportStemsOptions {
    QStringList args; // the archive
    QString track; // id
    bool force = false; // attach despite sample rate or length mismatches
    bool json = false;
};

/// imprint import-stems ARCHIVE --track ID [--force] [--json]
int runImportStems(
    const CatalogStore &store, const ImportStemsOptions &options, const std::atomic_bool &cancel);

} // namespace Imprint::CommandLine
