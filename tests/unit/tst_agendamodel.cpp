// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "schedule/AgendaModel.h"
#include "schedule/Schedule.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestAgendaModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueThisWeek()
    {
        AgendaModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(u"de_DE"_s));
        model.setToday(QDate(2026, 5, 13)); // a Wednesday
        model.showThisWeek();
        QCOMPARE(model.from(), QDate(2026, 5, 11));

        ReleasePlan p { 1, u"Glass Harbour"_s, u"single"_s, 0, {}, QDate(2026, 6, 5), {} };
        p.milestones
            = Schedule::deriveMilestones(ScheduleTemplate::defaultFor(u"single"_s), 1, p.releaseDate);
        p.milestones[0].done = true; // masters (1 May) done, artwork (1 May) and metadata (8 May) overdue
        model.setPlans({ p });

        // Overdue first, then delivery on Friday 15 May.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.overdueCount(), 2);
        QCOMPARE(model.index(0).data(AgendaModel::SectionRole).toString(), u"overdue"_s);
        QCOMPARE(
            model.index(1).data(AgendaModel::TitleRole).toString(), u"Metadata and identifiers locked"_s);
        QCOMPARE(model.index(2).data(AgendaModel::DateRole).toDate(), QDate(2026, 5, 15));
        QCOMPARE(model.index(2).data(AgendaModel::SectionRole).toString(), u"2026-05-15"_s);
        QCOMPARE(model.index(2).data(AgendaModel::StateRole).toString(), u"atRisk"_s); // artwork still open

        model.setIncludeOverdue(false);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.overdueCount(), 0);

        model.setFrom(QDate(2026, 6, 1));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(AgendaModel::KindRole).toString(), u"release"_s);
        model.setDays(14);
        QCOMPARE(model.rowCount(), 2); // and the review on 12 June
        model.setDays(100000);
        QCOMPARE(model.days(), 366);
    }

    void weekStartsOnSundayInTheUs()
    {
        AgendaModel model;
        model.setLocale(QLocale(u"en_US"_s));
        model.setToday(QDate(2026, 5, 13));
        model.showThisWeek();
        QCOMPARE(model.from(), QDate(2026, 5, 10));
    }
};

QTEST_GUILESS_MAIN(TestAgendaModel)
#include "tst_agendamodel.moc"
