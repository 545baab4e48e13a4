// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AttachCutdownsCommand.h"
#include "OpenCatalog.h"
#include "Output.h"

#include "delivery/CutdownImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

int runAttachCutdowns(
    const CatalogStore &store, const AttachCutdownsOptions &options, const std::atomic_bool &cancel)
{
    bool idOk = false;
    const qint64 trackId = options.track.toLongLong(&idOk);
    if (options.files.isEmpty() || !idOk || trackId <= 0) {
        print(stderr,
            QCoreApplication::translate("CommandLine",
                "usage: imprint [--catalog FILE] attach-cutdowns FILE... --track ID [--json]"));
        return 2;
    }
    if (!openCatalogToChange(store))
        return 1;
    const Delivery::CutdownImportResult result
        = Delivery::importCutdowns(store, { options.files, trackId }, cancel);
    if (options.json) {
        QJsonObject object { { u"ok"_s, result.ok() }, { u"cancelled"_s, result.cancelled },
            { u"folder"_s, result.folder }, { u"added"_s, QJsonArray::fromStringList(result.added) },
            { u"alreadyAttached"_s, QJsonArray::fromStringList(result.alreadyAttached) } };
        if (!result.error.isEmpty())
            object.insert(u"error"_s, result.error);
        std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
        std::fflush(stdout);
    } else if (result.ok()) {
        for (const QString &path : result.added)
            print(stdout, QDir::toNativeSeparators(path));
        for (const QString &name : result.alreadyAttached)
            print(stdout, QCoreApplication::translate("CommandLine", "%1: attached already").arg(name));
        if (!result.added.isEmpty())
            print(stdout,
                QCoreApplication::translate(
                    "CommandLine", "Attached %n cut-down(s) to track %1", nullptr, int(result.added.size()))
                    .arg(trackId));
        else
            print(stdout,
                QCoreApplication::translate("CommandLine", "Track %1 has these cut-downs already")
                    .arg(trackId));
    } else if (!result.cancelled) {
        print(stderr, QCoreApplication::translate("CommandLine", "imprint: %1").arg(result.error));
    }
    if (result.cancelled)
        return 130;
    return result.ok() ? 0 : 1;
}

} // namespace Imprint::CommandLine
