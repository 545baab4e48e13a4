// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DemoPlan.h"

#include "schedule/ScheduleRepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::Demo
{

namespace
{

struct DemoSchedule {
    QStringView title;
    int daysFromToday;
    QStringView doneUpTo; ///< milestones due on or before this key's due date are done ("" none)
    bool allDone;
};

constexpr DemoSchedule schedules[] = {
    { u"Low Voltage", -20, u"", true },
    { u"Glass Harbour", 6, u"metadata_locked", false },
    { u"Tidal Memory", 45, u"", false },
};

} // namespace

bool planDemoReleases(const CatalogStore &store, QDate today, QString *error)
{
    QSqlDatabase db = store.connection(error);
    if (!db.isValid())
        return false;
    const ScheduleRepository repository(db);
    for (const DemoSchedule &schedule : schedules) {
        QSqlQuery query(db);
        query.prepare(u"SELECT id FROM releases WHERE title = ? ORDER BY id LIMIT 1"_s);
        query.addBindValue(schedule.title.toString());
        if (!query.exec() || !query.next())
            continue;
        const qint64 releaseId = query.value(0).toLongLong();
        query.finish();
        if (!repository.moveRelease(releaseId, today.addDays(schedule.daysFromToday), error))
            return false;
        auto milestones = repository.milestones(releaseId, error);
        if (!milestones)
            return false;
        QDate doneUntil;
        for (const Milestone &milestone : std::as_const(*milestones)) {
            if (milestone.key == schedule.doneUpTo)
                doneUntil = milestone.dueDate;
        }
        for (Milestone &milestone : *milestones)
            milestone.done = schedule.allDone || (doneUntil.isValid() && milestone.dueDate <= doneUntil);
        if (!repository.saveMilestones(releaseId, *milestones, error))
            return false;
    }
    return true;
}

} // namespace Imprint::Demo
