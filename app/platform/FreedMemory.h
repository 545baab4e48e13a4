// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

namespace Imprint::Platform
{

/// Gives the memory the program has freed back to the system. A catalog's open reads each page's
/// data on worker threads, in parts, and what a part needed only while it was read stays with
/// the process after it is freed (the C library keeps it for the next allocation, per thread):
/// tens to hundreds of megabytes on a large catalog (issue 18). Safe on any thread; it walks the
/// free memory, so call it off the GUI thread. Does nothing where the C library has no such call.
void returnFreedMemory();

} // namespace Imprint::Platform
