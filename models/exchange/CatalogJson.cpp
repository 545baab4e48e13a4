// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogJson.h"

#include "CatalogIdentifierCheck.h"
#include "catalog/AssetPath.h"
#include "catalog/Migrations.h"
#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"
#include "catalog/TrackSearchText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Imprint::CatalogJson
{

namespace
{

const auto FormatName = u"imprint-catalog"_s;
const auto BlobKey = u"$base64"_s;
const auto LibraryRootKey = u"library_root"_s;

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CatalogJson)
};

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    query.prepare(SqlDialect::of(db).columnsQuery());
    query.addBindValue(table);
    if (!query.exec())
        return columns;
    while (query.next()) {
        // tracks.search_text is derived from the other columns (TrackSearchText): never
        // exported, and an imported track gets it from its own fields.
        if (const QString name = query.value(0).toString(); name != u"search_text")
            columns.append(name);
    }
    return columns;
}

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong: // PostgreSQL's driver reads a positive BIGINT as unsigned
    case QMetaType::UInt:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QByteArray:
        return QJsonObject { { BlobKey, QString::fromLatin1(value.toByteArray().toBase64()) } };
    default:
        return value.toString();
    }
}

// The SQL value for a JSON value; false for shapes a catalog never holds (arrays, other objects).
bool fromJson(const QJsonValue &json, QVariant *value)
{
    switch (json.type()) {
    case QJsonValue::Null:
        *value = QVariant();
        return true;
    case QJsonValue::Bool:
        *value = json.toBool() ? 1 : 0;
        return true;
    case QJsonValue::Double: {
        const double number = json.toDouble();
        const qint64 whole = json.toInteger();
        *value = double(whole) == number ? QVariant(whole) : QVariant(number);
        return true;
    }
    case QJsonValue::String:
        *value = json.toString();
        return true;
    case QJsonValue::Object: {
        const QJsonObject object = json.toObject();
        if (object.size() != 1 || !object.value(BlobKey).isString())
            return false;
        *value = QByteArray::fromBase64(object.value(BlobKey).toString().toLatin1());
        return true;
    }
    default:
        return false;
    }
}

// The tables every export has held since the first schema: a document without them is not a
// catalog (an empty "tables" would otherwise import as an empty catalog, and succeed).
const QStringList &requiredTables()
{
    static const QStringList tables { u"settings"_s, u"parties"_s, u"works"_s, u"releases"_s, u"tracks"_s,
        u"release_tracks"_s, u"assets"_s, u"work_shares"_s, u"credits"_s, u"master_shares"_s };
    return tables;
}

bool holdsUserData(const QSqlDatabase &db, QString *table)
{
    for (const QString &name : { u"tracks"_s, u"releases"_s, u"parties"_s, u"works"_s, u"assets"_s }) {
        QSqlQuery query(db);
        if (query.exec(u"SELECT EXISTS (SELECT 1 FROM %1)"_s.arg(name)) && query.next()
            && query.value(0).toBool()) {
            *table = name;
            return true;
        }
    }
    return false;
}

// Calls row for every exported row of table, ordered by every column; false with *error when
// the table is missing or cannot be read.
bool forEachRow(const QSqlDatabase &db, const QString &table, QString *error,
    const std::function<bool(const QJsonObject &)> &row)
{
    const QStringList columns = columnsOf(db, table);
    if (columns.isEmpty()) {
        if (error)
            *error = Text::tr("the catalog has no table %1").arg(table);
        return false;
    }
    // Ordering by every column makes the export independent of insertion order.
    QStringList order;
    for (qsizetype i = 1; i <= columns.size(); ++i)
        order.append(QString::number(i));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns.join(u", "), table, order.join(u", ")))) {
        if (error)
            *error = Text::tr("cannot read %1: %2").arg(table, query.lastError().text());
        return false;
    }
    while (query.next()) {
        if (table == u"settings" && query.value(0).toString() == LibraryRootKey)
            continue;
        QJsonObject object;
        for (qsizetype i = 0; i < columns.size(); ++i)
            object.insert(columns.at(i), toJson(query.value(int(i))));
        if (!row(object))
            return false;
    }
    return true;
}

QJsonObject header(const QSqlDatabase &db)
{
    QSqlDatabase connection = db;
    return QJsonObject { { u"format"_s, FormatName }, { u"formatVersion"_s, FormatVersion },
        { u"schemaVersion"_s, Migrations::currentVersion(connection) } };
}

