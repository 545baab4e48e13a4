// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "Milestone.h"
#include "ScheduleTemplate.h"

#include <QHash>
#include <QLocale>

namespace Imprint::Schedule
{

/// How a milestone stands on a given day, worst last (the calendar colours by this).
enum class ItemState {
    Upcoming,
    Done,
    AtRisk, ///< due within atRiskDays while a required milestone due before it is still open,
            ///< or planned after its own hard limit
    Overdue,
};

/// Same artist releases closer than this (in days) compete with each other; a week apart
/// (Friday to Friday) is the usual rhythm and is fine.
constexpr int clashDays = 7;
/// How far ahead an open milestone counts as "due soon".
constexpr int atRiskDays = 7;

ItemState milestoneState(const Milestone &milestone, const ReleasePlan &plan, QDate today);
/// "upcoming", "done", "atRisk", "overdue": the names QML sees.
QString stateName(ItemState state);

enum class RiskKind {
    Overdue, ///< an open milestone's due date has passed
    HardLimitPassed, ///< an open milestone can no longer be done at all
    ArtistClash, ///< two releases by the same primary artist within clashDays
    LeadTimeUnmeetable, ///< not delivered, and the distributor's lead time no longer fits
};

struct Risk {
    RiskKind kind = RiskKind::Overdue;
    qint64 releaseId = 0;
    qint64 milestoneId = 0; ///< Overdue, HardLimitPassed
    QString milestoneKey;
    QDate date; ///< the date that was missed, or the release date
    bool required = false; ///< Overdue: the milestone is required for the release
    qint64 otherReleaseId = 0; ///< ArtistClash
    QDate earliestFeasible; ///< LeadTimeUnmeetable: the first release date the lead time allows
    QString message; ///< one sentence in the user's language
};

/// Every risk in plans as of today. Lead times come from templates (by release type; the
/// defaults where missing). Released plans (release date before today) report only their open
/// milestones, not lead time.
QList<Risk> detectRisks(const QList<ReleasePlan> &plans, QDate today,
    const QHash<QString, ScheduleTemplate> &templates = {}, const QLocale &locale = {});

/// The risks of one release; others give the clash check its neighbours.
QList<Risk> detectRisks(const ReleasePlan &plan, const QList<ReleasePlan> &others, QDate today,
    const QHash<QString, ScheduleTemplate> &templates = {}, const QLocale &locale = {});

} // namespace Imprint::Schedule
