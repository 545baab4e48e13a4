// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QStringList>

namespace Imprint::CommandLine
{

/// imprint duplicates [--json]: lists pairs of tracks whose masters are likely the same take
/// (LikelyDuplicates). imprint duplicates keep-both ID ID: remembers that two tracks are
/// different recordings, so the pair is not listed again. Exit 0, 1 on an error, 2 on misuse.
int runDuplicates(const CatalogStore &store, const QStringList &args, bool json);

} // namespace Imprint::CommandLine
