// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TestBackend.h"
#include "TestCatalog.h"
#include "exchange/CatalogJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

bool exec(const CatalogStore &store, const QString &sql)
{
    QSqlQuery query(store.connection());
    if (query.exec(sql))
        return true;
    qWarning() << sql << query.lastError().text();
    return false;
}

QJsonObject exported(const CatalogStore &store)
{
    QString error;
    const QJsonObject document = CatalogJson::exportCatalog(store.connection(), &error);
    if (!error.isEmpty())
        qWarning() << error;
    return document;
}

} // namespace

class TestCatalogJson : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    CatalogStore emptyStore(const QString &name)
    {
        const CatalogStore store(Test::catalogLocation(m_dir, name));
        QString error;
        if (!store.open(&error))
            qWarning() << error;
        return store;
    }

    // Rows in the tables the generated import leaves empty, including the releases ↔ assets cycle.
    static bool fillTheRest(const CatalogStore &store)
    {
        return exec(store, u"INSERT INTO works(id, title, iswc) VALUES (1, 'Song 1', 'T0345246801')"_s)
            && exec(store, u"UPDATE tracks SET work_id = 1, bpm = 121.5, explicit = 0 WHERE id = 1"_s)
            && exec(store, u"INSERT INTO work_shares VALUES (1, 1, 'Composer', 10000)"_s)
            && exec(store,
                u"INSERT INTO credits(track_id, party_id, role, ai_used) VALUES (1, 1, 'Producer', 1)"_s)
            && exec(store, u"INSERT INTO master_shares VALUES (1, 1, 10000)"_s)
            && exec(store,
                u"INSERT INTO assets(id, rel_path, kind, release_id, size, mtime_ms) "
                "VALUES (500, 'art/cover.png', 'artwork', 1, 10, 1)"_s)
            && exec(
                store, u"UPDATE releases SET artwork_asset_id = 500, upc = '0885686000014' WHERE id = 1"_s)
            && exec(store, u"INSERT INTO settings VALUES ('isrc_registrant', 'QZK6H')"_s);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyTableIsExportedOrDeliberatelySkipped()
    {
        const CatalogStore store = emptyStore(u"tables.sqlite"_s);
        QSqlQuery query(store.connection());
        QVERIFY(query.exec(Test::onPostgres()
                ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"_s
                : u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s));
        int listed = 0;
        while (query.next()) {
            const QString table = query.value(0).toString();
            QVERIFY2(
                CatalogJson::exportedTables().contains(table) || CatalogJson::skippedTables().contains(table),
                qPrintable(u"table %1 is neither exported nor skipped: decide which"_s.arg(table)));
            ++listed;
        }
        QVERIFY(listed > CatalogJson::exportedTables().size()); // the tables were listed at all
    }

    void roundTripIsExact()
    {
        Test::TestCatalog source(12);
        QVERIFY(source.isValid());
        QVERIFY(fillTheRest(source.store()));
        QString error;
        QVERIFY(source.store().setLibraryRoot(u"/music/library"_s, &error));
        const QJsonObject first = exported(source.store());
        QCOMPARE(first.value(u"tables"_s).toObject().value(u"tracks"_s).toArray().size(), 12);
        QCOMPARE(exported(source.store()), first); // deterministic

        const CatalogStore target = emptyStore(u"roundtrip.sqlite"_s);
        QVERIFY(target.setLibraryRoot(u"/elsewhere"_s, &error));
        const CatalogJson::ImportResult result = CatalogJson::importCatalog(target.connection(), first);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows.value(u"tracks"_s), 12);
        QCOMPARE(QJsonDocument(exported(target)).toJson(), QJsonDocument(first).toJson());
        // The library root belongs to the machine: never exported, never overwritten.
        QVERIFY(!QJsonDocument(first).toJson().contains("/music/library"));
        QCOMPARE(target.libraryRoot(), u"/elsewhere"_s);
        QCOMPARE(Test::scalar(target, u"SELECT bpm * 10 FROM tracks WHERE id = 1"_s), 1215);
    }

    void refusesACatalogThatHoldsData()
    {
        Test::TestCatalog source(3);
        Test::TestCatalog busy(2);
        const CatalogJson::ImportResult result
            = CatalogJson::importCatalog(busy.store().connection(), exported(source.store()));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"already holds data"_s), qPrintable(result.error));
        QCOMPARE(Test::scalar(busy.store(), u"SELECT count(*) FROM tracks"_s), 2);
    }

    void badDocumentsChangeNothing_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QJsonValue>("rows");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown column")
            << u"tracks"_s
            << QJsonValue(QJsonArray { QJsonObject {
                   { u"id"_s, 1 }, { u"title"_s, u"x"_s }, { u"title); DROP TABLE x; --"_s, 1 } } })
            << u"unknown column"_s;
        QTest::newRow("unknown table") << u"shadow"_s << QJsonValue(QJsonArray()) << u"unknown table"_s;
        QTest::newRow("not a list") << u"tracks"_s << QJsonValue(u"rows"_s) << u"not a list"_s;
        QTest::newRow("nested value")
            << u"tracks"_s
            << QJsonValue(QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"title"_s, QJsonArray { 1 } } } })
            << u"list or object"_s;
        QTest::newRow("dangling reference")
            << u"release_tracks"_s
            << QJsonValue(QJsonArray { QJsonObject { { u"release_id"_s, 7 }, { u"track_id"_s, 9 } } })
            // PostgreSQL checks the deferred references itself, at the commit, in its own words.
            << (Test::onPostgres() ? u"on table \"release_tracks\" violates foreign key constraint"_s
                                   : u"refers to a missing row"_s);
        QTest::newRow("broken constraint") << u"tracks"_s
                                           << QJsonValue(QJsonArray { QJsonObject { { u"id"_s, 1 },
                                                  { u"title"_s, u"x"_s }, { u"explicit"_s, 5 } } })
                                           << u"tracks, row 1"_s;
        const auto oneRow = [](const char *column, const char *value) {
            return QJsonValue(QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"title"_s, u"x"_s },
                { QString::fromLatin1(column), QString::fromLatin1(value) } } });
        };
        QTest::newRow("ISRC") << u"tracks"_s << oneRow("isrc", "NOT-AN-ISRC")
                              << u"tracks, row 1: ISRC \"NOT-AN-ISRC\""_s;
        QTest::newRow("UPC") << u"releases"_s << oneRow("upc", "123")
                             << u"releases, row 1: UPC/EAN \"123\""_s;
        QTest::newRow("UPC check digit")
            << u"releases"_s << oneRow("upc", "0885686000017") << u"releases, row 1: UPC/EAN"_s;
        QTest::newRow("ISWC") << u"works"_s << oneRow("iswc", "T-123") << u"works, row 1: ISWC"_s;
        // Asset paths must stay inside the library folder: write-tags would otherwise rewrite any file.
        const auto asset = [](const QString &path) {
            return QJsonValue(QJsonArray { QJsonObject { { u"id"_s, 9 }, { u"rel_path"_s, path },
                { u"kind"_s, u"master"_s }, { u"size"_s, 1 }, { u"mtime_ms"_s, 1 } } });
        };
        QTest::newRow("absolute asset path")
            << u"assets"_s << asset(u"/home/someone/.bashrc"_s)
            << u"assets, row 1 (id 9): asset path \"/home/someone/.bashrc\" is refused: the path is absolute"_s;
        QTest::newRow("asset path climbing out")
            << u"assets"_s << asset(u"takes/../../../etc/hosts"_s)
            << u"assets, row 1 (id 9): asset path \"takes/../../../etc/hosts\" is refused: the path leaves"_s;
        QTest::newRow("asset path climbing out with backslashes")
            << u"assets"_s << asset(u"takes\\..\\..\\x.wav"_s) << u"the path leaves the library folder"_s;
        QTest::newRow("asset path with a drive letter")
            << u"assets"_s << asset(u"C:/Users/x.wav"_s) << u"drive letter"_s;
    }

    void badDocumentsChangeNothing()
    {
        QFETCH(QString, table);
        QFETCH(QJsonValue, rows);
        QFETCH(QString, expected);
        Test::TestCatalog source(3);
        QJsonObject document = exported(source.store());
        QJsonObject tables = document.value(u"tables"_s).toObject();
        tables.insert(table, rows);
        if (table != u"tracks")
            tables.insert(u"tracks"_s, QJsonArray()); // so only the row under test can fail
        if (table == u"release_tracks")
            tables.insert(u"assets"_s, QJsonArray()); // they refer to the removed tracks too
        document.insert(u"tables"_s, tables);

        const CatalogStore target
            = emptyStore(u"bad-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        const int termsBefore = Test::scalar(target, u"SELECT count(*) FROM ai_tool_terms"_s);
        const CatalogJson::ImportResult result = CatalogJson::importCatalog(target.connection(), document);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QCOMPARE(Test::scalar(target, u"SELECT count(*) FROM parties"_s), 0);
        QCOMPARE(Test::scalar(target, u"SELECT count(*) FROM ai_tool_terms"_s), termsBefore);
    }

    void assetPathsWithBackslashesAreStoredWithSlashes()
    {
        // A catalog written by hand on Windows: the same files, found on every system.
        Test::TestCatalog source(2);
        QJsonObject document = exported(source.store());
        QJsonObject tables = document.value(u"tables"_s).toObject();
        QJsonArray assets = tables.value(u"assets"_s).toArray();
        QVERIFY(!assets.isEmpty());
        QJsonObject first = assets.at(0).toObject();
        const QString path = first.value(u"rel_path"_s).toString();
        QVERIFY(path.contains(u'/'));
        first.insert(u"rel_path"_s, QString(path).replace(u'/', u'\\'));
        assets.replace(0, first);
        tables.insert(u"assets"_s, assets);
        document.insert(u"tables"_s, tables);
        const CatalogStore target = emptyStore(u"backslashes.sqlite"_s);
        const CatalogJson::ImportResult result = CatalogJson::importCatalog(target.connection(), document);
        QVERIFY2(result.ok, qPrintable(result.error));
        QSqlQuery query(target.connection());
        QVERIFY(
            query.exec(u"SELECT rel_path FROM assets WHERE id = %1"_s.arg(first.value(u"id"_s).toInteger())));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), path);
    }

    void identifiersAreStoredNormalised()
    {
        Test::TestCatalog source(2);
        QJsonObject document = exported(source.store());
        QJsonObject tables = document.value(u"tables"_s).toObject();
        QJsonArray tracks = tables.value(u"tracks"_s).toArray();
        QJsonObject first = tracks.at(0).toObject();
        first.insert(u"isrc"_s, u"isrc qzk6-h26-00001"_s);
        tracks.replace(0, first);
        tables.insert(u"tracks"_s, tracks);
        document.insert(u"tables"_s, tables);
        const CatalogStore target = emptyStore(u"normalised.sqlite"_s);
        const CatalogJson::ImportResult result = CatalogJson::importCatalog(target.connection(), document);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(Test::scalar(target, u"SELECT count(*) FROM tracks WHERE isrc = 'QZK6H2600001'"_s), 1);
    }

    void refusesDocumentsWithoutTheirTables()
    {
        const CatalogStore target = emptyStore(u"structure.sqlite"_s);
        const QJsonObject complete = exported(target);
        QJsonObject document = complete;
        document.remove(u"tables"_s);
        QString error = CatalogJson::importCatalog(target.connection(), document).error;
        QVERIFY2(error.contains(u"not a complete Imprint catalog export"_s), qPrintable(error));
        document.insert(u"tables"_s, QJsonArray());
        QVERIFY(CatalogJson::importCatalog(target.connection(), document).error.contains(u"\"tables\""_s));
        document.insert(u"tables"_s, QJsonObject());
        error = CatalogJson::importCatalog(target.connection(), document).error;
        QVERIFY2(error.contains(u"no table \"settings\""_s), qPrintable(error));
        document = complete;
        document.remove(u"schemaVersion"_s);
        QVERIFY(!CatalogJson::importCatalog(target.connection(), document).ok);
        QVERIFY(CatalogJson::importCatalog(target.connection(), complete).ok);
    }

    void refusesNewerAndForeignDocuments()
    {
        const CatalogStore target = emptyStore(u"foreign.sqlite"_s);
        QJsonObject document { { u"format"_s, u"something-else"_s } };
        QVERIFY(
            CatalogJson::importCatalog(target.connection(), document).error.contains(u"not an Imprint"_s));
        document = exported(target);
        document.insert(u"formatVersion"_s, CatalogJson::FormatVersion + 1);
        QVERIFY(CatalogJson::importCatalog(target.connection(), document).error.contains(u"newer Imprint"_s));
    }
};

QTEST_GUILESS_MAIN(TestCatalogJson)
#include "tst_catalogjson.moc"
