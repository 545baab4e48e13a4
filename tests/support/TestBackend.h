// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Imprint::Test
{

/// Whether this run tests the catalog on PostgreSQL: IMPRINT_TEST_BACKEND=postgres, with the
/// throwaway server of scripts/pg-test-server at IMPRINT_TEST_PG_URL (ctest's *_postgres runs).
bool onPostgres();

/// Where a new, empty test catalog lives: dir/fileName on SQLite; on PostgreSQL a fresh
/// database of its own on the test server (so every test case starts from nothing).
/// A database catalogLocation() made lives until dropCatalog() or the end of the process: a run
/// of the QML tests makes about a thousand, 10 MB each, which together could fill a disk.
QString catalogLocation(const QTemporaryDir &dir, const QString &fileName);
/// Drops the database of a location catalogLocation() made, ending connections still open to it;
/// nothing on SQLite (the file goes with its folder).
void dropCatalog(const QString &location);

} // namespace Imprint::Test
