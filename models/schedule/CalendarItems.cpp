// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CalendarItems.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::Schedule
{

QVariantMap CalendarItem::toVariantMap() const
{
    return { { u"kind"_s, kind == Release ? u"release"_s : u"milestone"_s }, { u"date"_s, date },
        { u"releaseId"_s, releaseId }, { u"milestoneId"_s, milestoneId }, { u"title"_s, title },
        { u"releaseTitle"_s, releaseTitle }, { u"state"_s, stateName(state) },
        { u"hardLimitPassed"_s, hardLimitPassed }, { u"isoDate"_s, date.toString(Qt::ISODate) } };
}

ItemState releaseState(const ReleasePlan &plan, QDate today, const QList<Risk> &risksOfRelease)
{
    if (plan.releaseDate.isValid() && plan.releaseDate < today)
        return ItemState::Done;
    const bool atRisk
        = std::any_of(risksOfRelease.cbegin(), risksOfRelease.cend(), [&plan](const Risk &risk) {
              return risk.releaseId == plan.releaseId && (risk.kind != RiskKind::Overdue || risk.required);
          });
    return atRisk ? ItemState::AtRisk : ItemState::Upcoming;
}

QList<CalendarItem> calendarItems(
    const QList<ReleasePlan> &plans, const QList<Risk> &risks, QDate today, QDate first, QDate last)
{
    QHash<qint64, QList<Risk>> risksByRelease;
    for (const Risk &risk : risks)
        risksByRelease[risk.releaseId].append(risk);

    QList<CalendarItem> items;
    const auto inRange = [&](QDate date) {
        return date.isValid() && date >= first && date <= last;
    };
    for (const ReleasePlan &plan : plans) {
        const QList<Risk> planRisks = risksByRelease.value(plan.releaseId);
        if (inRange(plan.releaseDate)) {
            const bool limitPassed = std::any_of(planRisks.cbegin(), planRisks.cend(),
                [](const Risk &risk) { return risk.kind == RiskKind::HardLimitPassed; });
            items.append({ CalendarItem::Release, plan.releaseDate, plan.releaseId, 0, plan.title, plan.title,
                releaseState(plan, today, planRisks), limitPassed });
        }
        for (const Imprint::Milestone &milestone : plan.milestones) {
            // The release milestone is the release itself on the calendar; one chip is enough.
            if (milestone.key == ScheduleTemplate::releaseKey || !inRange(milestone.dueDate))
                continue;
            items.append({ CalendarItem::Milestone, milestone.dueDate, plan.releaseId, milestone.id,
                milestone.name, plan.title, milestoneState(milestone, plan, today),
                !milestone.done && milestone.hardLimit.isValid() && milestone.hardLimit < today });
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const CalendarItem &a, const CalendarItem &b) {
        return a.date != b.date ? a.date < b.date : a.kind < b.kind;
    });
    return items;
}

} // namespace Imprint::Schedule
