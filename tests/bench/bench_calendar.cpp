// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// The calendar over a catalog of 500 releases with their milestones: how long the month model
// takes to rebuild when the plans change (a drag) and when the user switches months.
#include "schedule/CalendarMonthModel.h"
#include "schedule/Schedule.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Imprint;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int releaseCount = 500;
    const QDate today(2026, 5, 6);
    QList<ReleasePlan> plans;
    for (int i = 0; i < releaseCount; ++i) {
        const QString type = ScheduleTemplate::releaseTypes().at(i % 4);
        // Spread over two years, several releases per week, 60 artists.
        ReleasePlan plan { i + 1, u"Release %1"_s.arg(i + 1), type, i % 60 + 1,
            u"Artist %1"_s.arg(i % 60 + 1), today.addDays(i * 730 / releaseCount - 120), {} };
        plan.milestones = Schedule::deriveMilestones(
            ScheduleTemplate::defaultFor(type), plan.releaseId, plan.releaseDate);
        for (qsizetype m = 0; m < plan.milestones.size(); ++m)
            plan.milestones[m].id = plan.releaseId * 100 + m;
        plans.append(plan);
    }

    CalendarMonthModel model;
    model.setToday(today);
    model.goToToday();
    QTextStream out(stdout);
    QElapsedTimer timer;

    constexpr int rounds = 50;
    timer.start();
    for (int i = 0; i < rounds; ++i) {
        plans[i].releaseDate = plans[i].releaseDate.addDays(7); // as after dragging one release
        model.setPlans(plans);
    }
    out << "setPlans (risks + month rebuild), " << releaseCount
        << " releases: " << double(timer.nsecsElapsed()) / rounds / 1e6 << " ms\n";

    timer.restart();
    for (int i = 0; i < rounds; ++i)
        i % 2 ? model.previousMonth() : model.nextMonth();
    out << "switch month (rebuild only): " << double(timer.nsecsElapsed()) / rounds / 1e6 << " ms\n";

    timer.restart();
    QList<ReleasePlan> others = plans;
    for (int i = 0; i < rounds; ++i)
        Schedule::previewMove(plans[i], plans[i].releaseDate.addDays(3), today, others);
    out << "previewMove against all releases: " << double(timer.nsecsElapsed()) / rounds / 1e6 << " ms\n";
    return 0;
}
