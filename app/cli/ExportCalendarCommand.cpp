// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ExportCalendarCommand.h"
#include "OpenCatalog.h"
#include "Output.h"

#include "calendar/CalendarExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

int runExportCalendar(const CatalogStore &store, const QStringList &args, const QString &release, bool json)
{
    bool idOk = true;
    const qint64 releaseId = release.isEmpty() ? 0 : release.toLongLong(&idOk);
    if (args.size() != 1 || !idOk || releaseId < 0) {
        print(stderr,
            QCoreApplication::translate("CommandLine",
                "usage: imprint [--catalog FILE] export-calendar [--release ID] [--json] OUT.ics"));
        return 2;
    }
    if (!openExistingCatalog(store))
        return 1;
    QString error;
    const QString out = args.constFirst();
    const CalendarExport::Result result = CalendarExport::exportCatalog(store, out, releaseId);
    if (json) {
        QJsonObject object { { u"file"_s, QDir(out).absolutePath() }, { u"ok"_s, result.ok() },
            { u"releases"_s, result.releases }, { u"milestones"_s, result.milestones },
            { u"done"_s, result.done } };
        if (!result.ok())
            object.insert(u"error"_s, result.error);
        std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
        std::fflush(stdout);
    } else if (result.ok()) {
        print(stdout,
            QCoreApplication::translate("CommandLine", "Exported %1 releases and %2 milestones to %3")
                .arg(result.releases)
                .arg(result.milestones)
                .arg(QDir::toNativeSeparators(out)));
    } else {
        print(stderr, QCoreApplication::translate("CommandLine", "imprint: %1").arg(result.error));
    }
    return result.ok() ? 0 : 1;
}

} // namespace Imprint::CommandLine
