// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The analyses table, stored profiles and the quality list model over a generated catalog.
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "quality/AnalysisRepository.h"
#include "quality/ProfileChanges.h"
#include "quality/QualityCatalog.h"
#include "quality/StemCheck.h"
#include "rights/QualityVerdicts.h"
#include "tracks/TrackTableModel.h"

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
    r.truePeaks = { 0.5f };
    r.clipStarts.assign(size_t(clipRuns), 12.5f);
    r.audioHash = QString(64, u'f');
    r.fingerprint = u"AAAAAQ"_s;
    return r;
}

QString hashOf(char c)
{
    return QString(64, QChar::fromLatin1(c));
}

// The catalog's first master analysed at −14 LUFS with clipRuns clipping runs, content hash c.
bool analyseFirstMaster(const CatalogStore &store, char c, qint64 clipRuns)
{
    QSqlDatabase db = store.connection();
    const auto candidates = AnalysisRepository::candidates(db, nullptr);
    return candidates && !candidates->isEmpty()
        && AnalysisRepository::save(
            db, { record(candidates->at(0).assetId, hashOf(c), -14, clipRuns) }, nullptr);
}

// The quality page's data, read as the page does.
bool reloaded(QualityCatalog *quality)
{
    QSignalSpy done(quality, &QualityCatalog::reloaded);
    quality->reload();
    return done.wait(10000);
}

// Two tracks, the first one's master analysed (content hash c, clipRuns clipping runs), and a
// session whose quality page has read them; row is the analysed track's row.
struct AnalysedSession {
    AnalysedSession(char c, qint64 clipRuns)
        : catalog(2)
    {
        ready = analyseFirstMaster(catalog.store(), c, clipRuns);
        session = std::make_unique<CatalogSession>(catalog.store());
        quality = session->quality();
        model = quality->model();
        ready = ready && reloaded(quality);
        row = model->index(0).data(QualityListModel::AnalysedRole).toBool() ? 0 : 1;
        ready = ready && model->index(row).data(QualityListModel::AnalysedRole).toBool();
    }
    QString verdict() const { return model->index(row).data(QualityListModel::VerdictRole).toString(); }

