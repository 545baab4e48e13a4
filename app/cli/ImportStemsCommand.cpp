// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ImportStemsCommand.h"
#include "OpenCatalog.h"
#include "Output.h"

#include "delivery/StemImport.h"
#include "platform/Terminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

QJsonObject toJson(const Delivery::StemImportResult &result)
{
    QJsonArray stems;
    for (const Delivery::ImportedStem &stem : result.stems)
        stems.append(QJsonObject { { u"entry"_s, stem.entry }, { u"stemType"_s, stem.stemType },
            { u"path"_s, stem.relPath }, { u"sha256"_s, stem.sha256 }, { u"sampleRate"_s, stem.sampleRate },
            { u"frames"_s, stem.frames }, { u"durationMs"_s, stem.durationMs },
            { u"alreadyAttached"_s, stem.alreadyAttached } });
    QJsonArray mismatches;
    for (const Delivery::StemMismatch &mismatch : result.mismatches)
        mismatches.append(QJsonObject { { u"entry"_s, mismatch.entry }, { u"message"_s, mismatch.message } });
    QJsonObject object { { u"ok"_s, result.ok() }, { u"cancelled"_s, result.cancelled },
        { u"refused"_s, result.refusedByChecks }, { u"added"_s, result.added() },
        { u"folder"_s, result.folder }, { u"stems"_s, stems }, { u"mismatches"_s, mismatches },
        { u"skipped"_s, QJsonArray::fromStringList(result.skipped) },
        { u"master"_s,
            QJsonObject { { u"path"_s, result.masterRelPath }, { u"sampleRate"_s, result.masterSampleRate },
                { u"durationMs"_s, result.masterDurationMs } } } };
    if (!result.error.isEmpty())
        object.insert(u"error"_s, result.error);
    return object;
}

} // namespace

int runImportStems(
    const CatalogStore &store, const ImportStemsOptions &options, const std::atomic_bool &cancel)
{
    bool idOk = false;
    const qint64 trackId = options.track.toLongLong(&idOk);
    if (options.args.size() != 1 || !idOk || trackId <= 0) {
        print(stderr,
            QCoreApplication::translate("CommandLine",
                "usage: imprint [--catalog FILE] import-stems ARCHIVE --track ID [--force] [--json]"));
        return 2;
    }
    if (!openCatalogToChange(store))
        return 1;
    QString error;
    const bool terminal = !options.json && Platform::isTerminal(stderr);
    const Delivery::StemImportResult result = Delivery::importStems(store,
        { options.args.constFirst(), trackId, options.force }, cancel, [terminal](qint64 done, qint64) {
            if (terminal)
                std::fprintf(stderr, "\r%s",
                    qPrintable(
                        QCoreApplication::translate("CommandLine", "Unpacking… %1 MiB").arg(done >> 20)));
        });
    if (terminal)
        std::fputs("\n", stderr);
    if (options.json) {
        std::fputs(QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented).constData(), stdout);
        std::fflush(stdout);
    } else if (result.ok()) {
        for (const Delivery::ImportedStem &stem : result.stems) {
            print(stdout,
                stem.alreadyAttached
                    ? QCoreApplication::translate("CommandLine", "%1: %2, attached already")
                          .arg(stem.entry, stem.stemType)
                    : QCoreApplication::translate("CommandLine", "%1: %2 → %3")
                          .arg(stem.entry, stem.stemType, QDir::toNativeSeparators(stem.relPath)));
        }
        for (const Delivery::StemMismatch &mismatch : result.mismatches)
            print(stderr,
                QCoreApplication::translate("CommandLine", "warning: %1")
                    .arg(mismatch.entry.isEmpty() ? mismatch.message
                                                  : mismatch.entry + u": "_s + mismatch.message));
        for (const QString &skipped : result.skipped)
            print(stderr, QCoreApplication::translate("CommandLine", "skipped: %1").arg(skipped));
        print(stdout,
            QCoreApplication::translate(
                "CommandLine", "Attached %n stem(s) to track %1", nullptr, result.added())
                .arg(trackId));
    } else if (!result.cancelled) {
        print(stderr, QCoreApplication::translate("CommandLine", "imprint: %1").arg(result.error));
        if (result.refusedByChecks)
            print(stderr,
                QCoreApplication::translate("CommandLine",
                    "Use --force to attach them anyway, or ask for stems rendered from the master."));
    }
    if (result.cancelled)
        return 130;
    return result.ok() ? 0 : 1;
}

} // namespace Imprint::CommandLine
