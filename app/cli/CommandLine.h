// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

namespace Imprint::CommandLine
{

/// Runs `imprint [--catalog PATH] COMMAND …` without a display. Returns the exit status.
/// Also answers everything the GUI does not take (an unknown command or option, --help), so
/// those get a message instead of a GUI that cannot start without a display.
int run(int argc, char **argv);

} // namespace Imprint::CommandLine
