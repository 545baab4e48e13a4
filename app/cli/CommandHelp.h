// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace Imprint::CommandLine
{

/// Whether name is one of imprint's commands (import, tracks, add-track…).
bool isCommand(const QString &name);

/// The commands, one "SYNTAX: what it does" line each, for `imprint --help`.
QString commandSummaries();

/// `imprint COMMAND --help`: the command's synopsis and only the options it takes, picked by
/// name from every option of the command line.
QString commandHelp(const QString &command, const QList<QCommandLineOption> &allOptions);

} // namespace Imprint::CommandLine
