// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <atomic>

namespace Imprint::CommandLine
{

/// `imprint --catalog FILE check [--profile NAME] [--json]`: analyses every audio file of the
/// catalog that has no analysis for its current content (on all cores, stored in the catalog),
/// then prints each track's verdict under the profile (default: streaming) with the fixes.
/// Exit status: 0 nothing fails, 1 a track fails a must-check (or a file could not be read),
/// 2 usage, 130 cancelled.
int runCatalogCheck(
    const CatalogStore &store, const QString &profileKey, bool json, const std::atomic_bool &interrupted);

} // namespace Imprint::CommandLine
