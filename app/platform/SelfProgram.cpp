// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "SelfProgram.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Imprint::Platform
{

QString selfProgram(const QString &launcher, const QString &executable)
{
    if (launcher.isEmpty())
        return executable;
    const QFileInfo info(launcher);
    if (!info.isFile() || !info.isExecutable())
        return executable;
    return info.absoluteFilePath();
}

QString selfProgram()
{
    return selfProgram(qEnvironmentVariable("IMPRINT_LAUNCHER"), QCoreApplication::applicationFilePath());
}

} // namespace Imprint::Platform
