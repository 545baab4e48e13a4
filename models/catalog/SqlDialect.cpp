// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "SqlDialect.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Imprint
{

SqlDialect SqlDialect::of(const QSqlDatabase &db)
{
    return SqlDialect(
        db.driverName() == SqlDialect(Backend::Postgres).driverName() ? Backend::Postgres : Backend::Sqlite);
}

QString SqlDialect::driverName() const
{
    return isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s;
}

QString SqlDialect::writeAheadLogging() const
{
    return isPostgres() ? QString() : u"PRAGMA journal_mode=WAL"_s;
}

QStringList SqlDialect::connectionSetup(const QString &clientId, int lockWaitMs) const
{
    if (!isPostgres())
        return { u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s };
    return { u"SET client_min_messages TO warning"_s, u"SET lock_timeout TO %1"_s.arg(lockWaitMs),
        u"SET imprint.client TO '%1'"_s.arg(clientId) };
}

QString SqlDialect::now() const
{
    if (isPostgres())
        return uR"(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))"_s;
    return u"strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"_s;
}

QString SqlDialect::caseless(const QString &expr) const
{
    // lower() folds more than ASCII on PostgreSQL; SQLite's NOCASE folds ASCII only.
    if (isPostgres())
        return u"lower(%1)"_s.arg(expr);
    return expr + u" COLLATE NOCASE"_s;
}

QString SqlDialect::caselessLike() const
{
    return isPostgres() ? u"ILIKE"_s : u"LIKE"_s;
}

QString SqlDialect::groupConcat(const QString &expr, const QString &separator) const
{
    if (isPostgres())
        return u"string_agg(CAST(%1 AS TEXT), %2)"_s.arg(expr, separator);
    return u"group_concat(%1, %2)"_s.arg(expr, separator);
}

QString SqlDialect::beginWrite() const
{
    return isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
}

QString SqlDialect::migrationLock() const
{
    // Any fixed number: every Imprint client upgrading this database waits on the same one.
    return isPostgres() ? u"SELECT pg_advisory_xact_lock(1616161616)"_s : QString();
}

QString SqlDialect::lockAgainstWriters(const QString &table) const
{
    // Conflicts with every writer's ROW EXCLUSIVE (and with itself), not with readers.
    return isPostgres() ? u"LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE"_s.arg(table) : QString();
}

QString SqlDialect::lockRowQuery(const QString &table) const
{
    return isPostgres() ? u"SELECT 1 FROM %1 WHERE id = ? FOR UPDATE"_s.arg(table) : QString();
}

QString SqlDialect::lockNameQuery(const QString &table) const
{
    // A transaction's advisory lock on the name's hash: names that share one wait for each other
    // for a moment, which is harmless.
    return isPostgres() ? u"SELECT pg_advisory_xact_lock(hashtext('%1:' || lower(?)))"_s.arg(table)
                        : QString();
}

QStringList SqlDialect::compatibilityStatements() const
{
    if (!isPostgres())
        return {};
    return {
        // Only the formats the catalog stores (times of changes to the millisecond, whole
        // seconds before), so a new use of another format fails loudly.
        uR"(CREATE OR REPLACE FUNCTION strftime(format text, at text) RETURNS text LANGUAGE plpgsql STABLE AS $$
            BEGIN
                IF format NOT IN ('%Y-%m-%dT%H:%M:%fZ', '%Y-%m-%dT%H:%M:%SZ') THEN
                    RAISE EXCEPTION 'strftime: unsupported format %', format;
                END IF;
                RETURN to_char((CASE WHEN at = 'now' THEN now() ELSE at::timestamptz END) AT TIME ZONE 'UTC',
                               CASE WHEN format = '%Y-%m-%dT%H:%M:%fZ' THEN 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'
                                    ELSE 'YYYY-MM-DD"T"HH24:MI:SS"Z"' END);
            END $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION imprint_concat(joined text, value anyelement, separator text)
            RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN value IS NULL THEN joined WHEN joined IS NULL THEN value::text
                        ELSE joined || separator || value::text END $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION imprint_concat(joined text, value anyelement) RETURNS text
            LANGUAGE sql IMMUTABLE AS $$ SELECT imprint_concat(joined, value, ',') $$)"_s,
        u"CREATE OR REPLACE AGGREGATE group_concat(anyelement) (SFUNC = imprint_concat, STYPE = text)"_s,
        u"CREATE OR REPLACE AGGREGATE group_concat(anyelement, text) (SFUNC = imprint_concat, STYPE = text)"_s,
        u"CREATE OR REPLACE FUNCTION instr(haystack text, needle text) RETURNS integer LANGUAGE sql "
        "IMMUTABLE AS $$ SELECT strpos(haystack, needle) $$"_s,
        // Case-insensitive, accent-sensitive (ICU strength 2), like NOCASE for ASCII.
        u"CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', "
        "deterministic = false)"_s,
    };
}

QString SqlDialect::columnsQuery() const
{
    if (isPostgres())
        return u"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
               "AND table_name = ? ORDER BY ordinal_position"_s;
    return u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s;
}

QString SqlDialect::beginSnapshot() const
{
    return isPostgres() ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s : u"BEGIN"_s;
}

QString SqlDialect::deferForeignKeys() const
{
    return isPostgres() ? u"SET CONSTRAINTS ALL DEFERRED"_s : u"PRAGMA defer_foreign_keys = ON"_s;
}

