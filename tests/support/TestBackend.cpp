// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TestBackend.h"

#include "catalog/ServerAddress.h"

#include <QCoreApplication>
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

QString catalogLocation(const QTemporaryDir &dir, const QString &fileName)
{
    if (!onPostgres())
        return dir.filePath(fileName);
    const QString url = qEnvironmentVariable("IMPRINT_TEST_PG_URL");
    QString error;
    const ServerAddress server = ServerAddress::parse(url, &error);
    if (!server.isValid())
        qFatal("IMPRINT_TEST_BACKEND=postgres needs IMPRINT_TEST_PG_URL: %s", qPrintable(error));
    static QMutex lock;
    static int made = 0;
    const QMutexLocker locker(&lock);
    const QString name = u"t%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++made);
    {
        QSqlDatabase admin = QSqlDatabase::contains(u"imprint-test-admin"_s)
            ? QSqlDatabase::database(u"imprint-test-admin"_s)
            : QSqlDatabase::addDatabase(u"QPSQL"_s, u"imprint-test-admin"_s);
        server.configure(admin);
        if (!admin.isOpen() && !admin.open())
            qFatal(
                "cannot reach the test server %s: %s", qPrintable(url), qPrintable(admin.lastError().text()));
        QSqlQuery query(admin);
        if (!query.exec(u"CREATE DATABASE %1"_s.arg(name)))
            qFatal("cannot create a test database: %s", qPrintable(query.lastError().text()));
    }
    return server.withDatabase(name);
}

} // namespace Imprint::Test
