// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

#include <cstdio>

namespace Imprint::Platform
{

/// Whether stream (stdout, stderr) goes to a terminal, so progress lines that rewrite
/// themselves are shown there and kept out of files and pipes.
bool isTerminal(std::FILE *stream);

/// What readHiddenLine() read: the line typed, or why there is none.
struct HiddenLine {
    enum class End {
        Typed, ///< text holds the line
        NotATerminal, ///< stdin is a script or a pipe, which is never asked
        Ended, ///< the input ended (Ctrl+D) before anything was typed
        Interrupted, ///< Ctrl+C: the terminal is restored and the interrupt passed on
    };
    End end = End::NotATerminal;
    QString text;
};

/// Asks at the terminal (the prompt on the terminal itself, so it shows when stderr goes to a
/// file) and reads one line from stdin without echoing it: a password. Only when stdin is a
/// terminal. Ctrl+C turns echo back on, then reaches the program's own handling of it.
HiddenLine readHiddenLine(const QString &prompt);

} // namespace Imprint::Platform
