// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

// Each fuzz target is one file that defines both functions below. Built with clang and
// -fsanitize=fuzzer (the "fuzz" preset, scripts/dev fuzz) libFuzzer drives it; in every other
// build FuzzReplayMain.cpp drives it over its seeds and mutations of them, as a ctest test.

/// Runs one input through the code under test. Must never crash, hang or leak, whatever the bytes.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace Imprint::Fuzz
{

/// Valid inputs made by Imprint's own writers (exports, packages, tagged audio) plus a few
/// hand-made edge cases: the corpus libFuzzer starts from.
QList<QByteArray> seeds();

/// Reports a broken promise of the code under test and aborts, which libFuzzer saves as a crash.
[[noreturn]] void fail(const char *what, const QString &detail = {});

/// Creates the QCoreApplication the code under test expects (SQL drivers, codecs), once.
void ensureApplication();

/// A folder for this process's scratch files, created on first use and removed at exit.
QString scratchDir();

} // namespace Imprint::Fuzz
