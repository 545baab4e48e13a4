// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ScheduleRisks.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Imprint::Schedule
{

namespace
{

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScheduleRisks)
};

int leadDays(const ReleasePlan &plan, const QHash<QString, ScheduleTemplate> &templates)
{
    const auto found = templates.constFind(plan.releaseType);
    if (found != templates.cend())
        return found->distributorLeadDays();
    // An unknown type plans like a single: the shortest lead, so we never invent a conflict.
    return ScheduleTemplate::defaultFor(
        ScheduleTemplate::releaseTypes().contains(plan.releaseType) ? plan.releaseType : u"single"_s)
        .distributorLeadDays();
}

bool isDelivered(const ReleasePlan &plan)
{
    for (const Milestone &milestone : plan.milestones) {
        if (milestone.key == ScheduleTemplate::deliveryKey)
            return milestone.done;
    }
    return false;
}

} // namespace

ItemState milestoneState(const Milestone &milestone, const ReleasePlan &plan, QDate today)
{
    if (milestone.done)
        return ItemState::Done;
    if (milestone.dueDate.isValid() && milestone.dueDate < today)
        return ItemState::Overdue;
    if (milestone.hardLimit.isValid() && milestone.hardLimit < today)
        return ItemState::Overdue;
    if (milestone.hardLimit.isValid() && milestone.dueDate > milestone.hardLimit)
        return ItemState::AtRisk;
    if (milestone.dueDate.isValid() && today.daysTo(milestone.dueDate) <= atRiskDays) {
        // Due soon while something it depends on (a required step due earlier) is still open.
        for (const Milestone &other : plan.milestones) {
            if (&other != &milestone && other.required && !other.done && other.dueDate.isValid()
                && other.dueDate < milestone.dueDate)
                return ItemState::AtRisk;
        }
    }
    return ItemState::Upcoming;
}

QString stateName(ItemState state)
{
    switch (state) {
    case ItemState::Upcoming:
        return u"upcoming"_s;
    case ItemState::Done:
        return u"done"_s;
    case ItemState::AtRisk:
        return u"atRisk"_s;
    case ItemState::Overdue:
        return u"overdue"_s;
    }
    return {};
}

QList<Risk> detectRisks(const ReleasePlan &plan, const QList<ReleasePlan> &others, QDate today,
    const QHash<QString, ScheduleTemplate> &templates, const QLocale &locale)
{
    const auto date = [&locale](QDate d) {
        return locale.toString(d, QLocale::ShortFormat);
    };
    QList<Risk> risks;
    for (const Milestone &milestone : plan.milestones) {
        if (milestone.done)
            continue;
        Risk risk;
        risk.releaseId = plan.releaseId;
        risk.milestoneId = milestone.id;
        risk.milestoneKey = milestone.key;
        risk.required = milestone.required;
        if (milestone.hardLimit.isValid() && milestone.hardLimit < today) {
            risk.kind = RiskKind::HardLimitPassed;
            risk.date = milestone.hardLimit;
            risk.message = Text::tr("%1: “%2” was possible until %3.")
                               .arg(plan.title, milestone.name, date(milestone.hardLimit));
            risks.append(risk);
        } else if (milestone.dueDate.isValid() && milestone.dueDate < today) {
            risk.kind = RiskKind::Overdue;
            risk.date = milestone.dueDate;
            risk.message
                = Text::tr("%1: “%2” was due %3.").arg(plan.title, milestone.name, date(milestone.dueDate));
            risks.append(risk);
        }
    }
    if (!plan.releaseDate.isValid())
        return risks;

    if (plan.primaryArtistId != 0) {
        for (const ReleasePlan &other : others) {
            if (other.releaseId == plan.releaseId || other.primaryArtistId != plan.primaryArtistId
                || !other.releaseDate.isValid())
                continue;
            const qint64 apart = std::abs(other.releaseDate.daysTo(plan.releaseDate));
            if (apart >= clashDays)
                continue;
            Risk risk;
            risk.kind = RiskKind::ArtistClash;
            risk.releaseId = plan.releaseId;
            risk.otherReleaseId = other.releaseId;
            risk.date = plan.releaseDate;
            risk.message = Text::tr("%1 and %2 by %3 come out %n day(s) apart.", nullptr, int(apart))
                               .arg(plan.title, other.title, plan.primaryArtist);
            risks.append(risk);
        }
    }

    // Only releases still ahead: once out, the lead time no longer matters.
    const int lead = leadDays(plan, templates);
    if (lead > 0 && plan.releaseDate >= today && !isDelivered(plan)
        && today.daysTo(plan.releaseDate) < lead) {
        Risk risk;
        risk.kind = RiskKind::LeadTimeUnmeetable;
        risk.releaseId = plan.releaseId;
        risk.date = plan.releaseDate;
        risk.earliestFeasible = today.addDays(lead);
        risk.message = Text::tr(
            "%1: the distributor needs %n day(s); the earliest possible release date is %2.", nullptr, lead)
                           .arg(plan.title, date(risk.earliestFeasible));
        risks.append(risk);
    }
    return risks;
}

QList<Risk> detectRisks(const QList<ReleasePlan> &plans, QDate today,
    const QHash<QString, ScheduleTemplate> &templates, const QLocale &locale)
{
    QList<Risk> risks;
    for (const ReleasePlan &plan : plans)
        risks.append(detectRisks(plan, plans, today, templates, locale));
    return risks;
}

} // namespace Imprint::Schedule
