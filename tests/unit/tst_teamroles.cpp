// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Issue 16, item 4: a team catalog's owner, editor and viewer roles. The server refuses what a
// role may not do, tried with direct SQL as a modified client would; the client knows its role
// (a viewer's session is read-only) and only an owner's client upgrades the schema. On the
// PostgreSQL run, against the throwaway test server (whose imprint_test is a superuser).
#include "CatalogSession.h"
#include "TestBackend.h"
#include "TestCatalog.h"
#include "catalog/CatalogStore.h"
#include "catalog/Migrations.h"
#include "catalog/ServerAddress.h"
#include "catalog/TeamRoles.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestTeamRoles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A new team catalog's address on the test server (as its superuser), its schema not made yet.
    QString newCatalog() { return Test::catalogLocation(m_dir, u"unused"_s); }

    // A login role of the server, named after the catalog's database so runs never share one.
    static QString login(const QString &address, const QString &who)
    {
        const QString name = ServerAddress::parse(address).database() + u'_' + who;
        QSqlQuery query(QSqlDatabase::database(u"imprint-test-admin"_s));
        if (!query.exec(u"CREATE ROLE %1 LOGIN"_s.arg(name)))
            qWarning() << "cannot create the login role" << name << query.lastError().text();
        return name;
    }

    // The same catalog, connected as another login role.
    static QString as(const QString &address, const QString &user)
    {
        QString other = address;
        other.replace(u"user=imprint_test"_s, u"user="_s + user);
        return other;
    }

    // Runs sql on the store's connection; the server's reason when it refuses.
    static QString refusal(const CatalogStore &store, const QString &sql)
    {
        QSqlQuery query(store.connection());
        return query.exec(sql) ? QString() : query.lastError().databaseText();
    }

    static bool opens(const CatalogStore &store, QString *error = nullptr)
    {
        QString reason;
        const bool ok = store.open(&reason);
        if (error)
            *error = reason;
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void aCatalogFileIsItsUsersOwn()
    {
        const CatalogStore store(m_dir.filePath(u"own.sqlite"_s));
        QVERIFY(opens(store));
        QSqlDatabase db = store.connection();
        QCOMPARE(TeamRoles::access(db), TeamRoles::Access::Owner);
        QVERIFY(TeamRoles::schemaRights(db).mayChange);
        QString error;
        QVERIFY(!TeamRoles::initialize(db, {}, nullptr, &error));
        QVERIFY2(error.contains(u"PostgreSQL"_s), qPrintable(error));
        store.closeThreadConnection();
    }

    void rolesAreNamedAfterTheDatabaseAndQuoted()
    {
        const TeamRoles::Names names = TeamRoles::namesFor(u"label"_s);
        QCOMPARE(names.owner, u"label_owner"_s);
        QCOMPARE(names.editor, u"label_editor"_s);
        QCOMPARE(names.viewer, u"label_viewer"_s);
        QCOMPARE(TeamRoles::quoted(u"my \"team\""_s), u"\"my \"\"team\"\"\""_s);
    }

    void theServerHoldsEachRoleToItsRights()
    {
        if (!Test::onPostgres())
            QSKIP("needs the test server (the *_postgres run)");
        const QString address = newCatalog();
        const CatalogStore admin(address);
        QVERIFY(opens(admin));
        QVERIFY(refusal(admin, u"INSERT INTO tracks(title) VALUES ('Glass Harbour')"_s).isEmpty());
        const QString editorLogin = login(address, u"alice"_s);
        const QString viewerLogin = login(address, u"bob"_s);

        QSqlDatabase db = admin.connection();
        TeamRoles::Names names;
        QString error;
        QVERIFY(!TeamRoles::initialize(db, { {}, { u"nobody_by_that_name"_s }, {} }, &names, &error));
        QVERIFY2(error.contains(u"nobody_by_that_name"_s), qPrintable(error));
        QVERIFY2(TeamRoles::initialize(db, { {}, { editorLogin }, { viewerLogin } }, &names, &error),
            qPrintable(error));
        // Running it again (to add people) keeps what is there.
        QVERIFY2(TeamRoles::initialize(db, { {}, { editorLogin }, { viewerLogin } }, &names, &error),
            qPrintable(error));
        QCOMPARE(names.viewer, ServerAddress::parse(address).database() + u"_viewer"_s);
        QSqlQuery owner(db);
        QVERIFY(owner.exec(u"SELECT tableowner FROM pg_tables WHERE tablename = 'tracks'"_s) && owner.next());
        QCOMPARE(owner.value(0).toString(), names.owner);
        admin.closeThreadConnection();

        // The viewer opens the catalog (nothing in opening it writes) and reads it; the server
        // refuses every write, whatever the client sends.
        const CatalogStore viewer(as(address, viewerLogin));
        QVERIFY2(opens(viewer, &error), qPrintable(error));
        QSqlDatabase viewerDb = viewer.connection();
        QCOMPARE(TeamRoles::access(viewerDb), TeamRoles::Access::Viewer);
        QSqlQuery read(viewerDb);
        QVERIFY(read.exec(u"SELECT title FROM tracks"_s) && read.next());
        QCOMPARE(read.value(0).toString(), u"Glass Harbour"_s);
        read.finish();
        for (const QString &write :
            { u"UPDATE tracks SET title = 'Changed'"_s, u"INSERT INTO tracks(title) VALUES ('Sneaked in')"_s,
                u"DELETE FROM tracks"_s, u"INSERT INTO settings(key, value) VALUES ('library_root', '/')"_s,
                u"CREATE TABLE notes(text TEXT)"_s }) {
            const QString why = refusal(viewer, write);
            QVERIFY2(why.contains(u"permission denied"_s), qPrintable(write + u": "_s + why));
        }
        viewerDb = {};
        viewer.closeThreadConnection();

        // The editor changes rows (new ones numbered by the shared sequence), not the schema.
        const CatalogStore editor(as(address, editorLogin));
        QVERIFY2(opens(editor, &error), qPrintable(error));
        QSqlDatabase editorDb = editor.connection();
        QCOMPARE(TeamRoles::access(editorDb), TeamRoles::Access::Editor);
        QCOMPARE(refusal(editor, u"UPDATE tracks SET title = 'Glass Harbour (Edit)'"_s), QString());
        QCOMPARE(refusal(editor, u"INSERT INTO tracks(title) VALUES ('Night Drive')"_s), QString());
        QVERIFY(editor.setSetting(u"isrc_prefix", u"GBXYZ"_s, &error));
        for (const QString &change :
            { u"CREATE TABLE notes(text TEXT)"_s, u"ALTER TABLE tracks ADD COLUMN x INTEGER"_s,
                u"DROP TABLE tracks"_s, u"INSERT INTO schema_version(version) VALUES (99)"_s }) {
            const QString why = refusal(editor, change);
            QVERIFY2(why.contains(u"permission denied"_s) || why.contains(u"must be owner"_s),
                qPrintable(change + u": "_s + why));
        }
        editorDb = {};
        editor.closeThreadConnection();
    }

    void aViewersSessionIsReadOnly()
    {
        if (!Test::onPostgres())
            QSKIP("needs the test server (the *_postgres run)");
        const QString address = newCatalog();
        const CatalogStore admin(address);
        QVERIFY(opens(admin));
        const QString editorLogin = login(address, u"carla"_s);
        const QString viewerLogin = login(address, u"dan"_s);
        QSqlDatabase db = admin.connection();
        QString error;
        QVERIFY2(TeamRoles::initialize(db, { {}, { editorLogin }, { viewerLogin } }, nullptr, &error),
            qPrintable(error));
        admin.closeThreadConnection();

        const CatalogStore viewer(as(address, viewerLogin));
        QVERIFY(opens(viewer));
        {
            CatalogSession session(viewer);
            Test::loadSession(session);
            QVERIFY(session.isReadOnly());
            QCOMPARE(session.editorRole(), ServerAddress::parse(address).database() + u"_editor"_s);
        }
        const CatalogStore editor(as(address, editorLogin));
        QVERIFY(opens(editor));
        {
            CatalogSession session(editor);
            Test::loadSession(session);
            QVERIFY(!session.isReadOnly());
        }
    }

    void onlyAnOwnerUpgradesTheSchema()
    {
        if (!Test::onPostgres())
            QSKIP("needs the test server (the *_postgres run)");
        // A team catalog made by the version before this one, its roles set up then.
        const QString address = newCatalog();
        const CatalogStore admin(address);
        QSqlDatabase db = admin.connection();
        const int previous = Migrations::latestVersion() - 1;
        QString error;
        QVERIFY2(Migrations::migrateTo(db, previous, &error), qPrintable(error));
        const QString ownerLogin = login(address, u"erin"_s);
        const QString editorLogin = login(address, u"finn"_s);
        TeamRoles::Names names;
        QVERIFY2(TeamRoles::initialize(db, { { ownerLogin }, { editorLogin }, {} }, &names, &error),
            qPrintable(error));
        db = {};
        admin.closeThreadConnection();

        // An editor's newer client says who must upgrade it, and changes nothing.
        const CatalogStore editor(as(address, editorLogin));
        QVERIFY(!opens(editor, &error));
        QVERIFY2(error.contains(names.owner) && error.contains(QString::number(previous)), qPrintable(error));
        editor.closeThreadConnection();

        // A member of the owner role upgrades it, as the role: what the upgrade adds is the
        // role's, and the editor may write to it.
        const CatalogStore owner(as(address, ownerLogin));
        QVERIFY2(opens(owner, &error), qPrintable(error));
        QSqlDatabase ownerDb = owner.connection();
        QCOMPARE(TeamRoles::access(ownerDb), TeamRoles::Access::Owner);
        QSqlQuery added(ownerDb);
        QVERIFY(added.exec(u"SELECT tableowner FROM pg_tables WHERE tablename = 'distinct_tracks'"_s));
        QVERIFY2(added.next(), "the last migration's table is missing");
        QCOMPARE(added.value(0).toString(), names.owner);
        added.finish();
        QVERIFY(refusal(owner, u"INSERT INTO tracks(id, title) VALUES (1, 'A'), (2, 'B')"_s).isEmpty());
        ownerDb = {};
        owner.closeThreadConnection();

        QVERIFY2(opens(editor, &error), qPrintable(error));
        QCOMPARE(
            refusal(editor, u"INSERT INTO distinct_tracks(track_a, track_b) VALUES (1, 2)"_s), QString());
        editor.closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
