// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "ArchiveTypes.h"

namespace Imprint::Archive
{

/// Unpacks an archive nobody vouched for (a stem pack, a backup) into targetDir, which must not
/// exist yet or be an empty folder.
///
/// Every entry is checked before anything is written: absolute paths, ".." components, duplicate
/// names, links that escape, devices and FIFOs are refused; links that stay inside are skipped
/// and reported; total size, entry count and compression ratio are capped by limits. Files are
/// created new (never through a link) in a fresh folder next to targetDir, which becomes
/// targetDir only once the whole archive passed. On any refusal, error or cancel, nothing is
/// left in (or next to) targetDir and the error names the entry and the reason.
ExtractResult extractSafely(const QString &archivePath, const QString &targetDir, const ExtractLimits &limits,
    const std::atomic_bool &cancel, const ProgressFn &progress = {});

} // namespace Imprint::Archive
