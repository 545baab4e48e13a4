// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReadinessCases.h"
#include "rights/ReadinessSummary.h"

#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;
using namespace Imprint::Readiness;
using Imprint::Test::readyFacts;
using Imprint::Test::ruleCases;

// What the readiness matrix and the track table keep of each track (issue 18): the verdict and
// the counts of its findings, made for a whole catalog at once.
class TestReadinessSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The matrix keeps only the summary of each track (issue 18): it must say what the full
    // evaluation says, verdict for verdict and finding for finding.
    void theSummaryCountsWhatTheEvaluationFinds()
    {
        TrackFacts facts = readyFacts();
        QCOMPARE(summarize(evaluate(facts)).highestReadyUse(), int(Use::Commercial));
        facts.mood.clear(); // a sync blocker
        facts.release.edit().releaseDate = facts.today.addDays(7); // a streaming warning
        facts.qualityVerdicts.remove(u"stems"_s); // a sync check not run yet
        const TrackReadiness full = evaluate(facts);
        const TrackSummary summary = summarize(full);
        QCOMPARE(summary.trackId, full.trackId);
        for (size_t use = 0; use < full.uses.size(); ++use) {
            const UseResult &level = full.uses[use];
            QCOMPARE(summary.uses[use].verdict, level.verdict);
            int blockers = 0;
            int warnings = 0;
            for (const Finding &finding : level.findings)
                ++(finding.severity == Severity::Warning ? warnings : blockers);
            QCOMPARE(summary.uses[use].blockers, blockers);
            QCOMPARE(summary.uses[use].warnings, warnings);
        }
        QCOMPARE(summary.uses[size_t(Use::Streaming)].warnings, 1);
        QCOMPARE(summary.uses[size_t(Use::Sync)].blockers, 2);
        QCOMPARE(summary.highestReadyUse(), int(Use::Streaming));
        facts.isrc.clear();
        QCOMPARE(summarize(evaluate(facts)).highestReadyUse(), int(Use::ContentCreation));
        facts.provenance.reset();
        QCOMPARE(summarize(evaluate(facts)).highestReadyUse(), -1);
    }

    // Many tracks are judged on every core: each must get the summary it gets alone, in order.
    void manyTracksAreSummarisedAsEachAlone()
    {
        const auto cases = ruleCases();
        QList<TrackFacts> tracks;
        for (int i = 0; i < 6000; ++i) {
            TrackFacts facts = readyFacts();
            facts.trackId = i + 1;
            cases.at(i % cases.size()).mutate(facts); // a different rule fires on each
            tracks.append(facts);
        }
        const QList<TrackSummary> all = summarizeAll(tracks);
        QCOMPARE(all.size(), tracks.size());
        QSet<int> highest;
        for (qsizetype i = 0; i < tracks.size(); ++i) {
            const TrackSummary alone = summarize(evaluate(tracks.at(i)));
            QCOMPARE(all.at(i).trackId, alone.trackId);
            for (size_t use = 0; use < alone.uses.size(); ++use) {
                QCOMPARE(all.at(i).uses[use].verdict, alone.uses[use].verdict);
                QCOMPARE(all.at(i).uses[use].blockers, alone.uses[use].blockers);
                QCOMPARE(all.at(i).uses[use].warnings, alone.uses[use].warnings);
            }
            highest.insert(alone.highestReadyUse());
        }
        QCOMPARE(highest.size(), 5); // every level, and none
        QVERIFY(summarizeAll({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReadinessSummary)

#include "tst_readinesssummary.moc"
