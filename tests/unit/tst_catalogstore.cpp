// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TestBackend.h"
#include "catalog/CatalogStore.h"
#include "catalog/Migrations.h"

#include <QMutex>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestCatalogStore : public QObject
{
    Q_OBJECT

private:
    static QString pragma(QSqlDatabase db, const QString &name)
    {
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA "_s + name) || !query.next())
            return {};
        return query.value(0).toString();
    }

    // The schema version just before the one that creates the table or index `name`, found by
    // migrating a probe catalog step by step (merges may renumber migrations).
    static int versionBefore(const QTemporaryDir &dir, const QString &name)
    {
        const CatalogStore probe(Test::catalogLocation(dir, u"probe-%1.sqlite"_s.arg(name)));
        QString error;
        int before = 0;
        {
            QSqlDatabase db = probe.connection(&error);
            for (int version = 1; version <= Migrations::latestVersion() && before == 0; ++version) {
                if (!Migrations::migrateTo(db, version, &error))
                    return 0;
                QSqlQuery query(db);
                query.prepare(Test::onPostgres() ? u"SELECT 1 FROM pg_class WHERE relname = ?"_s
                                                 : u"SELECT 1 FROM sqlite_master WHERE name = ?"_s);
                query.addBindValue(name);
                if (query.exec() && query.next())
                    before = version - 1;
            }
        }
        probe.closeThreadConnection();
        return before;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathIsInTheUsersDataFolder()
    {
        QVERIFY(CatalogStore::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void openCreatesTheSchemaWithDurableSettings()
    {
        QTemporaryDir dir;
        const CatalogStore store(Test::catalogLocation(dir, u"sub/folder/catalog.sqlite"_s));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QSqlDatabase db = store.connection();
        if (!Test::onPostgres()) {
            QCOMPARE(pragma(db, u"journal_mode"_s), u"wal"_s);
            QCOMPARE(pragma(db, u"synchronous"_s), u"2"_s); // FULL
            QCOMPARE(pragma(db, u"foreign_keys"_s), u"1"_s);
        }
        QCOMPARE(store.isOnServer(), Test::onPostgres());
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        for (const QString &table : { u"parties"_s, u"releases"_s, u"tracks"_s, u"release_tracks"_s,
                 u"assets"_s, u"milestones"_s, u"schedule_templates"_s })
            QVERIFY2(db.tables().contains(table), qPrintable(table));
        store.closeThreadConnection();
    }

    void reopeningKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(store.setLibraryRoot(u"/music/takes"_s, &error));
        store.closeThreadConnection();
        QVERIFY(store.open(&error));
        QCOMPARE(store.libraryRoot(), u"/music/takes"_s);
        QSqlQuery query(store.connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM schema_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), Migrations::latestVersion());
        query = QSqlQuery();
        store.closeThreadConnection();
    }

    void refusesACatalogFromANewerImprint()
    {
        QTemporaryDir dir;
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QString error;
        QVERIFY(store.open(&error));
        {
            QSqlQuery query(store.connection());
            QVERIFY(query.exec(u"INSERT INTO schema_version(version) VALUES (999)"_s));
        }
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(u"newer Imprint"_s), qPrintable(error));
        store.closeThreadConnection();
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QString error;
        QVERIFY(store.open(&error));
        {
            QSqlQuery query(store.connection());
            QVERIFY(!query.exec(u"INSERT INTO release_tracks(release_id, track_id) VALUES (41, 42)"_s));
        }
        store.closeThreadConnection();
    }

    void eachThreadHasItsOwnConnection()
    {
        QTemporaryDir dir;
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QString error;
        QVERIFY(store.open(&error));
        const QString mine = store.connection().connectionName();
        QString theirs;
        bool theirsOk = false;
        QThread *thread = QThread::create([&] {
            QSqlDatabase db = store.connection();
            theirs = db.connectionName();
            theirsOk = db.isOpen();
            db = QSqlDatabase();
            store.closeThreadConnection();
        });
        thread->start();
        thread->wait();
        delete thread;
        QVERIFY(theirsOk);
        QVERIFY(mine != theirs);
        store.closeThreadConnection();
    }

    // Two programs opening a new catalog at once (the GUI and a CLI import, say) used to read
    // schema version 0 both, and the second failed with "table settings already exists".
    void concurrentOpenersOfANewCatalogAllSucceed()
    {
        constexpr int trials = 12;
        constexpr int openers = 4;
        for (int trial = 0; trial < trials; ++trial) {
            QTemporaryDir dir;
            const QString path = Test::catalogLocation(dir, u"catalog.sqlite"_s);
            QSemaphore ready, go;
            QStringList errors;
            QMutex errorsLock;
            QList<QThread *> threads;
            for (int i = 0; i < openers; ++i) {
                threads.append(QThread::create([&] {
                    const CatalogStore store(path);
                    ready.release();
                    go.acquire();
                    QString error;
                    if (!store.open(&error)) {
                        const QMutexLocker lock(&errorsLock);
                        errors.append(error);
                    }
                    store.closeThreadConnection();
                }));
                threads.constLast()->start();
            }
            ready.acquire(openers);
            go.release(openers);
            for (QThread *thread : std::as_const(threads)) {
                thread->wait();
                delete thread;
            }
            QVERIFY2(errors.isEmpty(), qPrintable(u"trial %1: %2"_s.arg(trial).arg(errors.join(u"; "_s))));
            const CatalogStore store(path);
            QSqlDatabase db = store.connection();
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT count(*), count(DISTINCT version) FROM schema_version"_s)
                && query.next());
            QCOMPARE(query.value(0).toInt(), Migrations::latestVersion());
            QCOMPARE(query.value(1).toInt(), Migrations::latestVersion());
            query = QSqlQuery();
            db = QSqlDatabase();
            store.closeThreadConnection();
        }
    }

    void upgradesACatalogFromEveryEarlierVersion()
    {
        for (int from = 1; from < Migrations::latestVersion(); ++from) {
            QTemporaryDir dir;
            const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
            QString error;
            {
                QSqlDatabase db = store.connection(&error);
                QVERIFY2(Migrations::migrateTo(db, from, &error), qPrintable(error));
                QSqlQuery query(db);
                QVERIFY(query.exec(u"INSERT INTO tracks(title) VALUES ('Kept across upgrades')"_s));
                QCOMPARE(Migrations::currentVersion(db), from);
            }
            QVERIFY2(store.open(&error), qPrintable(error));
            QSqlDatabase db = store.connection();
            QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT count(*) FROM tracks WHERE title = 'Kept across upgrades'"_s)
                && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            query = QSqlQuery();
            db = QSqlDatabase();
            store.closeThreadConnection();
        }
    }

    void sharesAreBasisPointsWithinRange()
    {
        QTemporaryDir dir;
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QString error;
        QVERIFY(store.open(&error));
        {
            QSqlQuery query(store.connection());
            QVERIFY(query.exec(u"INSERT INTO parties(id, name) VALUES (1, 'Mara Vell')"_s));
            QVERIFY(query.exec(u"INSERT INTO tracks(id, title) VALUES (1, 'Undertow')"_s));
            QVERIFY(query.exec(
                u"INSERT INTO master_shares(track_id, party_id, share_bp) VALUES (1, 1, 10000)"_s));
            QVERIFY(!query.exec(u"UPDATE master_shares SET share_bp = 10001"_s));
            // A party that still holds shares cannot be deleted out from under them.
            QVERIFY(!query.exec(u"DELETE FROM parties WHERE id = 1"_s));
        }
        store.closeThreadConnection();
    }

    void rightsTablesRefuseBadInput()
    {
        QTemporaryDir dir;
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QString error;
        QVERIFY(store.open(&error));
        {
            QSqlQuery query(store.connection());
            QVERIFY(query.exec(u"INSERT INTO parties(id, name) VALUES (1, 'Mara Vell')"_s));
            QVERIFY(query.exec(u"INSERT INTO tracks(id, title) VALUES (1, 'Undertow')"_s));
            QVERIFY(query.exec(u"INSERT INTO provenance(track_id, origin, tool, plan, generated_on) "
                               "VALUES (1, 'ai_generated', 'Suno', 'Pro', '2025-03-01')"_s));
            QVERIFY(!query.exec(u"UPDATE provenance SET origin = 'robot'"_s));
            QVERIFY(!query.exec(u"UPDATE provenance SET generated_on = '1 March 2025'"_s));
            QVERIFY(query.exec(u"INSERT INTO human_contributions(track_id, element, party_id) "
                               "VALUES (1, 'lyrics', 1)"_s));
            QVERIFY(!query.exec(u"INSERT INTO human_contributions(track_id, element) VALUES (1, 'vibes')"_s));
            QVERIFY(query.exec(u"INSERT INTO clearance_items(track_id, kind, counterparty_id, status, "
                               "valid_from, valid_until) VALUES (1, 'sample', 1, 'pending', "
                               "'2026-01-01', '2027-01-01')"_s));
            // Validity that ends before it starts is refused, as are unknown kinds and statuses.
            QVERIFY(!query.exec(u"UPDATE clearance_items SET valid_until = '2025-12-31'"_s));
            QVERIFY(!query.exec(u"UPDATE clearance_items SET status = 'maybe'"_s));
            QVERIFY(!query.exec(u"INSERT INTO clearance_items(track_id, kind) VALUES (1, 'favour')"_s));
            QVERIFY(!query.exec(u"INSERT INTO ai_tool_terms(tool, plan, commercial_use, ownership, "
                                "recorded_on, valid_from, valid_until) VALUES ('X', 'Y', 1, 'user', "
                                "'2026-01-01', '2025-01-01', '2024-01-01')"_s));
            // Uploaded inputs: a description, a known kind and permission; paid is yes, no or unknown.
            QVERIFY(query.exec(u"INSERT INTO provenance_inputs(track_id, description, kind, permission) "
                               "VALUES (1, 'vocal demo', 'audio', 'own')"_s));
            QVERIFY(!query.exec(u"UPDATE provenance_inputs SET permission = 'borrowed'"_s));
            QVERIFY(!query.exec(u"UPDATE provenance_inputs SET kind = 'vibe'"_s));
            QVERIFY(!query.exec(u"INSERT INTO provenance_inputs(track_id, description) VALUES (1, ' ')"_s));
            QVERIFY(!query.exec(u"UPDATE ai_tool_terms SET paid = 2"_s));
            // Deleting a track takes its rights records with it.
            QVERIFY(query.exec(u"DELETE FROM tracks WHERE id = 1"_s));
            QVERIFY(query.exec(u"SELECT (SELECT count(*) FROM provenance) + (SELECT count(*) FROM "
                               "clearance_items) + (SELECT count(*) FROM human_contributions) + "
                               "(SELECT count(*) FROM provenance_inputs)"_s)
                && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        store.closeThreadConnection();
    }

    void exampleToolTermsAreSeededAndMarked()
    {
        QTemporaryDir dir;
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QString error;
        QVERIFY(store.open(&error));
        {
            QSqlQuery query(store.connection());
            QVERIFY(query.exec(u"SELECT count(*), sum(example) FROM ai_tool_terms"_s) && query.next());
            QVERIFY(query.value(0).toInt() >= 4);
            QCOMPARE(query.value(1).toInt(), query.value(0).toInt());
            QVERIFY(query.exec(u"SELECT commercial_use FROM ai_tool_terms WHERE tool = 'Suno' "
                               "AND plan = 'Basic (free)'"_s)
                && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            QVERIFY(query.exec(u"SELECT commercial_use, ownership FROM ai_tool_terms WHERE tool = 'Suno' "
                               "AND plan = 'Pro'"_s)
                && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QCOMPARE(query.value(1).toString(), u"user"_s);
        }
        store.closeThreadConnection();
    }

    void upgradeToRightsKeepsTracksWithoutProvenance()
    {
        QTemporaryDir dir;
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QString error;
        {
            QSqlDatabase db = store.connection(&error);
            // The version just before the one that adds the rights tables (later ones may follow).
            int beforeRights = 0;
            {
                const CatalogStore probe(Test::catalogLocation(dir, u"probe.sqlite"_s));
                QSqlDatabase probeDb = probe.connection(&error);
                for (int version = 1; version <= Migrations::latestVersion() && beforeRights == 0;
                    ++version) {
                    QVERIFY2(Migrations::migrateTo(probeDb, version, &error), qPrintable(error));
                    if (probeDb.tables().contains(u"clearance_items"_s))
                        beforeRights = version - 1;
                }
                probeDb = {};
                probe.closeThreadConnection();
            }
            QVERIFY(beforeRights > 0);
            QVERIFY2(Migrations::migrateTo(db, beforeRights, &error), qPrintable(error));
            QSqlQuery query(db);
            QVERIFY(query.exec(u"INSERT INTO tracks(id, title) VALUES (7, 'Older take')"_s));
            QVERIFY(!query.exec(u"SELECT 1 FROM clearance_items"_s));
        }
        QVERIFY2(store.open(&error), qPrintable(error));
        {
            QSqlQuery query(store.connection());
            QVERIFY(
                query.exec(u"SELECT count(*) FROM tracks LEFT JOIN provenance p ON p.track_id = tracks.id "
                           "WHERE tracks.id = 7 AND p.track_id IS NULL"_s)
                && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(
                query.exec(u"INSERT INTO clearance_items(track_id, kind) VALUES (7, 'ai_tool_licence')"_s));
            QVERIFY(query.exec(u"SELECT status FROM clearance_items WHERE track_id = 7"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"missing"_s);
        }
        store.closeThreadConnection();
    }

    void creditsWithoutInstrumentAreUnique()
    {
        QTemporaryDir dir;
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QString error;
        {
            // Before the unique index, two credits without an instrument could be stored twice.
            QSqlDatabase db = store.connection(&error);
            const int beforeIndex = versionBefore(dir, u"credits_identity"_s);
            QVERIFY(beforeIndex > 0);
            QVERIFY2(Migrations::migrateTo(db, beforeIndex, &error), qPrintable(error));
            QSqlQuery query(db);
            QVERIFY(query.exec(u"INSERT INTO parties(id, name) VALUES (1, 'Mara Lind')"_s));
            QVERIFY(query.exec(u"INSERT INTO tracks(id, title) VALUES (1, 'Lanterns')"_s));
            QVERIFY(query.exec(u"INSERT INTO credits(id, track_id, party_id, role, ai_used) VALUES "
                               "(1, 1, 1, 'MainArtist', 0), (2, 1, 1, 'MainArtist', 1), "
                               "(3, 1, 1, 'Producer', 0), (4, 1, 1, 'Musician', 0)"_s));
            QVERIFY(query.exec(
                u"INSERT INTO credits(id, track_id, party_id, role, instrument) VALUES (5, 1, 1, 'Musician', 'Piano')"_s));
        }
        QVERIFY2(store.open(&error), qPrintable(error));
        QSqlQuery query(store.connection());
        QVERIFY(query.exec(u"SELECT id, role, coalesce(instrument, ''), ai_used FROM credits ORDER BY id"_s));
        QStringList rows;
        while (query.next()) {
            rows.append(u"%1 %2 %3 %4"_s.arg(query.value(0).toString(), query.value(1).toString(),
                query.value(2).toString(), query.value(3).toString()));
        }
        // The duplicate main-artist credit is merged into the first, which keeps the AI use.
        QCOMPARE(rows,
            QStringList(
                { u"1 MainArtist  1"_s, u"3 Producer  0"_s, u"4 Musician  0"_s, u"5 Musician Piano 0"_s }));
        QVERIFY(!query.exec(u"INSERT INTO credits(track_id, party_id, role) VALUES (1, 1, 'Producer')"_s));
        QVERIFY(!query.exec(
            u"INSERT INTO credits(track_id, party_id, role, instrument) VALUES (1, 1, 'Musician', 'Piano')"_s));
        QVERIFY(query.exec(
            u"INSERT INTO credits(track_id, party_id, role, instrument) VALUES (1, 1, 'Musician', 'Guitar')"_s));
        store.closeThreadConnection();
    }

    void unwritableLocationGivesAClearError()
    {
        const CatalogStore store(u"/proc/imprint-cannot-be-here/catalog.sqlite"_s);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(u"/proc/imprint-cannot-be-here"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCatalogStore)
#include "tst_catalogstore.moc"
