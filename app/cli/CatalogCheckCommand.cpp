// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogCheckCommand.h"

#include "analysis/CatalogAnalysis.h"
#include "quality/AnalysisRepository.h"
#include "quality/QualityCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogCheckCommand", text);
}

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fputc('\n', stream);
}

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(std::round(value * 100.0) / 100.0) : QJsonValue::Null;
}

QJsonObject toJson(const TrackQualityRow &row, const std::optional<QualityReport> &report)
{
    QJsonObject object { { u"trackId"_s, row.trackId }, { u"title"_s, row.title },
        { u"version"_s, row.version }, { u"artist"_s, row.artist }, { u"path"_s, row.relativePath },
        { u"verdict"_s, report ? verdictName(report->verdict) : u"none"_s } };
    if (row.facts && row.facts->decoded) {
        const AnalysisFacts &f = *row.facts;
        object.insert(u"integratedLufs"_s, number(f.integratedLufs));
        object.insert(u"truePeakDbtp"_s, number(f.truePeakDbtp));
        object.insert(u"loudnessRangeLu"_s, number(f.loudnessRangeLu));
        object.insert(u"clipRuns"_s, f.clipRuns);
        object.insert(u"trailingSilenceSeconds"_s, number(f.trailingSilenceSeconds));
    }
    if (report) {
        QJsonArray checks;
        for (const QualityCheck &c : report->checks) {
            checks.append(QJsonObject { { u"id"_s, c.id }, { u"verdict"_s, verdictName(c.verdict) },
                { u"value"_s, number(c.value) }, { u"measured"_s, c.measured }, { u"limit"_s, c.limit },
                { u"fix"_s, c.fix } });
        }
        object.insert(u"checks"_s, checks);
        object.insert(u"fixes"_s, QJsonArray::fromStringList(report->fixes()));
    }
    return object;
}

} // namespace

int runCatalogCheck(
    const CatalogStore &store, const QString &profileKey, bool json, const std::atomic_bool &interrupted)
{
    QString error;
    QSqlDatabase db = store.connection(&error);
    const auto profiles = db.isValid() ? AnalysisRepository::profiles(db, &error) : std::nullopt;
    if (!profiles) {
        print(stderr, tr("imprint: cannot read the catalog: %1").arg(error));
        return 1;
    }
    const QString key = profileKey.isEmpty() ? u"streaming"_s : profileKey.toLower();
    const auto profile = std::find_if(
        profiles->cbegin(), profiles->cend(), [&](const QualityProfile &p) { return p.key == key; });
    if (profile == profiles->cend()) {
        QStringList keys;
        for (const QualityProfile &p : *profiles)
            keys.append(p.key);
        print(stderr,
            tr("imprint: unknown profile '%1'; choose one of: %2").arg(profileKey, keys.join(u", "_s)));
        return 2;
    }

    CatalogAnalysis analysis(store);
    const bool terminal = !json && isatty(STDERR_FILENO);
    if (terminal) {
        analysis.setProgressCallback([](int done, int total, const QString &) {
            if (total > 0) {
                std::fprintf(stderr, "\r%s", qPrintable(tr("Analysing… %1/%2").arg(done).arg(total)));
                std::fflush(stderr);
            }
        });
    }
    const CatalogAnalysisSummary summary = analysis.run(interrupted);
    if (terminal)
        std::fputs("\n", stderr);
    if (!summary.fatalError.isEmpty()) {
        print(stderr, tr("imprint: %1").arg(summary.fatalError));
        return 1;
    }
    const auto rows = AnalysisRepository::trackRows(db, &error);
    if (!rows) {
        print(stderr, tr("imprint: cannot read the catalog: %1").arg(error));
        return 1;
    }

    int failing = 0;
    QJsonArray tracks;
    for (const TrackQualityRow &row : *rows) {
        const std::optional<QualityReport> report
            = row.facts ? std::optional(evaluate(*profile, *row.facts)) : std::nullopt;
        failing += report && report->verdict == Verdict::Fail ? 1 : 0;
        if (json) {
            tracks.append(toJson(row, report));
            continue;
        }
        const QString verdict = report ? verdictName(report->verdict).toUpper() : u"----"_s;
        const QString title = row.version.isEmpty() ? row.title : u"%1 (%2)"_s.arg(row.title, row.version);
        QString line = u"%1  %2"_s.arg(verdict, title);
        if (row.facts && row.facts->decoded)
            line += u"  [%1 LUFS, %2 dBTP]"_s.arg(
                formatLevel(row.facts->integratedLufs), formatLevel(row.facts->truePeakDbtp));
        print(stdout, line);
        if (report) {
            for (const QString &fix : report->fixes())
                print(stdout, u"      "_s + fix);
        } else if (row.assetId == 0) {
            print(stdout, u"      "_s + tr("no master"));
        }
    }
    for (const QString &problem : summary.problems)
        print(stderr, problem);
    if (json) {
        const QJsonObject object { { u"profile"_s, profile->key }, { u"analysed"_s, summary.analysed },
            { u"upToDate"_s, summary.upToDate }, { u"failing"_s, failing },
            { u"problems"_s, QJsonArray::fromStringList(summary.problems) },
            { u"cancelled"_s, summary.cancelled }, { u"seconds"_s, number(summary.elapsedMs / 1000.0) },
            { u"audioSeconds"_s, number(summary.audioSeconds) }, { u"tracks"_s, tracks } };
        std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        print(stdout, summary.describe());
    }
    std::fflush(stdout);
    if (summary.cancelled)
        return 130;
    return failing > 0 || summary.missing > 0 ? 1 : 0;
}

} // namespace Imprint::CommandLine
