// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogCopy.h"

#include "catalog/SqlDialect.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace Imprint::CatalogCopy
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CatalogCopy)
};

// The columns of table that both catalogs have, in the target's order (both are at the latest
// schema once opened; the intersection keeps a column only one side knows out of the SQL).
QStringList sharedColumns(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    const QSqlRecord source = from.record(table);
    const QSqlRecord target = to.record(table);
    QStringList columns;
    for (int i = 0; i < target.count(); ++i) {
        if (source.contains(target.fieldName(i)))
            columns.append(target.fieldName(i));
    }
    return columns;
}

// Streams every row of table from one connection into the other, BLOBs as bytes; the error
// names the table and row.
QString copyRows(const QSqlDatabase &from, QSqlDatabase &to, const QString &table, const Progress &progress,
    const std::atomic_bool *cancel, int *copied)
{
    const QStringList columns = sharedColumns(from, to, table);
    if (columns.isEmpty())
        return Text::tr("%1: the table is missing from one of the catalogs").arg(table);
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (progress) {
        if (!read.exec(u"SELECT count(*) FROM %1"_s.arg(table)) || !read.next())
            return Text::tr("cannot read %1: %2").arg(table, read.lastError().text());
        progress(table, read.value(0).toLongLong());
    }
    if (!read.exec(u"SELECT %1 FROM %2"_s.arg(columns.join(u", "), table)))
        return Text::tr("cannot read %1: %2").arg(table, read.lastError().text());
    QSqlQuery write(to);
    if (!write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
            table, columns.join(u", "), QList<QString>(columns.size(), u"?"_s).join(u", "))))
        return Text::tr("cannot write %1: %2").arg(table, write.lastError().text());
    *copied = 0;
    while (read.next()) {
        if (cancel && *cancel)
            return QCoreApplication::translate("CatalogJson", "cancelled");
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = read.value(i);
            // The drivers read an empty BLOB as a null QByteArray and would write NULL, which an
            // analysis's markers use for "measured before markers were kept".
            const bool emptyBlob
                = value.typeId() == QMetaType::QByteArray && !read.isNull(i) && value.toByteArray().isNull();
            write.bindValue(i, emptyBlob ? QVariant(QByteArray("", 0)) : value);
        }
        if (!write.exec())
            return Text::tr("%1, row %2: %3")
                .arg(table)
                .arg(*copied + 1)
                .arg(write.lastError().databaseText());
        ++*copied;
    }
    if (read.lastError().isValid())
        return Text::tr("cannot read %1: %2").arg(table, read.lastError().text());
    return {};
}

} // namespace

const QStringList &measurementTables()
{
    static const QStringList tables { u"analyses"_s, u"stem_null_tests"_s };
    return tables;
}

CatalogJson::ImportResult copy(
    QSqlDatabase from, QSqlDatabase to, const Progress &progress, const std::atomic_bool *cancel)
{
    // QCoreApplication::translate here: lupdate files Text::tr() under "Text" in a function
    // returning CatalogJson::ImportResult, where it is never looked up.
    CatalogJson::ImportResult failed;
    QSqlQuery snapshot(from);
    if (!snapshot.exec(SqlDialect::of(from).beginSnapshot())) {
        failed.error = QCoreApplication::translate("CatalogCopy", "cannot read the catalog: %1")
                           .arg(snapshot.lastError().text());
        return failed;
    }
    // Read only: ending it either way changes nothing.
    const auto endSnapshot = qScopeGuard([&snapshot] { snapshot.exec(u"COMMIT"_s); });

    CatalogJson::ImportSteps steps;
    steps.writing = progress;
    if (cancel)
        steps.cancelled = [cancel] {
            return cancel->load();
        };
    // A large team catalog takes a while to read: a cancel stops the read too.
    QString error;
    const QJsonObject document = CatalogJson::exportCatalog(from, &error, steps.cancelled);
    if (document.isEmpty()) {
        failed.error = steps.cancelled && steps.cancelled()
            ? QCoreApplication::translate("CatalogJson", "cancelled")
            : QCoreApplication::translate("CatalogCopy", "cannot read the catalog: %1").arg(error);
        return failed;
    }
    QMap<QString, int> measured;
    steps.beforeCommit = [&](QSqlDatabase &target) {
        for (const QString &table : measurementTables()) {
            int copied = 0;
            if (const QString why = copyRows(from, target, table, progress, cancel, &copied); !why.isEmpty())
                return why;
            measured.insert(table, copied);
        }
        return QString();
    };
    CatalogJson::ImportResult result = CatalogJson::importCatalog(to, document, steps);
    if (result.ok)
        result.rows.insert(measured);
    return result;
}

} // namespace Imprint::CatalogCopy
