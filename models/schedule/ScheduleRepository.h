// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "Milestone.h"
#include "ScheduleTemplate.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace Imprint
{

/// Milestones and schedule templates in the catalog. Every write is one BEGIN IMMEDIATE
/// transaction, so a plan is either saved whole or not at all.
class ScheduleRepository
{
public:
    explicit ScheduleRepository(QSqlDatabase db);

    /// The milestones of one release, by due date.
    std::optional<QList<Milestone>> milestones(qint64 releaseId, QString *error) const;

    /// Makes the stored milestones of releaseId exactly `milestones`: rows with id 0 are inserted
    /// (and get their id), others updated, stored rows missing from the list deleted.
    bool saveMilestones(qint64 releaseId, QList<Milestone> &milestones, QString *error) const;

    /// Every release with its milestones (for the calendar); releases without a date included.
    std::optional<QList<ReleasePlan>> plans(QString *error) const;

    /// Sets the release date and moves the derived milestones with it (Schedule::moveRelease),
    /// in one transaction. A release without milestones gets them from its type's template.
    bool moveRelease(qint64 releaseId, QDate newDate, QString *error) const;

    /// Puts a release's plan back exactly as given (undo and redo): the release date (invalid:
    /// unscheduled) and the milestones. Milestones whose row is gone meanwhile are inserted anew
    /// and get a new id. One transaction.
    bool restorePlan(qint64 releaseId, QDate releaseDate, QList<Milestone> &milestones, QString *error) const;

    /// The templates by release type: stored ones, the defaults for the rest.
    std::optional<QHash<QString, ScheduleTemplate>> templates(QString *error) const;
    bool saveTemplate(const ScheduleTemplate &scheduleTemplate, QString *error) const;
    /// Back to the built-in template for releaseType.
    bool resetTemplate(const QString &releaseType, QString *error) const;

    /// saveMilestones inside the caller's write transaction (a release created with its plan).
    bool writeMilestones(qint64 releaseId, QList<Milestone> &milestones, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace Imprint
