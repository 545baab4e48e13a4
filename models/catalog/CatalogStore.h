// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Imprint
{

/// The catalog database, one connection per thread: an SQLite file (the default), or a team
/// catalog on a PostgreSQL server given as postgresql://user@host:port/database (see
/// ServerAddress; the SQL that differs between the two is in SqlDialect).
///
/// A CatalogStore is a cheap value (it holds the file path or address) that any thread may
/// copy. Each thread asks for its own connection with connection(); SQLite connections are
/// configured for durability (WAL, synchronous=FULL, foreign keys) and the schema is migrated
/// by open().
class CatalogStore
{
public:
    explicit CatalogStore(const QString &path = {});

    /// The default catalog in the user's data directory.
    static QString defaultPath();

    /// The catalog file's absolute path, or the server address.
    QString path() const { return m_path; }

    /// What this process's connections to a server say they are (a random id): the changes a
    /// team catalog announces carry it, so a client tells its own from other people's.
    static QString clientId();

    /// Whether the catalog is on a PostgreSQL server rather than in a file.
    bool isOnServer() const;

    /// Creates the file if needed and brings its schema up to date. Call once, before any
    /// other thread uses the store.
    bool open(QString *error) const;

    /// This thread's connection, opened on first use. Invalid (and *error set) on failure.
    QSqlDatabase connection(QString *error = nullptr) const;

    /// Closes this thread's connection; worker threads call it before they end.
    void closeThreadConnection() const;

    /// A value from the catalog's settings table (empty when unset), on this thread's connection.
    QString setting(QStringView key) const;
    bool setSetting(QStringView key, const QString &value, QString *error) const;

    /// The folder asset paths are stored relative to: this computer's folder for the catalog
    /// when one is set (setLocalLibraryRoot), else the catalog's own setting, which the first
    /// import sets; empty until then.
    QString libraryRoot() const;
    /// Sets the catalog's own library folder (what every client uses that has none of its own).
    bool setLibraryRoot(const QString &absoluteDir, QString *error) const;
    /// Where a file the user adds (artwork, a document) is kept: the library folder. A catalog
    /// file without one starts it beside itself (<its folder>/library, made and recorded), as
    /// when a release is planned before any audio. Empty for a team catalog this computer has no
    /// folder for yet (File › Library Folder… names it), or with *error set when the folder
    /// cannot be made or recorded. Touches the disk: call it off the GUI thread.
    QString libraryRootForNewFiles(QString *error) const;

    /// Where this computer has the library of a team catalog (issue 16): each machine mounts
    /// the shared library at its own place, so the folder is remembered per machine
    /// (LibraryFolders) and given to the store when it is made; it overrides the catalog's own.
    void setLocalLibraryRoot(const QString &absoluteDir);
    QString localLibraryRoot() const { return m_localLibraryRoot; }

    /// Absolute path of an asset stored relative to the library root (AssetPath::resolve).
    QString absoluteAssetPath(const QString &libraryRoot, const QString &relativePath) const;

private:
    QString connectionName() const;
    QString m_path;
    QString m_localLibraryRoot;
};

} // namespace Imprint
