// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace Imprint::CommandLine
{

/// --owner, --editor and --viewer LOGIN (each repeatable): who gets which role.
QList<QCommandLineOption> teamRoleOptions();

/// `imprint init-team-catalog postgresql://… [--owner LOGIN]… [--editor LOGIN]… [--viewer LOGIN]…`:
/// creates or upgrades the catalog's schema on the server, then its owner, editor and viewer
/// roles with their grants (TeamRoles::initialize), and makes the named login roles members.
/// Run by someone who may create roles. Exit status 0, 1 on failure, 2 on a usage error.
int runInitTeamCatalog(const QStringList &args, const QCommandLineParser &parser, bool json);

} // namespace Imprint::CommandLine
