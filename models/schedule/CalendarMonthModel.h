// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "CalendarItems.h"

#include <QAbstractListModel>
#include <QLocale>
#include <QtQmlIntegration>

namespace Imprint
{

/// One month of the release calendar as the 42 days (six weeks) of a month grid, starting on
/// the locale's first day of the week, with the releases and milestones due each day.
class CalendarMonthModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY monthChanged)
    Q_PROPERTY(int month READ month WRITE setMonth NOTIFY monthChanged) ///< 1 = January
    Q_PROPERTY(QDate today READ today WRITE setToday NOTIFY todayChanged)
    Q_PROPERTY(QString title READ title NOTIFY monthChanged) ///< "March 2026", in the locale's language
    Q_PROPERTY(QDate firstDate READ firstDate NOTIFY monthChanged) ///< the first day in the grid
    Q_PROPERTY(int firstDayOfWeek READ firstDayOfWeek NOTIFY localeChanged) ///< Qt::DayOfWeek

public:
    static constexpr int dayCount = 42;

    enum Role {
        DateRole = Qt::UserRole + 1, ///< QDate
        DayRole, ///< int: day of the month
        InMonthRole, ///< bool: false for the leading and trailing days of the neighbouring months
        TodayRole, ///< bool
        WeekendRole, ///< bool: by the locale's weekdays
        WeekNumberRole, ///< int: ISO 8601 week number
        ItemsRole, ///< QVariantList of CalendarItem::toVariantMap(), releases first
        ReleaseCountRole, ///< int
        MilestoneCountRole, ///< int
        StateRole, ///< QString: the worst item state that day ("" for a free day)
        IsoDateRole, ///< QString: the date as ISO 8601 text, for invokables taking dates from QML
    };
    Q_ENUM(Role)

    explicit CalendarMonthModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int year() const { return m_year; }
    int month() const { return m_month; }
    void setYear(int year);
    void setMonth(int month);
    /// Shows the month containing date.
    Q_INVOKABLE void showDate(QDate date);
    Q_INVOKABLE void nextMonth();
    Q_INVOKABLE void previousMonth();
    Q_INVOKABLE void goToToday();
    /// The row of date in the grid, or -1.
    Q_INVOKABLE int rowOf(QDate date) const;
    /// Keyboard navigation: the row `days` away from row, after showing the month of that day
    /// if it is outside the current month. -1 when the day is not supported.
    Q_INVOKABLE int stepFrom(int row, int days);
    /// The row of today after showing today's month.
    Q_INVOKABLE int showToday();

    QDate today() const { return m_today; }
    void setToday(QDate today);
    QString title() const;
    QDate firstDate() const;
    int firstDayOfWeek() const { return int(m_locale.firstDayOfWeek()); }
    void setLocale(const QLocale &locale);

    void setPlans(const QList<ReleasePlan> &plans, const QHash<QString, ScheduleTemplate> &templates = {});

Q_SIGNALS:
    void monthChanged();
    void todayChanged();
    void localeChanged();

private:
    void rebuild();
    void showMonth(int year, int month);

    QList<ReleasePlan> m_plans;
    QHash<QString, ScheduleTemplate> m_templates;
    QList<Schedule::Risk> m_risks;
    QList<QList<Schedule::CalendarItem>> m_days; // dayCount entries
    QLocale m_locale;
    QDate m_today;
    int m_year;
    int m_month;
};

} // namespace Imprint
