// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "SqlTransaction.h"

#include "catalog/SqlDialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

// How many transactions are open on each of this thread's connections (connections are used
// by the thread that made them only).
thread_local QHash<QString, int> openOnConnection;

} // namespace

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &open = openOnConnection[m_db.connectionName()];
    if (open > 0)
        m_savepoint = u"imprint_nested_%1"_s.arg(open);
    QSqlQuery query(m_db);
    m_active = query.exec(
        m_savepoint.isEmpty() ? SqlDialect::of(m_db).beginWrite() : u"SAVEPOINT "_s + m_savepoint);
    if (m_active)
        ++open;
    else
        m_error = query.lastError().text();
}

SqlTransaction::~SqlTransaction()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    if (m_savepoint.isEmpty()) {
        query.exec(u"ROLLBACK"_s);
    } else {
        query.exec(u"ROLLBACK TO SAVEPOINT "_s + m_savepoint);
        query.exec(u"RELEASE SAVEPOINT "_s + m_savepoint);
    }
    --openOnConnection[m_db.connectionName()];
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE SAVEPOINT "_s + m_savepoint)) {
        m_error = query.lastError().text();
        return false;
    }
    m_active = false;
    --openOnConnection[m_db.connectionName()];
    return true;
}

} // namespace Imprint
