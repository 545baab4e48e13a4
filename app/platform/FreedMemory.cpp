// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "FreedMemory.h"

#include <cstdlib> // on glibc, what defines __GLIBC__

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Imprint::Platform
{

void returnFreedMemory()
{
#if defined(__GLIBC__)
    ::malloc_trim(0);
#endif
    // Other C libraries have no such call: their allocators decide alone when to give pages back.
}

} // namespace Imprint::Platform
