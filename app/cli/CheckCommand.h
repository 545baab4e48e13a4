// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QStringList>

#include <atomic>

namespace Imprint::CommandLine
{

/// `imprint check FILE|FOLDER… [--json]`: analyses every file (folders recursively, audio by
/// suffix) on all cores and prints the measurements per file. No catalog needed.
/// Exit status: 0 all analysed, 1 some could not be (each is listed with the reason),
/// 2 usage, 130 cancelled (interrupted set by Ctrl+C).
int runCheck(const QStringList &paths, bool json, const std::atomic_bool &interrupted);

} // namespace Imprint::CommandLine