// A value as QJsonDocument lays it out at this nesting depth: every line indented four spaces a
// level (strings never hold a raw line break, so the lines are the layout's own).
QByteArray indented(const QJsonObject &object, int depth)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    text.chop(1); // the document's final line break
    const QByteArray indent(4 * depth, ' ');
    text.replace("\n", QByteArray("\n" + indent));
    return indent + text;
}

} // namespace

const QStringList &exportedTables()
{
    static const QStringList tables { u"settings"_s, u"parties"_s, u"works"_s, u"releases"_s, u"tracks"_s,
        u"release_tracks"_s, u"assets"_s, u"work_shares"_s, u"credits"_s, u"master_shares"_s,
        u"schedule_templates"_s, u"milestones"_s, u"deliveries"_s, u"ai_tool_terms"_s, u"provenance"_s,
        u"provenance_inputs"_s, u"human_contributions"_s, u"contribution_evidence"_s, u"clearance_items"_s,
        u"quality_profiles"_s, u"distinct_tracks"_s };
    return tables;
}

const QStringList &skippedTables()
{
    static const QStringList tables { u"schema_version"_s, u"analyses"_s, u"stem_null_tests"_s };
    return tables;
}

QJsonObject exportCatalog(const QSqlDatabase &db, QString *error, const std::function<bool()> &cancelled)
{
    QJsonObject tables;
    for (const QString &table : exportedTables()) {
        QJsonArray rows;
        const bool ok = forEachRow(db, table, error, [&](const QJsonObject &row) {
            if (cancelled && cancelled()) {
                if (error)
                    *error = Text::tr("cancelled");
                return false;
            }
            rows.append(row);
            return true;
        });
        if (!ok)
            return {};
        tables.insert(table, rows);
    }
    QJsonObject document = header(db);
    document.insert(u"tables"_s, tables);
    return document;
}

bool writeCatalog(const QSqlDatabase &db, QIODevice *out, QString *error)
{
    const auto write = [&](const QByteArray &bytes) {
        if (out->write(bytes) == bytes.size())
            return true;
        if (error)
            *error = out->errorString();
        return false;
    };
    // QJsonDocument's indented layout, piece by piece: the header's members ("format",
    // "formatVersion", "schemaVersion" sort before "tables"), then the tables in the order a
    // QJsonObject keeps its keys, each row indented three levels.
    QByteArray head = QJsonDocument(header(db)).toJson(QJsonDocument::Indented);
    head.chop(3); // "\n}\n"
    if (!write(head + ",\n    \"tables\": {\n"))
        return false;
    QStringList tables = exportedTables();
    std::sort(tables.begin(), tables.end());
    for (qsizetype t = 0; t < tables.size(); ++t) {
        if (!write(u"        \"%1\": [\n"_s.arg(tables.at(t)).toUtf8()))
            return false;
        bool first = true;
        const bool ok = forEachRow(db, tables.at(t), error, [&](const QJsonObject &row) {
            const bool written = write((first ? QByteArray() : ",\n"_ba) + indented(row, 3));
            first = false;
            return written;
        });
        if (!ok
            || !write((first ? ""_ba : "\n"_ba) + "        ]"_ba + (t + 1 < tables.size() ? ",\n" : "\n")))
            return false;
    }
    return write("    }\n}\n");
}

