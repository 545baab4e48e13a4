// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

#include <cstdio>
#include <optional>

namespace Imprint::Platform
{

/// Whether stream (stdout, stderr) goes to a terminal, so progress lines that rewrite
/// themselves are shown there and kept out of files and pipes.
bool isTerminal(std::FILE *stream);

/// Shows prompt on stderr and reads one line from the terminal on stdin without echoing it (a
/// password). Empty when stdin is not a terminal (a script or a pipe, which must not be asked)
/// or the input ended.
std::optional<QString> readHiddenLine(const QString &prompt);

} // namespace Imprint::Platform
