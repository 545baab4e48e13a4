// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReleaseRecord.h"

#include "catalog/SqlTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Imprint::ReleaseRecord
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

struct Reference {
    QString table;
    QString column;
    bool cascade = false; ///< ON DELETE CASCADE (otherwise SET NULL: the row stays, unlinked)
};

std::optional<QList<Reference>> referencesToReleases(QSqlDatabase db, QString *error)
{
    QSqlQuery tables(db);
    if (!tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                     "ORDER BY name"_s)) {
        failed(tables, error);
        return std::nullopt;
    }
    QList<Reference> result;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery keys(db);
        keys.prepare(
            u"SELECT \"from\", on_delete FROM pragma_foreign_key_list(?) WHERE \"table\" = 'releases'"_s);
        keys.addBindValue(table);
        if (!keys.exec()) {
            failed(keys, error);
            return std::nullopt;
        }
        while (keys.next()) {
            const QString onDelete = keys.value(1).toString().toUpper();
            if (onDelete == u"CASCADE" || onDelete == u"SET NULL")
                result.append({ table, keys.value(0).toString(), onDelete == u"CASCADE" });
        }
    }
    return result;
}

} // namespace

std::optional<QString> snapshot(QSqlDatabase db, qint64 releaseId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT * FROM releases WHERE id = ?"_s);
    query.addBindValue(releaseId);
    const auto release = rows(query, error);
    if (!release)
        return std::nullopt;
    if (release->isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ReleaseRecord", "release %1 does not exist").arg(releaseId);
        return std::nullopt;
    }
    const auto references = referencesToReleases(db, error);
    if (!references)
        return std::nullopt;
    QJsonArray dependents;
    QJsonArray links;
    for (const Reference &reference : *references) {
        if (reference.cascade) {
            query.prepare(u"SELECT * FROM %1 WHERE %2 = ? ORDER BY rowid"_s.arg(
                quoted(reference.table), quoted(reference.column)));
        } else {
            query.prepare(u"SELECT rowid AS row FROM %1 WHERE %2 = ? ORDER BY rowid"_s.arg(
                quoted(reference.table), quoted(reference.column)));
        }
        query.addBindValue(releaseId);
        const auto found = rows(query, error);
        if (!found)
            return std::nullopt;
        if (found->isEmpty())
            continue;
        if (reference.cascade) {
            dependents.append(QJsonObject { { u"table"_s, reference.table }, { u"rows"_s, *found } });
        } else {
            QJsonArray rowids;
            for (const QJsonValue &row : *found)
                rowids.append(row.toObject().value(u"row"_s));
            links.append(QJsonObject {
                { u"table"_s, reference.table }, { u"column"_s, reference.column }, { u"rows"_s, rowids } });
        }
    }
    const QJsonObject object { { u"releaseId"_s, QString::number(releaseId) },
        { u"release"_s, release->first() }, { u"dependents"_s, dependents }, { u"links"_s, links } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool remove(QSqlDatabase db, qint64 releaseId, QString *error)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM releases WHERE id = ?"_s);
    query.addBindValue(releaseId);
    if (!query.exec())
        return failed(query, error);
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = QCoreApplication::translate("ReleaseRecord", "release %1 does not exist").arg(releaseId);
        return false;
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
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
    const qint64 releaseId = object.value(u"releaseId"_s).toString().toLongLong();
    if (releaseId <= 0 || !object.value(u"release"_s).isObject()) {
        if (error)
            *error = QCoreApplication::translate("ReleaseRecord", "the deleted release cannot be read back");
        return false;
    }
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    if (!insertRow(db, u"releases"_s, object.value(u"release"_s).toObject(), error))
        return false;
    for (const QJsonValue &group : object.value(u"dependents"_s).toArray()) {
        const QString table = group.toObject().value(u"table"_s).toString();
        for (const QJsonValue &row : group.toObject().value(u"rows"_s).toArray()) {
            if (!insertRow(db, table, row.toObject(), error))
                return false;
        }
    }
    for (const QJsonValue &value : object.value(u"links"_s).toArray()) {
        const QJsonObject link = value.toObject();
        QSqlQuery query(db);
        // Only rows nobody relinked meanwhile: an asset given to another release stays there.
        query.prepare(u"UPDATE %1 SET %2 = ? WHERE rowid = ? AND %2 IS NULL"_s.arg(
            quoted(link.value(u"table"_s).toString()), quoted(link.value(u"column"_s).toString())));
        for (const QJsonValue &row : link.value(u"rows"_s).toArray()) {
            query.addBindValue(releaseId);
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

} // namespace Imprint::ReleaseRecord
