// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <atomic>

namespace Imprint::Platform
{

/// From now on Ctrl+C (SIGINT; on Windows also Ctrl+Break) sets flag instead of ending the
/// program, so a long command can stop cleanly. flag must outlive the program's use of it.
void stopOnInterrupt(std::atomic_bool &flag);

/// Ctrl+C ends the program again, as before stopOnInterrupt.
void endOnInterrupt();

} // namespace Imprint::Platform
