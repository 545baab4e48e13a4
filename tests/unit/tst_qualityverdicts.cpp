// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The audio-check verdicts the readiness rules read: from profiles and measurements (pure), and
// from the analyses stored in a catalog into TrackFacts.
#include "TestCatalog.h"
#include "quality/AnalysisRepository.h"
#include "quality/SharedQualityRows.h"
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

VersionFileFacts stem(const QString &name, int rate, double seconds)
{
    VersionFileFacts s;
    s.name = name;
    s.analysed = true;
    s.sampleRate = rate;
    s.durationSeconds = seconds;
    return s;
}

// Stems measured against a 48 kHz, 180 s master, null-tested at residualDb.
StemSetFacts stemSet(const QList<VersionFileFacts> &stems, double residualDb = NullTestFacts::ExactNull)
{
    StemSetFacts set;
    set.referenceAnalysed = true;
    set.referenceSampleRate = 48000;
    set.referenceDurationSeconds = 180;
    set.stems = stems;
    set.nullTest = NullTestFacts { residualDb, {} };
    return set;
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
        QVERIFY(
            QualityVerdicts::forTrack(QualityProfile::defaults(), std::nullopt, StemSetFacts {}).isEmpty());
        // Stems alone say nothing without the master (or mix) measured to compare them with.
        StemSetFacts stems = stemSet({ stem(u"bass.wav"_s, 48000, 180) });
        stems.referenceAnalysed = false;
        QVERIFY(QualityVerdicts::forTrack(QualityProfile::defaults(), std::nullopt, stems).isEmpty());
    }

    void aCleanMasterPassesEveryJudgedProfile()
    {
        const auto verdicts
            = QualityVerdicts::forTrack(QualityProfile::defaults(), goodMaster(), StemSetFacts {});
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
        const auto verdicts = QualityVerdicts::forTrack(QualityProfile::defaults(), cd, StemSetFacts {});
        QCOMPARE(verdicts.value(u"streaming"_s), u"pass"_s);
        QVERIFY2(verdicts.value(u"sync"_s).startsWith(u"fail: "_s), qPrintable(verdicts.value(u"sync"_s)));

        AnalysisFacts clipping = goodMaster();
        clipping.clipRuns = 3;
        clipping.clippedSamples = 12;
        clipping.firstClipSeconds = 2;
        QVERIFY(QualityVerdicts::forTrack(QualityProfile::defaults(), clipping, StemSetFacts {})
                .value(u"streaming"_s)
                .startsWith(u"fail: "_s));
    }

    void stemsPassOnlyWhenAllLineUpAndNull()
    {
        const auto profiles = QualityProfile::defaults();
        const AnalysisFacts master = goodMaster();
        const auto verdict = [&](const StemSetFacts &set) {
            return QualityVerdicts::forTrack(profiles, master, set).value(u"stems"_s, u"<absent>"_s);
        };
        QCOMPARE(
            verdict(stemSet({ stem(u"a.wav"_s, 48000, 180), stem(u"b.wav"_s, 48000, 180.0005) })), u"pass"_s);
        const QString shorter = verdict(stemSet({ stem(u"a.wav"_s, 48000, 179.9) }));
        QVERIFY2(shorter.startsWith(u"fail: "_s) && shorter.contains(u"a.wav"_s), qPrintable(shorter));
        QVERIFY(verdict(stemSet({ stem(u"a.wav"_s, 44100, 180) })).startsWith(u"fail: "_s));
        const QString residual = verdict(stemSet({ stem(u"a.wav"_s, 48000, 180) }, -20.8));
        QVERIFY2(residual.startsWith(u"fail: "_s) && residual.contains(u"20.8"_s), qPrintable(residual));

        // Not measured yet: a stem without analysis, or no null test for the current files.
        VersionFileFacts pending = stem(u"c.wav"_s, 48000, 180);
        pending.analysed = false;
        QCOMPARE(verdict(stemSet({ stem(u"a.wav"_s, 48000, 180), pending })), u"<absent>"_s);
        StemSetFacts untested = stemSet({ stem(u"a.wav"_s, 48000, 180) });
        untested.nullTest.reset();
        QCOMPARE(verdict(untested), u"<absent>"_s);
        QCOMPARE(verdict(StemSetFacts {}), u"<absent>"_s);
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

    // The rights page's reload judges the audio rows the quality page's reload read with it
    // (CatalogSession::reload): the same verdicts as a read of its own, from one read.
    void verdictsFromSharedRowsAreThoseOfTheirOwnRead()
    {
        Test::TestCatalog catalog(3);
        QSqlDatabase db = catalog.store().connection();
        const qint64 track = scalarId(catalog.store(), u"SELECT id FROM tracks ORDER BY id LIMIT 1"_s);
        const qint64 master = scalarId(
            catalog.store(), u"SELECT id FROM assets WHERE kind = 'master' AND track_id = %1"_s.arg(track));
        AnalysisRecord record;
        record.assetId = master;
        record.contentHash = QString(64, u'a');
        record.facts = goodMaster();
        QString error;
        QVERIFY2(AnalysisRepository::save(db, { record }, &error), qPrintable(error));

        SharedQualityRows shared(catalog.store());
        const auto own = QualityVerdicts::read(db, 0, &error);
        const auto fromShared = QualityVerdicts::read(db, 0, &error, &shared);
        QVERIFY(own && fromShared);
        QCOMPARE(*fromShared, *own);
        QCOMPARE(fromShared->value(track).value(u"content"_s), u"pass"_s);

        // Read once: a second reader gets the first read's rows, whatever was written since.
        QSqlQuery clear(db);
        QVERIFY(clear.exec(u"DELETE FROM analyses"_s));
        const auto rows = shared.rows(db, &error);
        QVERIFY(rows && rows->size() == 3);
        QVERIFY(rows->at(0).facts.has_value());
        QVERIFY(!AnalysisRepository::trackRows(db, &error)->at(0).facts.has_value());
    }

    // A large catalog's tracks are judged on every core: each as it is judged alone.
    void aLargeCatalogGetsEachTracksOwnVerdicts()
    {
        Test::TestCatalog catalog(5000);
        QSqlDatabase db = catalog.store().connection();
        QSqlQuery query(db);
        QVERIFY(query.exec(
            u"UPDATE assets SET content_hash = '%1' || (1000000000 + id)"_s.arg(QString(54, u'0'))));
        // Rates, lengths, levels and clipping differ from track to track, so do the verdicts and
        // their reasons.
        QVERIFY(query.exec(
            u"INSERT INTO analyses (asset_id, content_hash, decoded, container, sample_rate, "
            "bit_depth, channels, duration_s, integrated_lufs, loudness_range_lu, sample_peak_dbfs, "
            "true_peak_dbtp, clip_runs, clipped_samples, first_clip_s, leading_silence_s, "
            "trailing_silence_s) SELECT id, content_hash, 1, 'WAV', "
            "CASE id % 3 WHEN 0 THEN 44100 ELSE 48000 END, 24, 2, 10 + id % 40, -8 - (id % 90) / 10.0, 6, "
            "-2, "
            "-2.5 + (id % 30) / 10.0, id % 4, (id % 4) * 3, CASE id % 4 WHEN 0 THEN -1 ELSE 2.5 END, 0.01, "
            "0.5 "
            "FROM assets WHERE kind = 'master' AND id % 7 <> 0"_s));
        QString error;
        const auto verdicts = QualityVerdicts::read(db, 0, &error);
        QVERIFY2(verdicts, qPrintable(error));
        const auto rows = AnalysisRepository::trackRows(db, &error);
        const auto profiles = AnalysisRepository::profiles(db, &error);
        QVERIFY(rows && profiles && rows->size() == 5000);
        QSet<QString> reasons;
        for (const TrackQualityRow &row : *rows) {
            const QMap<QString, QString> alone = QualityVerdicts::forTrack(*profiles, row.facts, row.stems);
            QCOMPARE(verdicts->value(row.trackId), alone);
            for (const QString &reason : alone)
                reasons.insert(reason);
        }
        QVERIFY(reasons.size() > 20);
        QCOMPARE(verdicts->size(),
            qsizetype(std::count_if(rows->cbegin(), rows->cend(),
                [](const TrackQualityRow &row) { return row.facts.has_value(); })));
    }
};

QTEST_GUILESS_MAIN(TestQualityVerdicts)
#include "tst_qualityverdicts.moc"
