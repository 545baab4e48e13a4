// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "PlanConflicts.h"

#include "catalog/SqlDialect.h"
#include "schedule/PlanningSession.h"
#include "schedule/ScheduleRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::PlanConflicts
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PlanningSession)
};

std::optional<ReleasePlan> planOf(const QString &snapshot)
{
    ReleasePlan plan;
    if (snapshot.isEmpty() || !PlanningSession::restoreSnapshot(snapshot, plan))
        return std::nullopt;
    // Ids aside, in one order: what makes two plans the same.
    for (Milestone &m : plan.milestones)
        m.id = 0;
    std::ranges::sort(plan.milestones, [](const Milestone &a, const Milestone &b) {
        return std::tie(a.dueDate, a.key, a.name, a.notes) < std::tie(b.dueDate, b.key, b.name, b.notes);
    });
    return plan;
}

} // namespace

std::optional<QString> stored(QSqlDatabase db, qint64 releaseId, QString *error)
{
    QSqlQuery query(db);
    if (const QString lock = SqlDialect::of(db).lockRowQuery(u"releases"_s); !lock.isEmpty()) {
        query.prepare(lock);
        query.addBindValue(releaseId);
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
    }
    query.prepare(u"SELECT coalesce(release_date, '') FROM releases WHERE id = ?"_s);
    query.addBindValue(releaseId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return QString();
    ReleasePlan plan;
    plan.releaseId = releaseId;
    plan.releaseDate = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    auto milestones = ScheduleRepository(db).milestones(releaseId, error);
    if (!milestones)
        return std::nullopt;
    plan.milestones = std::move(*milestones);
    return PlanningSession::snapshot(plan);
}

bool same(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const auto first = planOf(a);
    const auto second = planOf(b);
    return first && second && first->releaseDate == second->releaseDate
        && first->milestones == second->milestones;
}

QString shown(const QString &snapshot, const QString &other)
{
    const auto plan = planOf(snapshot);
    if (!plan)
        return Text::tr("(removed)");
    // What the two plans disagree on is what the user chooses between.
    QList<Milestone> differing = plan->milestones;
    if (const auto otherPlan = planOf(other)) {
        differing.removeIf([&otherPlan](const Milestone &m) { return otherPlan->milestones.contains(m); });
        if (differing.isEmpty())
            differing = plan->milestones;
    }
    QStringList done;
    QStringList open;
    for (const Milestone &m : std::as_const(differing)) {
        if (m.done)
            done.append(m.name);
        else
            open.append(u"%1 (%2)"_s.arg(m.name, QLocale().toString(m.dueDate, QLocale::ShortFormat)));
    }
    QStringList parts { plan->releaseDate.isValid()
            ? Text::tr("Release on %1").arg(QLocale().toString(plan->releaseDate, QLocale::ShortFormat))
            : Text::tr("Not scheduled") };
    if (!done.isEmpty())
        parts.append(Text::tr("done: %1").arg(done.join(u", "_s)));
    if (!open.isEmpty())
        parts.append(Text::tr("open: %1").arg(open.join(u", "_s)));
    return parts.join(u"; "_s);
}

} // namespace Imprint::PlanConflicts
