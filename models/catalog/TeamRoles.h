// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Imprint::TeamRoles
{

/// Who may do what in a team catalog on PostgreSQL (issue 16): three group roles per catalog,
/// named after its database. The viewer reads; the editor also writes rows; the owner also owns
/// the schema (tables, functions), so only an owner's client upgrades it. Each role has the
/// rights of the ones below it. People are login roles made members of one of them; the server
/// enforces the grants, whatever a client does.
struct Names {
    QString owner;
    QString editor;
    QString viewer;
};

/// The roles of the catalog in database: DATABASE_owner, DATABASE_editor, DATABASE_viewer.
Names namesFor(const QString &database);

/// Login roles to make members of each role (they must exist on the server).
struct Members {
    QStringList owners;
    QStringList editors;
    QStringList viewers;
};

/// Creates the three roles (those that exist are kept), hands every table, sequence, function
/// and collation of the catalog's schema to the owner role, grants the editor and viewer their
/// rights on what is there and on what later upgrades add, and makes the connected user and
/// members members. One transaction: on failure nothing changed (*error says why). The
/// connected user needs CREATEROLE (or is a superuser) and a schema at the latest version.
bool initialize(QSqlDatabase &db, const Members &members, Names *names, QString *error);

/// What the connected user may do with the catalog.
enum class Access {
    Owner, ///< change rows and the schema (always, for an SQLite file the user can open)
    Editor, ///< change rows
    Viewer, ///< read only
};
Access access(QSqlDatabase &db);

/// How a client may upgrade the schema. On SQLite, and on a server where the user owns the
/// schema (or it is new), mayChange is true and actAs is empty. A member of the role that owns
/// the schema must upgrade as that role (actAs: its name), so what an upgrade adds belongs to
/// the role and its grants apply. Anyone else must not change the schema: owner names who can.
struct SchemaRights {
    bool mayChange = true;
    QString actAs;
    QString owner;
};
SchemaRights schemaRights(QSqlDatabase &db);

/// name quoted as a PostgreSQL identifier.
QString quoted(const QString &name);

} // namespace Imprint::TeamRoles
