// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TestBackend.h"

#include "catalog/ServerAddress.h"

#include <QCoreApplication>
#include <QDebug>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::Test
{

bool onPostgres()
{
    return qEnvironmentVariable("IMPRINT_TEST_BACKEND") == u"postgres";
}

namespace
{

// The databases this process made and has not dropped yet, and the connection that makes and
// drops them (on the server's default database).
QMutex lock;
QStringList made;

QSqlDatabase adminConnection(const ServerAddress &server)
{
    QSqlDatabase admin = QSqlDatabase::contains(u"imprint-test-admin"_s)
        ? QSqlDatabase::database(u"imprint-test-admin"_s)
        : QSqlDatabase::addDatabase(u"QPSQL"_s, u"imprint-test-admin"_s);
    server.configure(admin);
    if (!admin.isOpen() && !admin.open())
        qFatal("cannot reach the test server %s: %s", qPrintable(server.toString()),
            qPrintable(admin.lastError().text()));
    return admin;
}

// Without the lock. WITH (FORCE): a connection a test left open (a worker thread's) is ended.
void drop(const ServerAddress &server, const QString &name)
{
    QSqlQuery query(adminConnection(server));
    if (!query.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name)))
        qWarning() << "cannot drop the test database" << name << query.lastError().text();
    made.removeAll(name);
}

ServerAddress testServer()
{
    const QString url = qEnvironmentVariable("IMPRINT_TEST_PG_URL");
    QString error;
    const ServerAddress server = ServerAddress::parse(url, &error);
    if (!server.isValid())
        qFatal("IMPRINT_TEST_BACKEND=postgres needs IMPRINT_TEST_PG_URL: %s", qPrintable(error));
    return server;
}

// What the process did not drop itself goes as it ends.
void dropTheRest()
{
    const QMutexLocker locker(&lock);
    const ServerAddress server = testServer();
    for (const QString &name : QStringList(made))
        drop(server, name);
}

} // namespace

QString catalogLocation(const QTemporaryDir &dir, const QString &fileName)
{
    if (!onPostgres())
        return dir.filePath(fileName);
    const ServerAddress server = testServer();
    static int count = 0;
    const QMutexLocker locker(&lock);
    if (count == 0)
        qAddPostRoutine(dropTheRest);
    const QString name = u"t%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++count);
    QSqlQuery query(adminConnection(server));
    if (!query.exec(u"CREATE DATABASE %1"_s.arg(name)))
        qFatal("cannot create a test database: %s", qPrintable(query.lastError().text()));
    made.append(name);
    return server.withDatabase(name);
}

void dropCatalog(const QString &location)
{
    if (!onPostgres() || !ServerAddress::isServerAddress(location))
        return;
    const QString name = ServerAddress::parse(location).database();
    const QMutexLocker locker(&lock);
    if (made.contains(name))
        drop(testServer(), name);
}

} // namespace Imprint::Test
