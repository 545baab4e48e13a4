// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TeamRoles.h"

#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::TeamRoles
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)
};

// The schema_version table stands for the schema: the first migration creates it, so its owner
// is whoever created the catalog, or the owner role once initialize() handed it over.
constexpr auto SchemaOwnerQuery
    = "SELECT tableowner, tableowner = current_user, pg_has_role(tableowner, 'MEMBER') FROM pg_tables "
      "WHERE schemaname = current_schema() AND tablename = 'schema_version'";

// Runs statements in order on one query; stops at the first failure with the server's reason.
class Statements
{
public:
    explicit Statements(QSqlDatabase &db)
        : m_query(db)
    {
    }

    bool run(const QString &sql)
    {
        if (m_query.exec(sql))
            return true;
        m_error = m_query.lastError().databaseText();
        if (m_error.isEmpty())
            m_error = m_query.lastError().text();
        return false;
    }

    /// The first column of each row of a query (empty, and error() set, when it fails).
    QStringList column(const QString &sql)
    {
        QStringList values;
        if (!run(sql))
            return values;
        while (m_query.next())
            values.append(m_query.value(0).toString());
        return values;
    }

    QString error() const { return m_error; }

private:
    QSqlQuery m_query;
    QString m_error;
};

bool roleExists(QSqlDatabase &db, const QString &role)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
    query.addBindValue(role);
    return query.exec() && query.next();
}

// Every object of the catalog's schema goes to the owner role: what an owner's client later
// changes (an upgrade replaces functions, alters tables) it may change as a member.
bool handOver(Statements &sql, const QString &owner)
{
    const QString to = u" OWNER TO "_s + quoted(owner);
    const QStringList tables = sql.column(
        u"SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"_s);
    if (!sql.error().isEmpty())
        return false;
    // Sequences of identity columns follow their tables.
    for (const QString &table : tables) {
        if (!sql.run(u"ALTER TABLE "_s + table + to))
            return false;
    }
    const QStringList routines = sql.column(
        u"SELECT CASE prokind WHEN 'a' THEN 'AGGREGATE ' ELSE 'FUNCTION ' END || oid::regprocedure::text "
        "FROM pg_proc WHERE pronamespace = current_schema()::regnamespace ORDER BY 1"_s);
    if (!sql.error().isEmpty())
        return false;
    for (const QString &routine : routines) {
        if (!sql.run(u"ALTER "_s + routine + to))
            return false;
    }
    const QStringList collations = sql.column(u"SELECT quote_ident(collname) FROM pg_collation "
                                              "WHERE collnamespace = current_schema()::regnamespace"_s);
    if (!sql.error().isEmpty())
        return false;
    for (const QString &collation : collations) {
        if (!sql.run(u"ALTER COLLATION "_s + collation + to))
            return false;
    }
    return true;
}

// The rights of each role on what is there now and, through default privileges, on the tables
// and sequences that upgrades (run as the owner role) add later.
bool grant(Statements &sql, const Names &roles)
{
    const QString owner = quoted(roles.owner), editor = quoted(roles.editor), viewer = quoted(roles.viewer);
    const QStringList schemas = sql.column(u"SELECT quote_ident(current_schema())"_s);
    if (schemas.isEmpty())
        return false;
    const QString schema = schemas.constFirst();
    const QString defaults
        = u"ALTER DEFAULT PRIVILEGES FOR ROLE "_s + owner + u" IN SCHEMA "_s + schema + u' ';
    const QStringList statements {
        u"REVOKE CREATE ON SCHEMA %1 FROM PUBLIC"_s.arg(schema),
        u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(schema, viewer),
        u"GRANT CREATE ON SCHEMA %1 TO %2"_s.arg(schema, owner),
        u"GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(schema, viewer),
        u"GRANT SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2"_s.arg(schema, viewer),
        u"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(schema, editor),
        u"GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA %1 TO %2"_s.arg(schema, editor),
        // The schema's version is the owner's to change, with the schema.
        u"REVOKE INSERT, UPDATE, DELETE ON schema_version FROM %1"_s.arg(editor),
        defaults + u"GRANT SELECT ON TABLES TO "_s + viewer,
        defaults + u"GRANT SELECT ON SEQUENCES TO "_s + viewer,
        defaults + u"GRANT INSERT, UPDATE, DELETE ON TABLES TO "_s + editor,
        defaults + u"GRANT USAGE, UPDATE ON SEQUENCES TO "_s + editor,
    };
    for (const QString &statement : statements) {
        if (!sql.run(statement))
            return false;
    }
    return true;
}

} // namespace

