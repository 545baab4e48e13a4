// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "ArchiveTypes.h"

namespace Imprint::Archive
{

/// Hashes every entry of a package (streamed, nothing written to disk) and compares it with the
/// package's MANIFEST.sha256: each listed file must be present with the same SHA-256, and every
/// other file must be listed. Unsafe names and duplicates are reported as invalid entries.
VerifyResult verifyPackage(
    const QString &path, const std::atomic_bool *cancel = nullptr, const ProgressFn &progress = {});

} // namespace Imprint::Archive
