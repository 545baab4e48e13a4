// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Issue 16, item 3, on the rights page: two people (two sessions on one catalog) edit a track's
// clearance items, provenance and the AI tools' terms. An edit, an undo or a redo made on a record
// the other has changed since is not written over it: theirs stays and the session asks which to
// keep. Two records added at once both stay. Runs on both backends.
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "catalog/SqlTransaction.h"
#include "editing/EditHistory.h"
#include "rights/RightsCatalog.h"
#include "tracks/TrackTableModel.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestRightsConflict : public QObject
{
    Q_OBJECT

    struct TwoPeople {
        TwoPeople()
            : catalog(2)
            , mine(catalog.store())
            , theirs(catalog.store())
        {
        }
        Test::TestCatalog catalog;
        CatalogSession mine;
        CatalogSession theirs;
        qint64 track = 0;
        QString title;
    };

    static void load(TwoPeople &people)
    {
        Test::loadSession(people.mine);
        Test::loadSession(people.theirs);
        TrackTableModel *table = people.mine.trackTable();
        people.track = table->data(table->index(0, 0), TrackTableModel::IdRole).toLongLong();
        people.title = table->data(table->index(0, 0), TrackTableModel::TitleRole).toString();
        for (CatalogSession *session : { &people.mine, &people.theirs }) {
            session->rights()->setCurrentTrackId(people.track);
            session->rights()->waitForIdle(); // its facts are read on selection
        }
    }

    // Waits for the session's writes, their re-reads and what they report to the GUI thread.
    static void settle(CatalogSession &session)
    {
        for (int i = 0; i < 3; ++i) {
            session.waitForIdle();
            session.rights()->waitForIdle();
            QCoreApplication::processEvents();
        }
    }

    static QString stored(const CatalogStore &store, const QString &sql)
    {
        QSqlQuery query(store.connection());
        if (!query.exec(sql) || !query.next())
            return u"<none>"_s;
        return query.value(0).toString();
    }

    static QVariantMap firstClearance(CatalogSession &session)
    {
        const QVariantList items = session.rights()->clearances();
        return items.isEmpty() ? QVariantMap() : items.constFirst().toMap();
    }

    // One clearance item on the track, which both people see.
    static qint64 addSharedItem(TwoPeople &people)
    {
        const QVariantMap item { { u"id"_s, 0 }, { u"trackId"_s, people.track }, { u"kind"_s, u"sample"_s },
            { u"status"_s, u"requested"_s }, { u"counterparty"_s, u"Loop Co"_s } };
        if (!people.theirs.rights()->saveClearanceItem(item))
            return 0;
        settle(people.theirs);
        people.mine.rights()->reload();
        settle(people.mine);
        return firstClearance(people.mine).value(u"id"_s).toLongLong();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The check holds its transaction while the save it wraps opens one of its own: that one is
    // a savepoint, whose rollback undoes only its part.
    void aTransactionInsideAnotherIsASavepoint()
    {
        Test::TestCatalog catalog(1);
        QSqlDatabase db = catalog.store().connection();
        const auto run = [&db](const QString &sql) {
            QSqlQuery query(db);
            return query.exec(sql);
        };
        {
            SqlTransaction outer(db);
            QVERIFY2(outer.isActive(), qPrintable(outer.error()));
            QVERIFY(run(u"UPDATE tracks SET genre = 'Outer'"_s));
            {
                SqlTransaction failed(db);
                QVERIFY2(failed.isActive(), qPrintable(failed.error()));
                QVERIFY(run(u"UPDATE tracks SET mood = 'Rolled back'"_s));
            }
            {
                SqlTransaction inner(db);
                QVERIFY(run(u"UPDATE tracks SET language = 'en'"_s));
                QVERIFY2(inner.commit(), qPrintable(inner.error()));
            }
            QVERIFY2(outer.commit(), qPrintable(outer.error()));
        }
        QCOMPARE(stored(catalog.store(), u"SELECT genre FROM tracks"_s), u"Outer"_s);
        QCOMPARE(stored(catalog.store(), u"SELECT coalesce(mood, '') FROM tracks"_s), QString());
        QCOMPARE(stored(catalog.store(), u"SELECT language FROM tracks"_s), u"en"_s);
        { // the next one on the connection is a transaction of its own again
            SqlTransaction alone(db);
            QVERIFY(run(u"UPDATE tracks SET genre = 'Gone'"_s));
        }
        QCOMPARE(stored(catalog.store(), u"SELECT genre FROM tracks"_s), u"Outer"_s);
    }

    void aClearanceItemSomeoneChangedAsksWhichToKeep()
    {
        TwoPeople people;
        load(people);
        auto &[catalog, mine, theirs, track, title] = people;
        const qint64 item = addSharedItem(people);
        QVERIFY(item > 0);

        QVariantMap their = firstClearance(theirs);
        their[u"counterparty"_s] = u"Loop Company Ltd"_s;
        QVERIFY(theirs.rights()->saveClearanceItem(their));
        settle(theirs);
        // Mine still shows Loop Co; my edit of the notes is made on it.
        QVariantMap my = firstClearance(mine);
        QCOMPARE(my.value(u"counterparty"_s).toString(), u"Loop Co"_s);
        my[u"notes"_s] = u"Asked by mail"_s;
        QSignalSpy conflicts(&mine, &CatalogSession::conflictChanged);
        QVERIFY(mine.rights()->saveClearanceItem(my));
        settle(mine);

        QCOMPARE(stored(catalog.store(),
                     u"SELECT p.name FROM clearance_items c JOIN parties p ON p.id = "
                     "c.counterparty_id"_s),
            u"Loop Company Ltd"_s);
        QCOMPARE(stored(catalog.store(), u"SELECT notes FROM clearance_items"_s), QString());
        QCOMPARE(conflicts.size(), 1);
        const QVariantMap conflict = mine.conflict();
        QCOMPARE(conflict.value(u"origin"_s).toString(), u"rights"_s);
        QCOMPARE(conflict.value(u"kind"_s).toString(), u"track"_s);
        QCOMPARE(conflict.value(u"recordId"_s).toLongLong(), item);
        QCOMPARE(conflict.value(u"fieldName"_s).toString(), u"Clearance item"_s);
        QCOMPARE(conflict.value(u"record"_s).toString(), title);
        QVERIFY2(conflict.value(u"theirsText"_s).toString().contains(u"Loop Company Ltd"_s),
            qPrintable(conflict.value(u"theirsText"_s).toString()));
        QVERIFY2(conflict.value(u"yoursText"_s).toString().contains(u"Asked by mail"_s),
            qPrintable(conflict.value(u"yoursText"_s).toString()));
        // The page shows theirs, and no undo step puts my old record back.
        QCOMPARE(firstClearance(mine).value(u"counterparty"_s).toString(), u"Loop Company Ltd"_s);
        QVERIFY(!mine.history()->canUndo());

        // Use Mine: an edit of its own, made on theirs, and undoable back to theirs.
        mine.resolveConflict(true);
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(stored(catalog.store(), u"SELECT notes FROM clearance_items"_s), u"Asked by mail"_s);
        QCOMPARE(mine.history()->undoText(), u"Undo Rights Change"_s);
        mine.history()->undo();
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(stored(catalog.store(),
                     u"SELECT p.name FROM clearance_items c JOIN parties p ON p.id = "
                     "c.counterparty_id"_s),
            u"Loop Company Ltd"_s);
    }

    // The view already shows their value (as after the change feed's re-read): an undo of my
    // older edit expects my value there, finds theirs, and asks.
    void undoAfterTheViewShowsTheirStatusAsks()
    {
        TwoPeople people;
        load(people);
        auto &[catalog, mine, theirs, track, title] = people;
        const qint64 item = addSharedItem(people);
        QVERIFY(mine.rights()->setClearanceStatus(item, u"pending"_s));
        settle(mine);
        theirs.rights()->reload();
        settle(theirs);
        QVERIFY(theirs.rights()->setClearanceStatus(item, u"cleared"_s));
        settle(theirs);
        mine.rights()->reload();
        settle(mine);
        QCOMPARE(firstClearance(mine).value(u"status"_s).toString(), u"cleared"_s);

        mine.history()->undo(); // "requested" back, over "pending": but "cleared" is there
        settle(mine);
        QCOMPARE(stored(catalog.store(), u"SELECT status FROM clearance_items"_s), u"cleared"_s);
        const QVariantMap conflict = mine.conflict();
        QCOMPARE(conflict.value(u"fieldName"_s).toString(), u"Clearance status"_s);
        QCOMPARE(conflict.value(u"yours"_s).toString(), u"requested"_s);
        QCOMPARE(conflict.value(u"theirs"_s).toString(), u"cleared"_s);
        QVERIFY(!mine.history()->canRedo()); // the redo of "pending" was made on a status now gone
        mine.resolveConflict(false);
        settle(mine);
        QCOMPARE(stored(catalog.store(), u"SELECT status FROM clearance_items"_s), u"cleared"_s);
    }

    void aRemovalOfAnItemSomeoneChangedAsks()
    {
        TwoPeople people;
        load(people);
        auto &[catalog, mine, theirs, track, title] = people;
        const qint64 item = addSharedItem(people);
        QVERIFY(theirs.rights()->setClearanceStatus(item, u"cleared"_s));
        settle(theirs);
        QVERIFY(mine.rights()->removeClearanceItem(item));
        settle(mine);
        QCOMPARE(stored(catalog.store(), u"SELECT status FROM clearance_items"_s), u"cleared"_s);
        QCOMPARE(mine.conflict().value(u"yoursText"_s).toString(), u"(removed)"_s);
        mine.resolveConflict(true); // remove it after all
        settle(mine);
        QCOMPARE(stored(catalog.store(), u"SELECT count(*) FROM clearance_items"_s), u"0"_s);
    }

    void aProvenanceFieldSomeoneChangedAsks()
    {
        TwoPeople people;
        load(people);
        auto &[catalog, mine, theirs, track, title] = people;
        QVERIFY(theirs.rights()->setProvenanceField(track, u"origin"_s, u"ai_generated"_s));
        QVERIFY(theirs.rights()->setProvenanceField(track, u"tool"_s, u"Suno"_s));
        settle(theirs);
        mine.rights()->reload();
        settle(mine);
        QVERIFY(theirs.rights()->setProvenanceField(track, u"tool"_s, u"Udio"_s));
        settle(theirs);

        QVERIFY(mine.rights()->setProvenanceField(track, u"tool"_s, u"Suno v4"_s));
        settle(mine);
        const QString storedTool = u"SELECT tool FROM provenance WHERE track_id = %1"_s.arg(track);
        QCOMPARE(stored(catalog.store(), storedTool), u"Udio"_s);
        const QVariantMap conflict = mine.conflict();
        QCOMPARE(conflict.value(u"fieldName"_s).toString(), u"Tool"_s);
        QCOMPARE(conflict.value(u"theirsText"_s).toString(), u"Udio"_s);
        QCOMPARE(conflict.value(u"yoursText"_s).toString(), u"Suno v4"_s);
        QCOMPARE(mine.rights()->provenance().value(u"tool"_s).toString(), u"Udio"_s);
        mine.resolveConflict(false);
        settle(mine);
        QCOMPARE(stored(catalog.store(), storedTool), u"Udio"_s);

        // An edit of another field of the record is not a conflict: it lands.
        QVERIFY(mine.rights()->setProvenanceField(track, u"modelVersion"_s, u"v4.5"_s));
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(
            stored(catalog.store(), u"SELECT model_version FROM provenance WHERE track_id = %1"_s.arg(track)),
            u"v4.5"_s);
    }

    // Edits in quick succession are made on what the page still shows, before it has read back
    // the edit just before: the catalog holds this session's own write there, not someone else's.
    void quickEditsOfOneRecordAreNoConflict()
    {
        TwoPeople people;
        load(people);
        auto &[catalog, mine, theirs, track, title] = people;
        const qint64 item = addSharedItem(people);
        RightsCatalog *rights = mine.rights();
        QVERIFY(rights->setProvenanceField(track, u"origin"_s, u"ai_assisted"_s));
        QVERIFY(rights->setProvenanceField(track, u"tool"_s, u"Suno"_s));
        QVERIFY(rights->setProvenanceField(track, u"tool"_s, u"Udio"_s));
        QVERIFY(rights->setClearanceStatus(item, u"pending"_s));
        QVariantMap edited = firstClearance(mine); // still "requested" here
        edited[u"notes"_s] = u"Quick"_s;
        QVERIFY(rights->saveClearanceItem(edited));
        settle(mine);
        QVERIFY2(mine.conflict().isEmpty(), qPrintable(mine.conflict().value(u"fieldName"_s).toString()));
        QCOMPARE(stored(catalog.store(), u"SELECT tool FROM provenance WHERE track_id = %1"_s.arg(track)),
            u"Udio"_s);
        QCOMPARE(stored(catalog.store(), u"SELECT notes FROM clearance_items"_s), u"Quick"_s);
        // The item as saved from the form carries the status the form showed.
        QCOMPARE(stored(catalog.store(), u"SELECT status FROM clearance_items"_s), u"requested"_s);
        // Undo walks back through all of it without asking.
        while (mine.history()->canUndo())
            mine.history()->undo();
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(stored(catalog.store(), u"SELECT count(*) FROM provenance"_s), u"0"_s);
        QCOMPARE(stored(catalog.store(), u"SELECT status FROM clearance_items"_s), u"requested"_s);
        QCOMPARE(stored(catalog.store(), u"SELECT notes FROM clearance_items"_s), QString());
    }

    // Both pick the same next id for a new item: the second one is saved under a free id, both
    // stay, and undo takes away only mine.
    void twoItemsAddedAtOnceBothStay()
    {
        TwoPeople people;
        load(people);
        auto &[catalog, mine, theirs, track, title] = people;
        const auto itemOf = [&track](const QString &party) {
            return QVariantMap { { u"id"_s, 0 }, { u"trackId"_s, track }, { u"kind"_s, u"publishing"_s },
                { u"status"_s, u"missing"_s }, { u"counterparty"_s, party } };
        };
        QVERIFY(theirs.rights()->saveClearanceItem(itemOf(u"Their Publisher"_s)));
        settle(theirs);
        QVERIFY(mine.rights()->saveClearanceItem(itemOf(u"My Publisher"_s)));
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(stored(catalog.store(), u"SELECT count(*) FROM clearance_items"_s), u"2"_s);
        QCOMPARE(mine.rights()->clearances().size(), 2);

        mine.history()->undo();
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(stored(catalog.store(),
                     u"SELECT p.name FROM clearance_items c JOIN parties p ON p.id = "
                     "c.counterparty_id"_s),
            u"Their Publisher"_s);
        mine.history()->redo();
        settle(mine);
        QCOMPARE(stored(catalog.store(), u"SELECT count(*) FROM clearance_items"_s), u"2"_s);
    }

    void termsSomeoneChangedAsk()
    {
        TwoPeople people;
        load(people);
        auto &[catalog, mine, theirs, track, title] = people;
        const QVariantMap terms { { u"id"_s, 0 }, { u"tool"_s, u"Tunesmith"_s }, { u"plan"_s, u"Pro"_s },
            { u"paid"_s, u"1"_s }, { u"commercialUse"_s, true }, { u"ownership"_s, u"user"_s },
            { u"recordedOn"_s, u"2026-01-05"_s }, { u"validFrom"_s, u"2026-01-01"_s },
            { u"source"_s, QString() } };
        QVERIFY(theirs.rights()->saveTerms(terms));
        settle(theirs);
        mine.rights()->reload();
        settle(mine);
        const QString idSql = u"SELECT id FROM ai_tool_terms WHERE tool = 'Tunesmith'"_s;
        QVariantMap their = terms;
        their[u"id"_s] = stored(catalog.store(), idSql).toLongLong();
        QVariantMap my = their;
        their[u"commercialUse"_s] = false;
        QVERIFY(theirs.rights()->saveTerms(their));
        settle(theirs);
        my[u"source"_s] = u"https://example.org/terms"_s;
        QVERIFY(mine.rights()->saveTerms(my));
        settle(mine);
        QCOMPARE(
            stored(catalog.store(), u"SELECT commercial_use FROM ai_tool_terms WHERE tool = 'Tunesmith'"_s),
            u"0"_s);
        const QVariantMap conflict = mine.conflict();
        QCOMPARE(conflict.value(u"kind"_s).toString(), u"terms"_s);
        QCOMPARE(conflict.value(u"record"_s).toString(), u"Tunesmith (Pro)"_s);
        QVERIFY(conflict.value(u"theirsText"_s).toString().contains(u"no commercial use"_s));
    }
};

QTEST_GUILESS_MAIN(TestRightsConflict)
#include "tst_rightsconflict.moc"
