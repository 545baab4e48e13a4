// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReleaseCreation.h"

#include "catalog/PartyQueries.h"
#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"
#include "schedule/Schedule.h"
#include "schedule/ScheduleRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::ReleaseCreation
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReleaseCreation)
};

std::optional<qint64> refuse(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return std::nullopt;
}

std::optional<qint64> failed(const QSqlQuery &query, QString *error)
{
    return refuse(error, query.lastError().text());
}

} // namespace

QMap<QString, QString> problems(
    const QString &title, const QString &artist, const QString &type, const QString &isoDate)
{
    QMap<QString, QString> found;
    if (title.simplified().isEmpty())
        found.insert(u"title"_s, Text::tr("A release needs a title."));
    if (artist.simplified().isEmpty())
        found.insert(u"artist"_s, Text::tr("A release needs an artist."));
    const QString typeKey = type.trimmed().isEmpty() ? u"single"_s : type.trimmed().toLower();
    const bool knownType = ScheduleTemplate::releaseTypes().contains(typeKey);
    if (!knownType)
        found.insert(u"type"_s,
            Text::tr("“%1” is not a release type: choose single, EP, album or compilation.")
                .arg(type.trimmed()));
    const QString dateText = isoDate.trimmed();
    if (!dateText.isEmpty()) {
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid())
            found.insert(
                u"releaseDate"_s, Text::tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(dateText));
        // The plan reaches weeks before and after the release date; all of it must fit.
        else if (!Schedule::isSupported(date)
            || Schedule::deriveMilestones(
                ScheduleTemplate::defaultFor(knownType ? typeKey : u"single"_s), 0, date)
                .isEmpty())
            found.insert(u"releaseDate"_s, Text::tr("%1 is outside the dates a plan can use.").arg(dateText));
    }
    return found;
}

std::optional<NewRelease> normalized(
    const QString &title, const QString &artist, const QString &type, const QString &isoDate, QString *error)
{
    const QMap<QString, QString> found = problems(title, artist, type, isoDate);
    // The first problem in the form's order.
    for (const QString &field : { u"title"_s, u"artist"_s, u"type"_s, u"releaseDate"_s }) {
        if (found.contains(field)) {
            if (error)
                *error = found.value(field);
            return std::nullopt;
        }
    }
    NewRelease release;
    release.title = title.simplified();
    release.artist = artist.simplified();
    release.type = type.trimmed().isEmpty() ? u"single"_s : type.trimmed().toLower();
    release.releaseDate = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    return release;
}

std::optional<qint64> create(QSqlDatabase db, const NewRelease &release, QString *error)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return refuse(error, transaction.error());

    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM releases r JOIN parties p ON p.id = r.primary_artist_id "
                  "WHERE r.title = ? COLLATE NOCASE AND p.name = ? COLLATE NOCASE LIMIT 1"_s);
    query.addBindValue(release.title);
    query.addBindValue(release.artist);
    if (!query.exec())
        return failed(query, error);
    if (query.next())
        return refuse(
            error, Text::tr("“%1” by %2 is already in the catalog.").arg(release.title, release.artist));

    const qint64 artistId = PartyQueries::findOrCreate(db, release.artist, error);
    if (artistId == 0)
        return std::nullopt;
    query.prepare(u"INSERT INTO releases(title, release_type, primary_artist_id, release_date) "
                  "VALUES (?, ?, ?, ?) RETURNING id"_s);
    query.addBindValue(release.title);
    query.addBindValue(release.type);
    query.addBindValue(artistId);
    query.addBindValue(release.releaseDate.isValid() ? QVariant(release.releaseDate.toString(Qt::ISODate))
                                                     : QVariant(QMetaType::fromType<QString>()));
    if (!query.exec())
        return failed(query, error);
    const qint64 id = returnedId(query);

    if (release.releaseDate.isValid()) {
        const ScheduleRepository schedule(db);
        const auto templates = schedule.templates(error);
        if (!templates)
            return std::nullopt;
        const ScheduleTemplate scheduleTemplate
            = templates->value(release.type, ScheduleTemplate::defaultFor(release.type));
        QList<Milestone> milestones = Schedule::deriveMilestones(scheduleTemplate, id, release.releaseDate);
        if (milestones.isEmpty() && !scheduleTemplate.milestones.isEmpty())
            return refuse(error,
                Text::tr("%1 is outside the dates a plan can use.")
                    .arg(release.releaseDate.toString(Qt::ISODate)));
        if (!schedule.writeMilestones(id, milestones, error))
            return std::nullopt;
    }
    if (!transaction.commit())
        return refuse(error, transaction.error());
    return id;
}

} // namespace Imprint::ReleaseCreation
