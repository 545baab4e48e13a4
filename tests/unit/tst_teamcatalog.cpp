// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Issue 16: File › Open Team Catalog… checks the address as it is typed and tries the server
// before Imprint switches to it; a password the server asks for is typed there, kept in memory
// only and never in the address. On the PostgreSQL run, against the test server's role that
// must give a password (scripts/pg-test-server).
#include "TestBackend.h"
#include "catalog/CatalogStore.h"
#include "catalog/ServerAddress.h"
#include "catalog/ServerCredentials.h"
#include "catalog/TeamCatalogCheck.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestTeamCatalog : public QObject
{
    Q_OBJECT

    // Waits for the check to end; whether it said the catalog is ready.
    static bool run(TeamCatalogCheck &check, const QString &address, const QString &password)
    {
        QSignalSpy finished(&check, &TeamCatalogCheck::finished);
        QSignalSpy ready(&check, &TeamCatalogCheck::ready);
        check.check(address, password);
        if (finished.isEmpty() && !finished.wait(30000))
            qWarning() << "the check did not end";
        return ready.size() == 1 && ready.constFirst().constFirst().toString() == address;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("PGPASSWORD");
    }

    void addressesAreCheckedAsTyped()
    {
        const TeamCatalogCheck check;
        QCOMPARE(check.addressProblem(QString()), QString());
        QCOMPARE(check.addressProblem(u"postgresql://me@catalog.example.org/label"_s), QString());
        QCOMPARE(check.addressProblem(u"  postgres:///label?host=/run/postgresql  "_s), QString());
        QVERIFY(check.addressProblem(u"/home/me/label.sqlite"_s).contains(u"not a postgresql:// address"_s));
        const QString withPassword
            = check.addressProblem(u"postgresql://me:secret@catalog.example.org/label"_s);
        QVERIFY2(
            withPassword.contains(u"password does not belong in the address"_s), qPrintable(withPassword));
    }

    // A password is asked for when the server wants one, in its English or German words, and not
    // because the address names a user called "…password…".
    void aRequestForAPasswordIsToldByTheServersWords()
    {
        const QString address = u"postgresql:///label?host=/run/postgresql&user=imprint_password"_s;
        QVERIFY(!ServerCredentials::asksForPassword(
            address, address + u": could not connect to server: Connection refused"_s));
        QVERIFY(
            ServerCredentials::asksForPassword(address, address + u": fe_sendauth: no password supplied"_s));
        QVERIFY(ServerCredentials::asksForPassword(
            address, u"FATAL:  password authentication failed for user \"sam\""_s));
        QVERIFY(ServerCredentials::asksForPassword(
            address, u"FATAL:  Passwort-Authentifizierung für Benutzer »sam« fehlgeschlagen"_s));
    }

    void aTypedPasswordGoesToTheConnectionOnly()
    {
        const QString address = u"postgresql://me@catalog.example.org/label"_s;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"configure-only"_s);
        ServerAddress::parse(address).configure(db);
        QCOMPARE(db.password(), QString());
        // A server that does not answer is said within seconds unless the address says otherwise.
        QVERIFY(db.connectOptions().contains(u"connect_timeout=10"_s));
        ServerCredentials::remember(address, u"typed"_s);
        ServerAddress::parse(address).configure(db);
        QCOMPARE(db.password(), u"typed"_s);
        QCOMPARE(ServerAddress::parse(address).toString(), address); // never in the address
        ServerCredentials::remember(address, QString());
        QCOMPARE(ServerCredentials::password(address), QString());

        ServerAddress::parse(address + u"?connect_timeout=3"_s).configure(db);
        QVERIFY(db.connectOptions().contains(u"connect_timeout='3'"_s));
        QVERIFY(!db.connectOptions().contains(u"connect_timeout=10"_s));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"configure-only"_s);

        // The GUI hands a typed password to the process it restarts in PGPASSWORD; that process
        // takes it out of its environment, so what it starts does not inherit it.
        qputenv("PGPASSWORD", "from the parent");
        ServerCredentials::takeFromEnvironment(address);
        QVERIFY(!qEnvironmentVariableIsSet("PGPASSWORD"));
        QCOMPARE(ServerCredentials::password(address), u"from the parent"_s);
        ServerCredentials::remember(address, QString());
    }

    void aServerThatDoesNotAnswerIsSaid()
    {
        TeamCatalogCheck check;
        const QString address = u"postgresql:///label?host=/nonexistent-imprint-socket-folder&user=nobody"_s;
        QVERIFY(!run(check, address, QString()));
        QVERIFY(!check.problem().isEmpty());
        QVERIFY(!check.needsPassword());
        QVERIFY(!check.isBusy());
        // A typo is said at once, without trying a server.
        QVERIFY(!run(check, u"postgresql://me:pw@host/label"_s, QString()));
        QVERIFY(check.problem().contains(u"password does not belong"_s));
    }

    void aServerThatAsksForAPasswordGetsTheTypedOne()
    {
        if (!Test::onPostgres())
            QSKIP("needs the test server (the *_postgres run)");
        QTemporaryDir dir;
        const QString asTester = Test::catalogLocation(dir, u"unused"_s);
        const QString database = ServerAddress::parse(asTester).database();
        {
            QSqlQuery grant(QSqlDatabase::database(u"imprint-test-admin"_s));
            QVERIFY2(grant.exec(u"ALTER DATABASE %1 OWNER TO imprint_password"_s.arg(database)),
                qPrintable(grant.lastError().text()));
        }
        QString address = asTester;
        address.replace(u"user=imprint_test"_s, u"user=imprint_password"_s);
        QVERIFY(address != asTester);

        TeamCatalogCheck check;
        QVERIFY(!run(check, address, QString()));
        QVERIFY2(check.needsPassword(), qPrintable(check.problem()));
        QVERIFY(!run(check, address, u"not the password"_s));
        QVERIFY2(check.needsPassword(), qPrintable(check.problem()));
        QCOMPARE(ServerCredentials::password(address), QString()); // a wrong one is not kept

        QVERIFY2(run(check, address, u"imprint-test-secret"_s), qPrintable(check.problem()));
        QCOMPARE(check.problem(), QString());
        QVERIFY(!check.needsPassword());
        // This run opens it with the typed password: the catalog's tables are there.
        const CatalogStore store(address);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QSqlQuery tracks(store.connection());
        QVERIFY2(tracks.exec(u"SELECT count(*) FROM tracks"_s), qPrintable(tracks.lastError().text()));
        store.closeThreadConnection();
        ServerCredentials::remember(address, QString());
    }
};

QTEST_GUILESS_MAIN(TestTeamCatalog)
#include "tst_teamcatalog.moc"
