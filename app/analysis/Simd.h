// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <cstring>

// The hot per-block kernels are written with GCC/Clang vector extensions (8 floats), which
// compile to SSE2 on baseline x86-64. On x86-64 the kernels are also cloned for x86-64-v3
// (AVX2 + FMA) and the loader picks the clone the CPU supports, so a generic package runs
// at full speed on current machines.
// The clones need the ELF loader's ifunc, which Windows (PE) and macOS (Mach-O) do not have.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_ADDRESS__)        \
    && defined(__ELF__)
#define IMPRINT_HOT_KERNEL __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define IMPRINT_HOT_KERNEL
#endif

namespace Imprint::Analysis::Simd
{

typedef float Float8 __attribute__((vector_size(32)));
typedef int Int8 __attribute__((vector_size(32)));

// Unaligned load/store without aliasing trouble; compiles to a single vector move.
#define IMPRINT_LOAD8(dst, ptr) std::memcpy(&(dst), (ptr), sizeof(Imprint::Analysis::Simd::Float8))
#define IMPRINT_STORE8(ptr, src) std::memcpy((ptr), &(src), sizeof(Imprint::Analysis::Simd::Float8))

} // namespace Imprint::Analysis::Simd
