// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "TestBackend.h"
#include "TestCatalog.h"
#include "schedule/ScheduleRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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

    // Every row of every table, so a test can compare the whole catalog before and after.
    static QStringList catalogState(const CatalogStore &store)
    {
        QSqlDatabase db = store.connection();
        QStringList tables;
        QSqlQuery query(db);
        if (!query.exec(Test::onPostgres()
                    ? u"SELECT table_name FROM information_schema.tables "
                      "WHERE table_schema = current_schema()"_s
                    : u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s))
            return { u"the tables cannot be listed: "_s + query.lastError().text() };
        while (query.next())
            tables.append(query.value(0).toString());
        QStringList rows;
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery select(db);
            if (!select.exec(u"SELECT * FROM %1"_s.arg(table)))
                rows.append(table + u": "_s + select.lastError().text());
            while (select.next()) {
                QStringList values;
                for (int i = 0; i < select.record().count(); ++i)
                    values.append(select.value(i).isNull() ? u"NULL"_s : select.value(i).toString());
                rows.append(table + u": "_s + values.join(u'|'));
            }
        }
        rows.sort(); // in no stored order: link tables have no ids, and a restored row may be stored
                     // elsewhere
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

    void deletingAReleaseIsUndoneWhole()
    {
        Test::TestCatalog catalog(6);
        CatalogSession session(catalog.store());
        PlanningSession *planning = session.planning();
        QAbstractItemModelTester tester(session.releases()->model());
        planning->setToday(QDate(2026, 3, 2));
        load(session);
        const qint64 id = firstReleaseId(planning);
        QVERIFY(planning->moveRelease(id, u"2026-09-18"_s));
        settle(session);
        const qint64 masters = milestoneId(planning, id, u"masters_final"_s);
        QVERIFY(planning->setMilestoneDone(masters, true));
        QVERIFY(planning->setMilestoneNotes(masters, u"Mastered at Tide Room"_s));
        QVERIFY(planning->setMilestoneDate(milestoneId(planning, id, u"artwork_final"_s), u"2026-08-01"_s));
        QVERIFY(planning->addTask(id, u"Lyric video"_s, u"2026-09-01"_s));
        settle(session);
        {
            QSqlQuery query(catalog.store().connection());
            QVERIFY(query.exec(
                u"UPDATE assets SET release_id = %1 WHERE id = (SELECT min(id) FROM assets)"_s.arg(id)));
            QVERIFY(query.exec(u"INSERT INTO deliveries(release_id, profile, file, size, sha256) VALUES "
                               "(%1, 'distributor', 'out.zip', 10, '%2')"_s.arg(id)
                                   .arg(QString(64, u'a'))));
        }
        session.reload();
        settle(session);
        const QStringList before = catalogState(catalog.store());
        // The state holds the plan's own rows, else comparing it would prove nothing.
        QVERIFY2(!before.filter(u"milestones: "_s).isEmpty(), qPrintable(before.join(u'\n')));
        const QList<Milestone> plannedBefore = planning->plan(id)->milestones;
        const QVariantMap impact = planning->deletionImpact(id);
        QCOMPARE(impact.value(u"tasks"_s).toInt(), 1);
        QCOMPARE(impact.value(u"milestones"_s).toInt(), plannedBefore.size() - 1);
        QCOMPARE(impact.value(u"done"_s).toInt(), 1);
        QVERIFY(impact.value(u"text"_s).toString().contains(u"1 task"_s));
        const int releaseRows = session.releases()->model()->rowCount();

        QVERIFY(planning->deleteRelease(id));
        QVERIFY(planning->deleteRelease(id)); // a double click: still one deletion, one undo step
        settle(session);
        QCOMPARE(session.history()->undoText(), u"Undo Delete Release"_s);
        QVERIFY(!planning->plan(id));
        QCOMPARE(session.releases()->model()->rowCount(), releaseRows - 1);
        QCOMPARE(storedDate(catalog.store(), id), u"<missing>"_s);
        QVERIFY(storedMilestones(catalog.store(), id).isEmpty());
        QCOMPARE(Test::scalar(
                     catalog.store(), u"SELECT count(*) FROM release_tracks WHERE release_id = %1"_s.arg(id)),
            0);
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM assets WHERE release_id = %1"_s.arg(id)), 0);
        QVERIFY(Test::scalar(catalog.store(), u"SELECT count(*) FROM tracks"_s) > 0); // the tracks stay

        for (int round = 0; round < 2; ++round) {
            session.history()->undo();
            settle(session);
            QCOMPARE(catalogState(catalog.store()), before);
            QVERIFY(planning->plan(id));
            QCOMPARE(planning->plan(id)->milestones, plannedBefore); // same ids: same calendar UIDs
            QCOMPARE(session.releases()->model()->rowCount(), releaseRows);
            QVERIFY(!planning->plan(id)->title.isEmpty());
            session.history()->redo();
            settle(session);
            QVERIFY(!planning->plan(id));
            QCOMPARE(storedDate(catalog.store(), id), u"<missing>"_s);
        }
        QSignalSpy errors(planning, &PlanningSession::errorOccurred);
        QVERIFY(!planning->deleteRelease(id)); // gone already
        QCOMPARE(errors.count(), 1);
    }

    // Bad input of issue 5: release dates far in the past and the future, and a template whose
    // milestone falls after the release date (stored in the catalog, so the session uses it).
    void farDatesAndALateTemplateMilestone()
    {
        Test::TestCatalog catalog(6);
        {
            ScheduleTemplate single = ScheduleTemplate::defaultFor(u"single"_s);
            single.milestones.append(
                { u"royalties"_s, u"First royalty statement"_s, 90, std::nullopt, false });
            QString error;
            QVERIFY2(ScheduleRepository(catalog.store().connection()).saveTemplate(single, &error),
                qPrintable(error));
        }
        CatalogSession session(catalog.store());
        PlanningSession *planning = session.planning();
        planning->setToday(QDate(2026, 3, 2));
        load(session);
        const qint64 id = firstReleaseId(planning);

        QVERIFY(planning->moveRelease(id, u"1950-01-06"_s));
        settle(session);
        QCOMPARE(storedDate(catalog.store(), id), u"1950-01-06"_s);
        QVERIFY(storedMilestones(catalog.store(), id).contains(u"First royalty statement@1950-04-06"_s));
        QVERIFY(storedMilestones(catalog.store(), id).contains(u"Masters final@1949-12-02"_s));

        QVERIFY(planning->moveRelease(id, u"9999-09-01"_s)); // the late milestone moves with it
        settle(session);
        QVERIFY(storedMilestones(catalog.store(), id).contains(u"First royalty statement@9999-11-30"_s));
        planning->setCurrentReleaseId(id);
        const QVariantList milestones = planning->current().value(u"milestones"_s).toList();
        QCOMPARE(milestones.constLast().toMap().value(u"dueDate"_s).toString(), u"9999-11-30"_s);
        QCOMPARE(milestones.constLast().toMap().value(u"state"_s).toString(), u"upcoming"_s);

        // 90 days after 1 December 9999 is in the year 10000: refused, the plan stays.
        QVERIFY(!planning->previewMove(id, u"9999-12-01"_s).value(u"valid"_s).toBool());
        QSignalSpy errors(planning, &PlanningSession::errorOccurred);
        QVERIFY(!planning->moveRelease(id, u"9999-12-01"_s));
        QCOMPARE(errors.count(), 1);
        settle(session);
        QCOMPARE(storedDate(catalog.store(), id), u"9999-09-01"_s);
        session.history()->undo();
        session.history()->undo();
        settle(session);
        QCOMPARE(storedDate(catalog.store(), id), u"none"_s);
        QVERIFY(storedMilestones(catalog.store(), id).isEmpty());
    }

    void refusesBadInput()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        PlanningSession *planning = session.planning();
        load(session);
        const qint64 id = firstReleaseId(planning);
        QSignalSpy errors(planning, &PlanningSession::errorOccurred);
        // The field the date is typed in hears the same refusal, with the form it expects.
        QVERIFY(planning->releaseDateProblem(id, u"2027-02-29"_s).contains(u"YYYY-MM-DD"_s));
        QVERIFY(planning->releaseDateProblem(id, u"0001-01-10"_s).contains(u"outside the dates"_s));
        QVERIFY(!planning->releaseDateProblem(99999, u"2027-02-01"_s).isEmpty());
        QCOMPARE(planning->releaseDateProblem(id, u" 2027-02-01 "_s), QString());
        QCOMPARE(errors.count(), 0);
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

    void aMilestoneIsEditedInOneUndoStep()
    {
        Test::TestCatalog catalog(6);
        CatalogSession session(catalog.store());
        PlanningSession *planning = session.planning();
        planning->setToday(QDate(2026, 3, 2));
        load(session);
        const qint64 id = firstReleaseId(planning);
        QVERIFY(planning->moveRelease(id, u"2026-05-29"_s));
        settle(session);
        const qint64 artwork = milestoneId(planning, id, u"artwork_final"_s);
        QVERIFY(artwork != 0);

        QVERIFY(planning->dateProblem(u"2026-02-30"_s).contains(u"YYYY-MM-DD"_s));
        QVERIFY(planning->dateProblem(u"2026-04-30"_s).isEmpty());
        QSignalSpy errors(planning, &PlanningSession::errorOccurred);
        QVERIFY(!planning->editMilestone(artwork, u"soon"_s, u"x"_s, true));
        QCOMPARE(errors.count(), 1);

        QVERIFY(planning->editMilestone(artwork, u"2026-04-30"_s, u"  cover by Mira  "_s, true));
        settle(session);
        QVERIFY(storedMilestones(catalog.store(), id)
                .contains(u"Artwork final@2026-04-30 done fixed [cover by Mira]"_s));
        QCOMPARE(session.history()->undoText(), u"Undo Edit Milestone"_s);
        session.history()->undo();
        settle(session);
        QVERIFY(storedMilestones(catalog.store(), id).contains(u"Artwork final@2026-04-24"_s));
    }

    void onlyTasksOfYourOwnAreDeleted()
    {
        Test::TestCatalog catalog(6);
        CatalogSession session(catalog.store());
        PlanningSession *planning = session.planning();
        planning->setToday(QDate(2026, 3, 2));
        load(session);
        const qint64 id = firstReleaseId(planning);
        QVERIFY(planning->moveRelease(id, u"2026-05-29"_s));
        QVERIFY(planning->addTask(id, u"Order vinyl"_s, u"2026-04-01"_s));
        settle(session);
        const qint64 task = milestoneId(planning, id, QString());
        QVERIFY(task != 0);

        QSignalSpy errors(planning, &PlanningSession::errorOccurred);
        QVERIFY(!planning->deleteTask(milestoneId(planning, id, u"delivery"_s)));
        QVERIFY(errors.constLast().constFirst().toString().contains(u"mark it done"_s));
        QVERIFY(planning->deleteTask(task));
        settle(session);
        QVERIFY(!storedMilestones(catalog.store(), id).join(u'\n').contains(u"Order vinyl"_s));
        QVERIFY(storedMilestones(catalog.store(), id).join(u'\n').contains(u"Delivered to distributor"_s));
        session.history()->undo();
        settle(session);
        QVERIFY(storedMilestones(catalog.store(), id).contains(u"Order vinyl@2026-04-01 fixed"_s));
    }
};

QTEST_MAIN(TestPlanningSession)
#include "tst_planningsession.moc"
