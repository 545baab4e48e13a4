// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CalendarMonthModel.h"

#include "Schedule.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint
{

CalendarMonthModel::CalendarMonthModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_today(Schedule::localDate(QDateTime::currentDateTime()))
    , m_year(m_today.year())
    , m_month(m_today.month())
{
    m_days.resize(dayCount);
    rebuild();
}

int CalendarMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : dayCount;
}

QDate CalendarMonthModel::firstDate() const
{
    return Schedule::weekStart(QDate(m_year, m_month, 1), m_locale);
}

QString CalendarMonthModel::title() const
{
    return m_locale.standaloneMonthName(m_month) + u' ' + QString::number(m_year);
}

QVariant CalendarMonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate date = firstDate().addDays(index.row());
    const QList<Schedule::CalendarItem> &items = m_days.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DayRole:
        return date.day();
    case DateRole:
        return date;
    case IsoDateRole:
        return date.toString(Qt::ISODate);
    case InMonthRole:
        return date.month() == m_month;
    case TodayRole:
        return date == m_today;
    case WeekendRole:
        return !m_locale.weekdays().contains(Qt::DayOfWeek(date.dayOfWeek()));
    case WeekNumberRole:
        return date.weekNumber();
    case ItemsRole: {
        QVariantList list;
        for (const Schedule::CalendarItem &item : items)
            list.append(item.toVariantMap());
        return list;
    }
    case ReleaseCountRole:
        return int(std::count_if(items.cbegin(), items.cend(),
            [](const Schedule::CalendarItem &item) { return item.kind == Schedule::CalendarItem::Release; }));
    case MilestoneCountRole:
        return int(std::count_if(items.cbegin(), items.cend(), [](const Schedule::CalendarItem &item) {
            return item.kind == Schedule::CalendarItem::Milestone;
        }));
    case StateRole: {
        if (items.isEmpty())
            return QString();
        auto worst = Schedule::ItemState::Upcoming;
        bool allDone = true;
        for (const Schedule::CalendarItem &item : items) {
            allDone = allDone && item.state == Schedule::ItemState::Done;
            if (item.state != Schedule::ItemState::Done)
                worst = std::max(worst, item.state);
        }
        return Schedule::stateName(allDone ? Schedule::ItemState::Done : worst);
    }
    }
    return {};
}

QHash<int, QByteArray> CalendarMonthModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { DateRole, "date" }, { DayRole, "day" },
        { InMonthRole, "inMonth" }, { TodayRole, "isToday" }, { WeekendRole, "isWeekend" },
        { WeekNumberRole, "weekNumber" }, { ItemsRole, "items" }, { ReleaseCountRole, "releaseCount" },
        { MilestoneCountRole, "milestoneCount" }, { StateRole, "state" }, { IsoDateRole, "isoDate" } };
}

void CalendarMonthModel::showMonth(int year, int month)
{
    // Stay inside the dates a plan can hold (years 1…9999; QDate has no year 0).
    const QDate first(year, month, 1);
    if (!first.isValid() || !Schedule::isSupported(first) || (year == m_year && month == m_month))
        return;
    m_year = year;
    m_month = month;
    rebuild();
    Q_EMIT monthChanged();
}

void CalendarMonthModel::setYear(int year)
{
    showMonth(year, m_month);
}

void CalendarMonthModel::setMonth(int month)
{
    if (month >= 1 && month <= 12)
        showMonth(m_year, month);
}

void CalendarMonthModel::showDate(QDate date)
{
    if (date.isValid())
        showMonth(date.year(), date.month());
}

void CalendarMonthModel::nextMonth()
{
    showDate(QDate(m_year, m_month, 1).addMonths(1));
}

void CalendarMonthModel::previousMonth()
{
    showDate(QDate(m_year, m_month, 1).addMonths(-1));
}

void CalendarMonthModel::goToToday()
{
    showDate(m_today);
}

int CalendarMonthModel::stepFrom(int row, int days)
{
    const QDate target = firstDate().addDays(std::clamp(row, 0, dayCount - 1) + days);
    if (!Schedule::isSupported(target))
        return -1;
    if (target.month() != m_month || target.year() != m_year)
        showDate(target);
    return rowOf(target);
}

int CalendarMonthModel::showToday()
{
    goToToday();
    return rowOf(m_today);
}

int CalendarMonthModel::rowOf(QDate date) const
{
    const qint64 row = firstDate().daysTo(date);
    return date.isValid() && row >= 0 && row < dayCount ? int(row) : -1;
}

void CalendarMonthModel::setToday(QDate today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    m_risks = Schedule::detectRisks(m_plans, m_today, m_templates, m_locale);
    rebuild();
    Q_EMIT todayChanged();
}

void CalendarMonthModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    rebuild();
    Q_EMIT localeChanged();
    Q_EMIT monthChanged(); // the title and the first date depend on it
}

void CalendarMonthModel::setPlans(
    const QList<ReleasePlan> &plans, const QHash<QString, ScheduleTemplate> &templates)
{
    m_plans = plans;
    m_templates = templates;
    m_risks = Schedule::detectRisks(m_plans, m_today, m_templates, m_locale);
    rebuild();
}

void CalendarMonthModel::rebuild()
{
    // The grid always has 42 rows, so a new month is a change of every row's data, not a reset:
    // views keep their delegates and the current index.
    const QDate first = firstDate();
    const QList<Schedule::CalendarItem> items
        = Schedule::calendarItems(m_plans, m_risks, m_today, first, first.addDays(dayCount - 1));
    for (QList<Schedule::CalendarItem> &day : m_days)
        day.clear();
    for (const Schedule::CalendarItem &item : items)
        m_days[first.daysTo(item.date)].append(item);
    Q_EMIT dataChanged(index(0), index(dayCount - 1));
}

} // namespace Imprint
