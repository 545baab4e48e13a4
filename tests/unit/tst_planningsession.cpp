// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "TestCatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestPlanningSession : public QObject
{
    Q_OBJECT

    static void load(CatalogSession &session)
    {
        QSignalSpy reloaded(&session, &CatalogSession::reloaded);
        session.reload();
        QVERIFY(reloaded.wait(5000));
        session.waitForIdle();
        QTRY_VERIFY(!session.planning()->isLoading());
    }

    // Lets the write behind and the reload that follows every change finish.
    static void settle(CatalogSession &session)
    {
        session.waitForIdle();
        QTRY_VERIFY(!session.planning()->isLoading());
        session.waitForIdle();
    }

    static QString storedDate(const CatalogStore &store, qint64 releaseId)
    {
        QSqlQuery query(store.connection());
        query.prepare(u"SELECT coalesce(release_date, 'none') FROM releases WHERE id = ?"_s);
        query.addBindValue(releaseId);
        return query.exec() && query.next() ? query.value(0).toString() : u"<missing>"_s;
    }

    static QStringList storedMilestones(const CatalogStore &store, qint64 releaseId)
    {
        QSqlQuery query(store.connection());
        query.prepare(
            u"SELECT name || '@' || due_date || (CASE done WHEN 1 THEN ' done' ELSE '' END) "
            "|| (CASE derived WHEN 1 THEN '' ELSE ' fixed' END) || (CASE notes WHEN '' THEN '' "
            "ELSE ' [' || notes || ']' END) FROM milestones WHERE release_id = ? ORDER BY due_date, name"_s);
        query.addBindValue(releaseId);
        QStringList rows;
        if (query.exec()) {
            while (query.next())
                rows.append(query.value(0).toString());
        }
        return rows;
    }

    static qint64 firstReleaseId(PlanningSession *planning)
    {
        return planning->plans().isEmpty() ? 0 : planning->plans().constFirst().releaseId;
    }

    static qint64 milestoneId(PlanningSession *planning, qint64 releaseId, const QString &key)
    {
        for (const Milestone &m : planning->plan(releaseId)->milestones) {
            if (m.key == key)
                return m.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsUnscheduledReleases()
    {
        Test::TestCatalog catalog(6);
        CatalogSession session(catalog.store());
        PlanningSession *planning = session.planning();
        QAbstractItemModelTester monthTester(planning->month());
        QAbstractItemModelTester agendaTester(planning->agenda());
        QAbstractItemModelTester remindersTester(planning->reminders());
        load(session);
        QCOMPARE(planning->plans().size(), 3);
        QCOMPARE(planning->unscheduled().size(), 3);
        QCOMPARE(planning->month()->rowCount(), CalendarMonthModel::dayCount);
        QCOMPARE(planning->agenda()->rowCount(), 0);
        QCOMPARE(planning->currentReleaseId(), 0); // nothing scheduled, nothing preselected
    }

    void firstSchedulingDerivesThePlanAndUndoRemovesIt()
    {
        Test::TestCatalog catalog(6);
        CatalogSession session(catalog.store());
        PlanningSession *planning = session.planning();
        QAbstractItemModelTester monthTester(planning->month());
        planning->setToday(QDate(2026, 3, 2));
        load(session);
        const qint64 id = firstReleaseId(planning);
        QSignalSpy dateChanged(planning, &PlanningSession::releaseDateChanged);

        QVERIFY(planning->moveRelease(id, u"2026-05-29"_s));
        QCOMPARE(dateChanged.count(), 1);
        QCOMPARE(planning->plan(id)->releaseDate, QDate(2026, 5, 29));
        QVERIFY(planning->plan(id)->milestones.size() >= 8);
        QCOMPARE(planning->unscheduled().size(), 2);
        settle(session);
        QCOMPARE(storedDate(catalog.store(), id), u"2026-05-29"_s);
        QVERIFY(storedMilestones(catalog.store(), id).contains(u"Delivered to distributor@2026-05-08"_s));
        QVERIFY(milestoneId(planning, id, u"delivery"_s) != 0); // read back with its id
        QCOMPARE(planning->currentReleaseId(), id); // the next release to come out

        // The month shows the release on its day.
        planning->month()->showDate(QDate(2026, 5, 1));
        const int row = planning->month()->rowOf(QDate(2026, 5, 29));
        QCOMPARE(planning->month()->index(row).data(CalendarMonthModel::ReleaseCountRole).toInt(), 1);

        QVERIFY(session.history()->canUndo());
        session.history()->undo();
        QVERIFY(!planning->plan(id)->releaseDate.isValid());
        QVERIFY(planning->plan(id)->milestones.isEmpty());
        settle(session);
        QCOMPARE(storedDate(catalog.store(), id), u"none"_s);
        QVERIFY(storedMilestones(catalog.store(), id).isEmpty());
        QCOMPARE(session.releases()->model()->rowById(id)->releaseDate, QDate());

        session.history()->redo();
        settle(session);
        QCOMPARE(storedDate(catalog.store(), id), u"2026-05-29"_s);
        QVERIFY(storedMilestones(catalog.store(), id).contains(u"Delivered to distributor@2026-05-08"_s));
    }

    void moveIsOneUndoStepForDateAndMilestones()
    {
        Test::TestCatalog catalog(6);
        CatalogSession session(catalog.store());
        PlanningSession *planning = session.planning();
        planning->setToday(QDate(2026, 3, 2));
        load(session);
        const qint64 id = firstReleaseId(planning);
        QVERIFY(planning->moveRelease(id, u"2026-05-29"_s));
        settle(session);
        // The user fixes the artwork date: it must not follow later moves.
        QVERIFY(planning->setMilestoneDate(milestoneId(planning, id, u"artwork_final"_s), u"2026-04-10"_s));
        settle(session);
        const QStringList before = storedMilestones(catalog.store(), id);
        QVERIFY(before.contains(u"Artwork final@2026-04-10 fixed"_s));

        QVERIFY(planning->moveRelease(id, u"2026-06-12"_s)); // two weeks later
        settle(session);
        QCOMPARE(storedDate(catalog.store(), id), u"2026-06-12"_s);
        const QStringList moved = storedMilestones(catalog.store(), id);
        QVERIFY(moved.contains(u"Delivered to distributor@2026-05-22"_s));
        QVERIFY(moved.contains(u"Artwork final@2026-04-10 fixed"_s));
        QCOMPARE(session.history()->undoText(), u"Undo Reschedule Release"_s);

        session.history()->undo();
        settle(session);
        QCOMPARE(storedDate(catalog.store(), id), u"2026-05-29"_s);
        QCOMPARE(storedMilestones(catalog.store(), id), before);
    }

    void previewTellsTheConsequences()
    {
        Test::TestCatalog catalog(6);
        CatalogSession session(catalog.store());
        PlanningSession *planning = session.planning();
        planning->setToday(QDate(2026, 5, 1));
        load(session);
        const qint64 id = firstReleaseId(planning);
        QVERIFY(planning->moveRelease(id, u"2026-06-26"_s));
        settle(session);

        // Pulled forward to 15 May: the delivery (D−21) would have been due on 24 April.
        const QVariantMap preview = planning->previewMove(id, u"2026-05-15"_s);
        QVERIFY(preview.value(u"valid"_s).toBool());
        QCOMPARE(preview.value(u"deliveryTo"_s).toString(), u"2026-04-24"_s);
        QVERIFY(preview.value(u"overdueAfter"_s).toInt() >= 2);
        QVERIFY2(preview.value(u"summary"_s).toString().contains(u"Delivery deadline moves to"_s),
            qPrintable(preview.value(u"summary"_s).toString()));
        QVERIFY(!preview.value(u"changes"_s).toList().isEmpty());
        // A preview changes nothing.
        QCOMPARE(planning->plan(id)->releaseDate, QDate(2026, 6, 26));
        QVERIFY(!planning->previewMove(id, u"someday"_s).value(u"valid"_s).toBool());
    }

    void milestoneEditsAreUndoable()
    {
        Test::TestCatalog catalog(6);
        CatalogSession session(catalog.store());
        PlanningSession *planning = session.planning();
        planning->setToday(QDate(2026, 3, 2));
        load(session);
        const qint64 id = firstReleaseId(planning);
        QVERIFY(planning->moveRelease(id, u"2028-02-29"_s)); // a leap day
        settle(session);
        const QStringList scheduled = storedMilestones(catalog.store(), id);
        QVERIFY(scheduled.contains(u"Masters final@2028-01-25"_s));

        const qint64 masters = milestoneId(planning, id, u"masters_final"_s);
        QVERIFY(planning->setMilestoneDone(masters, true));
        QVERIFY(planning->setMilestoneNotes(masters, u" Mastered at Tide Room "_s));
        QVERIFY(planning->addTask(id, u"Lyric video"_s, u"2028-02-20"_s));
        settle(session);
        QStringList edited = storedMilestones(catalog.store(), id);
        QVERIFY(edited.contains(u"Masters final@2028-01-25 done [Mastered at Tide Room]"_s));
        QVERIFY(edited.contains(u"Lyric video@2028-02-20 fixed"_s));

        session.history()->undo(); // the task
        settle(session);
        QVERIFY(!storedMilestones(catalog.store(), id).contains(u"Lyric video@2028-02-20 fixed"_s));
        session.history()->redo(); // back, with a new row
        settle(session);
        QVERIFY(storedMilestones(catalog.store(), id).contains(u"Lyric video@2028-02-20 fixed"_s));
        session.history()->undo();
        session.history()->undo(); // notes
        session.history()->undo(); // done
        settle(session);
        QCOMPARE(storedMilestones(catalog.store(), id), scheduled);

        // The plan of the current release, for the timeline.
        planning->setCurrentReleaseId(id);
        const QVariantList timeline = planning->current().value(u"milestones"_s).toList();
        QCOMPARE(timeline.size(), scheduled.size());
        QCOMPARE(timeline.constFirst().toMap().value(u"dueDate"_s).toString(), u"2028-01-25"_s);
    }

    void refusesBadInput()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        PlanningSession *planning = session.planning();
        load(session);
        const qint64 id = firstReleaseId(planning);
        QSignalSpy errors(planning, &PlanningSession::errorOccurred);
        QVERIFY(!planning->moveRelease(id, u"2027-02-29"_s)); // not a leap year
        QVERIFY(!planning->moveRelease(id, u"0001-01-10"_s)); // milestones before year 1
        QVERIFY(!planning->moveRelease(99999, u"2027-02-01"_s));
        QVERIFY(!planning->addTask(id, u"  "_s, u"2027-02-01"_s));
        QVERIFY(!planning->setMilestoneDone(424242, true));
        QCOMPARE(errors.count(), 5);
        QVERIFY(!session.history()->canUndo());
        settle(session);
        QCOMPARE(storedDate(catalog.store(), id), u"none"_s);
    }
};

QTEST_MAIN(TestPlanningSession)
#include "tst_planningsession.moc"
