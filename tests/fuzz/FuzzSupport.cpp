// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "FuzzTarget.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace Imprint::Fuzz
{

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz target: %s%s%s\n", what, detail.isEmpty() ? "" : ": ", qPrintable(detail));
    std::abort();
}

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "imprint-fuzz";
    static char *argv[] = { name, nullptr };
    new QCoreApplication(argc, argv); // lives as long as the process, as libFuzzer's runs do
}

QString scratchDir()
{
    // Static: one folder for the whole run, so an iteration costs no mkdir; removed at exit.
    static QTemporaryDir dir;
    Q_ASSERT(dir.isValid());
    return dir.path();
}

} // namespace Imprint::Fuzz
