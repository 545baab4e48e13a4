// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Imprint::Migrations
{

/// The schema version this build writes.
int latestVersion();

/// The schema version recorded in db (0 for a new file).
int currentVersion(QSqlDatabase &db);

/// Applies every migration newer than the file's version, each in its own transaction.
/// Refuses a file written by a newer Imprint instead of touching it.
bool migrate(QSqlDatabase &db, QString *error);

/// Applies migrations up to and including targetVersion only (for upgrade tests).
bool migrateTo(QSqlDatabase &db, int targetVersion, QString *error);

} // namespace Imprint::Migrations
