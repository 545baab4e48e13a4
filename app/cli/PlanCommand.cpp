// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "PlanCommand.h"
#include "OpenCatalog.h"
#include "Output.h"

#include "identifiers/Isrc.h"
#include "media/ArtworkImport.h"
#include "releases/PlannedTracks.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

int fail(bool json, const QString &message)
{
    if (json)
        printJson(QJsonObject { { u"ok"_s, false }, { u"error"_s, message } });
    else
        print(stderr, QCoreApplication::translate("CommandLine", "imprint: %1").arg(message));
    return 1;
}

QString value(const QCommandLineParser &parser, const QString &name)
{
    return parser.isSet(name) ? parser.value(name) : QString();
}

int runAddTrack(const CatalogStore &store, qint64 releaseId, const QCommandLineParser &parser, bool json)
{
    const PlannedTracks::PlannedTrack track { value(parser, u"title"_s), value(parser, u"artist"_s),
        value(parser, u"track-version"_s), value(parser, u"isrc"_s) };
    QString error;
    const auto trackId = PlannedTracks::create(store.connection(&error), releaseId, track, &error);
    if (!trackId)
        return fail(json, error);
    QSqlQuery query(store.connection());
    query.prepare(u"SELECT t.title, t.display_artist, t.version, coalesce(t.isrc, ''), rt.disc_number, "
                  "rt.track_number FROM tracks t JOIN release_tracks rt ON rt.track_id = t.id "
                  "WHERE t.id = ? AND rt.release_id = ?"_s);
    query.addBindValue(*trackId);
    query.addBindValue(releaseId);
    if (!query.exec() || !query.next())
        return fail(json, query.lastError().text());
    if (json) {
        printJson(QJsonObject { { u"ok"_s, true }, { u"trackId"_s, *trackId }, { u"releaseId"_s, releaseId },
            { u"title"_s, query.value(0).toString() }, { u"artist"_s, query.value(1).toString() },
            { u"version"_s, query.value(2).toString() }, { u"isrc"_s, query.value(3).toString() },
            { u"disc"_s, query.value(4).toInt() }, { u"number"_s, query.value(5).toInt() },
            { u"hasAudio"_s, false } });
    } else {
        print(stdout,
            QCoreApplication::translate("CommandLine", "Planned track %1: %2. %3 by %4 (no audio yet)")
                .arg(*trackId)
                .arg(query.value(5).toInt())
                .arg(query.value(2).toString().isEmpty()
                        ? query.value(0).toString()
                        : u"%1 (%2)"_s.arg(query.value(0).toString(), query.value(2).toString()),
                    query.value(1).toString()));
    }
    return 0;
}

int runSetArtwork(const CatalogStore &store, qint64 releaseId, const QString &image, bool json)
{
    const Media::ArtworkImportResult result = Media::importArtwork(store, releaseId, image);
    QString error = result.error;
    if (!result.ok || !Media::linkArtwork(store, releaseId, result.stored.assetId, &error))
        return fail(json, error);
    if (json) {
        printJson(QJsonObject { { u"ok"_s, true }, { u"releaseId"_s, releaseId },
            { u"assetId"_s, result.stored.assetId }, { u"path"_s, result.stored.relativePath },
            { u"sha256"_s, result.stored.sha256 }, { u"format"_s, result.facts.format },
            { u"width"_s, result.facts.width }, { u"height"_s, result.facts.height },
            { u"warnings"_s, QJsonArray::fromStringList(result.warnings) } });
    } else {
        for (const QString &warning : result.warnings)
            print(stderr, QCoreApplication::translate("CommandLine", "warning: %1").arg(warning));
        print(stdout,
            QCoreApplication::translate("CommandLine", "Artwork of release %1: %2 (%3, %4×%5 px)")
                .arg(releaseId)
                .arg(QDir::toNativeSeparators(result.stored.relativePath), result.facts.format)
                .arg(result.facts.width)
                .arg(result.facts.height));
    }
    return 0;
}

} // namespace

const QStringList &planCommands()
{
    static const QStringList names { u"add-track"_s, u"set-artwork"_s };
    return names;
}

QList<QCommandLineOption> planOptions()
{
    return {
        QCommandLineOption(u"title"_s,
            QCoreApplication::translate(
                "CommandLine", "new-release: the release's title; add-track: the planned track's title."),
            u"TITLE"_s),
        QCommandLineOption(u"artist"_s,
            QCoreApplication::translate("CommandLine",
                "new-release: the release's primary artist; add-track: the planned track's artist (default: "
                "the release's)."),
            u"ARTIST"_s),
        QCommandLineOption(u"track-version"_s,
            QCoreApplication::translate(
                "CommandLine", "add-track: the planned track's version (Radio Edit, Instrumental…)."),
            u"VERSION"_s),
        QCommandLineOption(u"isrc"_s,
            QCoreApplication::translate("CommandLine", "add-track: the planned track's ISRC."), u"ISRC"_s),
    };
}

int runPlanCommand(const QString &command, const CatalogStore &store, const QStringList &args,
    const QCommandLineParser &parser)
{
    const bool json = parser.isSet(u"json"_s);
    bool idOk = false;
    const qint64 releaseId = value(parser, u"release"_s).toLongLong(&idOk);
    const bool addTrack = command == u"add-track";
    if (!idOk || releaseId <= 0
        || (addTrack ? !args.isEmpty() || !parser.isSet(u"title"_s) : args.size() != 1)) {
        print(stderr,
            addTrack
                ? QCoreApplication::translate("CommandLine",
                      "usage: imprint [--catalog FILE] add-track --release ID --title TITLE [--artist A] "
                      "[--track-version V] [--isrc ISRC] [--json]")
                : QCoreApplication::translate("CommandLine",
                      "usage: imprint [--catalog FILE] set-artwork --release ID IMAGE [--json]"));
        return 2;
    }
    if (!openCatalogToChange(store))
        return 1;
    QString error;
    const int status = addTrack ? runAddTrack(store, releaseId, parser, json)
                                : runSetArtwork(store, releaseId, args.constFirst(), json);
    store.closeThreadConnection();
    return status;
}

} // namespace Imprint::CommandLine
