// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

namespace Imprint::Platform
{

/// The program that starts Imprint again (File › Open Catalog starts a new Imprint on the
/// catalog chosen). launcher is $IMPRINT_LAUNCHER: the portable bundle starts the binary through
/// its own dynamic loader, so the running executable (/proc/self/exe) is that loader, and the
/// bundle's launcher script names itself there. It is used when it names an executable file;
/// otherwise (unset, or not a program) the running executable is.
QString selfProgram(const QString &launcher, const QString &executable);

/// selfProgram() for this process: $IMPRINT_LAUNCHER and QCoreApplication::applicationFilePath().
QString selfProgram();

} // namespace Imprint::Platform
