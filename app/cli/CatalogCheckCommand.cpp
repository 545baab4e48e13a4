// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogCheckCommand.h"
#include "Output.h"

#include "analysis/CatalogAnalysis.h"
#include "platform/Terminal.h"
#include "quality/AnalysisRepository.h"
#include "quality/QualityCheck.h"
#include "quality/StemCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CatalogCheckCommand)
};

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(std::round(value * 100.0) / 100.0) : QJsonValue::Null;
}

QJsonArray checksJson(const QualityReport &report)
{
    QJsonArray checks;
    for (const QualityCheck &c : report.checks) {
        checks.append(QJsonObject { { u"id"_s, c.id }, { u"verdict"_s, verdictName(c.verdict) },
            { u"value"_s, number(c.value) }, { u"measured"_s, c.measured }, { u"limit"_s, c.limit },
            { u"fix"_s, c.fix } });
    }
    return checks;
}

QJsonObject toJson(const QualityProfile &profile, const TrackQualityRow &row,
    const std::optional<QualityReport> &report, const QualityReport &stems)
{
    QJsonObject object { { u"trackId"_s, row.trackId }, { u"title"_s, row.title },
        { u"version"_s, row.version }, { u"artist"_s, row.artist }, { u"path"_s, row.relativePath },
        { u"verdict"_s, report ? verdictName(trackVerdict(profile, *report, stems)) : u"none"_s } };
    if (row.facts && row.facts->decoded) {
        const AnalysisFacts &f = *row.facts;
        object.insert(u"integratedLufs"_s, number(f.integratedLufs));
        object.insert(u"truePeakDbtp"_s, number(f.truePeakDbtp));
        object.insert(u"loudnessRangeLu"_s, number(f.loudnessRangeLu));
        object.insert(u"clipRuns"_s, f.clipRuns);
        object.insert(u"trailingSilenceSeconds"_s, number(f.trailingSilenceSeconds));
    }
    if (report) {
        object.insert(u"checks"_s, checksJson(*report));
        object.insert(u"fixes"_s, QJsonArray::fromStringList(trackFixes(profile, *report, stems)));
    }
    // Stems and versions: judged for every track that has any, counted in the verdict only by
    // profiles that ask for them.
    if (!stems.checks.isEmpty()) {
        QJsonObject stemsJson { { u"verdict"_s, verdictName(stems.verdict) },
            { u"counted"_s, profile.stemsInVerdict }, { u"checks"_s, checksJson(stems) },
            { u"fixes"_s, QJsonArray::fromStringList(stems.fixes()) } };
        if (row.stems.nullTest && row.stems.nullTest->error.isEmpty())
            stemsJson.insert(u"residualDb"_s, number(row.stems.nullTest->residualDb));
        object.insert(u"stems"_s, stemsJson);
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
        print(stderr, Text::tr("imprint: cannot read the catalog: %1").arg(error));
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
            Text::tr("imprint: unknown profile '%1'; choose one of: %2").arg(profileKey, keys.join(u", "_s)));
        return 2;
    }

    CatalogAnalysis analysis(store);
    const bool terminal = !json && Platform::isTerminal(stderr);
    if (terminal) {
        analysis.setProgressCallback([](int done, int total, const QString &) {
            if (total > 0) {
                std::fprintf(stderr, "\r%s", qPrintable(Text::tr("Analysing… %1/%2").arg(done).arg(total)));
                std::fflush(stderr);
            }
        });
    }
    const CatalogAnalysisSummary summary = analysis.run(interrupted);
    if (terminal)
        std::fputs("\n", stderr);
    if (!summary.fatalError.isEmpty()) {
        print(stderr, Text::tr("imprint: %1").arg(summary.fatalError));
        return 1;
    }
    const auto rows = AnalysisRepository::trackRows(db, &error);
    if (!rows) {
        print(stderr, Text::tr("imprint: cannot read the catalog: %1").arg(error));
        return 1;
    }

    int failing = 0;
    QJsonArray tracks;
    for (const TrackQualityRow &row : *rows) {
        const std::optional<QualityReport> report
            = row.facts ? std::optional(evaluate(*profile, *row.facts)) : std::nullopt;
        const QualityReport stems = evaluateStems(*profile, row.stems);
        const std::optional<Verdict> overall
            = report ? std::optional(trackVerdict(*profile, *report, stems)) : std::nullopt;
        failing += overall == Verdict::Fail ? 1 : 0;
        if (json) {
            tracks.append(toJson(*profile, row, report, stems));
            continue;
        }
        const QString verdict = overall ? verdictName(*overall).toUpper() : u"----"_s;
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
            print(stdout, u"      "_s + Text::tr("no master"));
        }
        if (!stems.checks.isEmpty()) {
            QString stemLine = Text::tr("stems and versions: %1").arg(verdictName(stems.verdict).toUpper());
            if (row.stems.nullTest && row.stems.nullTest->error.isEmpty())
                stemLine += u"  ["_s
                    + (std::isfinite(row.stems.nullTest->residualDb)
                            ? Text::tr("null test %1 dB").arg(formatLevel(row.stems.nullTest->residualDb))
                            : Text::tr("null test: exact null"))
                    + u']';
            if (!profile->stemsInVerdict)
                stemLine += u"  "_s + Text::tr("(not part of this profile's verdict)");
            print(stdout, u"      "_s + stemLine);
            for (const QString &fix : stems.fixes())
                print(stdout, u"        "_s + fix);
        }
    }
    const QStringList problems = summary.problemLines();
    for (const QString &problem : problems)
        print(stderr, problem);
    if (json) {
        const QJsonObject object { { u"profile"_s, profile->key }, { u"analysed"_s, summary.analysed },
            { u"upToDate"_s, summary.upToDate }, { u"nullTested"_s, summary.nullTested },
            { u"failing"_s, failing }, { u"problems"_s, QJsonArray::fromStringList(problems) },
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
