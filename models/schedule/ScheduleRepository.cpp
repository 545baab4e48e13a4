// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ScheduleRepository.h"

#include "Schedule.h"
#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

// Text::tr() files messages under "ScheduleRepository", the context they are looked up under at run time
// (a tr() inside Imprint::ScheduleRepository would be filed under the namespaced name and never found).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScheduleRepository)
};

bool failed(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

QVariant isoDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// A null QString binds as SQL NULL; key and notes are NOT NULL with '' for "none".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QDate fromIso(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

constexpr auto milestoneColumns
    = "id, release_id, template_key, name, due_date, hard_limit, required, done, derived, notes";

Milestone readMilestone(const QSqlQuery &query)
{
    Milestone milestone;
    milestone.id = query.value(0).toLongLong();
    milestone.releaseId = query.value(1).toLongLong();
    milestone.key = query.value(2).toString();
    milestone.name = ScheduleTemplate::shownName(milestone.key, query.value(3).toString());
    milestone.dueDate = fromIso(query.value(4));
    milestone.hardLimit = fromIso(query.value(5));
    milestone.required = query.value(6).toBool();
    milestone.done = query.value(7).toBool();
    milestone.derived = query.value(8).toBool();
    milestone.notes = query.value(9).toString();
    return milestone;
}

} // namespace

ScheduleRepository::ScheduleRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<QList<Milestone>> ScheduleRepository::milestones(qint64 releaseId, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM milestones WHERE release_id = ? ORDER BY due_date, id"_s.arg(
        QLatin1StringView(milestoneColumns)));
    query.addBindValue(releaseId);
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    QList<Milestone> result;
    while (query.next())
        result.append(readMilestone(query));
    return result;
}

