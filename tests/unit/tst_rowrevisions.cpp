// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Issue 16, item 3: the catalog itself refuses a write made on an older version of a record.
// Tracks, releases, parties and works carry a revision, and a write to one of their fields must
// move it on by exactly one: a blind write (a script, a client older than revisions) or one made
// on a revision someone has moved on since is refused by the database, tried here with direct
// SQL as such a client would send it. Imprint's own edits move it on. Runs on both backends.
#include "EditConflictFixture.h"
#include "TestBackend.h"
#include "credits/CreditsCatalog.h"
#include "editing/EditHistory.h"
#include "releases/ReleaseCatalog.h"
#include "releases/ReleaseListModel.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestRowRevisions : public Imprint::EditConflictFixture
{
    Q_OBJECT

    // Runs sql on the store's connection; the database's reason when it refuses.
    static QString refusal(const CatalogStore &store, const QString &sql)
    {
        QSqlQuery query(store.connection());
        return query.exec(sql) ? QString() : query.lastError().databaseText();
    }

    static int revision(const CatalogStore &store, const QString &table, qint64 id)
    {
        return Test::stored(store, id, u"revision"_s, table).toInt();
    }

    // A column of the row whose key column holds id.
    static QString valueOf(
        const CatalogStore &store, const QString &table, const QString &key, qint64 id, const QString &column)
    {
        QSqlQuery query(store.connection());
        if (!query.exec(u"SELECT %1 FROM %2 WHERE %3 = %4"_s.arg(column, table, key).arg(id))
            || !query.next())
            return u"<missing>"_s;
        return query.value(0).toString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aWriteThatDoesNotMoveTheRevisionOnIsRefused_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("key"); // the primary key's column
        QTest::addColumn<QString>("made"); // the statement that makes a row, when the import makes none
        const QString track = u"(SELECT min(id) FROM tracks)"_s;
        QTest::newRow("track") << u"tracks"_s << u"title"_s << u"id"_s << QString();
        QTest::newRow("release") << u"releases"_s << u"label"_s << u"id"_s << QString();
        QTest::newRow("party") << u"parties"_s << u"ipi"_s << u"id"_s << QString();
        QTest::newRow("work") << u"works"_s << u"iswc"_s << u"id"_s
                              << u"INSERT INTO works(title) VALUES ('Glass Harbour')"_s;
        QTest::newRow("clearance item")
            << u"clearance_items"_s << u"notes"_s << u"id"_s
            << u"INSERT INTO clearance_items(track_id, kind) VALUES (%1, 'sample')"_s.arg(track);
        QTest::newRow("provenance")
            << u"provenance"_s << u"tool"_s << u"track_id"_s
            << u"INSERT INTO provenance(track_id, origin) VALUES (%1, 'ai_assisted')"_s.arg(track);
        QTest::newRow("contribution")
            << u"human_contributions"_s << u"description"_s << u"id"_s
            << u"INSERT INTO human_contributions(track_id, element) VALUES (%1, 'lyrics')"_s.arg(track);
        QTest::newRow("input") << u"provenance_inputs"_s << u"notes"_s << u"id"_s
                               << u"INSERT INTO provenance_inputs(track_id, description, kind, permission) "
                                  "VALUES (%1, 'Field recording', 'audio', 'own')"_s.arg(track);
        QTest::newRow("tool terms") << u"ai_tool_terms"_s << u"source"_s << u"id"_s << QString();
        QTest::newRow("milestone")
            << u"milestones"_s << u"notes"_s << u"id"_s
            << u"INSERT INTO milestones(release_id, name, due_date) "
               "VALUES ((SELECT min(id) FROM releases), 'Masters final', '2027-01-15')"_s;
    }

    void aWriteThatDoesNotMoveTheRevisionOnIsRefused()
    {
        QFETCH(QString, table);
        QFETCH(QString, field);
        QFETCH(QString, key);
        QFETCH(QString, made);
        Test::TestCatalog catalog(2);
        QVERIFY(catalog.isValid());
        const CatalogStore store = catalog.store();
        if (!made.isEmpty())
            QCOMPARE(refusal(store, made), QString());
        const qint64 id = Test::scalar(store, u"SELECT min(%1) FROM %2"_s.arg(key, table));
        QVERIFY(id > 0);
        const auto value = [&](const QString &column) {
            return valueOf(store, table, key, id, column);
        };
        const auto write = [&](const QString &text, const QString &revision) {
            return refusal(store,
                u"UPDATE %1 SET %2 = '%3'%4 WHERE %5 = %6"_s.arg(table, field, text, revision, key).arg(id));
        };
        const int stored = value(u"revision"_s).toInt(); // the import set the releases' type
        QVERIFY(value(field) != u"Mine"_s);

        // Blind, as a client that knows nothing of revisions writes.
        const QString blind = write(u"Blind"_s, QString());
        QVERIFY2(blind.contains(u"stale write to "_s + table), qPrintable(blind));
        // Made on the stored revision: written, and the revision moves on.
        const QString onStored = u", revision = %1"_s.arg(stored + 1);
        QCOMPARE(write(u"Mine"_s, onStored), QString());
        QCOMPARE(value(field), u"Mine"_s);
        QCOMPARE(value(u"revision"_s).toInt(), stored + 1);
        // The same write again was made on a revision that is gone now: refused, nothing changes.
        const QString stale = write(u"Stale"_s, onStored);
        QVERIFY2(stale.contains(u"stale write to "_s + table), qPrintable(stale));
        // Skipping a revision is refused too: nobody may claim one the row never had.
        const QString ahead = write(u"Ahead"_s, u", revision = %1"_s.arg(stored + 5));
        QVERIFY2(ahead.contains(u"stale write to "_s + table), qPrintable(ahead));
        QCOMPARE(value(field), u"Mine"_s);
        QCOMPARE(value(u"revision"_s).toInt(), stored + 1);
    }

    // Delivery profiles and release schedules are stored whole, one row per profile or type.
    void profilesAndSchedulesCarryARevisionToo_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("row"); // the condition that picks the row
        QTest::addColumn<QString>("made");
        QTest::newRow("delivery profile")
            << u"quality_profiles"_s << u"key = 'streaming'"_s
            << u"INSERT INTO quality_profiles(key, position, definition) VALUES ('streaming', 0, '{}')"_s;
        QTest::newRow("release schedule")
            << u"schedule_templates"_s << u"release_type = 'single'"_s
            << u"INSERT INTO schedule_templates(release_type, definition) VALUES ('single', '{}')"_s;
    }

    void profilesAndSchedulesCarryARevisionToo()
    {
        QFETCH(QString, table);
        QFETCH(QString, row);
        QFETCH(QString, made);
        Test::TestCatalog catalog(1);
        QVERIFY(catalog.isValid());
        const CatalogStore store = catalog.store();
        QCOMPARE(refusal(store, made), QString());
        const QString blind = refusal(store, u"UPDATE %1 SET definition = '[]' WHERE %2"_s.arg(table, row));
        QVERIFY2(blind.contains(u"stale write to "_s + table), qPrintable(blind));
        QCOMPARE(refusal(store, u"UPDATE %1 SET definition = '[]', revision = 1 WHERE %2"_s.arg(table, row)),
            QString());
        const QString stale
            = refusal(store, u"UPDATE %1 SET definition = '{}', revision = 1 WHERE %2"_s.arg(table, row));
        QVERIFY2(stale.contains(u"stale write to "_s + table), qPrintable(stale));
        QCOMPARE(Test::scalar(store, u"SELECT revision FROM %1 WHERE %2"_s.arg(table, row)), 1);
    }

    // SQLite takes an unknown column in UPDATE OF without a word, and a misspelt one would leave
    // a field unchecked on catalog files: each column the triggers name is one of its table's.
    void theTriggersNameColumnsThatExist()
    {
        if (Test::onPostgres())
            QSKIP("PostgreSQL refuses a trigger on an unknown column itself");
        Test::TestCatalog catalog(1);
        QVERIFY(catalog.isValid());
        QSqlQuery triggers(catalog.store().connection());
        QVERIFY(triggers.exec(u"SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
                              "AND name LIKE '%\\_revision' ESCAPE '\\'"_s));
        static const QRegularExpression columns(
            u"BEFORE UPDATE OF\\s+(.+?)\\s+ON\\s"_s, QRegularExpression::DotMatchesEverythingOption);
        int checked = 0;
        while (triggers.next()) {
            const QString table = triggers.value(0).toString();
            const QString named = columns.match(triggers.value(1).toString()).captured(1);
            QVERIFY2(!named.isEmpty(), qPrintable(table));
            for (const QString &column : named.split(u',')) {
                const QString name = column.trimmed();
                QVERIFY2(
                    Test::scalar(catalog.store(),
                        u"SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'"_s.arg(table, name))
                        == 1,
                    qPrintable(table + u'.' + name));
            }
            ++checked;
        }
        QCOMPARE(checked, 12);
    }

    // Links that deletes elsewhere clear, and the derived search text, are not fields: a delete
    // of the artist or the work still clears them, and the search text is filled in by whoever
    // searches, without revisions.
    void linksAndDerivedColumnsAreNotChecked()
    {
        Test::TestCatalog catalog(2);
        QVERIFY(catalog.isValid());
        const CatalogStore store = catalog.store();
        const qint64 track = Test::scalar(store, u"SELECT min(id) FROM tracks"_s);
        QCOMPARE(refusal(store, u"INSERT INTO works(title) VALUES ('Glass Harbour')"_s), QString());
        const qint64 work = Test::scalar(store, u"SELECT max(id) FROM works"_s);
        QCOMPARE(refusal(store, u"UPDATE tracks SET work_id = %1 WHERE id = %2"_s.arg(work).arg(track)),
            QString());
        QCOMPARE(refusal(store, u"UPDATE tracks SET search_text = NULL"_s), QString());
        QVERIFY(Test::stored(store, track, u"primary_artist_id"_s) != u"<null>"_s);
        const qint64 artist = Test::stored(store, track, u"primary_artist_id"_s).toLongLong();
        QCOMPARE(refusal(store, u"DELETE FROM parties WHERE id = %1"_s.arg(artist)), QString());
        QCOMPARE(refusal(store, u"DELETE FROM works WHERE id = %1"_s.arg(work)), QString());
        QCOMPARE(Test::stored(store, track, u"work_id"_s), u"<null>"_s);
        QCOMPARE(Test::stored(store, track, u"primary_artist_id"_s), u"<null>"_s);
        QCOMPARE(revision(store, u"tracks"_s, track), 0);
    }

    // Imprint's edits, undos and conflict answers move the revision on by one each, and a
    // person's edit made on a value someone else changed is still a conflict, not a refusal.
    void imprintsEditsMoveTheRevisionOn()
    {
        TwoPeople people(3);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        const CatalogStore store = catalog.store();
        QSignalSpy errors(&mine, &CatalogSession::errorOccurred);
        const QString genre = stored(store, track, u"genre"_s);
        QVERIFY(mine.setTrackField(track, u"genre"_s, u"Ambient"_s));
        settle(mine);
        QCOMPARE(revision(store, u"tracks"_s, track), 1);
        mine.history()->undo();
        settle(mine);
        QCOMPARE(revision(store, u"tracks"_s, track), 2);
        QCOMPARE(stored(store, track, u"genre"_s), genre);

        QVERIFY(theirs.setTrackField(track, u"title"_s, u"Glass Harbour"_s));
        settle(theirs);
        QVERIFY(mine.setTrackField(track, u"title"_s, u"Glass Harbor"_s));
        settle(mine);
        QCOMPARE(mine.conflict().value(u"theirs"_s).toString(), u"Glass Harbour"_s);
        mine.resolveConflict(true);
        settle(mine);
        QCOMPARE(stored(store, track, u"title"_s), u"Glass Harbor"_s);
        QCOMPARE(revision(store, u"tracks"_s, track), 4);

        const qint64 release = mine.releases()->model()->idAt(0);
        const int releaseRevision = revision(store, u"releases"_s, release);
        QVERIFY(mine.releases()->setField(release, u"label"_s, u"Tidal Records"_s));
        const qint64 work = createdWork(people, u"Glass Harbour"_s);
        QVERIFY(work > 0);
        QVERIFY(mine.credits()->setWorkField(work, u"title"_s, u"Glass Harbour (Reprise)"_s));
        const qint64 party = createdParty(people, u"Mara Quell"_s);
        QVERIFY(party > 0);
        QVERIFY(mine.credits()->setPartyField(party, u"pro"_s, u"GEMA"_s));
        settle(mine);
        QCOMPARE(revision(store, u"releases"_s, release), releaseRevision + 1);
        QCOMPARE(revision(store, u"works"_s, work), 1);
        QCOMPARE(revision(store, u"parties"_s, party), 1);
        QCOMPARE(errors.count(), 0);
    }
};

QTEST_MAIN(TestRowRevisions)
#include "tst_rowrevisions.moc"
