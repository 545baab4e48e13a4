// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "PartyQueries.h"

#include "catalog/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::PartyQueries
{

qint64 findOrCreate(QSqlDatabase db, const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    QSqlQuery query(db);
    const auto fail = [&] {
        if (error)
            *error = query.lastError().text();
        return 0;
    };
    if (const QString lock = SqlDialect::of(db).lockNameQuery(u"parties"_s); !lock.isEmpty()) {
        query.prepare(lock);
        query.addBindValue(trimmed);
        if (!query.exec())
            return fail();
    }
    query.prepare(u"SELECT id FROM parties WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1"_s);
    query.addBindValue(trimmed);
    if (!query.exec())
        return fail();
    if (query.next())
        return query.value(0).toLongLong();
    query.prepare(u"INSERT INTO parties(name) VALUES (?) RETURNING id"_s);
    query.addBindValue(trimmed);
    if (!query.exec())
        return fail();
    return returnedId(query);
}

} // namespace Imprint::PartyQueries