ImportResult importCatalog(QSqlDatabase db, const QJsonObject &document, const ImportSteps &steps)
{
    ImportResult result;
    auto fail = [&result](const QString &error) {
        result.error = error;
        result.rows.clear();
        return result;
    };

    if (document.value(u"format"_s).toString() != FormatName)
        return fail(Text::tr("not an Imprint catalog export (no \"format\": \"imprint-catalog\")"));
    if (document.value(u"formatVersion"_s).toInt() > FormatVersion
        || document.value(u"schemaVersion"_s).toInt() > Migrations::latestVersion())
        return fail(Text::tr("the export was written by a newer Imprint; update Imprint to import it"));
    if (!document.value(u"formatVersion"_s).isDouble() || !document.value(u"schemaVersion"_s).isDouble()
        || !document.value(u"tables"_s).isObject())
        return fail(Text::tr("not a complete Imprint catalog export (it needs \"formatVersion\", "
                             "\"schemaVersion\" and a \"tables\" object)"));
    const QJsonObject tables = document.value(u"tables"_s).toObject();
    for (const QString &table : requiredTables()) {
        if (!tables.contains(table))
            return fail(Text::tr("not a complete Imprint catalog export (no table \"%1\")").arg(table));
    }
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        if (!exportedTables().contains(it.key()))
            return fail(Text::tr("unknown table \"%1\"").arg(it.key()));
        if (!it.value().isArray())
            return fail(Text::tr("table \"%1\" is not a list of rows").arg(it.key()));
    }

    QString busyTable;
    if (holdsUserData(db, &busyTable))
        return fail(
            Text::tr("the catalog already holds data (%1); import into a new, empty catalog").arg(busyTable));

    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction.error());
    QSqlQuery query(db);
    // Releases and assets refer to each other; check references once, at commit.
    const SqlDialect dialect = SqlDialect::of(db);
    if (!query.exec(dialect.deferForeignKeys()))
        return fail(query.lastError().text());

    // Rows the migrations seeded (terms, profiles, templates) give way to the document's.
    for (auto table = exportedTables().crbegin(); table != exportedTables().crend(); ++table) {
        if (!tables.contains(*table))
            continue;
        const QString sql = *table == u"settings"
            ? u"DELETE FROM settings WHERE key <> '%1'"_s.arg(LibraryRootKey)
            : u"DELETE FROM %1"_s.arg(*table);
        if (!query.exec(sql))
            return fail(Text::tr("cannot clear %1: %2").arg(*table, query.lastError().text()));
    }

    for (const QString &table : exportedTables()) {
        if (!tables.contains(table))
            continue;
        const QStringList known = columnsOf(db, table);
        const QJsonArray rows = tables.value(table).toArray();
        if (steps.writing)
            steps.writing(table, rows.size());
        for (qsizetype index = 0; index < rows.size(); ++index) {
            if (steps.cancelled && steps.cancelled())
                return fail(Text::tr("cancelled"));
            const QJsonObject row = rows.at(index).toObject();
            if (row.isEmpty())
                return fail(Text::tr("%1, row %2: not an object with columns").arg(table).arg(index + 1));
            if (table == u"settings" && row.value(u"key"_s).toString() == LibraryRootKey)
                continue;
            QStringList columns;
            QVariantList values;
            for (auto cell = row.begin(); cell != row.end(); ++cell) {
                // Column names come from the file: only the table's own are ever put into SQL.
                if (!known.contains(cell.key()))
                    return fail(Text::tr("%1, row %2: unknown column \"%3\"")
                            .arg(table)
                            .arg(index + 1)
                            .arg(cell.key()));
                QVariant value;
                if (!fromJson(cell.value(), &value))
                    return fail(Text::tr("%1, row %2: column \"%3\" holds a list or object")
                            .arg(table)
                            .arg(index + 1)
                            .arg(cell.key()));
                const QString invalid = CatalogIdentifierCheck::check(table, cell.key(), &value);
                if (!invalid.isEmpty())
                    return fail(Text::tr("%1, row %2: %3").arg(table).arg(index + 1).arg(invalid));
                columns.append(cell.key());
                values.append(value);
            }
            if (table == u"assets") {
                const QString path = row.value(u"rel_path"_s).toString();
                if (const QString reason = AssetPath::unsafeReason(path); !reason.isEmpty())
                    return fail(Text::tr("%1, row %2 (id %3): asset path \"%4\" is refused: %5")
                            .arg(table)
                            .arg(index + 1)
                            .arg(row.value(u"id"_s).toVariant().toString(), path, reason));
                // Stored with '/', so a catalog written by hand on Windows finds its files.
                if (const qsizetype column = columns.indexOf(u"rel_path"_s); column >= 0)
                    values[column] = AssetPath::normalized(path);
            }
            query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                table, columns.join(u", "), QList<QString>(columns.size(), u"?"_s).join(u", ")));
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!query.exec())
                return fail(Text::tr("%1, row %2: %3")
                        .arg(table)
                        .arg(index + 1)
                        .arg(query.lastError().databaseText()));
        }
        result.rows.insert(table, int(rows.size()));
    }
    if (steps.beforeCommit) {
        if (const QString error = steps.beforeCommit(db); !error.isEmpty())
            return fail(error);
    }

    if (const QString check = dialect.foreignKeyViolationQuery();
        !check.isEmpty() && query.exec(check) && query.next())
        return fail(Text::tr("%1, row id %2: refers to a missing row in %3")
                .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
    if (!transaction.commit())
        return fail(transaction.error());
    result.ok = true;
    // The imported tracks' search text (not in the document) at once, so a copied or imported
    // catalog is searched in SQL from the first search; a failure leaves it to the next open.
    TrackSearchText::fill(db, nullptr);
    return result;
}

} // namespace Imprint::CatalogJson
