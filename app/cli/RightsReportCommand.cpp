// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "RightsReportCommand.h"
#include "OpenCatalog.h"
#include "Output.h"

#include "reports/RightsSheetPdf.h"
#include "rights/RightsReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RightsReportCommand)
};

} // namespace

int runRightsReport(const CatalogStore &store, const RightsReportOptions &options)
{
    bool ok = false;
    const bool byTrack = !options.track.isEmpty();
    const qint64 id = (byTrack ? options.track : options.release).toLongLong(&ok);
    if (byTrack == !options.release.isEmpty() || !ok || id <= 0) {
        print(stderr,
            Text::tr(
                "usage: imprint --catalog FILE rights-report (--track ID | --release ID) [--pdf OUT.pdf] "
                "[--json]"));
        return 2;
    }
    if (!openExistingCatalog(store))
        return 1;
    QString error;
    QSqlDatabase db = store.connection(&error);
    const auto report = db.isValid()
        ? RightsReport::build(db, store.libraryRoot(), QDate::currentDate(),
              byTrack ? RightsReport::Scope::Track : RightsReport::Scope::Release, id, &error)
        : std::nullopt;
    if (!report) {
        print(stderr, Text::tr("imprint: %1").arg(error));
        return 1;
    }
    if (!options.pdf.isEmpty() && !RightsSheetPdf::write(*report, options.pdf, &error)) {
        print(stderr,
            Text::tr("imprint: cannot write %1: %2").arg(QDir::toNativeSeparators(options.pdf), error));
        return 1;
    }
    if (options.json) {
        std::fputs(QJsonDocument(*report).toJson(QJsonDocument::Indented).constData(), stdout);
        std::fflush(stdout);
        return 0;
    }
    // A short text summary: each track's verdict per use.
    for (const QJsonValue &value : report->value(u"tracks"_s).toArray()) {
        const QJsonObject track = value.toObject();
        QStringList verdicts;
        const QJsonObject readiness = track.value(u"readiness"_s).toObject();
        for (const QString &use : { u"content"_s, u"streaming"_s, u"sync"_s, u"commercial"_s })
            verdicts.append(
                u"%1=%2"_s.arg(use, readiness.value(use).toObject().value(u"verdict"_s).toString()));
        print(stdout,
            u"%1\t%2\t%3"_s.arg(track.value(u"trackId"_s).toInteger())
                .arg(track.value(u"title"_s).toString(), verdicts.join(u' ')));
    }
    if (!options.pdf.isEmpty())
        print(stdout, Text::tr("Rights sheet: %1").arg(QDir::toNativeSeparators(options.pdf)));
    return 0;
}

} // namespace Imprint::CommandLine
