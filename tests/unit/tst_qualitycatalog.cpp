// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The analyses table, stored profiles and the quality list model over a generated catalog.
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "quality/AnalysisRepository.h"
#include "quality/QualityCatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

AnalysisRecord record(qint64 assetId, const QString &hash, double lufs, qint64 clipRuns)
{
    AnalysisRecord r;
    r.assetId = assetId;
    r.contentHash = hash;
    r.facts.container = u"FLAC"_s;
    r.facts.sampleRate = 44100;
    r.facts.bitDepth = 16;
    r.facts.channels = 2;
    r.facts.durationSeconds = 200;
    r.facts.integratedLufs = lufs;
    r.facts.truePeakDbtp = -3;
    r.facts.samplePeakDbfs = AnalysisFacts::Silent;
    r.facts.clipRuns = clipRuns;
    r.facts.firstClipSeconds = clipRuns ? 12.5 : -1;
    r.curveIntervalSeconds = 0.1;
    r.curve = { -20.f, -std::numeric_limits<float>::infinity(), -14.5f };
    r.peakMin = { -0.5f };
    r.peakMax = { 0.25f };
    return r;
}

QString hashOf(char c)
{
    return QString(64, QChar::fromLatin1(c));
}

} // namespace

class TestQualityCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void analysesAreStoredPerContentHash()
    {
        Test::TestCatalog catalog(3);
        QVERIFY(catalog.isValid());
        QSqlDatabase db = catalog.store().connection();
        QString error;
        auto candidates = AnalysisRepository::candidates(db, &error);
        QVERIFY2(candidates, qPrintable(error));
        QVERIFY(candidates->size() >= 3);
        const qint64 asset = candidates->first().assetId;
        QVERIFY(!candidates->first().analysed);

        QVERIFY2(
            AnalysisRepository::save(db, { record(asset, hashOf('a'), -14, 0) }, &error), qPrintable(error));
        candidates = AnalysisRepository::candidates(db, nullptr);
        QCOMPARE(candidates->first().contentHash, hashOf('a'));
        QVERIFY(candidates->first().analysed);

        const auto loaded = AnalysisRepository::load(db, asset, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->facts.integratedLufs, -14.0);
        QCOMPARE(loaded->facts.samplePeakDbfs, AnalysisFacts::Silent); // NULL round trip
        QCOMPARE(loaded->facts.firstClipSeconds, -1.0);
        QCOMPARE(loaded->curve.size(), size_t(3));
        QVERIFY(std::isinf(loaded->curve[1]));
        QCOMPARE(loaded->peakMax, std::vector<float> { 0.25f });

        // A new hash replaces the old analysis; the asset points at the new one.
        QVERIFY(AnalysisRepository::save(db, { record(asset, hashOf('b'), -9, 4) }, &error));
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM analyses WHERE asset_id = %1"_s.arg(asset)),
            1);
        QCOMPARE(AnalysisRepository::load(db, asset, nullptr)->facts.clipRuns, 4);
        // The file changed again and was re-imported (hash cleared): no current analysis.
        QSqlQuery(db).exec(u"UPDATE assets SET content_hash = NULL WHERE id = %1"_s.arg(asset));
        QVERIFY(!AnalysisRepository::load(db, asset, nullptr));
        QVERIFY(!AnalysisRepository::candidates(db, nullptr)->first().analysed);
    }

    void profilesAreDefaultsUntilEdited()
    {
        Test::TestCatalog catalog(1);
        QSqlDatabase db = catalog.store().connection();
        QString error;
        auto profiles = AnalysisRepository::profiles(db, &error);
        QVERIFY2(profiles, qPrintable(error));
        QCOMPARE(*profiles, QualityProfile::defaults());
        QualityProfile edited = profiles->first();
        edited.warnTruePeakDbtp = -1.5;
        QVERIFY2(AnalysisRepository::saveProfile(db, edited, &error), qPrintable(error));
        QVERIFY(AnalysisRepository::saveProfile(db, edited, &error)); // an update, not a duplicate
        profiles = AnalysisRepository::profiles(db, &error);
        QCOMPARE(profiles->size(), 4);
        QCOMPARE(profiles->first(), edited);
    }

    void modelShowsVerdictsUnderTheSelectedProfile()
    {
        Test::TestCatalog catalog(4);
        QSqlDatabase db = catalog.store().connection();
        const auto candidates = *AnalysisRepository::candidates(db, nullptr);
        QVERIFY(AnalysisRepository::save(db,
            { record(candidates.at(0).assetId, hashOf('c'), -14, 0),
                record(candidates.at(1).assetId, hashOf('d'), -14, 3) },
            nullptr));

        CatalogSession session(catalog.store());
        QualityCatalog *quality = session.quality();
        QAbstractItemModelTester tester(
            quality->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(quality, &QualityCatalog::reloaded);
        quality->reload();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(quality->model()->rowCount(), 4);
        QCOMPARE(quality->model()->analysedCount(), 2);
        QCOMPARE(quality->model()->failingCount(), 1);
        QCOMPARE(quality->profileKey(), u"streaming"_s);
        QCOMPARE(quality->profiles().size(), 4);

        QualityListModel *model = quality->model();
        QStringList verdicts;
        for (int row = 0; row < model->rowCount(); ++row)
            verdicts.append(model->index(row).data(QualityListModel::VerdictRole).toString());
        QCOMPARE(verdicts.count(u"fail"_s), 1);
        QCOMPARE(verdicts.count(u"none"_s), 2);
        const int failing = int(verdicts.indexOf(u"fail"_s));
        QCOMPARE(model->index(failing).data(QualityListModel::ClippingRole).toString().isEmpty(), false);
        QVERIFY(model->index(failing).data(QualityListModel::SummaryRole).toString().contains(u"clips"_s));
        QCOMPARE(model->index(failing).data(QualityListModel::LoudnessRole).toString(), u"−14.0 LUFS"_s);

        // Content creation does not check clipping: the verdict follows the profile.
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        quality->setProfileKey(u"content"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model->index(failing).data(QualityListModel::VerdictRole).toString(), u"pass"_s);

        // The detail of the selected track lists its checks and loads its curve.
        quality->setCurrentTrackId(model->index(failing).data(QualityListModel::TrackIdRole).toLongLong());
        QCOMPARE(quality->current().value(u"verdict"_s).toString(), u"pass"_s);
        QVERIFY(!quality->current().value(u"checks"_s).toList().isEmpty());
        QTRY_COMPARE(quality->currentCurve().size(), 3);
        QVERIFY(!quality->currentCurve().at(1).isValid()); // gated out
    }
};

QTEST_GUILESS_MAIN(TestQualityCatalog)
#include "tst_qualitycatalog.moc"
