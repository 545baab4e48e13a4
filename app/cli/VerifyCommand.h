// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QStringList>

namespace Imprint::CommandLine
{

/// `imprint verify PACKAGE [--json]`: checks every entry against the package's manifest.
/// Exit status 0 when everything matches, 1 on any failure, 2 on a usage error.
int runVerify(const QStringList &args, bool json);

} // namespace Imprint::CommandLine
