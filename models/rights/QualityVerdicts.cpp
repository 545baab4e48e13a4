// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "QualityVerdicts.h"

#include "quality/AnalysisRepository.h"
#include "quality/QualityCheck.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Imprint::QualityVerdicts
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("QualityVerdicts", text);
}

// The profiles whose verdict the readiness rules read, by the keys TrackFacts uses.
constexpr QStringView judgedProfiles[] = { u"content", u"streaming", u"sync" };

// Stems must line up with the master sample for sample; 1 ms is what DESIGN.md §5 allows.
constexpr double lengthToleranceSeconds = 0.001;

QString describeFailures(const QualityReport &report)
{
    QStringList reasons;
    for (const QualityCheck &check : report.checks) {
        if (check.verdict != Verdict::Fail)
            continue;
        QString reason = check.title;
        if (!check.measured.isEmpty())
            reason += u' ' + check.measured;
        if (!check.limit.isEmpty())
            reason += u" (needs %1)"_s.arg(check.limit);
        reasons.append(reason);
    }
    return u"fail: "_s + reasons.join(u"; "_s);
}

} // namespace

QMap<QString, QString> forTrack(const QList<QualityProfile> &profiles,
    const std::optional<AnalysisFacts> &master, const QList<StemFact> &stems)
{
    QMap<QString, QString> verdicts;
    if (master) {
        for (const QualityProfile &profile : profiles) {
            if (std::find(std::begin(judgedProfiles), std::end(judgedProfiles), profile.key)
                == std::end(judgedProfiles))
                continue;
            const QualityReport report = evaluate(profile, *master);
            verdicts.insert(
                profile.key, report.verdict == Verdict::Fail ? describeFailures(report) : u"pass"_s);
        }
    }
    if (stems.isEmpty())
        return verdicts;
    QStringList problems;
    bool allAnalysed = true;
    for (const StemFact &stem : stems) {
        if (!stem.analysed) {
            allAnalysed = false;
            continue;
        }
        if (!stem.facts.decoded) {
            problems.append(tr("%1 cannot be decoded").arg(stem.name));
        } else if (master && master->decoded) {
            if (stem.facts.sampleRate != master->sampleRate)
                problems.append(tr("%1 is at %2 Hz, the master at %3 Hz")
                        .arg(stem.name)
                        .arg(stem.facts.sampleRate)
                        .arg(master->sampleRate));
            else if (std::abs(stem.facts.durationSeconds - master->durationSeconds) > lengthToleranceSeconds)
                problems.append(tr("%1 lasts %2 s, the master %3 s")
                        .arg(stem.name)
                        .arg(stem.facts.durationSeconds, 0, 'f', 3)
                        .arg(master->durationSeconds, 0, 'f', 3));
        }
    }
    if (!problems.isEmpty())
        verdicts.insert(u"stems"_s, u"fail: "_s + problems.join(u"; "_s));
    else if (allAnalysed && master && master->decoded)
        verdicts.insert(u"stems"_s, u"pass"_s);
    return verdicts;
}

std::optional<QHash<qint64, QMap<QString, QString>>> read(QSqlDatabase db, qint64 trackId, QString *error)
{
    const auto profiles = AnalysisRepository::profiles(db, error);
    const auto rows = profiles ? AnalysisRepository::trackRows(db, error) : std::nullopt;
    if (!rows)
        return std::nullopt;

    QHash<qint64, QList<StemFact>> stems;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT s.track_id, s.rel_path, a.asset_id IS NOT NULL, coalesce(a.decoded, 0), "
                  "coalesce(a.sample_rate, 0), coalesce(a.duration_s, 0) FROM assets s "
                  "LEFT JOIN analyses a ON a.asset_id = s.id AND a.content_hash = s.content_hash "
                  "WHERE s.kind = 'stem' AND s.track_id IS NOT NULL AND (? = 0 OR s.track_id = ?) "
                  "ORDER BY s.track_id, s.rel_path"_s);
    query.addBindValue(trackId);
    query.addBindValue(trackId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        StemFact stem;
        stem.name = query.value(1).toString().section(u'/', -1);
        stem.analysed = query.value(2).toBool();
        stem.facts.decoded = query.value(3).toBool();
        stem.facts.sampleRate = query.value(4).toInt();
        stem.facts.durationSeconds = query.value(5).toDouble();
        stems[query.value(0).toLongLong()].append(stem);
    }

    QHash<qint64, QMap<QString, QString>> verdicts;
    for (const TrackQualityRow &row : *rows) {
        if (trackId != 0 && row.trackId != trackId)
            continue;
        QMap<QString, QString> track = forTrack(*profiles, row.facts, stems.value(row.trackId));
        if (!track.isEmpty())
            verdicts.insert(row.trackId, std::move(track));
    }
    return verdicts;
}

} // namespace Imprint::QualityVerdicts