    Test::TestCatalog catalog;
    std::unique_ptr<CatalogSession> session;
    QualityCatalog *quality = nullptr;
    QualityListModel *model = nullptr;
    int row = 0;
    bool ready = false;
};

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
        QCOMPARE(loaded->truePeaks, std::vector<float> { 0.5f });
        QCOMPARE(loaded->clipStarts, std::vector<float> {});

        // An analysis made before markers were kept is measured again by the next run.
        QSqlQuery(db).exec(u"UPDATE analyses SET true_peaks = NULL WHERE asset_id = %1"_s.arg(asset));
        QVERIFY(!AnalysisRepository::candidates(db, nullptr)->first().analysed);
        QVERIFY(AnalysisRepository::load(db, asset, nullptr)->truePeaks.empty());
        // A file with no audio frames has no buckets, and is still analysed.
        AnalysisRecord empty = record(asset, hashOf('a'), -14, 0);
        empty.truePeaks.clear();
        QVERIFY(AnalysisRepository::save(db, { empty }, &error));
        QVERIFY(AnalysisRepository::candidates(db, nullptr)->first().analysed);
        QSqlQuery identity(db);
        QVERIFY(
            identity.exec(u"SELECT audio_hash FROM assets WHERE id = %1"_s.arg(asset)) && identity.next());
        QCOMPARE(identity.value(0).toString(), QString(64, u'f'));
        // One made before the audio's identity was kept (issue 15) is measured again too.
        AnalysisRecord anonymous = record(asset, hashOf('a'), -14, 0);
        anonymous.audioHash.clear();
        anonymous.fingerprint.clear();
        QVERIFY(AnalysisRepository::save(db, { anonymous }, &error));
        QVERIFY(!AnalysisRepository::candidates(db, nullptr)->first().analysed);

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
        Test::loadSession(session);
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

        // The session's track table names the tracks: the rows carry no titles or paths.
        QCOMPARE(session.trackTable()->rowCount(), 4);
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 id = model->index(row).data(QualityListModel::TrackIdRole).toLongLong();
            const TrackRow *track = session.trackTable()->rowById(id);
            QVERIFY(track && !track->title.isEmpty() && !track->path.isEmpty());
            QCOMPARE(model->index(row).data(QualityListModel::TitleRole).toString(),
                track->version.isEmpty() ? track->title : u"%1 (%2)"_s.arg(track->title, track->version));
            QVERIFY(model->rowAt(row)->title.isEmpty() && model->rowAt(row)->relativePath.isEmpty());
        }

        // Content creation does not check clipping: the verdict follows the profile.
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        quality->setProfileKey(u"content"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model->index(failing).data(QualityListModel::VerdictRole).toString(), u"pass"_s);

        // The detail of the selected track lists its checks and loads its curve.
        const qint64 failingId = model->index(failing).data(QualityListModel::TrackIdRole).toLongLong();
        quality->setCurrentTrackId(failingId);
        QCOMPARE(quality->current().value(u"verdict"_s).toString(), u"pass"_s);
        QCOMPARE(
            quality->current().value(u"path"_s).toString(), session.trackTable()->rowById(failingId)->path);
        // Renamed in the track pane: the detail's title follows at once.
        QSignalSpy currentChanged(quality, &QualityCatalog::currentChanged);
        QVERIFY(session.setTrackField(failingId, u"title"_s, u"Renamed Take"_s));
        QVERIFY(!currentChanged.isEmpty());
        QVERIFY(quality->current().value(u"title"_s).toString().startsWith(u"Renamed Take"_s));
        QVERIFY(!quality->current().value(u"checks"_s).toList().isEmpty());
        QTRY_VERIFY(!quality->currentPicture().isEmpty());
        const QVariantList curve = quality->currentPicture().value(u"curve"_s).toList();
        QCOMPARE(curve.size(), 3);
        QVERIFY(!curve.at(1).isValid()); // gated out
        const QVariantList markers = quality->currentPicture().value(u"markers"_s).toList();
        QCOMPARE(markers.size(), 1); // three clipping runs at 12.5 s
        QCOMPARE(markers.first().toMap().value(u"text"_s).toString(), u"3 clipping runs at 0:12.5"_s);
        QVERIFY(!quality->currentPicture().contains(u"targetLabel"_s)); // content creation has none
        // Another profile: the picture follows (Broadcast has a target, no reference).
        QSignalSpy pictureChanged(quality, &QualityCatalog::currentPictureChanged);
        quality->setProfileKey(u"broadcast"_s);
        QCOMPARE(pictureChanged.size(), 1);
        QCOMPARE(quality->currentPicture().value(u"targetLabel"_s).toString(), u"Target −23 LUFS"_s);
    }

    // The list finds a track's row by its id, through every new set of rows.
    void rowsAreFoundByTrackAfterEachReload()
    {
        const auto rows = [](const QList<qint64> &ids) {
            QList<TrackQualityRow> list;
            for (qint64 id : ids)
                list.append(TrackQualityRow { id, u"Song %1"_s.arg(id), {}, {}, 0, {}, std::nullopt, {} });
            return list;
        };
        QualityListModel model;
        model.setRows(rows({ 7, 3, 9 }));
        QCOMPARE(model.rowOfTrack(3), 1);
        QCOMPARE(model.row(9)->title, u"Song 9"_s);
        model.setRows(rows({ 9, 7 }));
        QCOMPARE(model.rowOfTrack(9), 0);
        QCOMPARE(model.rowOfTrack(7), 1);
        QCOMPARE(model.rowOfTrack(3), -1);
        QVERIFY(!model.row(3));
        QVERIFY(model.updateRows(rows({ 7 })));
        QCOMPARE(model.rowOfTrack(7), 1);
        QVERIFY(!model.updateRows(rows({ 3 })));
    }

    // In a session the list names its tracks from the track table (issue 18: its rows no longer
    // repeat every title and path): an edit there shows in the list at once, the loudness
    // column's changes do not touch it, and a track the table lacks keeps the row's own name.
    void aSessionsTrackTableNamesTheTracks()
    {
        QualityListModel model;
        QAbstractItemModelTester tester(&model);
        model.setRows({ TrackQualityRow { 7, u"Stale"_s, u"Demo"_s, u"Stale Artist"_s, 0, u"stale.wav"_s,
                            std::nullopt, {} },
            TrackQualityRow { 8, u"Own Title"_s, {}, u"Own Artist"_s, 0, u"own.wav"_s, std::nullopt, {} } });
        TrackTableModel table;
        TrackRow other; // the table's first row: its rows and the list's are not the same
        other.id = 5;
        other.title = u"Not Listed"_s;
        TrackRow row;
        row.id = 7;
        row.title = u"Night Ferry"_s;
        row.version = u"Live"_s;
        row.artist = u"Nova Lark"_s;
        row.path = u"Nova Lark/Night Ferry.flac"_s;
        table.setRows({ other, row });
        model.setTrackTable(&table);
        const auto title = [&model](qint64 id) {
            return model.data(model.index(model.rowOfTrack(id)), QualityListModel::TitleRole).toString();
        };
        QCOMPARE(title(7), u"Night Ferry (Live)"_s);
        QCOMPARE(model.data(model.index(0), QualityListModel::ArtistRole).toString(), u"Nova Lark"_s);
        QCOMPARE(model.namesOf(*model.row(7)).path, u"Nova Lark/Night Ferry.flac"_s);
        QCOMPARE(title(8), u"Own Title"_s);
        QCOMPARE(model.namesOf(*model.row(8)).path, u"own.wav"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        table.setField(7, TrackTableModel::TitleRole, u"Day Ferry"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOfTrack(7));
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(QualityListModel::TitleRole));
        QCOMPARE(title(7), u"Day Ferry (Live)"_s);
        table.setLoudnessOf(7, -14.0);
        table.setLoudness({ { 7, -9.0 } });
        QCOMPARE(changed.size(), 1);
        // A bulk edit: one signal for the listed tracks among its rows.
        table.setFields({ { 5, TrackTableModel::ArtistRole, u"Someone"_s },
            { 7, TrackTableModel::ArtistRole, u"Lark & Co"_s } });
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).toModelIndex().row(), model.rowOfTrack(7));
        QCOMPARE(changed.last().at(1).toModelIndex().row(), model.rowOfTrack(7));
        QCOMPARE(model.data(model.index(model.rowOfTrack(7)), QualityListModel::ArtistRole).toString(),
            u"Lark & Co"_s);
        model.setTrackTable(nullptr);
        QCOMPARE(title(7), u"Stale (Demo)"_s);
    }

    // Rows read for a session's list leave the title and path to the track table; the rest is
    // read as for any other list.
    void rowsReadWithoutTitlesAndPaths()
    {
        Test::TestCatalog catalog(3);
        QSqlDatabase db = catalog.store().connection();
        const auto full = AnalysisRepository::trackRows(db, nullptr);
        const auto bare = AnalysisRepository::trackRows(db, nullptr, {}, false);
        QVERIFY(full && bare);
        QCOMPARE(bare->size(), full->size());
        QCOMPARE(full->size(), 3);
        for (qsizetype i = 0; i < full->size(); ++i) {
            QVERIFY(!full->at(i).title.isEmpty() && !full->at(i).relativePath.isEmpty());
            QVERIFY(bare->at(i).title.isEmpty() && bare->at(i).relativePath.isEmpty());
            QCOMPARE(bare->at(i).trackId, full->at(i).trackId);
            QCOMPARE(bare->at(i).artist, full->at(i).artist);
            QCOMPARE(bare->at(i).assetId, full->at(i).assetId);
            QCOMPARE(bare->at(i).stems.hasInstrumental, full->at(i).stems.hasInstrumental);
        }
    }

    // A reload judges its rows on the catalog thread under the profile shown when it was asked
    // for; one chosen while it runs is the one its rows are shown under.
    void aProfileChosenDuringAReloadIsTheOneShown()
    {
        AnalysedSession analysed('f', 3);
        QVERIFY(analysed.ready);
        QualityCatalog *quality = analysed.quality;
        QCOMPARE(analysed.verdict(), u"fail"_s);

        analysed.session->catalogThread()->post([] { QThread::msleep(300); });
        QSignalSpy done(quality, &QualityCatalog::reloaded);
        quality->reload(); // judged under Streaming, which fails clipping...
        quality->setProfileKey(u"content"_s); // ...shown under Content creation, which does not
        QVERIFY(done.wait(10000));
        QCOMPARE(quality->profileKey(), u"content"_s);
        QCOMPARE(analysed.verdict(), u"pass"_s);
        quality->setProfileKey(u"streaming"_s);
        QCOMPARE(analysed.verdict(), u"fail"_s);
    }

    // A reload reads the stored profiles; an edit made after it was asked for is saved after
    // that read, so the profile the reload brings back is older than the one shown: the edit
    // stays shown, with its verdicts. Another profile's stored change, read by it, is shown.
    void aProfileEditMadeDuringAReloadStaysShown()
    {
        AnalysedSession analysed('g', 0);
        QVERIFY(analysed.ready);
        QualityCatalog *quality = analysed.quality;
        QCOMPARE(analysed.verdict(), u"pass"_s);

        QSemaphore reading;
        analysed.session->catalogThread()->post([&reading] { reading.acquire(); });
        QSignalSpy done(quality, &QualityCatalog::reloaded);
        quality->reload(); // reads the default streaming profile...
        // ...and this stricter ceiling is saved after that read: −3 dBTP now warns.
        QVERIFY(quality->setProfileField(u"streaming"_s, u"warnTruePeakDbtp"_s, u"-4"_s));
        // Someone else's broadcast change, stored before the read.
        QualityProfile broadcast = *QualityProfile::defaultFor(u"broadcast"_s);
        broadcast.targetLufs = -24;
        QVERIFY(ProfileChanges::save(
            analysed.catalog.store().connection(), *QualityProfile::defaultFor(u"broadcast"_s), broadcast)
                .ok);
        reading.release();
        QVERIFY(done.wait(10000));
        analysed.session->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(analysed.verdict(), u"warn"_s);
        QVERIFY(!quality->isProfileDefault(u"streaming"_s));
        QVERIFY(!quality->isProfileDefault(u"broadcast"_s));

        // The next reload reads the saved edit.
        QVERIFY(reloaded(quality));
        QCOMPARE(analysed.verdict(), u"warn"_s);
        QVERIFY(!quality->isProfileDefault(u"streaming"_s));
    }

    void profileEditsReevaluateWithoutAnalysingAndUndo()
    {
        Test::TestCatalog catalog(2);
        QSqlDatabase db = catalog.store().connection();
        QVERIFY(analyseFirstMaster(catalog.store(), 'e', 0));

        CatalogSession session(catalog.store());
        QualityCatalog *quality = session.quality();
        EditHistory *history = session.history();
        QVERIFY(reloaded(quality));
        QualityListModel *model = quality->model();
        const int row
            = model->rowOfTrack(quality->model()->index(0).data(QualityListModel::TrackIdRole).toLongLong());
        const auto verdict = [&] {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r).data(QualityListModel::AnalysedRole).toBool())
                    return model->index(r).data(QualityListModel::VerdictRole).toString();
            }
            return QString();
        };
        QCOMPARE(row, 0);
        QCOMPARE(verdict(), u"pass"_s); // −3 dBTP under a −1 dBTP warning
        QVERIFY(quality->isProfileDefault(u"streaming"_s));

        // Refused: nothing changes, the reason is given.
        QSignalSpy errors(quality, &QualityCatalog::errorOccurred);
        QCOMPARE(quality->validateProfileField(u"streaming"_s, u"warnTruePeakDbtp"_s, u"9"_s),
            u"Warn: true peak above must be between −20 and 3 dBTP"_s);
        QVERIFY(!quality->setProfileField(u"streaming"_s, u"warnTruePeakDbtp"_s, u"9"_s));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!history->canUndo());

        // Stricter ceiling: the same measurements now warn, at once and without a new analysis.
        QSignalSpy profilesChanged(quality, &QualityCatalog::profilesChanged);
        QVERIFY(quality->setProfileField(u"streaming"_s, u"warnTruePeakDbtp"_s, u"-4"_s));
        QCOMPARE(verdict(), u"warn"_s);
        QCOMPARE(profilesChanged.size(), 1);
        QVERIFY(!quality->isProfileDefault(u"streaming"_s));
        QVERIFY(history->canUndo());
        QCOMPARE(history->undoText(), u"Undo Profile Change"_s);
        session.waitForIdle();
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM quality_profiles"_s), 1);
        QCOMPARE(AnalysisRepository::profiles(db, nullptr)->first().warnTruePeakDbtp, -4.0);
        const QVariantList fields = quality->profileFields(u"streaming"_s);
        const auto field = std::find_if(fields.cbegin(), fields.cend(),
            [](const QVariant &f) { return f.toMap().value(u"name"_s) == u"warnTruePeakDbtp"_s; });
        QVERIFY(field != fields.cend());
        QCOMPARE(field->toMap().value(u"value"_s).toString(), u"-4"_s);
        QCOMPARE(field->toMap().value(u"defaultValue"_s).toString(), u"-1"_s);

        // Undo puts the default back (no stored row), redo the edit.
        history->undo();
        QCOMPARE(verdict(), u"pass"_s);
        QVERIFY(quality->isProfileDefault(u"streaming"_s));
        session.waitForIdle();
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM quality_profiles"_s), 0);
        history->redo();
        QCOMPARE(verdict(), u"warn"_s);

        // A second edit, then one reset puts every threshold back as one undo step.
        QVERIFY(quality->setProfileField(u"streaming"_s, u"failOnClipping"_s, u"false"_s));
        QVERIFY(quality->resetProfile(u"streaming"_s));
        QVERIFY(quality->isProfileDefault(u"streaming"_s));
        QCOMPARE(verdict(), u"pass"_s);
        QCOMPARE(history->undoText(), u"Undo Reset Profile"_s);
        history->undo();
        QVERIFY(!quality->isProfileDefault(u"streaming"_s));
        QCOMPARE(verdict(), u"warn"_s);
        session.waitForIdle();
        const QualityProfile stored = AnalysisRepository::profiles(db, nullptr)->first();
        QCOMPARE(stored.warnTruePeakDbtp, -4.0);
        QVERIFY(!stored.failOnClipping);

        // Another profile's edit leaves the selected one's verdicts alone.
        QVERIFY(quality->setProfileField(u"broadcast"_s, u"targetLufs"_s, u"-24"_s));
        QCOMPARE(verdict(), u"warn"_s);
        QCOMPARE(quality->profileKey(), u"streaming"_s);
    }

    // An instrumental recording of a track is found by its original, or by the same title (case
    // aside) and artist; reading a few tracks must find the same ones as reading all of them.
    void instrumentalVersionsAreFoundForOneTrackAsForAll()
    {
        Test::TestCatalog catalog(1);
        QSqlDatabase db = catalog.store().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO tracks (id, title, version, display_artist, original_track_id) VALUES "
                       "(101, 'Night Ferry', '', 'Nova Lark', NULL), "
                       "(102, 'NIGHT FERRY', 'Instrumental', 'Nova Lark', NULL), "
                       "(103, 'Dawn', '', 'Nova Lark', NULL), "
                       "(104, 'Dawn (TV Mix)', 'Instrumental', 'Nova Lark', 103), "
                       "(105, 'Night Ferry', '', 'Someone Else', NULL)"_s));
        const auto hasInstrumental = [&](const QList<qint64> &only) {
            QHash<qint64, bool> found;
            const auto rows = AnalysisRepository::trackRows(db, nullptr, only);
            for (const TrackQualityRow &row : *rows)
                found.insert(row.trackId, row.stems.hasInstrumental);
            return found;
        };
        const QHash<qint64, bool> all = hasInstrumental({});
        QVERIFY(all.value(101));
        QVERIFY(all.value(103));
        QVERIFY(!all.value(105)); // another artist's song of that title
        for (const qint64 id : { 101, 102, 103, 104, 105 })
            QCOMPARE(hasInstrumental({ id }).value(id), all.value(id));
        QCOMPARE(hasInstrumental({ 101, 105 }), (QHash<qint64, bool> { { 101, true }, { 105, false } }));
    }

    void stemsAndTheirNullTestReachTheRows()
    {
        Test::TestCatalog catalog(2);
        QSqlDatabase db = catalog.store().connection();
        QSqlQuery q(db);
        const qint64 track = Test::scalar(catalog.store(), u"SELECT min(id) FROM tracks"_s);
        const qint64 master = Test::scalar(
            catalog.store(), u"SELECT id FROM assets WHERE track_id = %1 AND kind = 'master'"_s.arg(track));
        for (const QString &type : { u"bass"_s, u"vocals"_s }) {
            QVERIFY(q.exec(u"INSERT INTO assets (rel_path, kind, stem_type, track_id, size, mtime_ms) "
                           "VALUES ('Stems/%1.wav', 'stem', '%1', %2, 1, 1)"_s.arg(type)
                               .arg(track)));
        }
        QVERIFY(q.exec(u"INSERT INTO assets (rel_path, kind, track_id, size, mtime_ms) "
                       "VALUES ('Cut 30.wav', 'cutdown', %1, 1, 1)"_s.arg(track)));
        const auto stemIds = [&] {
            QList<qint64> ids;
            QSqlQuery s(db);
            s.exec(u"SELECT id FROM assets WHERE kind IN ('stem', 'cutdown') ORDER BY id"_s);
            while (s.next())
                ids.append(s.value(0).toLongLong());
            return ids;
        }();
        AnalysisRecord masterRecord = record(master, hashOf('m'), -14, 0);
        AnalysisRecord bass = record(stemIds.at(0), hashOf('b'), -20, 0);
        AnalysisRecord vocals = record(stemIds.at(1), hashOf('v'), -20, 0);
        vocals.facts.sampleRate = 48000;
        AnalysisRecord cut = record(stemIds.at(2), hashOf('c'), -14, 0);
        cut.facts.durationSeconds = 30.2;
        QVERIFY(AnalysisRepository::save(db, { masterRecord, bass, vocals, cut }, nullptr));

        // A null test is due; once stored for these files, it is current.
        QString error;
        auto jobs = AnalysisRepository::nullTestJobs(db, &error);
        QVERIFY2(jobs, qPrintable(error));
        QCOMPARE(jobs->size(), 1);
        QCOMPARE(jobs->first().trackId, track);
        QCOMPARE(jobs->first().mixAssetId, master);
        QCOMPARE(jobs->first().stemNames, (QStringList { u"bass"_s, u"vocals"_s }));
        QVERIFY(!jobs->first().current);
        QVERIFY(!jobs->first().signature.isEmpty());
        QVERIFY(AnalysisRepository::saveNullTests(
            db, { { track, jobs->first().signature, NullTestFacts { -18.5, {} }, 480000 } }, &error));
        QVERIFY(AnalysisRepository::nullTestJobs(db, nullptr)->first().current);

        auto rows = AnalysisRepository::trackRows(db, &error);
        QVERIFY2(rows, qPrintable(error));
        const TrackQualityRow &row = rows->first();
        QCOMPARE(row.trackId, track);
        QCOMPARE(row.stems.stems.size(), 2);
        QCOMPARE(row.stems.cutdowns.size(), 1);
        QVERIFY(row.stems.nullTest);
        QCOMPARE(row.stems.nullTest->residualDb, -18.5);
        QVERIFY(row.stems.hasVocals()); // a stem called vocals
        QCOMPARE(row.stems.referenceSampleRate, 44100);

        const QualityReport report = evaluateStems(*QualityProfile::defaultFor(u"sync"_s), row.stems);
        QCOMPARE(report.check(u"stem:bass"_s)->verdict, Verdict::Pass);
        QCOMPARE(report.check(u"stem:vocals"_s)->verdict, Verdict::Fail); // 48 kHz under a 44.1 kHz master
        QCOMPARE(report.check(u"stemNull"_s)->verdict, Verdict::Fail);
        QCOMPARE(report.check(u"cutdown:Cut 30"_s)->verdict, Verdict::Fail);
        QCOMPARE(report.check(u"instrumental"_s)->verdict, Verdict::Fail);

        // The model: the stems column, and the Sync verdict that counts them.
        CatalogSession session(catalog.store());
        QualityCatalog *quality = session.quality();
        QSignalSpy reloaded(quality, &QualityCatalog::reloaded);
        quality->reload();
        QVERIFY(reloaded.wait(10000));
        QualityListModel *model = quality->model();
        const QModelIndex index = model->index(model->rowOfTrack(track));
        QCOMPARE(index.data(QualityListModel::StemsRole).toString(), u"fail"_s);
        QCOMPARE(index.data(QualityListModel::VerdictRole).toString(), u"pass"_s); // streaming ignores stems
        quality->setCurrentTrackId(track);
        QCOMPARE(quality->current().value(u"stemsVerdict"_s).toString(), u"fail"_s);
        QCOMPARE(quality->current().value(u"stems"_s).toList().size(), 5);
        // A failing stem's fix link leads to its own row in the track's details (Remove, then
        // Attach Stems… for the one exported again); a passing one has nowhere to go.
        int linked = 0;
        for (const QVariant &check : quality->current().value(u"stems"_s).toList()) {
            const QVariantMap map = check.toMap();
            linked += map.value(u"target"_s).toMap().value(u"field"_s).toString().startsWith(u"trackFile_"_s);
            const QVariantMap target = map.value(u"target"_s).toMap();
            if (map.value(u"id"_s).toString() == u"stem:vocals"_s) {
                QCOMPARE(map.value(u"assetId"_s).toLongLong(), stemIds.at(1));
                QCOMPARE(target.value(u"page"_s).toString(), u"catalog"_s);
                QCOMPARE(target.value(u"recordId"_s).toLongLong(), track);
                QCOMPARE(target.value(u"field"_s).toString(),
                    u"trackFile_%1/removeTrackFileButton"_s.arg(stemIds.at(1)));
            } else if (map.value(u"id"_s).toString() == u"cutdown:Cut 30"_s) {
                QCOMPARE(target.value(u"field"_s).toString(),
                    u"trackFile_%1/removeTrackFileButton"_s.arg(stemIds.at(2)));
            } else if (map.value(u"id"_s).toString() == u"stem:bass"_s) {
                QVERIFY(!target.value(u"field"_s).toString().startsWith(u"trackFile_"_s));
            }
        }
        QCOMPARE(linked, 2); // the failing stem and cut-down
        quality->setProfileKey(u"sync"_s);
        QCOMPARE(index.data(QualityListModel::VerdictRole).toString(), u"fail"_s);
        QCOMPARE(
            model->index(model->rowOfTrack(track) == 0 ? 1 : 0).data(QualityListModel::StemsRole).toString(),
            u"none"_s);

        // What readiness sees: Sync fails on the stems, the stems on their rate and null test.
        const auto verdicts = QualityVerdicts::read(db, 0, &error);
        QVERIFY2(verdicts, qPrintable(error));
        const QMap<QString, QString> ofTrack = verdicts->value(track);
        QCOMPARE(ofTrack.value(u"content"_s), u"pass"_s);
        QCOMPARE(ofTrack.value(u"streaming"_s), u"pass"_s);
        QVERIFY2(ofTrack.value(u"sync"_s).startsWith(u"fail: "_s), qPrintable(ofTrack.value(u"sync"_s)));
        const QString stems = ofTrack.value(u"stems"_s);
        QVERIFY2(
            stems.startsWith(u"fail: Stem “vocals” 48 kHz, 200.000 s"_s) && stems.contains(u"−18.5 dB"_s),
            qPrintable(stems));
        QVERIFY(!verdicts->contains(track + 1) || !verdicts->value(track + 1).contains(u"stems"_s));

        // One track alone (the preflight, the track pane): the same row, job and verdicts.
        const auto alone = AnalysisRepository::trackRows(db, &error, { track });
        QVERIFY2(alone && alone->size() == 1, qPrintable(error));
        QCOMPARE(alone->first().stems.stems.size(), 2);
        QCOMPARE(alone->first().stems.cutdowns.size(), 1);
        QVERIFY(alone->first().stems.nullTest);
        QCOMPARE(alone->first().stems.nullTest->residualDb, -18.5);
        QCOMPARE(AnalysisRepository::nullTestJobs(db, nullptr, { track })->size(), 1);
        QVERIFY(AnalysisRepository::nullTestJobs(db, nullptr, { track + 1 })->isEmpty());
        QVERIFY(AnalysisRepository::trackRows(db, nullptr, { track + 1 })->first().stems.stems.isEmpty());
        QCOMPARE(QualityVerdicts::read(db, track, nullptr)->value(track), ofTrack);

        // A stem changes: the stored test is stale and no longer shown.
        QVERIFY(AnalysisRepository::save(db, { record(stemIds.at(0), hashOf('x'), -20, 0) }, nullptr));
        QVERIFY(!AnalysisRepository::nullTestJobs(db, nullptr)->first().current);
        QVERIFY(!AnalysisRepository::trackRows(db, nullptr)->first().stems.nullTest);
    }
};

QTEST_GUILESS_MAIN(TestQualityCatalog)
#include "tst_qualitycatalog.moc"
