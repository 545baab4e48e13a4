// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReleaseCreation.h"

#include "catalog/SqlTransaction.h"
#include "credits/CreditQueries.h"
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

std::optional<NewRelease> normalized(
    const QString &title, const QString &artist, const QString &type, const QString &isoDate, QString *error)
{
    const auto refused = [error](const QString &reason) -> std::optional<NewRelease> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    NewRelease release;
    release.title = title.simplified();
    release.artist = artist.simplified();
    release.type = type.trimmed().toLower();
    if (release.type.isEmpty())
        release.type = u"single"_s;
    if (release.title.isEmpty())
        return refused(Text::tr("A release needs a title."));
    if (release.artist.isEmpty())
        return refused(Text::tr("A release needs an artist."));
    if (!ScheduleTemplate::releaseTypes().contains(release.type))
        return refused(Text::tr("“%1” is not a release type: choose single, EP, album or compilation.")
                .arg(type.trimmed()));
    const QString dateText = isoDate.trimmed();
    if (!dateText.isEmpty()) {
        release.releaseDate = QDate::fromString(dateText, Qt::ISODate);
        if (!release.releaseDate.isValid())
            return refused(Text::tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(dateText));
        // The plan reaches weeks before and after the release date; all of it must fit.
        if (!Schedule::isSupported(release.releaseDate)
            || Schedule::deriveMilestones(ScheduleTemplate::defaultFor(release.type), 0, release.releaseDate)
                .isEmpty())
            return refused(Text::tr("%1 is outside the dates a plan can use.").arg(dateText));
    }
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

    const qint64 artistId = CreditQueries::findOrCreateParty(db, release.artist, error);
    if (artistId == 0)
        return std::nullopt;
    query.prepare(u"INSERT INTO releases(title, release_type, primary_artist_id, release_date) "
                  "VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(release.title);
    query.addBindValue(release.type);
    query.addBindValue(artistId);
    query.addBindValue(release.releaseDate.isValid() ? QVariant(release.releaseDate.toString(Qt::ISODate))
                                                     : QVariant(QMetaType::fromType<QString>()));
    if (!query.exec())
        return failed(query, error);
    const qint64 id = query.lastInsertId().toLongLong();

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
