// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Imprint
{

/// A team catalog's address on a PostgreSQL server, as libpq's connection URIs write it:
/// postgresql://user@host:port/database, or postgresql:///database?host=/socket/folder.
/// Other query parameters (sslmode, service, connect_timeout, …) are passed on to libpq. A
/// password is never part of it: libpq reads one from PGPASSWORD, ~/.pgpass or a service file,
/// or the user types it (ServerCredentials).
class ServerAddress
{
public:
    /// Whether location names a server rather than a catalog file.
    static bool isServerAddress(const QString &location);

    /// Parses a postgresql:// or postgres:// address; invalid (and *error set) when it is not one.
    static ServerAddress parse(const QString &location, QString *error = nullptr);

    bool isValid() const { return m_valid; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString database() const { return m_database; }

    /// The same server with another database (the tests make a database per case).
    QString withDatabase(const QString &database) const;

    /// The address as given (parse() refuses one with a password).
    QString toString() const;

    /// Sets a QPSQL connection up for this address (with the password typed for it, if any).
    void configure(QSqlDatabase &db) const;

private:
    bool m_valid = false;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_database;
    QStringList m_options; // key=value for libpq, quoted
    QString m_location; // as given (without a password, which parse() refuses)
};

} // namespace Imprint
