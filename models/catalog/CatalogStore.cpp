// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogStore.h"

#include "Logging.h"
#include "catalog/AssetPath.h"
#include "catalog/Migrations.h"
#include "catalog/ServerAddress.h"
#include "catalog/SqlDialect.h"
#include "catalog/TrackSearchText.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

// How long a connection waits for another one's write before giving up.
constexpr int BusyTimeoutMs = 10000;

// Switching a file to WAL needs a moment alone with it. While another process is creating or
// switching the same new catalog, SQLite answers with the old mode (or "busy") instead of
// waiting, so this tries again for as long as the busy timeout would wait.
bool useWriteAheadLogging(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const bool wal = query.exec(statement) && query.next()
            && query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) == 0;
        query.finish();
        if (wal)
            return true;
        if (waited.elapsed() > BusyTimeoutMs)
            break;
        QThread::msleep(20);
    }
    if (error)
        *error = QCoreApplication::translate("CatalogStore", "the catalog cannot use write-ahead logging");
    return false;
}

// The settings a backend keeps per connection, so every connection sets them (SqlDialect).
bool configure(QSqlDatabase &db, QString *error)
{
    const SqlDialect dialect = SqlDialect::of(db);
    if (const QString wal = dialect.writeAheadLogging();
        !wal.isEmpty() && !useWriteAheadLogging(db, wal, error))
        return false;
    const QStringList setup = dialect.connectionSetup(CatalogStore::clientId(), BusyTimeoutMs);
    return std::all_of(
        setup.cbegin(), setup.cend(), [&](const QString &statement) { return exec(db, statement, error); });
}

} // namespace

CatalogStore::CatalogStore(const QString &path)
    : m_path(
          path.isEmpty() || ServerAddress::isServerAddress(path) ? path : QFileInfo(path).absoluteFilePath())
{
}

bool CatalogStore::isOnServer() const
{
    return ServerAddress::isServerAddress(m_path);
}

QString CatalogStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/catalog.sqlite"_s;
}

QString CatalogStore::clientId()
{
    static const QString id = QUuid::createUuid().toString(QUuid::Id128);
    return id;
}

QString CatalogStore::connectionName() const
{
    // A serial number per thread, not the thread's address: a new thread can reuse the address
    // of one that ended, and must not inherit its connection.
    static std::atomic<quint64> threads = 0;
    static thread_local const quint64 thread = ++threads;
    return u"imprint:%1:%2"_s.arg(m_path).arg(thread);
}

QSqlDatabase CatalogStore::connection(QString *error) const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QString reason;
    QSqlDatabase db;
    if (isOnServer()) {
        const ServerAddress address = ServerAddress::parse(m_path, &reason);
        if (address.isValid()) {
            db = QSqlDatabase::addDatabase(SqlDialect(SqlDialect::Backend::Postgres).driverName(), name);
            address.configure(db);
            if (!db.open())
                reason = db.lastError().text();
            else if (!configure(db, &reason))
                db.close();
        }
    } else {
        db = QSqlDatabase::addDatabase(SqlDialect(SqlDialect::Backend::Sqlite).driverName(), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
        if (!db.open())
            reason = db.lastError().text();
        else if (!configure(db, &reason))
            db.close();
    }
    if (!reason.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("CatalogStore", "%1: %2").arg(m_path, reason);
        db = QSqlDatabase();
        if (QSqlDatabase::contains(name))
            QSqlDatabase::removeDatabase(name);
        return {};
    }
    return db;
}

void CatalogStore::closeThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool CatalogStore::open(QString *error) const
{
    if (m_path.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("CatalogStore", "no catalog file given");
        return false;
    }
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!isOnServer() && !QDir().mkpath(dir)) {
        if (error)
            *error = QCoreApplication::translate("CatalogStore", "%1: cannot create the folder").arg(dir);
        return false;
    }
    QSqlDatabase db = connection(error);
    if (!db.isValid())
        return false;
    QString reason;
    if (!Migrations::migrate(db, &reason)) {
        if (error)
            *error = QCoreApplication::translate("CatalogStore", "%1: %2").arg(m_path, reason);
        return false;
    }
    // Catalogs from before migration 12, and rows changed since the last open, get their
    // search text; a catalog that cannot be written is searched all the same.
    if (!TrackSearchText::fill(db, &reason))
        qCWarning(lcCatalog) << "search text not filled:" << reason;
    qCDebug(lcCatalog) << "opened" << m_path << "schema" << Migrations::latestVersion();
    return true;
}

QString CatalogStore::setting(QStringView key) const
{
    QSqlQuery query(connection());
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(key.toString());
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool CatalogStore::setSetting(QStringView key, const QString &value, QString *error) const
{
    QSqlQuery query(connection());
    query.prepare(u"INSERT INTO settings(key, value) VALUES(?, ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key.toString());
    query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

QString CatalogStore::libraryRoot() const
{
    return m_localLibraryRoot.isEmpty() ? setting(u"library_root") : m_localLibraryRoot;
}

void CatalogStore::setLocalLibraryRoot(const QString &absoluteDir)
{
    m_localLibraryRoot = absoluteDir.isEmpty() ? QString() : QDir::cleanPath(absoluteDir);
}

bool CatalogStore::setLibraryRoot(const QString &absoluteDir, QString *error) const
{
    return setSetting(u"library_root", QDir::cleanPath(absoluteDir), error);
}

QString CatalogStore::libraryRootForNewFiles(QString *error) const
{
    const QString root = libraryRoot();
    if (!root.isEmpty() || isOnServer()) // a server has no "beside": each computer names its folder
        return root;
    const QString beside = QDir(QFileInfo(m_path).absolutePath()).filePath(u"library"_s);
    if (!QDir().mkpath(beside)) {
        if (error)
            *error = QCoreApplication::translate("CatalogStore", "Cannot create the library folder %1.")
                         .arg(QDir::toNativeSeparators(beside));
        return {};
    }
    return setLibraryRoot(beside, error) ? QDir::cleanPath(beside) : QString();
}

QString CatalogStore::absoluteAssetPath(const QString &libraryRoot, const QString &relativePath) const
{
    return AssetPath::resolve(libraryRoot, relativePath);
}

} // namespace Imprint
