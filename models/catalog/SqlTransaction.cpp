// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "SqlTransaction.h"

#include "catalog/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint
{

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    m_active = query.exec(SqlDialect::of(m_db).beginWrite());
    if (!m_active)
        m_error = query.lastError().text();
}

SqlTransaction::~SqlTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK"_s);
    }
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        m_error = query.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace Imprint
