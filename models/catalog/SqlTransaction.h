// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Imprint
{

/// A write transaction, on SQLite started with BEGIN IMMEDIATE (QSqlDatabase::transaction()
/// issues a deferred BEGIN, which can fail with SQLITE_BUSY half way through; see
/// SqlDialect::beginWrite). Rolls back unless commit() succeeded. One started while another is
/// open on the same connection (a check that wraps a write which has its own) is a savepoint of
/// it: its rollback undoes only its own work, and its commit leaves the outer one to decide.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
    QString m_savepoint; ///< empty for the outermost transaction
};

} // namespace Imprint
