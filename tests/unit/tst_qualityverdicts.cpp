// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The audio-check verdicts the readiness rules read: from profiles and measurements (pure), and
// from the analyses stored in a catalog into TrackFacts.
#include "TestCatalog.h"
#include "quality/AnalysisRepository.h"
#include "rights/QualityVerdicts.h"
#include "rights/Readiness.h"
#include "rights/RightsQueries.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

// A clean 48 kHz/24-bit WAV master: passes every profile's must-checks except Broadcast's.
AnalysisFacts goodMaster()
{
    AnalysisFacts f;
    f.container = u"WAV"_s;
    f.sampleRate = 48000;
    f.bitDepth = 24;
    f.channels = 2;
    f.durationSeconds = 180;
    f.integratedLufs = -14;
    f.loudnessRangeLu = 6;
    f.samplePeakDbfs = -2;
    f.truePeakDbtp = -1.5;
    f.leadingSilenceSeconds = 0.01;
    return f;
}

QualityVerdicts::StemFact stem(const QString &name, int rate, double seconds)
{
    QualityVerdicts::StemFact s;
    s.name = name;
    s.analysed = true;
    s.facts.sampleRate = rate;
    s.facts.durationSeconds = seconds;
    return s;
}

qint64 scalarId(const CatalogStore &store, const QString &sql)
{
    QSqlQuery query(store.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

class TestQualityVerdicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nothingAnalysedMeansNoVerdict()
    {
        QVERIFY(QualityVerdicts::forTrack(QualityProfile::defaults(), std::nullopt, {}).isEmpty());
        // Stems alone say nothing without the master to compare them with.
        QVERIFY(QualityVerdicts::forTrack(
            QualityProfile::defaults(), std::nullopt, { stem(u"bass.wav"_s, 48000, 180) })
                .isEmpty());
    }

    void aCleanMasterPassesEveryJudgedProfile()
    {
        const auto verdicts = QualityVerdicts::forTrack(QualityProfile::defaults(), goodMaster(), {});
        QCOMPARE(verdicts.value(u"content"_s), u"pass"_s);
        QCOMPARE(verdicts.value(u"streaming"_s), u"pass"_s);
        QCOMPARE(verdicts.value(u"sync"_s), u"pass"_s);
        QVERIFY(!verdicts.contains(u"broadcast"_s)); // not a readiness level
        QVERIFY(!verdicts.contains(u"stems"_s)); // no stems, no stems verdict
    }

    void aFailingCheckFailsWithItsReason()
    {
        AnalysisFacts cd = goodMaster();
        cd.container = u"FLAC"_s;
        cd.sampleRate = 44100;
        cd.bitDepth = 16;
        const auto verdicts = QualityVerdicts::forTrack(QualityProfile::defaults(), cd, {});
        QCOMPARE(verdicts.value(u"streaming"_s), u"pass"_s);
        QVERIFY2(verdicts.value(u"sync"_s).startsWith(u"fail: "_s), qPrintable(verdicts.value(u"sync"_s)));

        AnalysisFacts clipping = goodMaster();
        clipping.clipRuns = 3;
        clipping.clippedSamples = 12;
        clipping.firstClipSeconds = 2;
        QVERIFY(QualityVerdicts::forTrack(QualityProfile::defaults(), clipping, {})
                .value(u"streaming"_s)
                .startsWith(u"fail: "_s));
    }

    void stemsPassOnlyWhenAllLineUpWithTheMaster()
    {
        const auto profiles = QualityProfile::defaults();
        const AnalysisFacts master = goodMaster();
        QCOMPARE(QualityVerdicts::forTrack(
                     profiles, master, { stem(u"a.wav"_s, 48000, 180), stem(u"b.wav"_s, 48000, 180.0005) })
                     .value(u"stems"_s),
            u"pass"_s);
        const QString shorter
            = QualityVerdicts::forTrack(profiles, master, { stem(u"a.wav"_s, 48000, 179.9) })
                  .value(u"stems"_s);
        QVERIFY2(shorter.startsWith(u"fail: "_s) && shorter.contains(u"a.wav"_s), qPrintable(shorter));
        QVERIFY(QualityVerdicts::forTrack(profiles, master, { stem(u"a.wav"_s, 44100, 180) })
                .value(u"stems"_s)
                .startsWith(u"fail: "_s));
        QualityVerdicts::StemFact pending = stem(u"c.wav"_s, 48000, 180);
        pending.analysed = false;
        QVERIFY(!QualityVerdicts::forTrack(profiles, master, { stem(u"a.wav"_s, 48000, 180), pending })
                .contains(u"stems"_s));
    }

    // The other side: in a catalog, a track with no analysis is "not checked yet"; storing an
    // analysis of its master turns that into a verdict.
    void storedAnalysesReachTheReadinessRules()
    {
        Test::TestCatalog catalog(2);
        QVERIFY(catalog.isValid());
        QSqlDatabase db = catalog.store().connection();
        const qint64 track = scalarId(catalog.store(), u"SELECT id FROM tracks ORDER BY id LIMIT 1"_s);
        const qint64 master = scalarId(
            catalog.store(), u"SELECT id FROM assets WHERE kind = 'master' AND track_id = %1"_s.arg(track));
        QVERIFY(track && master);

        auto facts = RightsQueries::trackFacts(db, QString(), QDate(2026, 3, 2), track, nullptr);
        QVERIFY(facts && facts->size() == 1);
        QVERIFY(facts->first().qualityVerdicts.isEmpty());
        const auto ids = [](const QList<Readiness::Finding> &findings) {
            QStringList list;
            for (const Readiness::Finding &f : findings)
                list.append(f.ruleId);
            return list;
        };
        QVERIFY(ids(Readiness::check(facts->first(), Readiness::Use::ContentCreation))
                .contains(u"content.audio.not_checked"_s));

        AnalysisRecord record;
        record.assetId = master;
        record.contentHash = QString(64, u'a');
        record.facts = goodMaster();
        record.facts.clipRuns = 2;
        record.facts.clippedSamples = 8;
        record.facts.firstClipSeconds = 1;
        QString error;
        QVERIFY2(AnalysisRepository::save(db, { record }, &error), qPrintable(error));

        facts = RightsQueries::trackFacts(db, QString(), QDate(2026, 3, 2), track, nullptr);
        QVERIFY(facts && facts->size() == 1);
        const TrackFacts &analysed = facts->first();
        QCOMPARE(analysed.qualityVerdicts.value(u"content"_s), u"pass"_s);
        QVERIFY(analysed.qualityVerdicts.value(u"streaming"_s).startsWith(u"fail: "_s));
        const QStringList content = ids(Readiness::check(analysed, Readiness::Use::ContentCreation));
        QVERIFY(!content.contains(u"content.audio.not_checked"_s));
        QVERIFY(!content.contains(u"content.audio.failed"_s));
        const QStringList streaming = ids(Readiness::check(analysed, Readiness::Use::Streaming));
        QVERIFY(streaming.contains(u"streaming.audio.failed"_s));
        QVERIFY(!streaming.contains(u"streaming.audio.not_checked"_s));

        // The other tracks keep saying "not checked yet".
        const auto all = RightsQueries::trackFacts(db, QString(), QDate(2026, 3, 2), 0, nullptr);
        QVERIFY(all && all->size() == 2);
        QVERIFY(all->at(1).qualityVerdicts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQualityVerdicts)
#include "tst_qualityverdicts.moc"
