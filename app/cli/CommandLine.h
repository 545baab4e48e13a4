// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

namespace Imprint::CommandLine
{

/// Whether the arguments ask for a command-line run (a command, --version or --help)
/// rather than the GUI.
bool wanted(int argc, char **argv);

/// Runs `imprint [--catalog PATH] COMMAND …` without a display. Returns the exit status.
int run(int argc, char **argv);

} // namespace Imprint::CommandLine
