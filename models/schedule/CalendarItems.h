// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "Milestone.h"
#include "ScheduleRisks.h"

#include <QVariantMap>

namespace Imprint::Schedule
{

/// One entry on the calendar: a release on its date, or a milestone on its due date.
struct CalendarItem {
    enum Kind { Release, Milestone };
    Kind kind = Release;
    QDate date;
    qint64 releaseId = 0;
    qint64 milestoneId = 0; ///< 0 for a release
    QString title; ///< the milestone's name, or the release's title
    QString releaseTitle;
    ItemState state = ItemState::Upcoming;
    /// A milestone that can no longer be done, or a release with such a milestone.
    bool hardLimitPassed = false;

    /// For QML: {kind: "release"|"milestone", date, releaseId, milestoneId, title, releaseTitle,
    /// state: "upcoming"|"done"|"atRisk"|"overdue", hardLimitPassed, isoDate}.
    QVariantMap toVariantMap() const;
};

/// How a release stands: done once out, at risk when detectRisks found anything (other than a
/// merely overdue optional step), upcoming otherwise.
ItemState releaseState(const ReleasePlan &plan, QDate today, const QList<Risk> &risksOfRelease);

/// The items dated first…last (inclusive), sorted by date, releases before milestones on the
/// same day. risks are detectRisks() over all plans.
QList<CalendarItem> calendarItems(
    const QList<ReleasePlan> &plans, const QList<Risk> &risks, QDate today, QDate first, QDate last);

} // namespace Imprint::Schedule
