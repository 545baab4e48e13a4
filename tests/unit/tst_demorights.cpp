// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The demo catalog's rights stories, end to end: generated library, import, plan, audio analysis,
// rights records; then the readiness verdicts of every track against a golden file
// (IMPRINT_UPDATE_GOLDEN=1 rewrites tests/unit/data/demo_readiness_golden.json).
#include "TestBackend.h"
#include "analysis/CatalogAnalysis.h"
#include "demo/DemoLibrary.h"
#include "demo/DemoPlan.h"
#include "demo/DemoRights.h"
#include "import/Importer.h"
#include "rights/Readiness.h"
#include "rights/RightsQueries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

// A fixed day, so that dates relative to "today" (release dates, expiries) give stable verdicts.
const QDate today(2026, 3, 2);

} // namespace

class TestDemoRights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        const QString library = m_dir.filePath(u"library"_s);
        QVERIFY2(Demo::generateDemoLibrary(library, &error), qPrintable(error));
        m_store = CatalogStore(Test::catalogLocation(m_dir, u"catalog.sqlite"_s));
        QVERIFY2(m_store.open(&error), qPrintable(error));
        const std::atomic_bool cancel = false;
        QVERIFY(Importer(m_store).run(library, cancel).ok());
        QVERIFY2(Demo::planDemoReleases(m_store, today, &error), qPrintable(error));
        const CatalogAnalysisSummary analysis = CatalogAnalysis(m_store).run(cancel);
        QVERIFY(analysis.fatalError.isEmpty());
        // What the run stored, so that the window re-judges only those tracks (issue 18).
        QVERIFY(analysis.analysed > 0);
        QVERIFY(analysis.changedAssets.size() >= analysis.analysed); // and files whose hash was known
        QCOMPARE(analysis.nullTestedTracks.size(), analysis.nullTested);
        const CatalogAnalysisSummary again = CatalogAnalysis(m_store).run(cancel);
        QVERIFY(again.changedAssets.isEmpty() && again.nullTestedTracks.isEmpty());
        QVERIFY2(Demo::addDemoRights(m_store, today, &error), qPrintable(error));
        auto facts = RightsQueries::trackFacts(m_store.connection(), m_store.libraryRoot(), today, 0, &error);
        QVERIFY2(facts, qPrintable(error));
        m_facts = *facts;
    }

    void verdictsMatchTheGoldenFile()
    {
        // Rule ids per use, not messages: the stories, stable across wording changes.
        QJsonObject tracks;
        for (const TrackFacts &facts : std::as_const(m_facts)) {
            const Readiness::TrackReadiness readiness = Readiness::evaluate(facts);
            QJsonObject uses;
            for (const Readiness::UseResult &level : readiness.uses) {
                QJsonArray rules;
                for (const Readiness::Finding &finding : level.findings)
                    rules.append(QString(Readiness::severityKey(finding.severity) + u' ' + finding.ruleId));
                uses.insert(Readiness::useKey(level.use),
                    QJsonObject {
                        { u"verdict"_s, Readiness::verdictKey(level.verdict) }, { u"findings"_s, rules } });
            }
            tracks.insert(
                facts.version.isEmpty() ? facts.title : u"%1 (%2)"_s.arg(facts.title, facts.version), uses);
        }
        const QByteArray actual = QJsonDocument(tracks).toJson(QJsonDocument::Indented);
        const QString golden = QStringLiteral(IMPRINT_TEST_DATA) + u"/demo_readiness_golden.json"_s;
        if (qEnvironmentVariableIsSet("IMPRINT_UPDATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual);
            QSKIP("golden file rewritten");
        }
        QFile in(golden);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(golden));
        const QByteArray expected = in.readAll();
        if (expected != actual) {
            QFile out(m_dir.filePath(u"actual.json"_s));
            if (out.open(QIODevice::WriteOnly))
                out.write(actual);
            m_dir.setAutoRemove(false);
        }
        QVERIFY2(expected == actual,
            qPrintable(u"verdicts differ from %1; see %2 (IMPRINT_UPDATE_GOLDEN=1 rewrites it)"_s.arg(
                golden, m_dir.filePath(u"actual.json"_s))));
    }

    void theStoriesHold()
    {
        const auto track = [&](const QString &title) -> const TrackFacts & {
            return *std::find_if(m_facts.cbegin(), m_facts.cend(),
                [&](const TrackFacts &f) { return f.title == title && f.version.isEmpty(); });
        };
        using Readiness::Use;
        using Readiness::Verdict;
        const auto lanterns = Readiness::evaluate(track(u"Lanterns"_s));
        QCOMPARE(lanterns[Use::Sync].verdict, Verdict::Ready);
        QCOMPARE(lanterns[Use::Commercial].verdict, Verdict::Blocked);
        QCOMPARE(track(u"Lanterns"_s).qualityVerdicts.value(u"stems"_s), u"pass"_s);

        TrackFacts harbour = track(u"Harbour Lights"_s);
        QCOMPARE(Readiness::evaluate(harbour)[Use::ContentCreation].verdict, Verdict::Ready);
        const auto blocked = Readiness::evaluate(harbour)[Use::Streaming];
        QCOMPARE(blocked.verdict, Verdict::Blocked);
        QCOMPARE(blocked.findings.size(), 1);
        QCOMPARE(blocked.findings.first().ruleId, u"streaming.commercial.not_allowed"_s);
        // The licence attached and cleared: the same track is ready for streaming.
        DocumentFact licence { 999, u"Documents/licence.pdf"_s, true, false, QString(64, u'a') };
        harbour.documents.insert(licence.assetId, licence);
        for (ClearanceFact &item : harbour.clearances) {
            item.status = u"cleared"_s;
            item.documentAssetId = licence.assetId;
        }
        QCOMPARE(Readiness::evaluate(harbour)[Use::Streaming].verdict, Verdict::Ready);

        const TrackFacts &copper = track(u"Copper Sky"_s);
        QCOMPARE(copper.documents.size(), 1);
        QVERIFY(copper.documents.cbegin()->changed);
    }

private:
    QTemporaryDir m_dir;
    CatalogStore m_store;
    QList<TrackFacts> m_facts;
};

QTEST_GUILESS_MAIN(TestDemoRights)
#include "tst_demorights.moc"
