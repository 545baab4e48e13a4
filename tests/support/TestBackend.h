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
QString catalogLocation(const QTemporaryDir &dir, const QString &fileName);

} // namespace Imprint::Test
