// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QStringList>

#include <atomic>

namespace Imprint::CommandLine
{

/// `imprint copy-catalog FROM TO [--json]`: copies a catalog into a new, empty one, each a file
/// or a postgresql:// address (a local catalog to a team server and back). Everything the
/// metadata export holds and the stored audio measurements are read from one snapshot of FROM
/// and written in one transaction, so TO gets all of it or nothing; the library root (each
/// machine's own) stays behind. Prints each table as it is written.
/// Exit status 0, 1 on failure, 2 on a usage error, 130 when interrupted (nothing copied).
int runCopyCatalog(const QStringList &args, bool json, const std::atomic_bool &interrupted);

} // namespace Imprint::CommandLine
