// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogRecord.h"

#include "catalog/CompareAndSet.h"
#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Imprint::CatalogRecord
{

namespace
{

bool failed(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

QString missing(const QString &table, qint64 id)
{
    return QCoreApplication::translate("CatalogRecord", "row %1 of %2 does not exist").arg(id).arg(table);
}

// SQLite values as JSON: text, integers and reals as themselves, NULL as null, blobs as
// {"blob": base64}, so a restored row is byte-for-byte the row that was deleted.
QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QJsonObject { { u"blob"_s, QString::fromLatin1(value.toByteArray().toBase64()) } };
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonObject { { u"int"_s, QString::number(value.toLongLong()) } }; // exact beyond 2^53
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

QVariant fromJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(u"blob"))
            return QByteArray::fromBase64(object.value(u"blob"_s).toString().toLatin1());
        return object.value(u"int"_s).toString().toLongLong();
    }
    if (value.isDouble())
        return value.toDouble();
    return value.toString();
}

std::optional<QJsonArray> rows(QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    QJsonArray result;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), toJson(query.value(i)));
        result.append(row);
    }
    return result;
}

struct ForeignKey {
    QString table;
    QString column;
    QString onDelete; ///< CASCADE, SET NULL, RESTRICT, NO ACTION…
};

std::optional<QList<ForeignKey>> foreignKeysTo(QSqlDatabase db, const QString &referenced, QString *error)
{
    QSqlQuery keys(db);
    keys.prepare(SqlDialect::of(db).foreignKeysToQuery());
    keys.addBindValue(referenced);
    if (!keys.exec()) {
        failed(keys, error);
        return std::nullopt;
    }
    QList<ForeignKey> result;
    while (keys.next())
        result.append({ keys.value(0).toString(), keys.value(1).toString(), keys.value(2).toString() });
    return result;
}

// The column that names one row of table: its primary key. A row unlinked by ON DELETE SET NULL
// is found again by it (SQLite's rowid is the same value for these tables, and PostgreSQL has none).
std::optional<QString> rowKey(QSqlDatabase db, const QString &table, QString *error)
{
    QSqlQuery query(db);
    query.prepare(SqlDialect::of(db).primaryKeyQuery());
    query.addBindValue(table);
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    QStringList columns;
    while (query.next())
        columns.append(query.value(0).toString());
    if (columns.size() != 1) {
        if (error)
            *error = QCoreApplication::translate("CatalogRecord", "table %1 has no single-column key")
                         .arg(table);
        return std::nullopt;
    }
    return columns.constFirst();
}

} // namespace

