// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "schedule/CalendarMonthModel.h"
#include "schedule/Schedule.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{
ReleasePlan plan(qint64 id, qint64 artist, QDate date)
{
    ReleasePlan p { id, u"Release %1"_s.arg(id), u"single"_s, artist, u"Artist"_s, date, {} };
    p.milestones = Schedule::deriveMilestones(ScheduleTemplate::defaultFor(u"single"_s), id, date);
    for (qsizetype i = 0; i < p.milestones.size(); ++i)
        p.milestones[i].id = id * 100 + i;
    return p;
}
} // namespace

class TestCalendarMonthModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gridFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<QDate>("first");
        QTest::newRow("de March 2026 (DST)") << u"de_DE"_s << 2026 << 3 << QDate(2026, 2, 23);
        QTest::newRow("us March 2026") << u"en_US"_s << 2026 << 3 << QDate(2026, 3, 1);
        QTest::newRow("de February 2027 starts on a Monday") << u"de_DE"_s << 2027 << 2 << QDate(2027, 2, 1);
        QTest::newRow("leap February 2028") << u"de_DE"_s << 2028 << 2 << QDate(2028, 1, 31);
        QTest::newRow("year 1") << u"de_DE"_s << 1 << 1 << QDate(1, 1, 1);
    }
    void gridFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(QDate, first);
        CalendarMonthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(locale));
        model.setYear(year);
        model.setMonth(month);
        QCOMPARE(model.rowCount(), 42);
        QCOMPARE(model.firstDate(), first);
        int inMonth = 0;
        for (int row = 0; row < 42; ++row) {
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(CalendarMonthModel::DateRole).toDate(), first.addDays(row));
            inMonth += index.data(CalendarMonthModel::InMonthRole).toBool();
        }
        QCOMPARE(inMonth, QDate(year, month, 1).daysInMonth());
        QCOMPARE(model.rowOf(QDate(year, month, 1)), int(first.daysTo(QDate(year, month, 1))));
        QCOMPARE(model.rowOf(first.addDays(42)), -1);
    }

    void navigation()
    {
        CalendarMonthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(u"en_GB"_s));
        model.setToday(QDate(2026, 12, 15));
        model.goToToday();
        QSignalSpy changed(&model, &CalendarMonthModel::monthChanged);
        model.nextMonth();
        QCOMPARE(model.year(), 2027);
        QCOMPARE(model.month(), 1);
        QCOMPARE(model.title(), u"January 2027"_s);
        model.previousMonth();
        model.previousMonth();
        QCOMPARE(model.month(), 11);
        QCOMPARE(changed.size(), 3);
        model.goToToday();
        QCOMPARE(model.month(), 12);
        const int todayRow = model.rowOf(QDate(2026, 12, 15));
        QVERIFY(model.index(todayRow).data(CalendarMonthModel::TodayRole).toBool());
        QVERIFY(!model.index(todayRow + 1).data(CalendarMonthModel::TodayRole).toBool());
        model.setMonth(13); // ignored
        QCOMPARE(model.month(), 12);
        model.setYear(1);
        model.setMonth(1);
        model.previousMonth(); // there is no year 0 to go to
        QCOMPARE(model.year(), 1);
        QCOMPARE(model.month(), 1);
    }

    void daysCarryTheirItemsAndStates()
    {
        CalendarMonthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(u"de_DE"_s));
        model.setToday(QDate(2026, 5, 6));
        ReleasePlan a = plan(1, 7, QDate(2026, 6, 5)); // masters and artwork due 1 May: overdue
        const ReleasePlan b = plan(2, 7, QDate(2026, 6, 8)); // same artist, 3 days later
        const ReleasePlan c = plan(3, 8, QDate(2026, 7, 31));
        a.milestones[0].done = true; // masters done, artwork still open
        model.setPlans({ a, b, c });
        model.setYear(2026);
        model.setMonth(5);

        const QModelIndex first = model.index(model.rowOf(QDate(2026, 5, 1)));
        QCOMPARE(first.data(CalendarMonthModel::MilestoneCountRole).toInt(), 2);
        QCOMPARE(first.data(CalendarMonthModel::ReleaseCountRole).toInt(), 0);
        QCOMPARE(first.data(CalendarMonthModel::StateRole).toString(), u"overdue"_s);
        const QVariantList items = first.data(CalendarMonthModel::ItemsRole).toList();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].toMap().value(u"state"_s).toString(), u"done"_s);
        QCOMPARE(items[1].toMap().value(u"state"_s).toString(), u"overdue"_s);
        QCOMPARE(items[1].toMap().value(u"releaseTitle"_s).toString(), u"Release 1"_s);
        QVERIFY(model.index(model.rowOf(QDate(2026, 5, 2)))
                .data(CalendarMonthModel::StateRole)
                .toString()
                .isEmpty());

        model.nextMonth();
        const QModelIndex release = model.index(model.rowOf(QDate(2026, 6, 5)));
        QCOMPARE(release.data(CalendarMonthModel::ReleaseCountRole).toInt(), 1);
        // The release milestone is the release chip; it is not shown twice.
        QCOMPARE(release.data(CalendarMonthModel::ItemsRole).toList().size(), 1);
        QCOMPARE(release.data(CalendarMonthModel::StateRole).toString(), u"atRisk"_s); // clash and overdue
        QCOMPARE(
            model.index(model.rowOf(QDate(2026, 6, 12))).data(CalendarMonthModel::MilestoneCountRole).toInt(),
            1); // post-release review of release 1

        // Days outside the month still show their items (the grid's trailing July days).
        model.setToday(QDate(2026, 4, 1));
        QCOMPARE(release.data(CalendarMonthModel::StateRole).toString(), u"atRisk"_s); // still the clash
        QVERIFY(model.roleNames().value(CalendarMonthModel::ItemsRole) == "items");
    }

    void keyboardStepsCrossMonths()
    {
        CalendarMonthModel model;
        QAbstractItemModelTester tester(&model);
        model.setLocale(QLocale(u"de_DE"_s));
        model.setToday(QDate(2028, 2, 10));
        const int today = model.showToday();
        QCOMPARE(model.index(today).data(CalendarMonthModel::IsoDateRole).toString(), u"2028-02-10"_s);
        // A week on from 29 February 2028 is 7 March: the grid turns to March.
        const int leapDay = model.rowOf(QDate(2028, 2, 29));
        const int next = model.stepFrom(leapDay, 7);
        QCOMPARE(model.month(), 3);
        QCOMPARE(model.index(next).data(CalendarMonthModel::IsoDateRole).toString(), u"2028-03-07"_s);
        const int back = model.stepFrom(model.rowOf(QDate(2028, 3, 1)), -1);
        QCOMPARE(model.month(), 2);
        QCOMPARE(model.index(back).data(CalendarMonthModel::DateRole).toDate(), QDate(2028, 2, 29));
        model.showDate(QDate(1, 1, 1));
        QCOMPARE(model.stepFrom(model.rowOf(QDate(1, 1, 1)), -1), -1);
    }

    void weekendsFollowTheLocale()
    {
        CalendarMonthModel model;
        model.setLocale(QLocale(u"de_DE"_s));
        model.setYear(2026);
        model.setMonth(3);
        QVERIFY(model.index(model.rowOf(QDate(2026, 3, 7))).data(CalendarMonthModel::WeekendRole).toBool());
        QVERIFY(!model.index(model.rowOf(QDate(2026, 3, 6))).data(CalendarMonthModel::WeekendRole).toBool());
        QCOMPARE(
            model.index(model.rowOf(QDate(2026, 3, 30))).data(CalendarMonthModel::WeekNumberRole).toInt(),
            14);
    }
};

QTEST_GUILESS_MAIN(TestCalendarMonthModel)
#include "tst_calendarmonthmodel.moc"
