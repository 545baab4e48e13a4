// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "NewReleaseCommand.h"

#include "OpenCatalog.h"
#include "Output.h"

#include "releases/ReleaseCreation.h"
#include "schedule/ScheduleRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

// Text::tr() files the messages under a context lupdate finds (a free tr() would not be).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(NewReleaseCommand)
};

QJsonValue isoOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

int runNewRelease(const CatalogStore &store, const NewReleaseOptions &options)
{
    if (options.title.isEmpty() || options.artist.isEmpty()) {
        print(stderr,
            Text::tr("usage: imprint [--catalog FILE] new-release --title TITLE --artist ARTIST "
                     "[--date YYYY-MM-DD] [--type single|ep|album|compilation] [--json]"));
        return 2;
    }
    QString error;
    const auto release
        = ReleaseCreation::normalized(options.title, options.artist, options.type, options.date, &error);
    if (!release) {
        print(stderr, Text::tr("imprint: %1").arg(error));
        return 2;
    }
    if (!openCatalogToCreate(store))
        return 1;
    QSqlDatabase db = store.connection(&error);
    const auto id = db.isValid() ? ReleaseCreation::create(db, *release, &error) : std::nullopt;
    if (!id) {
        print(stderr, Text::tr("imprint: “%1” was not created: %2").arg(release->title, error));
        return 1;
    }
    const auto milestones = ScheduleRepository(db).milestones(*id, &error).value_or(QList<Milestone>());

    if (options.json) {
        QJsonArray plan;
        for (const Milestone &milestone : milestones)
            plan.append(QJsonObject { { u"id"_s, milestone.id }, { u"key"_s, milestone.key },
                { u"name"_s, milestone.name }, { u"dueDate"_s, isoOrNull(milestone.dueDate) },
                { u"hardLimit"_s, isoOrNull(milestone.hardLimit) }, { u"required"_s, milestone.required } });
        const QJsonObject object { { u"id"_s, *id }, { u"title"_s, release->title },
            { u"artist"_s, release->artist }, { u"type"_s, release->type },
            { u"releaseDate"_s, isoOrNull(release->releaseDate) }, { u"milestones"_s, plan } };
        std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
        std::fflush(stdout);
        return 0;
    }
    print(stdout,
        Text::tr("Created release %1: “%2” by %3 (%4)")
            .arg(*id)
            .arg(release->title, release->artist, release->type));
    if (!release->releaseDate.isValid()) {
        print(stdout,
            Text::tr("Not scheduled yet: give it a date on the Calendar page to plan its milestones."));
        return 0;
    }
    print(stdout, Text::tr("Release date %1; milestones:").arg(release->releaseDate.toString(Qt::ISODate)));
    for (const Milestone &milestone : milestones)
        print(stdout, u"  %1  %2"_s.arg(milestone.dueDate.toString(Qt::ISODate), milestone.name));
    return 0;
}

} // namespace Imprint::CommandLine