bool ScheduleRepository::writeMilestones(qint64 releaseId, QList<Milestone> &milestones, QString *error) const
{
    QSet<qint64> keep;
    for (const Milestone &milestone : milestones) {
        if (milestone.id != 0)
            keep.insert(milestone.id);
    }
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM milestones WHERE release_id = ?"_s);
    query.addBindValue(releaseId);
    if (!query.exec())
        return failed(query, error);
    QList<qint64> remove;
    while (query.next()) {
        if (!keep.contains(query.value(0).toLongLong()))
            remove.append(query.value(0).toLongLong());
    }
    query.prepare(u"DELETE FROM milestones WHERE id = ?"_s);
    for (qint64 id : remove) {
        query.addBindValue(id);
        if (!query.exec())
            return failed(query, error);
    }

    QSqlQuery insert(m_db);
    insert.prepare(
        u"INSERT INTO milestones(release_id, template_key, name, due_date, hard_limit, required, done, "
        "derived, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    QSqlQuery update(m_db);
    update.prepare(
        u"UPDATE milestones SET template_key = ?, name = ?, due_date = ?, hard_limit = ?, required = ?, "
        "done = ?, derived = ?, notes = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE id = ? AND release_id = ?"_s);
    for (Milestone &milestone : milestones) {
        if (!Schedule::isSupported(milestone.dueDate)) {
            if (error)
                *error = QCoreApplication::translate("ScheduleRepository", "“%1” has no valid due date")
                             .arg(milestone.name);
            return false;
        }
        QSqlQuery &statement = milestone.id == 0 ? insert : update;
        if (milestone.id == 0)
            statement.addBindValue(releaseId);
        for (const QVariant &value :
            { text(milestone.key), QVariant(ScheduleTemplate::storedName(milestone.key, milestone.name)),
                isoDate(milestone.dueDate), isoDate(milestone.hardLimit), QVariant(int(milestone.required)),
                QVariant(int(milestone.done)), QVariant(int(milestone.derived)), text(milestone.notes) })
            statement.addBindValue(value);
        if (milestone.id != 0) {
            statement.addBindValue(milestone.id);
            statement.addBindValue(releaseId);
        }
        if (!statement.exec())
            return failed(statement, error);
        if (milestone.id == 0)
            milestone.id = returnedId(statement);
        else if (statement.numRowsAffected() != 1) {
            if (error)
                *error = QCoreApplication::translate(
                    "ScheduleRepository", "milestone %1 is not part of release %2")
                             .arg(milestone.id)
                             .arg(releaseId);
            return false;
        }
        milestone.releaseId = releaseId;
    }
    return true;
}

bool ScheduleRepository::saveMilestones(qint64 releaseId, QList<Milestone> &milestones, QString *error) const
{
    SqlTransaction transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    // Work on a copy so a failed save does not leave half-assigned ids behind.
    QList<Milestone> written = milestones;
    if (!writeMilestones(releaseId, written, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    milestones = written;
    return true;
}

std::optional<QList<ReleasePlan>> ScheduleRepository::plans(QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT r.id, r.title, coalesce(r.release_type, ''), coalesce(r.primary_artist_id, 0), "
                    "coalesce(p.name, ''), r.release_date FROM releases r "
                    "LEFT JOIN parties p ON p.id = r.primary_artist_id ORDER BY r.release_date, r.id"_s)) {
        failed(query, error);
        return std::nullopt;
    }
    QList<ReleasePlan> result;
    QHash<qint64, qsizetype> indexOf;
    while (query.next()) {
        ReleasePlan plan;
        plan.releaseId = query.value(0).toLongLong();
        plan.title = query.value(1).toString();
        plan.releaseType = query.value(2).toString();
        plan.primaryArtistId = query.value(3).toLongLong();
        plan.primaryArtist = query.value(4).toString();
        plan.releaseDate = fromIso(query.value(5));
        indexOf.insert(plan.releaseId, result.size());
        result.append(plan);
    }
    if (!query.exec(u"SELECT %1 FROM milestones ORDER BY release_id, due_date, id"_s.arg(
            QLatin1StringView(milestoneColumns)))) {
        failed(query, error);
        return std::nullopt;
    }
    while (query.next()) {
        const Milestone milestone = readMilestone(query);
        result[indexOf.value(milestone.releaseId)].milestones.append(milestone);
    }
    return result;
}

bool ScheduleRepository::moveRelease(qint64 releaseId, QDate newDate, QString *error) const
{
    SqlTransaction transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(u"SELECT release_date, coalesce(release_type, 'single') FROM releases WHERE id = ?"_s);
    query.addBindValue(releaseId);
    if (!query.exec())
        return failed(query, error);
    if (!query.next()) {
        if (error)
            *error = Text::tr("release %1 does not exist").arg(releaseId);
        return false;
    }
    const QDate oldDate = fromIso(query.value(0));
    const QString releaseType = query.value(1).toString();
    auto current = milestones(releaseId, error);
    if (!current)
        return false;

    std::optional<QList<Milestone>> moved;
    if (current->isEmpty() || !oldDate.isValid()) {
        // First scheduling: derive the plan, keeping any tasks the user added by hand.
        const auto all = templates(error);
        if (!all)
            return false;
        QList<Milestone> derived = Schedule::deriveMilestones(all->value(releaseType), releaseId, newDate);
        if (!derived.isEmpty()) {
            for (const Milestone &milestone : std::as_const(*current)) {
                if (!milestone.derived)
                    derived.append(milestone);
            }
            moved = derived;
        }
    } else {
        moved = Schedule::moveRelease(*current, oldDate, newDate);
    }
    if (!moved || moved->isEmpty()) {
        if (error)
            *error = Text::tr("%1 is outside the dates a plan can use").arg(newDate.toString(Qt::ISODate));
        return false;
    }
    query.prepare(u"UPDATE releases SET release_date = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                  "WHERE id = ?"_s);
    query.addBindValue(isoDate(newDate));
    query.addBindValue(releaseId);
    if (!query.exec())
        return failed(query, error);
    if (!writeMilestones(releaseId, *moved, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

bool ScheduleRepository::restorePlan(
    qint64 releaseId, QDate releaseDate, QList<Milestone> &milestones, QString *error) const
{
    SqlTransaction transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE releases SET release_date = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                  "WHERE id = ?"_s);
    query.addBindValue(isoDate(releaseDate));
    query.addBindValue(releaseId);
    if (!query.exec())
        return failed(query, error);
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = QCoreApplication::translate("ScheduleRepository", "release %1 does not exist")
                         .arg(releaseId);
        return false;
    }
    query.prepare(u"SELECT id FROM milestones WHERE release_id = ?"_s);
    query.addBindValue(releaseId);
    if (!query.exec())
        return failed(query, error);
    QSet<qint64> existing;
    while (query.next())
        existing.insert(query.value(0).toLongLong());
    QList<Milestone> written = milestones;
    for (Milestone &milestone : written) {
        if (!existing.contains(milestone.id))
            milestone.id = 0; // deleted since the snapshot (an undone task): insert it again
    }
    if (!writeMilestones(releaseId, written, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    milestones = written;
    return true;
}

std::optional<QHash<QString, ScheduleTemplate>> ScheduleRepository::templates(QString *error) const
{
    QHash<QString, ScheduleTemplate> result;
    for (const ScheduleTemplate &scheduleTemplate : ScheduleTemplate::defaults())
        result.insert(scheduleTemplate.releaseType, scheduleTemplate);
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT release_type, definition FROM schedule_templates"_s)) {
        failed(query, error);
        return std::nullopt;
    }
    while (query.next()) {
        const QJsonObject json = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        QString problem;
        auto stored = ScheduleTemplate::fromJson(json, &problem);
        if (stored && stored->releaseType != query.value(0).toString())
            stored.reset();
        if (!stored) {
            if (error)
                *error = QCoreApplication::translate(
                    "ScheduleRepository", "the stored template for %1 is damaged %2")
                             .arg(query.value(0).toString(), problem);
            return std::nullopt;
        }
        for (MilestoneDefinition &definition : stored->milestones)
            definition.name = ScheduleTemplate::shownName(definition.key, definition.name);
        result.insert(stored->releaseType, *stored);
    }
    return result;
}

bool ScheduleRepository::saveTemplate(const ScheduleTemplate &scheduleTemplate, QString *error) const
{
    if (const QString problem = scheduleTemplate.validate(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    SqlTransaction transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO schedule_templates(release_type, definition) VALUES (?, ?) "
                  "ON CONFLICT(release_type) DO UPDATE SET definition = excluded.definition, "
                  "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"_s);
    ScheduleTemplate stored = scheduleTemplate;
    for (MilestoneDefinition &definition : stored.milestones)
        definition.name = ScheduleTemplate::storedName(definition.key, definition.name);
    query.addBindValue(scheduleTemplate.releaseType);
    query.addBindValue(QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return failed(query, error);
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

bool ScheduleRepository::resetTemplate(const QString &releaseType, QString *error) const
{
    SqlTransaction transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM schedule_templates WHERE release_type = ?"_s);
    query.addBindValue(releaseType);
    if (!query.exec())
        return failed(query, error);
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace Imprint
