// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AgendaModel.h"

#include "Schedule.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Imprint
{

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_today(Schedule::localDate(QDateTime::currentDateTime()))
    , m_from(Schedule::weekStart(m_today, m_locale))
{
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Schedule::CalendarItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return item.title;
    case DateRole:
        return item.date;
    case KindRole:
        return item.kind == Schedule::CalendarItem::Release ? u"release"_s : u"milestone"_s;
    case ReleaseTitleRole:
        return item.releaseTitle;
    case ReleaseIdRole:
        return item.releaseId;
    case MilestoneIdRole:
        return item.milestoneId;
    case StateRole:
        return Schedule::stateName(item.state);
    case DateTextRole:
        return m_locale.toString(item.date, QLocale::ShortFormat);
    case HardLimitPassedRole:
        return item.hardLimitPassed;
    case SectionRole:
        return item.date < m_from ? u"overdue"_s : item.date.toString(Qt::ISODate);
    }
    return {};
}

QHash<int, QByteArray> AgendaModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { DateRole, "date" }, { KindRole, "kind" },
        { TitleRole, "title" }, { ReleaseTitleRole, "releaseTitle" }, { ReleaseIdRole, "releaseId" },
        { MilestoneIdRole, "milestoneId" }, { StateRole, "state" }, { SectionRole, "section" },
        { DateTextRole, "dateText" }, { HardLimitPassedRole, "hardLimitPassed" } };
}

void AgendaModel::setToday(QDate today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    rebuild();
    Q_EMIT rangeChanged();
}

void AgendaModel::setFrom(QDate from)
{
    if (!Schedule::isSupported(from) || from == m_from)
        return;
    m_from = from;
    rebuild();
    Q_EMIT rangeChanged();
}

void AgendaModel::setDays(int days)
{
    // Up to a year: an agenda longer than that is a list, not a plan.
    days = std::clamp(days, 1, 366);
    if (days == m_days)
        return;
    m_days = days;
    rebuild();
    Q_EMIT rangeChanged();
}

void AgendaModel::setIncludeOverdue(bool include)
{
    if (include == m_includeOverdue)
        return;
    m_includeOverdue = include;
    rebuild();
    Q_EMIT rangeChanged();
}

void AgendaModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    rebuild();
}

void AgendaModel::showThisWeek()
{
    setFrom(Schedule::weekStart(m_today, m_locale));
}

void AgendaModel::setPlans(const QList<ReleasePlan> &plans, const QHash<QString, ScheduleTemplate> &templates)
{
    m_plans = plans;
    m_templates = templates;
    rebuild();
}

void AgendaModel::rebuild()
{
    const QList<Schedule::Risk> risks = Schedule::detectRisks(m_plans, m_today, m_templates, m_locale);
    QList<Schedule::CalendarItem> items;
    const QDate last = m_from.addDays(m_days - 1);
    int overdue = 0;
    if (m_includeOverdue) {
        // Only what is still open from before the span: done and released items are history.
        const QList<Schedule::CalendarItem> earlier = Schedule::calendarItems(
            m_plans, risks, m_today, Schedule::earliestSupportedDate(), m_from.addDays(-1));
        for (const Schedule::CalendarItem &item : earlier) {
            if (item.state == Schedule::ItemState::Overdue) {
                items.append(item);
                ++overdue;
            }
        }
    }
    items.append(Schedule::calendarItems(m_plans, risks, m_today, m_from, last));
    for (const Schedule::CalendarItem &item : std::as_const(items)) {
        if (item.date >= m_from && item.state == Schedule::ItemState::Overdue)
            ++overdue;
    }
    const qsizetype previousCount = m_items.size();
    beginResetModel();
    m_items = items;
    endResetModel();
    if (overdue != m_overdueCount || previousCount != m_items.size()) {
        m_overdueCount = overdue;
        Q_EMIT countsChanged();
    }
}

} // namespace Imprint
