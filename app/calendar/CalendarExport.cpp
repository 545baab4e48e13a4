// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CalendarExport.h"

#include "schedule/ScheduleRepository.h"

#include <KCalendarCore/CalFormat>
#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>
#include <KCalendarCore/Todo>

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Imprint::CalendarExport
{

namespace
{

Q_LOGGING_CATEGORY(lcCalendar, "imprint.calendar")

// All-day values carry only the date (VALUE=DATE). Anchoring them at midnight UTC keeps them
// clear of daylight saving gaps: in zones that skip midnight (Chile, Lebanon…) a local midnight
// may not exist on the day the clocks change.
QDateTime allDay(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::UTC);
}

KCalendarCore::Event::Ptr releaseEvent(const ReleasePlan &plan)
{
    KCalendarCore::Event::Ptr event(new KCalendarCore::Event);
    event->setUid(releaseUid(plan.releaseId));
    event->setSummary(plan.title);
    event->setDtStart(allDay(plan.releaseDate));
    event->setDtEnd(allDay(plan.releaseDate));
    event->setAllDay(true);
    event->setTransparency(KCalendarCore::Event::Transparent); // a release does not block the day
    QStringList lines;
    if (!plan.primaryArtist.isEmpty())
        lines.append(QCoreApplication::translate("CalendarExport", "Release by %1").arg(plan.primaryArtist));
    if (!plan.releaseType.isEmpty())
        lines.append(QCoreApplication::translate("CalendarExport", "Type: %1").arg(plan.releaseType));
    event->setDescription(lines.join(u'\n'));
    event->setCategories({ u"Imprint"_s, QCoreApplication::translate("CalendarExport", "Release") });
    return event;
}

KCalendarCore::Todo::Ptr milestoneTodo(const ReleasePlan &plan, const Milestone &milestone)
{
    KCalendarCore::Todo::Ptr todo(new KCalendarCore::Todo);
    todo->setUid(milestoneUid(milestone.id));
    todo->setSummary(u"%1: %2"_s.arg(plan.title, milestone.name));
    todo->setDtDue(allDay(milestone.dueDate));
    todo->setAllDay(true);
    if (milestone.done) {
        // No COMPLETED time: the catalog does not know when it was done, and "now" would make
        // every export differ.
        todo->setPercentComplete(100);
        todo->setStatus(KCalendarCore::Incidence::StatusCompleted);
    }
    QStringList lines;
    if (milestone.hardLimit.isValid())
        lines.append(QCoreApplication::translate("CalendarExport", "Hard limit: %1")
                .arg(milestone.hardLimit.toString(Qt::ISODate)));
    if (milestone.required)
        lines.append(QCoreApplication::translate("CalendarExport", "Required for the release."));
    if (!milestone.notes.isEmpty())
        lines.append(milestone.notes);
    todo->setDescription(lines.join(u'\n'));
    todo->setCategories({ u"Imprint"_s, plan.title });
    if (plan.releaseDate.isValid())
        todo->setRelatedTo(releaseUid(plan.releaseId));
    return todo;
}

} // namespace

QString releaseUid(qint64 releaseId)
{
    return u"release-%1@imprint"_s.arg(releaseId);
}

QString milestoneUid(qint64 milestoneId)
{
    return u"milestone-%1@imprint"_s.arg(milestoneId);
}

Result exportPlans(const QList<ReleasePlan> &plans, const QString &fileName, qint64 releaseId)
{
    Result result;
    result.file = fileName;
    const QString shown = QDir::toNativeSeparators(fileName);
    bool found = releaseId == 0;
    auto calendar = KCalendarCore::MemoryCalendar::Ptr::create(QTimeZone(QTimeZone::UTC));
    const QString productId
        = u"-//Imprint contributors//Imprint %1//EN"_s.arg(QCoreApplication::applicationVersion());
    KCalendarCore::CalFormat::setApplication(u"Imprint"_s, productId); // the PRODID line
    calendar->setProductId(productId);
    for (const ReleasePlan &plan : plans) {
        if (releaseId != 0 && plan.releaseId != releaseId)
            continue;
        found = true;
        if (plan.releaseDate.isValid()) {
            calendar->addEvent(releaseEvent(plan));
            ++result.releases;
        }
        for (const Milestone &milestone : plan.milestones) {
            // A task not saved yet has no id, hence no stable UID: it is exported next time.
            if (milestone.id == 0 || !milestone.dueDate.isValid())
                continue;
            calendar->addTodo(milestoneTodo(plan, milestone));
            ++result.milestones;
            result.done += milestone.done ? 1 : 0;
        }
    }
    if (!found) {
        result.error
            = QCoreApplication::translate("CalendarExport", "%1: there is no release %2 in the catalog")
                  .arg(shown)
                  .arg(releaseId);
        return result;
    }
    KCalendarCore::ICalFormat format;
    const QByteArray text = format.toString(calendar).toUtf8();
    if (text.isEmpty()) {
        result.error = QCoreApplication::translate(
            "CalendarExport", "%1: the calendar could not be written as iCalendar")
                           .arg(shown);
        return result;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        result.error = QCoreApplication::translate("CalendarExport", "cannot write %1: %2")
                           .arg(shown, file.errorString());
        qCWarning(lcCalendar) << "export failed:" << result.error;
        return result;
    }
    qCInfo(lcCalendar) << "exported" << result.releases << "releases and" << result.milestones
                       << "milestones to" << fileName;
    return result;
}

Result exportCatalog(const CatalogStore &store, const QString &fileName, qint64 releaseId)
{
    QString error;
    const auto plans = ScheduleRepository(store.connection(&error)).plans(&error);
    if (!plans) {
        Result result;
        result.file = fileName;
        result.error
            = QCoreApplication::translate("CalendarExport", "cannot read the release plan for %1: %2")
                  .arg(QDir::toNativeSeparators(fileName), error);
        return result;
    }
    return exportPlans(*plans, fileName, releaseId);
}

} // namespace Imprint::CalendarExport