QString quoted(const QString &name)
{
    QString inner = name;
    return u'"' + inner.replace(u'"', u"\"\""_s) + u'"';
}

Names namesFor(const QString &database)
{
    return { database + u"_owner"_s, database + u"_editor"_s, database + u"_viewer"_s };
}

bool initialize(QSqlDatabase &db, const Members &members, Names *names, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!SqlDialect::of(db).isPostgres())
        return fail(Text::tr("roles belong to a team catalog on a PostgreSQL server, not to a catalog file"));
    Statements sql(db);
    const QStringList database = sql.column(u"SELECT current_database()"_s);
    if (database.isEmpty())
        return fail(sql.error());
    const Names roles = namesFor(database.constFirst());
    if (names)
        *names = roles;
    // People are named before anything changes, so a typo changes nothing.
    for (const QStringList *group : { &members.owners, &members.editors, &members.viewers }) {
        for (const QString &person : *group) {
            if (!roleExists(db, person))
                return fail(
                    Text::tr("the server has no login role \"%1\" (create it first: CREATE ROLE %1 LOGIN)")
                        .arg(person));
        }
    }

    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction.error());
    for (const QString &role : { roles.viewer, roles.editor, roles.owner }) {
        if (!roleExists(db, role) && !sql.run(u"CREATE ROLE %1 NOLOGIN"_s.arg(quoted(role))))
            return fail(Text::tr("cannot create the role %1: %2").arg(role, sql.error()));
    }
    // Each role has the rights of the one below it; whoever sets the catalog up owns it.
    if (!sql.run(u"GRANT %1 TO %2"_s.arg(quoted(roles.viewer), quoted(roles.editor)))
        || !sql.run(u"GRANT %1 TO %2"_s.arg(quoted(roles.editor), quoted(roles.owner)))
        || !sql.run(u"GRANT %1 TO CURRENT_USER"_s.arg(quoted(roles.owner))))
        return fail(Text::tr("cannot set up the roles: %1").arg(sql.error()));
    if (!grant(sql, roles) || !handOver(sql, roles.owner))
        return fail(Text::tr("cannot grant the roles their rights: %1").arg(sql.error()));
    const QList<QPair<const QStringList *, QString>> memberships { { &members.owners, roles.owner },
        { &members.editors, roles.editor }, { &members.viewers, roles.viewer } };
    for (const auto &[people, role] : memberships) {
        for (const QString &person : *people) {
            if (!sql.run(u"GRANT %1 TO %2"_s.arg(quoted(role), quoted(person))))
                return fail(Text::tr("cannot make %1 a member of %2: %3").arg(person, role, sql.error()));
        }
    }
    if (!transaction.commit())
        return fail(transaction.error());
    return true;
}

Access access(QSqlDatabase &db)
{
    if (!SqlDialect::of(db).isPostgres())
        return Access::Owner;
    if (schemaRights(db).mayChange)
        return Access::Owner;
    QSqlQuery query(db);
    if (query.exec(u"SELECT has_table_privilege('tracks', 'UPDATE')"_s) && query.next()
        && query.value(0).toBool())
        return Access::Editor;
    return Access::Viewer;
}

SchemaRights schemaRights(QSqlDatabase &db)
{
    if (!SqlDialect::of(db).isPostgres())
        return {};
    QSqlQuery query(db);
    if (!query.exec(QString::fromLatin1(SchemaOwnerQuery)) || !query.next())
        return {}; // a new catalog: whoever creates it owns it
    const QString owner = query.value(0).toString();
    if (query.value(1).toBool())
        return { true, {}, owner };
    if (query.value(2).toBool())
        return { true, owner, owner };
    return { false, {}, owner };
}

} // namespace Imprint::TeamRoles
