// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Schedule.h"

#include "ScheduleRisks.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::Schedule
{

namespace
{

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Schedule)
};

void sortByDueDate(QList<Milestone> &milestones)
{
    // Stable, so milestones due the same day keep the template's order.
    std::stable_sort(milestones.begin(), milestones.end(),
        [](const Milestone &a, const Milestone &b) { return a.dueDate < b.dueDate; });
}

int countOverdue(const QList<Milestone> &milestones, QDate today)
{
    return int(std::count_if(milestones.cbegin(), milestones.cend(),
        [today](const Milestone &m) { return !m.done && m.dueDate.isValid() && m.dueDate < today; }));
}

} // namespace

QDate earliestSupportedDate()
{
    return QDate(1, 1, 1);
}

QDate latestSupportedDate()
{
    return QDate(9999, 12, 31);
}

bool isSupported(QDate date)
{
    return date.isValid() && date >= earliestSupportedDate() && date <= latestSupportedDate();
}

QDate localDate(const QDateTime &moment, const QTimeZone &zone)
{
    return moment.toTimeZone(zone).date();
}

QDate weekStart(QDate date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // dayOfWeek() and Qt::DayOfWeek both count Monday = 1 … Sunday = 7.
    const int back = (date.dayOfWeek() - int(locale.firstDayOfWeek()) + 7) % 7;
    return date.addDays(-back);
}

QList<Milestone> deriveMilestones(
    const ScheduleTemplate &scheduleTemplate, qint64 releaseId, QDate releaseDate)
{
    if (!isSupported(releaseDate))
        return {};
    QList<Milestone> result;
    result.reserve(scheduleTemplate.milestones.size());
    for (const MilestoneDefinition &definition : scheduleTemplate.milestones) {
        Milestone milestone;
        milestone.releaseId = releaseId;
        milestone.key = definition.key;
        milestone.name = definition.name;
        milestone.dueDate = releaseDate.addDays(definition.offsetDays);
        if (definition.hardLimitOffsetDays)
            milestone.hardLimit = releaseDate.addDays(*definition.hardLimitOffsetDays);
        milestone.required = definition.required;
        milestone.derived = true;
        if (!isSupported(milestone.dueDate)
            || (definition.hardLimitOffsetDays && !isSupported(milestone.hardLimit)))
            return {};
        result.append(milestone);
    }
    sortByDueDate(result);
    return result;
}

std::optional<QList<Milestone>> moveRelease(const QList<Milestone> &milestones, QDate oldDate, QDate newDate)
{
    if (!isSupported(oldDate) || !isSupported(newDate))
        return std::nullopt;
    const qint64 delta = oldDate.daysTo(newDate);
    QList<Milestone> result = milestones;
    for (Milestone &milestone : result) {
        // Work already done stays on the day it was done for; only open milestones follow.
        if (milestone.derived && !milestone.done && milestone.dueDate.isValid())
            milestone.dueDate = milestone.dueDate.addDays(delta);
        if (milestone.hardLimit.isValid())
            milestone.hardLimit = milestone.hardLimit.addDays(delta);
        if ((milestone.dueDate.isValid() && !isSupported(milestone.dueDate))
            || (milestone.hardLimit.isValid() && !isSupported(milestone.hardLimit)))
            return std::nullopt;
    }
    sortByDueDate(result);
    return result;
}

MovePreview previewMove(const ReleasePlan &plan, QDate newDate, QDate today, const QList<ReleasePlan> &others,
    const QLocale &locale)
{
    MovePreview preview;
    preview.from = plan.releaseDate;
    preview.to = newDate;
    const auto moved = moveRelease(plan.milestones, plan.releaseDate, newDate);
    if (!moved) {
        preview.summary = Text::tr("%1 cannot be planned: dates must lie between the years 1 and 9999.")
                              .arg(locale.toString(newDate, QLocale::LongFormat));
        return preview;
    }
    preview.valid = true;
    preview.milestonesAfter = *moved;
    for (const Milestone &before : plan.milestones) {
        auto after = std::find_if(moved->cbegin(), moved->cend(), [&](const Milestone &m) {
            return before.id != 0 ? m.id == before.id : (m.key == before.key && m.name == before.name);
        });
        MilestoneChange change { before.id, before.key, before.name, before.dueDate,
            after != moved->cend() ? after->dueDate : before.dueDate };
        if (before.key == ScheduleTemplate::deliveryKey)
            preview.delivery = change;
        preview.changes.append(change);
        if (after != moved->cend() && !after->done && after->hardLimit.isValid() && after->hardLimit < today)
            preview.hardLimitsPassed.append(after->name);
    }
    preview.overdueBefore = countOverdue(plan.milestones, today);
    preview.overdueAfter = countOverdue(*moved, today);
    for (const ReleasePlan &other : others) {
        if (other.releaseId != plan.releaseId && plan.primaryArtistId != 0
            && other.primaryArtistId == plan.primaryArtistId && other.releaseDate.isValid()
            && std::abs(other.releaseDate.daysTo(newDate)) < clashDays)
            preview.clashes.append(other.title);
    }

    QStringList sentences;
    const auto date = [&locale](QDate d) {
        return locale.toString(d, QLocale::ShortFormat);
    };
    if (preview.delivery && preview.delivery->moves())
        sentences.append(Text::tr("Delivery deadline moves to %1.").arg(date(preview.delivery->to)));
    const int moving = int(std::count_if(preview.changes.cbegin(), preview.changes.cend(),
        [](const MilestoneChange &c) { return c.moves(); }));
    const int staying = int(preview.changes.size()) - moving;
    if (staying > 0 && plan.releaseDate != newDate)
        sentences.append(Text::tr("%n edited milestone(s) keep their date.", nullptr, staying));
    if (preview.overdueAfter > 0)
        sentences.append(Text::tr("%n milestone(s) overdue.", nullptr, preview.overdueAfter));
    if (!preview.hardLimitsPassed.isEmpty())
        sentences.append(Text::tr("Too late for: %1.").arg(preview.hardLimitsPassed.join(u", "_s)));
    if (!preview.clashes.isEmpty())
        sentences.append(
            Text::tr("Within a week of %1 by the same artist.").arg(preview.clashes.join(u", "_s)));
    if (sentences.isEmpty())
        sentences.append(Text::tr("No conflicts."));
    preview.summary = sentences.join(u' ');
    return preview;
}

} // namespace Imprint::Schedule
