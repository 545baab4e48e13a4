// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "CalendarItems.h"

#include <QAbstractListModel>
#include <QLocale>
#include <QtQmlIntegration>

namespace Imprint
{

/// "What is due": the releases and milestones of a span of days across all releases, by date,
/// preceded by everything still open from before (overdue). By default the current week.
class AgendaModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QDate today READ today WRITE setToday NOTIFY rangeChanged)
    Q_PROPERTY(QDate from READ from WRITE setFrom NOTIFY rangeChanged) ///< first day shown
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY rangeChanged) ///< how many days from `from`
    Q_PROPERTY(bool includeOverdue READ includeOverdue WRITE setIncludeOverdue NOTIFY rangeChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countsChanged)
    Q_PROPERTY(int count READ count NOTIFY countsChanged) ///< rows, overdue ones included

public:
    enum Role {
        DateRole = Qt::UserRole + 1, ///< QDate: due date
        KindRole, ///< QString: "release" or "milestone"
        TitleRole, ///< QString: the milestone's name or the release's title
        ReleaseTitleRole, ///< QString
        ReleaseIdRole, ///< qint64
        MilestoneIdRole, ///< qint64, 0 for a release
        StateRole, ///< QString: "upcoming", "done", "atRisk" or "overdue"
        SectionRole, ///< QString: "overdue" for items from before `from`, else the ISO date
        DateTextRole, ///< QString: the date in the locale's short format
        HardLimitPassedRole, ///< bool: an open milestone past its last possible day
    };
    Q_ENUM(Role)

    explicit AgendaModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QDate today() const { return m_today; }
    void setToday(QDate today);
    QDate from() const { return m_from; }
    void setFrom(QDate from);
    int days() const { return m_days; }
    void setDays(int days);
    bool includeOverdue() const { return m_includeOverdue; }
    void setIncludeOverdue(bool include);
    int overdueCount() const { return m_overdueCount; }
    int count() const { return int(m_items.size()); }
    void setLocale(const QLocale &locale);

    /// Shows the week (by the locale's week start) that contains today.
    Q_INVOKABLE void showThisWeek();

    void setPlans(const QList<ReleasePlan> &plans, const QHash<QString, ScheduleTemplate> &templates = {});

Q_SIGNALS:
    void rangeChanged();
    void countsChanged();

private:
    void rebuild();

    QList<ReleasePlan> m_plans;
    QHash<QString, ScheduleTemplate> m_templates;
    QList<Schedule::CalendarItem> m_items;
    QLocale m_locale;
    QDate m_today;
    QDate m_from;
    int m_days = 7;
    bool m_includeOverdue = true;
    int m_overdueCount = 0;
};

} // namespace Imprint
