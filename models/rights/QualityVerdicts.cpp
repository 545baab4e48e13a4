// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "QualityVerdicts.h"

#include "InParts.h"
#include "quality/AnalysisRepository.h"
#include "quality/QualityCheck.h"
#include "quality/SharedQualityRows.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::QualityVerdicts
{

namespace
{

// Text::tr() files its messages under "QualityVerdicts", where they are looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(QualityVerdicts)
};

// The profiles whose verdict the readiness rules read, by the keys TrackFacts uses.
constexpr QStringView judgedProfiles[] = { u"content", u"streaming", u"sync" };

QString describeFailures(const QList<QualityCheck> &checks)
{
    //: A failed audio check and the value it needed, e.g. "True peak -0.2 dBTP (needs ≤ -1.0 dBTP)"
    const QString needs = Text::tr("%1 (needs %2)");
    QStringList reasons;
    for (const QualityCheck &check : checks) {
        if (check.verdict != Verdict::Fail)
            continue;
        QString reason = check.title;
        if (!check.measured.isEmpty())
            reason += u' ' + check.measured;
        if (!check.limit.isEmpty())
            reason = needs.arg(reason, check.limit);
        reasons.append(reason);
    }
    return u"fail: "_s + reasons.join(u"; "_s);
}

} // namespace

QMap<QString, QString> forTrack(const QList<QualityProfile> &profiles,
    const std::optional<AnalysisFacts> &master, const StemSetFacts &stems)
{
    QMap<QString, QString> verdicts;
    if (master) {
        for (const QualityProfile &profile : profiles) {
            if (std::find(std::begin(judgedProfiles), std::end(judgedProfiles), profile.key)
                == std::end(judgedProfiles))
                continue;
            const QualityReport report = evaluate(profile, *master, ReportDetail::Failures);
            verdicts.insert(
                profile.key, report.verdict == Verdict::Fail ? describeFailures(report.checks) : u"pass"_s);
        }
    }

    // The stems are judged once everything about them is measured, with the Sync profile's
    // tolerances (the use that asks for stems); cut-downs and the instrumental have rules of their own.
    const bool measured = !stems.stems.isEmpty() && stems.referenceAnalysed && stems.nullTest
        && std::all_of(stems.stems.cbegin(), stems.stems.cend(),
            [](const VersionFileFacts &stem) { return stem.analysed; });
    if (!measured)
        return verdicts;
    const auto isSync = [](const QualityProfile &profile) {
        return profile.key == u"sync";
    };
    auto sync = std::find_if(profiles.cbegin(), profiles.cend(), isSync);
    const QList<QualityProfile> defaults = QualityProfile::defaults();
    if (sync == profiles.cend())
        sync = std::find_if(defaults.cbegin(), defaults.cend(), isSync);
    if (sync == defaults.cend())
        return verdicts;
    const QualityProfile &profile = *sync;
    QList<QualityCheck> failing;
    for (const QualityCheck &check : evaluateStems(profile, stems).checks) {
        if ((check.id == u"stemNull" || check.id.startsWith(u"stem:")) && check.verdict == Verdict::Fail)
            failing.append(check);
    }
    verdicts.insert(u"stems"_s, failing.isEmpty() ? u"pass"_s : describeFailures(failing));
    return verdicts;
}

namespace
{

QHash<qint64, QMap<QString, QString>> judgedRows(
    const QList<QualityProfile> &profiles, const QList<TrackQualityRow> &rows)
{
    // Judged on every core: three profiles per track were a third of a large catalog's open.
    QList<QMap<QString, QString>> results(rows.size());
    QMap<QString, QString> *const out = results.data(); // detached here, once, not by each thread
    inParts(rows.size(), 2000, [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            out[i] = forTrack(profiles, rows.at(i).facts, rows.at(i).stems);
    });
    QHash<qint64, QMap<QString, QString>> verdicts;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!results.at(i).isEmpty())
            verdicts.insert(rows.at(i).trackId, std::move(results[i]));
    }
    return verdicts;
}

} // namespace

std::optional<QHash<qint64, QMap<QString, QString>>> read(
    QSqlDatabase db, qint64 trackId, QString *error, SharedQualityRows *shared)
{
    const auto profiles = AnalysisRepository::profiles(db, error);
    const QList<qint64> only = trackId != 0 ? QList<qint64> { trackId } : QList<qint64> {};
    std::optional<QList<TrackQualityRow>> rows;
    if (profiles)
        rows = shared && trackId == 0 ? shared->rows(db, error)
                                      : AnalysisRepository::trackRows(db, error, only);
    if (!rows)
        return std::nullopt;
    return judgedRows(*profiles, *rows);
}

std::optional<QHash<qint64, QMap<QString, QString>>> readOf(
    QSqlDatabase db, const QList<qint64> &trackIds, QString *error)
{
    if (trackIds.isEmpty()) // trackRows would read every track
        return QHash<qint64, QMap<QString, QString>>();
    const auto profiles = AnalysisRepository::profiles(db, error);
    const auto rows = profiles ? AnalysisRepository::trackRows(db, error, trackIds) : std::nullopt;
    if (!rows)
        return std::nullopt;
    return judgedRows(*profiles, *rows);
}

} // namespace Imprint::QualityVerdicts
