// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <cstdio>

namespace Imprint::Platform
{

/// Whether stream (stdout, stderr) goes to a terminal, so progress lines that rewrite
/// themselves are shown there and kept out of files and pipes.
bool isTerminal(std::FILE *stream);

} // namespace Imprint::Platform