QString SqlDialect::foreignKeyViolationQuery() const
{
    return isPostgres() ? QString()
                        : u"SELECT \"table\", rowid, parent FROM pragma_foreign_key_check LIMIT 1"_s;
}

QString SqlDialect::tableExistsQuery() const
{
    if (isPostgres())
        return u"SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?"_s;
    return u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s;
}

QString SqlDialect::foreignKeysToQuery() const
{
    if (isPostgres())
        return u"SELECT c.conrelid::regclass::text, a.attname, CASE c.confdeltype WHEN 'c' THEN 'CASCADE' "
               "WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT' WHEN 'd' THEN 'SET DEFAULT' "
               "ELSE 'NO ACTION' END FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_attribute a "
               "ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] WHERE c.contype = 'f' "
               "AND cardinality(c.conkey) = 1 AND c.confrelid = to_regclass(?::text) ORDER BY 1, 2"_s;
    return u"SELECT m.name, f.\"from\", upper(f.on_delete) FROM sqlite_master m, "
           "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
           "AND f.\"table\" = ? ORDER BY 1, 2"_s;
}

QString SqlDialect::primaryKeyQuery() const
{
    if (isPostgres())
        return u"SELECT a.attname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_attribute a "
               "ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
               "WHERE i.indrelid = to_regclass(?::text) AND i.indisprimary "
               "ORDER BY array_position(i.indkey::int2[], a.attnum)"_s;
    return u"SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"_s;
}

namespace
{

// An SQLite row trigger whose body is plain statements, as PostgreSQL writes it: a PL/pgSQL
// function of the trigger's name running the same statements (NEW and OLD mean the same there),
// and the trigger calling it for each row. Empty when statement is not such a trigger.
QStringList postgresTrigger(const QString &statement)
{
    static const QRegularExpression trigger(
        u"^CREATE TRIGGER (\\w+)\\s+((?:BEFORE|AFTER)\\s+.+?\\s+ON\\s+\\w+)\\s+(?:FOR EACH ROW\\s+)?"
        "BEGIN\\s+(.+;)\\s*END$"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = trigger.match(statement);
    if (!match.hasMatch())
        return {};
    const QString name = match.captured(1);
    return {
        // An AFTER trigger's result is ignored; a BEFORE trigger goes on with the row unchanged.
        u"CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN %2 "
        "RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END $$"_s.arg(name, match.captured(3)),
        u"CREATE TRIGGER %1 %2 FOR EACH ROW EXECUTE FUNCTION %1()"_s.arg(name, match.captured(2)),
    };
}

} // namespace

QStringList SqlDialect::schema(const QString &statement) const
{
    const bool numbered = isPostgres() && statement.contains(u"{id}"_s);
    QString text = statement;
    if (isPostgres()) {
        // SQLite's INTEGER is 64 bits and its REAL a double; PostgreSQL's are not.
        static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
        static const QRegularExpression real(u"\\bREAL\\b"_s);
        static const QRegularExpression blob(u"\\bBLOB\\b"_s);
        static const QRegularExpression reference(
            u"(REFERENCES \\w+\\(\\w+\\)(?:\\s+ON DELETE (?:SET NULL|CASCADE|RESTRICT))?)"_s);
        text.replace(integer, u"BIGINT"_s).replace(real, u"DOUBLE PRECISION"_s).replace(blob, u"BYTEA"_s);
        text.replace(reference, u"\\1 DEFERRABLE"_s);
    }
    static const QRegularExpression marker(u"\\{(\\w+)(?::([^{}]*))?\\}"_s);
    QString out;
    qsizetype from = 0;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        const QString name = match.captured(1);
        const QString arg = match.captured(2);
        if (name == u"now")
            out += now();
        else if (name == u"id")
            out += isPostgres() ? u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s
                                : u"INTEGER PRIMARY KEY"_s;
        else if (name == u"day")
            out += isPostgres() ? arg + u" ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'"_s
                                : arg + u" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"_s;
        else if (name == u"json")
            out += isPostgres() ? arg + u" IS JSON"_s : u"json_valid(%1)"_s.arg(arg);
        else if (name == u"nocase")
            out += caseless(arg);
        else if (name == u"sqlite")
            out += isPostgres() ? QString() : arg;
        else if (name == u"postgres")
            out += isPostgres() ? arg : QString();
        else
            out += match.captured(0); // not a marker
    }
    out += QStringView(text).mid(from);
    out = out.trimmed();
    if (out.isEmpty())
        return {};
    if (isPostgres()) {
        if (QStringList trigger = postgresTrigger(out); !trigger.isEmpty())
            return trigger;
    }
    if (!numbered)
        return { out };
    static const QRegularExpression created(u"^CREATE TABLE (\\w+)"_s);
    const QString table = created.match(out).captured(1);
    return { out, uR"(CREATE OR REPLACE FUNCTION imprint_follow_id() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE numbering text := pg_get_serial_sequence(TG_TABLE_NAME, 'id');
        BEGIN
            IF NEW.id > coalesce(pg_sequence_last_value(numbering::regclass), 0) THEN
                PERFORM setval(numbering, NEW.id);
            END IF;
            RETURN NEW;
        END $$)"_s,
        u"CREATE TRIGGER %1_follow_id BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION imprint_follow_id()"_s
            .arg(table) };
}

qint64 returnedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    // An SQLite statement with rows left keeps the transaction busy: COMMIT would fail.
    query.finish();
    return id;
}

} // namespace Imprint
