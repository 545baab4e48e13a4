// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "Milestone.h"
#include "ScheduleTemplate.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <optional>

namespace Imprint::Schedule
{

/// Dates are stored as ISO 8601 text with four-digit years, so plans stay within
/// 0001-01-01…9999-12-31; a release date whose milestones would leave that range is refused.
QDate earliestSupportedDate();
QDate latestSupportedDate();
bool isSupported(QDate date);

/// Today's calendar date in zone (the user's own by default). Use this rather than
/// QDate::currentDate() in code that tests must steer.
QDate localDate(const QDateTime &moment, const QTimeZone &zone = QTimeZone::systemTimeZone());

/// The first day of the week containing date, by the locale's week start (Monday in most of
/// Europe, Sunday in the US, Saturday in parts of the Middle East).
QDate weekStart(QDate date, const QLocale &locale = {});

/// The milestones of scheduleTemplate for a release on releaseDate, sorted by due date, all
/// derived. Empty when releaseDate is invalid or a milestone would fall outside the supported
/// range. Milestones after the release date (a post-release review) are kept.
QList<Milestone> deriveMilestones(
    const ScheduleTemplate &scheduleTemplate, qint64 releaseId, QDate releaseDate);

/// The milestones after moving the release from oldDate to newDate: open derived ones move by
/// the same number of days; done ones and ones the user edited keep their date. Hard limits always move,
/// since they are set by the release date (the pitch deadline is D−7 whatever the plan says). std::nullopt
/// when a date would leave the supported range.
std::optional<QList<Milestone>> moveRelease(const QList<Milestone> &milestones, QDate oldDate, QDate newDate);

/// One milestone's date before and after a move.
struct MilestoneChange {
    qint64 milestoneId = 0;
    QString key;
    QString name;
    QDate from;
    QDate to; ///< equal to from when the milestone does not follow the release date
    bool moves() const { return from != to; }
};

/// What moving a release would do, shown before the user commits to it.
struct MovePreview {
    bool valid = false; ///< false when the new date is unsupported
    QDate from;
    QDate to;
    QList<MilestoneChange> changes;
    QList<Milestone> milestonesAfter;
    std::optional<MilestoneChange> delivery; ///< the distributor delivery, if the plan has one
    int overdueBefore = 0; ///< open milestones due before today, before and after the move
    int overdueAfter = 0;
    QStringList hardLimitsPassed; ///< names of open milestones whose hard limit would be passed
    QStringList clashes; ///< titles of same-artist releases within a week of the new date
    QString summary; ///< the above as one or two sentences in the user's language
};

/// Previews moving plan to newDate given today; others are the rest of the catalog's plans,
/// used to find same-artist clashes.
MovePreview previewMove(const ReleasePlan &plan, QDate newDate, QDate today,
    const QList<ReleasePlan> &others = {}, const QLocale &locale = {});

} // namespace Imprint::Schedule
