// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QStringList>

namespace Imprint::CommandLine
{

/// `imprint copy-catalog FROM TO [--json]`: copies a catalog into a new, empty one, each a file
/// or a postgresql:// address (a local catalog to a team server and back). Everything the
/// metadata export holds is copied in one transaction, so TO gets all of it or nothing; the
/// library root (each machine's own) and stored audio measurements (measured again) stay behind.
/// Exit status 0, 1 on failure, 2 on a usage error.
int runCopyCatalog(const QStringList &args, bool json);

} // namespace Imprint::CommandLine
