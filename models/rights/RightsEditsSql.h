// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Shared by RightsEdits.cpp and RightsEditsTerms.cpp only: binding and failing SQL statements.
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace Imprint::RightsEdits::Sql
{

inline bool fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

inline bool failQuery(const QSqlQuery &query, QString *error)
{
    return fail(error, query.lastError().text());
}

inline bool execute(QSqlDatabase db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() || failQuery(query, error);
}

inline QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/// Text columns are NOT NULL: a null QString would bind as NULL.
inline QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1StringView("")) : value;
}

} // namespace Imprint::RightsEdits::Sql
