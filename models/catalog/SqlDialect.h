// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Imprint
{

/// Every piece of SQL that differs between the two catalog backends, SQLite (a file, the
/// default) and PostgreSQL (a team catalog on a server), connection settings included. Queries
/// are written in the SQL both understand (COALESCE, CASE, ON CONFLICT, RETURNING) and ask the
/// dialect for the rest. What only a server has, with nothing to differ from, stays with its
/// subject: the change feed's notify triggers in the migrations' {postgres:…} blocks (which
/// schema() expands), roles and grants in TeamRoles.
class SqlDialect
{
public:
    enum class Backend { Sqlite, Postgres };

    explicit SqlDialect(Backend backend = Backend::Sqlite)
        : m_backend(backend)
    {
    }

    /// The dialect of a connection, by its Qt driver (QPSQL or QSQLITE).
    static SqlDialect of(const QSqlDatabase &db);

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }

    /// The Qt SQL driver that opens this backend's catalogs.
    QString driverName() const;

    /// The statement that puts a catalog file into write-ahead logging, which answers with the
    /// mode the file is in; empty where the server keeps its own log.
    QString writeAheadLogging() const;

    /// What every new connection runs once open (the settings a backend keeps per connection):
    /// SQLite's durability and foreign keys; a server's quiet notices about what is already there
    /// (CREATE … IF NOT EXISTS), a lock wait of lockWaitMs like SQLite's busy timeout, and the
    /// client id that goes with every change the connection notifies (Migrations: changeFeed).
    QStringList connectionSetup(const QString &clientId, int lockWaitMs) const;

    /// The current UTC time as ISO 8601 text (yyyy-MM-ddTHH:mm:ssZ), as the schema stores it.
    QString now() const;

    /// expr folded for ordering and comparing without regard to (ASCII) case.
    QString caseless(const QString &expr) const;

    /// The operator of a LIKE that ignores case: SQLite's LIKE does (ASCII), PostgreSQL's ILIKE.
    QString caselessLike() const;

    /// The values of expr in a group joined by separator (a SQL string literal).
    QString groupConcat(const QString &expr, const QString &separator) const;

    /// Starts a write transaction. SQLite takes the write lock at once (a deferred BEGIN can
    /// fail with SQLITE_BUSY half way through); PostgreSQL locks row by row.
    QString beginWrite() const;

    /// Starts a read-only transaction that sees the catalog as it was at its first read, however
    /// long it runs and whatever others commit meanwhile: SQLite's deferred BEGIN keeps its WAL
    /// snapshot; PostgreSQL needs REPEATABLE READ. End it with COMMIT.
    QString beginSnapshot() const;

    /// Statements that serialize schema upgrades between clients, run first in the migration's
    /// transaction (SQLite's write lock already does; PostgreSQL takes an advisory lock).
    QString migrationLock() const;

    /// A statement, run first in a write transaction, after which no other client changes table
    /// until the commit (a text derived from the rows is read and written back in between).
    /// SQLite's write lock already does; PostgreSQL locks the table against other writers.
    QString lockAgainstWriters(const QString &table) const;

    /// A query with one bound id that locks that row of table until the transaction ends, so a
    /// value read and then written is not changed by another client in between; empty on SQLite,
    /// whose write transaction already excludes other writers.
    QString lockRowQuery(const QString &table) const;

    /// A query with one bound name that keeps other clients from looking up or adding a record
    /// of that name (in any case) in table until the transaction ends, so two who add the same
    /// new name at once make one record; empty on SQLite, whose write transaction already does.
    QString lockNameQuery(const QString &table) const;

    /// What PostgreSQL needs to read the SQLite idioms the queries keep using: strftime() of
    /// 'now' as ISO text, group_concat(), instr() and a case-insensitive collation named NOCASE.
    /// Run by the migrations (under migrationLock()) each time a catalog is opened; none on SQLite.
    QStringList compatibilityStatements() const;

    /// A query with one bound table name that lists the table's columns in order.
    QString columnsQuery() const;

    /// Makes this transaction check foreign keys at commit (releases and assets refer to each
    /// other, so a copy of a catalog cannot insert them in an order that satisfies both).
    QString deferForeignKeys() const;

    /// A query for the first broken reference (table, row, referenced table) after deferred
    /// writes; empty on PostgreSQL, which refuses the commit itself.
    QString foreignKeyViolationQuery() const;

    /// A query with one bound name that returns a row when that table exists.
    QString tableExistsQuery() const;

    /// A query with one bound table name that lists the single-column foreign keys referring to
    /// that table: (referring table, its column, what a delete does: CASCADE, SET NULL, RESTRICT,
    /// NO ACTION or SET DEFAULT), ordered by table.
    QString foreignKeysToQuery() const;

    /// A query with one bound table name that lists the columns of its primary key in order.
    QString primaryKeyQuery() const;

    /// A schema statement as written in Migrations, with its markers expanded for this backend:
    /// {now}, {id} (an integer key numbered by the database), {day:COL} (COL holds yyyy-MM-dd),
    /// {json:COL} (COL holds a JSON document), {nocase:COL}, and {sqlite:…} / {postgres:…}
    /// (text for one backend only). On PostgreSQL the column types are widened to SQLite's:
    /// INTEGER to BIGINT, REAL to DOUBLE PRECISION, BLOB to BYTEA, and foreign keys become
    /// deferrable (see deferForeignKeys()). Empty statements are left
    /// out; a PostgreSQL table with an {id} also gets the trigger that keeps its numbering
    /// ahead of ids inserted explicitly (as SQLite numbers after the largest id). A row trigger
    /// written as SQLite does (CREATE TRIGGER name AFTER … ON table BEGIN statements; END)
    /// becomes on PostgreSQL a PL/pgSQL function of that name with the same statements and the
    /// trigger that calls it for each row.
    QStringList schema(const QString &statement) const;

private:
    Backend m_backend;
};

/// The id an INSERT … RETURNING id gave back (both backends know RETURNING; PostgreSQL's driver
/// has no last insert id), or 0.
qint64 returnedId(QSqlQuery &query);

} // namespace Imprint
