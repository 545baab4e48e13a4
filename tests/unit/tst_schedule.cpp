// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "schedule/Schedule.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{
const Milestone *byKey(const QList<Milestone> &list, const QString &key)
{
    for (const Milestone &m : list) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}
} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivesBackwardFromTheReleaseDate()
    {
        const QDate d(2026, 6, 5);
        const QList<Milestone> list
            = Schedule::deriveMilestones(ScheduleTemplate::defaultFor(u"single"_s), 3, d);
        QCOMPARE(list.size(), 8);
        QCOMPARE(byKey(list, u"masters_final"_s)->dueDate, QDate(2026, 5, 1));
        QCOMPARE(byKey(list, u"delivery"_s)->dueDate, QDate(2026, 5, 15));
        QCOMPARE(byKey(list, u"editorial_pitch"_s)->hardLimit, QDate(2026, 5, 29));
        QCOMPARE(byKey(list, u"release"_s)->dueDate, d);
        QCOMPARE(byKey(list, u"post_release_review"_s)->dueDate, QDate(2026, 6, 12));
        for (const Milestone &m : list) {
            QVERIFY(m.derived);
            QCOMPARE(m.releaseId, 3);
        }
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY(list[i - 1].dueDate <= list[i].dueDate);
        const QList<Milestone> album
            = Schedule::deriveMilestones(ScheduleTemplate::defaultFor(u"album"_s), 3, d);
        QCOMPARE(byKey(album, u"delivery"_s)->dueDate, QDate(2026, 5, 1));
    }

    void leapDays_data()
    {
        QTest::addColumn<QDate>("release");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QDate>("due");
        QTest::newRow("29 Feb release") << QDate(2028, 2, 29) << u"metadata_locked"_s << QDate(2028, 2, 1);
        QTest::newRow("back over 29 Feb") << QDate(2028, 3, 7) << u"delivery"_s << QDate(2028, 2, 15);
        QTest::newRow("lands on 29 Feb") << QDate(2028, 3, 28) << u"metadata_locked"_s << QDate(2028, 2, 29);
        QTest::newRow("no 29 Feb in 2027")
            << QDate(2027, 3, 28) << u"metadata_locked"_s << QDate(2027, 2, 28);
        QTest::newRow("century non-leap 2100")
            << QDate(2100, 3, 28) << u"metadata_locked"_s << QDate(2100, 2, 28);
        QTest::newRow("across new year") << QDate(2027, 1, 8) << u"masters_final"_s << QDate(2026, 12, 4);
    }
    void leapDays()
    {
        QFETCH(QDate, release);
        QFETCH(QString, key);
        QFETCH(QDate, due);
        const auto list = Schedule::deriveMilestones(ScheduleTemplate::defaultFor(u"single"_s), 1, release);
        QCOMPARE(byKey(list, key)->dueDate, due);
    }

    void farDates()
    {
        const ScheduleTemplate single = ScheduleTemplate::defaultFor(u"single"_s);
        QCOMPARE(Schedule::deriveMilestones(single, 1, QDate(1950, 1, 6)).size(), 8);
        QCOMPARE(Schedule::deriveMilestones(single, 1, QDate(9999, 12, 24)).size(), 8);
        // D+7 would be in the year 10000, which the catalog cannot store.
        QVERIFY(Schedule::deriveMilestones(single, 1, QDate(9999, 12, 28)).isEmpty());
        QVERIFY(Schedule::deriveMilestones(single, 1, QDate(1, 1, 20)).isEmpty());
        QVERIFY(Schedule::deriveMilestones(single, 1, QDate()).isEmpty());
        const auto list = Schedule::deriveMilestones(single, 1, QDate(2026, 6, 5));
        QVERIFY(!Schedule::moveRelease(list, QDate(2026, 6, 5), QDate(9999, 12, 30)));
        QVERIFY(Schedule::moveRelease(list, QDate(2026, 6, 5), QDate(9999, 12, 20)));
    }

    void moveKeepsEditedMilestones()
    {
        QList<Milestone> list
            = Schedule::deriveMilestones(ScheduleTemplate::defaultFor(u"single"_s), 1, QDate(2026, 6, 5));
        Milestone *artwork = nullptr;
        for (Milestone &m : list) {
            if (m.key == u"artwork_final"_s)
                artwork = &m;
        }
        artwork->dueDate = QDate(2026, 4, 20);
        artwork->derived = false;
        list.append({ 0, 1, {}, u"Order vinyl"_s, QDate(2026, 3, 1), {}, false, false, false, {} });

        const auto moved = Schedule::moveRelease(list, QDate(2026, 6, 5), QDate(2026, 6, 26));
        QVERIFY(moved);
        QCOMPARE(byKey(*moved, u"delivery"_s)->dueDate, QDate(2026, 6, 5));
        QCOMPARE(byKey(*moved, u"release"_s)->dueDate, QDate(2026, 6, 26));
        QCOMPARE(byKey(*moved, u"artwork_final"_s)->dueDate, QDate(2026, 4, 20));
        QCOMPARE(byKey(*moved, QString())->dueDate, QDate(2026, 3, 1));
        // The pitch deadline belongs to the release date even for an edited milestone.
        QCOMPARE(byKey(*moved, u"editorial_pitch"_s)->hardLimit, QDate(2026, 6, 19));
        const auto back = Schedule::moveRelease(*moved, QDate(2026, 6, 26), QDate(2026, 6, 5));
        QCOMPARE(byKey(*back, u"delivery"_s)->dueDate, QDate(2026, 5, 15));
    }

    void moveLeavesDoneMilestonesWhereTheyWere()
    {
        // Masters were finished on their day; moving the release must not claim otherwise.
        QList<Milestone> list
            = Schedule::deriveMilestones(ScheduleTemplate::defaultFor(u"single"_s), 1, QDate(2026, 12, 9));
        for (Milestone &m : list) {
            if (m.key == u"masters_final"_s)
                m.done = true;
        }
        QCOMPARE(byKey(list, u"masters_final"_s)->dueDate, QDate(2026, 11, 4));
        const auto moved = Schedule::moveRelease(list, QDate(2026, 12, 9), QDate(2026, 12, 30));
        QVERIFY(moved);
        QCOMPARE(byKey(*moved, u"masters_final"_s)->dueDate, QDate(2026, 11, 4));
        QVERIFY(byKey(*moved, u"masters_final"_s)->done);
        QCOMPARE(byKey(*moved, u"artwork_final"_s)->dueDate, QDate(2026, 11, 25));
        QCOMPARE(byKey(*moved, u"release"_s)->dueDate, QDate(2026, 12, 30));
        // The preview says so too: the done milestone is not among the changes.
        ReleasePlan plan;
        plan.releaseId = 1;
        plan.title = u"Tidal Memory"_s;
        plan.releaseDate = QDate(2026, 12, 9);
        plan.milestones = list;
        const Schedule::MovePreview preview
            = Schedule::previewMove(plan, QDate(2026, 12, 30), QDate(2026, 12, 1));
        for (const Schedule::MilestoneChange &change : preview.changes) {
            if (change.key == u"masters_final"_s)
                QVERIFY(!change.moves());
        }
    }

    void templateWithAMilestoneAfterTheRelease()
    {
        ScheduleTemplate t = ScheduleTemplate::defaultFor(u"single"_s);
        t.milestones.prepend({ u"royalties"_s, u"First royalty statement"_s, 90, std::nullopt, true });
        const auto list = Schedule::deriveMilestones(t, 1, QDate(2026, 6, 5));
        QCOMPARE(list.last().key, u"royalties"_s); // sorted to the end, not dropped
        QCOMPARE(list.last().dueDate, QDate(2026, 9, 3));
    }

    void weekStartFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QDate>("start");
        QTest::newRow("de_DE Monday") << u"de_DE"_s << QDate(2026, 3, 2);
        QTest::newRow("en_US Sunday") << u"en_US"_s << QDate(2026, 3, 1);
        QTest::newRow("ar_EG Saturday") << u"ar_EG"_s << QDate(2026, 2, 28);
    }
    void weekStartFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QDate, start);
        QCOMPARE(Schedule::weekStart(QDate(2026, 3, 4), QLocale(locale)), start);
        QCOMPARE(Schedule::weekStart(start, QLocale(locale)), start);
    }

    void todayDependsOnTheTimeZoneNotOnDst()
    {
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        // 23:30 UTC on the night clocks go forward: already 29 March in Berlin.
        const QDateTime late(QDate(2026, 3, 28), QTime(23, 30), QTimeZone::UTC);
        QCOMPARE(Schedule::localDate(late, berlin), QDate(2026, 3, 29));
        QCOMPARE(Schedule::localDate(late, QTimeZone::UTC), QDate(2026, 3, 28));
        // Day counts are calendar days: the 23-hour day does not shorten a lead time.
        const auto list
            = Schedule::deriveMilestones(ScheduleTemplate::defaultFor(u"single"_s), 1, QDate(2026, 4, 10));
        QCOMPARE(byKey(list, u"delivery"_s)->dueDate, QDate(2026, 3, 20));
        const QDate octoberRelease(2026, 11, 13); // clocks go back on 25 October
        const auto autumn
            = Schedule::deriveMilestones(ScheduleTemplate::defaultFor(u"single"_s), 1, octoberRelease);
        QCOMPARE(byKey(autumn, u"delivery"_s)->dueDate, QDate(2026, 10, 23));
    }

    void previewDescribesTheConsequences()
    {
        ReleasePlan plan { 1, u"Glass Harbour"_s, u"single"_s, 7, u"Nova Lark"_s, QDate(2026, 6, 26), {} };
        plan.milestones
            = Schedule::deriveMilestones(ScheduleTemplate::defaultFor(u"single"_s), 1, plan.releaseDate);
        const ReleasePlan sibling { 2, u"Low Voltage"_s, u"single"_s, 7, u"Nova Lark"_s, QDate(2026, 6, 1),
            {} };
        const QDate today(2026, 5, 5);
        const QLocale locale(u"en_GB"_s);

        const Schedule::MovePreview later
            = Schedule::previewMove(plan, QDate(2026, 7, 10), today, { sibling }, locale);
        QVERIFY(later.valid);
        QCOMPARE(later.delivery->to, QDate(2026, 6, 19));
        QCOMPARE(later.overdueAfter, 0);
        QVERIFY(later.clashes.isEmpty());
        QVERIFY2(
            later.summary.contains(u"Delivery deadline moves to 19/06/2026"_s), qPrintable(later.summary));

        // Three weeks earlier: masters and artwork (now due 1 May) become overdue, and the new
        // date is 4 days from the other single.
        const Schedule::MovePreview earlier
            = Schedule::previewMove(plan, QDate(2026, 6, 5), today, { sibling }, locale);
        QCOMPARE(earlier.overdueBefore, 0);
        QCOMPARE(earlier.overdueAfter, 2);
        QCOMPARE(earlier.clashes, QStringList { u"Low Voltage"_s });
        QVERIFY2(earlier.summary.contains(u"2 milestone"_s), qPrintable(earlier.summary));
        QVERIFY2(earlier.summary.contains(u"Low Voltage"_s), qPrintable(earlier.summary));

        // Too close: the pitch deadline (D−7 = 3 May) is gone.
        const Schedule::MovePreview tooClose
            = Schedule::previewMove(plan, QDate(2026, 5, 10), today, {}, locale);
        QCOMPARE(tooClose.hardLimitsPassed, QStringList { u"Editorial pitch submitted"_s });

        const Schedule::MovePreview impossible
            = Schedule::previewMove(plan, QDate(9999, 12, 31), today, {}, locale);
        QVERIFY(!impossible.valid);
        QVERIFY(!impossible.summary.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