std::optional<QString> snapshot(QSqlDatabase db, const QString &table, qint64 id, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT * FROM %1 WHERE id = ?"_s.arg(quoted(table)));
    query.addBindValue(id);
    const auto record = rows(query, error);
    if (!record)
        return std::nullopt;
    if (record->isEmpty()) {
        if (error)
            *error = missing(table, id);
        return std::nullopt;
    }
    const auto keys = foreignKeysTo(db, table, error);
    if (!keys)
        return std::nullopt;
    QJsonArray dependents;
    QJsonArray links;
    for (const ForeignKey &reference : *keys) {
        const bool cascade = reference.onDelete == u"CASCADE";
        if (!cascade && reference.onDelete != u"SET NULL")
            continue; // a restricting row makes remove() fail, so nothing of it needs restoring
        if (cascade) {
            query.prepare(
                u"SELECT * FROM %1 WHERE %2 = ?"_s.arg(quoted(reference.table), quoted(reference.column)));
        } else {
            const std::optional<QString> key = rowKey(db, reference.table, error);
            if (!key)
                return std::nullopt;
            query.prepare(u"SELECT %1 AS row_key FROM %2 WHERE %3 = ? ORDER BY 1"_s.arg(
                quoted(*key), quoted(reference.table), quoted(reference.column)));
        }
        query.addBindValue(id);
        const auto found = rows(query, error);
        if (!found)
            return std::nullopt;
        if (found->isEmpty())
            continue;
        if (cascade) {
            dependents.append(QJsonObject { { u"table"_s, reference.table }, { u"rows"_s, *found } });
        } else {
            QJsonArray rowids;
            for (const QJsonValue &row : *found)
                rowids.append(row.toObject().value(u"row_key"_s));
            links.append(QJsonObject {
                { u"table"_s, reference.table }, { u"column"_s, reference.column }, { u"rows"_s, rowids } });
        }
    }
    const QJsonObject object { { u"table"_s, table }, { u"id"_s, QString::number(id) },
        { u"record"_s, record->first() }, { u"dependents"_s, dependents }, { u"links"_s, links } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QList<Reference>> references(QSqlDatabase db, const QString &table, qint64 id, QString *error)
{
    const auto keys = foreignKeysTo(db, table, error);
    if (!keys)
        return std::nullopt;
    QList<Reference> result;
    for (const ForeignKey &key : *keys) {
        QSqlQuery query(db);
        query.prepare(u"SELECT count(*) FROM %1 WHERE %2 = ?"_s.arg(quoted(key.table), quoted(key.column)));
        query.addBindValue(id);
        if (!query.exec() || !query.next()) {
            failed(query, error);
            return std::nullopt;
        }
        if (const int rows = query.value(0).toInt(); rows > 0)
            result.append({ key.table, key.column, rows });
    }
    return result;
}

bool remove(QSqlDatabase db, const QString &table, qint64 id, QString *error)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(quoted(table)));
    query.addBindValue(id);
    if (!query.exec())
        return failed(query, error);
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = missing(table, id);
        return false;
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

std::optional<QString> takeOut(QSqlDatabase db, const QString &table, qint64 id, QString *error)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    if (!CompareAndSet::lockRow(db, table, id, error))
        return std::nullopt;
    std::optional<QString> record = snapshot(db, table, id, error);
    if (!record || !remove(db, table, id, error))
        return std::nullopt;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    return record;
}

namespace
{

bool insertRow(QSqlDatabase db, const QString &table, const QJsonObject &row, QString *error)
{
    QStringList columns;
    QStringList marks;
    for (auto it = row.begin(); it != row.end(); ++it) {
        columns.append(quoted(it.key()));
        marks.append(u"?"_s);
    }
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(quoted(table), columns.join(u", "_s), marks.join(u", "_s)));
    for (auto it = row.begin(); it != row.end(); ++it)
        query.addBindValue(fromJson(it.value()));
    return query.exec() || failed(query, error);
}

} // namespace

bool restore(QSqlDatabase db, const QString &text, QString *error)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString table = object.value(u"table"_s).toString();
    const qint64 id = object.value(u"id"_s).toString().toLongLong();
    if (table.isEmpty() || id <= 0 || !object.value(u"record"_s).isObject()) {
        if (error)
            *error = QCoreApplication::translate("CatalogRecord", "the deleted record cannot be read back");
        return false;
    }
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    if (!insertRow(db, table, object.value(u"record"_s).toObject(), error))
        return false;
    for (const QJsonValue &group : object.value(u"dependents"_s).toArray()) {
        const QString dependent = group.toObject().value(u"table"_s).toString();
        for (const QJsonValue &row : group.toObject().value(u"rows"_s).toArray()) {
            if (!insertRow(db, dependent, row.toObject(), error))
                return false;
        }
    }
    for (const QJsonValue &value : object.value(u"links"_s).toArray()) {
        const QJsonObject link = value.toObject();
        const QString linked = link.value(u"table"_s).toString();
        const std::optional<QString> key = rowKey(db, linked, error);
        if (!key)
            return false;
        QSqlQuery query(db);
        // Only rows nobody relinked meanwhile: an asset given to another release stays there.
        query.prepare(u"UPDATE %1 SET %2 = ? WHERE %3 = ? AND %2 IS NULL"_s.arg(
            quoted(linked), quoted(link.value(u"column"_s).toString()), quoted(*key)));
        for (const QJsonValue &row : link.value(u"rows"_s).toArray()) {
            query.addBindValue(id);
            query.addBindValue(fromJson(row));
            if (!query.exec())
                return failed(query, error);
        }
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace Imprint::CatalogRecord
