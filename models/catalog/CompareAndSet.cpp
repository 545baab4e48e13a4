// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CompareAndSet.h"

#include "catalog/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::CompareAndSet
{

namespace
{

bool fail(const QString &why, QString *error)
{
    if (error)
        *error = why;
    return false;
}

} // namespace

bool lockRow(QSqlDatabase db, const QString &table, qint64 id, QString *error)
{
    const QString lock = SqlDialect::of(db).lockRowQuery(table);
    if (lock.isEmpty())
        return true;
    QSqlQuery query(db);
    query.prepare(lock);
    query.addBindValue(id);
    return query.exec() || fail(query.lastError().text(), error);
}

std::optional<QString> lockedValue(
    QSqlDatabase db, const StoredField &field, const QString &missing, QString *error)
{
    if (!lockRow(db, field.table, field.id, error))
        return std::nullopt;
    QSqlQuery query(db);
    // Table and column come from the callers' fixed names, never from user input.
    query.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(field.column, field.table));
    query.addBindValue(field.id);
    if (!query.exec()) {
        fail(query.lastError().text(), error);
        return std::nullopt;
    }
    if (!query.next()) {
        fail(missing, error);
        return std::nullopt;
    }
    return query.isNull(0) ? QString() : query.value(0).toString();
}

} // namespace Imprint::CompareAndSet
