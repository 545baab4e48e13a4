// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AudioFixtures.h"
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "catalog/ImportWriter.h"
#include "import/Importer.h"
#include "quality/AnalysisRepository.h"
#include "releases/PlannedTracks.h"
#include "releases/ReleasePlanController.h"
#include "rights/Readiness.h"
#include "rights/RightsQueries.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

/// Planned tracks (issue 12): created on a release with no audio, undoable as one step, and
/// bound to the audio that arrives later by ISRC, else by title and artist, else by choice.
class TestPlannedTracks : public QObject
{
    Q_OBJECT

    static qint64 releaseId(const CatalogStore &store, const QString &title)
    {
        QSqlQuery query(store.connection());
        query.prepare(u"SELECT id FROM releases WHERE title = ?"_s);
        query.addBindValue(title);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    static qint64 plan(const CatalogStore &store, qint64 release, const PlannedTracks::PlannedTrack &track)
    {
        QString error;
        const auto id = PlannedTracks::create(store.connection(), release, track, &error);
        if (!id)
            qWarning() << error;
        return id.value_or(0);
    }

    // A master as the scan would read it; it has no album tag unless given.
    static ImportedFile master(const QString &path, const QString &title, const QString &artist,
        const QString &version = {}, const QString &isrc = {})
    {
        ImportedFile file;
        file.relativePath = path;
        file.title = title;
        file.artist = artist;
        file.version = version;
        file.isrc = isrc;
        file.format = u"WAV"_s;
        file.sampleRate = 48000;
        file.bitDepth = 24;
        file.channels = 2;
        file.durationMs = 181'000;
        file.size = 4242;
        file.mtimeMs = 1'800'000'000'000;
        return file;
    }

    static bool write(const CatalogStore &store, const QList<ImportedFile> &files)
    {
        ImportWriter writer(store.connection());
        ImportWriter::Counts counts;
        QString error;
        const bool ok = writer.writeBatch(files, &counts, &error) && writer.finish(&error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

    static int masterCount(const CatalogStore &store, qint64 trackId)
    {
        return Test::scalar(
            store, u"SELECT count(*) FROM assets WHERE kind = 'master' AND track_id = %1"_s.arg(trackId));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aPlannedTrackGoesAtTheEndWithTheReleasesArtist()
    {
        Test::TestCatalog catalog(6); // Glass Harbour: Song 1, Song 4 by Nova Lark
        const CatalogStore store = catalog.store();
        const qint64 release = releaseId(store, u"Glass Harbour"_s);
        const qint64 id
            = plan(store, release, { u"  Night   Ferry "_s, {}, u"Radio Edit"_s, u"qz-k6h-26-09999"_s });
        QVERIFY(id > 0);
        QSqlQuery query(store.connection());
        QVERIFY(query.exec(u"SELECT t.title, t.display_artist, t.version, t.isrc, rt.track_number, "
                           "(SELECT count(*) FROM assets WHERE track_id = t.id) FROM tracks t "
                           "JOIN release_tracks rt ON rt.track_id = t.id WHERE t.id = %1"_s.arg(id)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"Night Ferry"_s);
        QCOMPARE(query.value(1).toString(), u"Nova Lark"_s);
        QCOMPARE(query.value(2).toString(), u"Radio Edit"_s);
        QCOMPARE(query.value(3).toString(), u"QZK6H2609999"_s);
        QCOMPARE(query.value(4).toInt(), 3);
        QCOMPARE(query.value(5).toInt(), 0);
        QVERIFY(!PlannedTracks::hasAudio(store.connection(), id));
    }

    void badPlansAreRefusedWithTheReason()
    {
        Test::TestCatalog catalog(3);
        const CatalogStore store = catalog.store();
        const qint64 release = releaseId(store, u"Glass Harbour"_s);
        QString error;
        QVERIFY(!PlannedTracks::create(store.connection(), release, { u"  "_s, {}, {}, {} }, &error));
        QVERIFY2(error.contains(u"title"_s), qPrintable(error));
        QVERIFY(!PlannedTracks::create(
            store.connection(), release, { u"X"_s, {}, {}, u"not an isrc"_s }, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!PlannedTracks::create(
            store.connection(), release, { u"X"_s, {}, {}, u"QZK6H2600001"_s }, &error));
        QVERIFY2(error.contains(u"Song 1"_s), qPrintable(error)); // who holds it
        QVERIFY(!PlannedTracks::create(store.connection(), 9999, { u"X"_s, {}, {}, {} }, &error));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 3);
    }

    void planningIsOneUndoStep()
    {
        Test::TestCatalog catalog(6);
        CatalogSession session(catalog.store());
        session.reload();
        session.waitForIdle();
        QCoreApplication::processEvents();
        ReleaseCatalog *releases = session.releases();
        const qint64 release = releaseId(catalog.store(), u"Glass Harbour"_s);
        releases->setCurrentReleaseId(release);
        session.waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(releases->currentTracks().size(), 2);

        ReleasePlanController planner;
        planner.setSession(&session);
        QSignalSpy added(&planner, &ReleasePlanController::plannedTrackAdded);
        QVERIFY(planner.addPlannedTrack(release, u"Night Ferry"_s, u"Nova Lark"_s, {}, {}));
        QVERIFY(added.wait(5000));
        QVERIFY2(planner.succeeded(), qPrintable(planner.message()));
        const qint64 id = added.first().first().toLongLong();
        QTRY_COMPARE(releases->currentTracks().size(), 3);
        const QVariantMap planned = releases->currentTracks().constLast().toMap();
        QCOMPARE(planned.value(u"trackId"_s).toLongLong(), id);
        QCOMPARE(planned.value(u"hasAudio"_s).toBool(), false);
        QVERIFY(releases->currentTracks().constFirst().toMap().value(u"hasAudio"_s).toBool());
        QTRY_COMPARE(session.trackCount(), 7);
        QVERIFY(session.history()->undoText().contains(u"Night Ferry"_s));
        // Someone sets its genre before the undo: the redo brings the track back as it went.
        QVERIFY(QSqlQuery(catalog.store().connection())
                .exec(u"UPDATE tracks SET genre = 'Folk' WHERE id = %1"_s.arg(id)));

        session.history()->undo();
        session.waitForIdle();
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM tracks WHERE id = %1"_s.arg(id)), 0);
        QCOMPARE(Test::scalar(
                     catalog.store(), u"SELECT count(*) FROM release_tracks WHERE track_id = %1"_s.arg(id)),
            0);
        QTRY_COMPARE(releases->currentTracks().size(), 2);
        QTRY_COMPARE(session.trackCount(), 6);

        session.history()->redo(); // the same track, in the same place
        session.waitForIdle();
        QCOMPARE(Test::scalar(catalog.store(),
                     u"SELECT track_number FROM release_tracks WHERE track_id = %1"_s.arg(id)),
            3);
        QSqlQuery genre(catalog.store().connection());
        QVERIFY(genre.exec(u"SELECT genre FROM tracks WHERE id = %1"_s.arg(id)) && genre.next());
        QCOMPARE(genre.value(0).toString(), u"Folk"_s);
        QTRY_COMPARE(releases->currentTracks().size(), 3);
    }

    void anInvalidPlanIsRefusedWithTheReason()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        ReleasePlanController planner;
        planner.setSession(&session);
        const qint64 release = releaseId(catalog.store(), u"Glass Harbour"_s);
        QVERIFY(!planner.addPlannedTrack(0, u"X"_s, {}, {}, {})); // no release chosen
        QVERIFY(!planner.addPlannedTrack(release, u""_s, {}, {}, {}));
        QVERIFY(planner.message().contains(u"title"_s));
        QVERIFY(!planner.addPlannedTrack(release, u"X"_s, {}, {}, u"GB-XYZ"_s));
        QVERIFY(!planner.message().isEmpty());
        // Refused in the catalog: the ISRC is Song 1's.
        QSignalSpy finished(&planner, &ReleasePlanController::finished);
        QVERIFY(planner.addPlannedTrack(release, u"X"_s, {}, {}, u"QZK6H2600001"_s));
        QVERIFY(finished.wait(5000));
        QVERIFY(!planner.succeeded());
        QVERIFY2(planner.message().contains(u"Song 1"_s), qPrintable(planner.message()));
        QVERIFY(!session.history()->canUndo());
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM tracks"_s), 3);
    }

    void importBindsByIsrc()
    {
        Test::TestCatalog catalog(3);
        const CatalogStore store = catalog.store();
        const qint64 id = plan(
            store, releaseId(store, u"Glass Harbour"_s), { u"Night Ferry"_s, {}, {}, u"QZK6H2601234"_s });
        // Another title in the tags: the ISRC says which recording it is.
        QVERIFY(write(store,
            { master(u"in/take 7.wav"_s, u"nf_final_v3"_s, u"nova lark"_s, {}, u"QZ-K6H-26-01234"_s) }));
        QCOMPARE(masterCount(store, id), 1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 4);
        QCOMPARE(
            Test::scalar(store,
                u"SELECT count(*) FROM tracks WHERE title = 'Night Ferry' AND display_artist = 'Nova Lark' "
                "AND duration_ms = 181000"_s),
            1);
    }

    void importBindsByTitleAndArtistIgnoringCaseAndSpaces()
    {
        Test::TestCatalog catalog(3);
        const CatalogStore store = catalog.store();
        const qint64 release = releaseId(store, u"Glass Harbour"_s);
        const qint64 original = plan(store, release, { u"Night Ferry"_s, u"Nova Lark"_s, {}, {} });
        const qint64 edit = plan(store, release, { u"Night Ferry"_s, u"Nova Lark"_s, u"Radio Edit"_s, {} });
        ImportedFile tagged
            = master(u"in/nf.wav"_s, u"night  ferry"_s, u"NOVA LARK "_s, {}, u"QZK6H2605555"_s);
        tagged.album = u"Some Other Album"_s; // the plan decides where it goes, not the tag
        tagged.trackNumber = 1;
        QVERIFY(write(store,
            { tagged, master(u"in/nf edit.wav"_s, u"Night Ferry"_s, u"Nova Lark"_s, u"radio edit"_s) }));
        QCOMPARE(masterCount(store, original), 1);
        QCOMPARE(masterCount(store, edit), 1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 5);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM releases"_s), 3); // no release from the album tag
        QCOMPARE(Test::scalar(
                     store, u"SELECT track_number FROM release_tracks WHERE track_id = %1"_s.arg(original)),
            2);
        // The file filled what the plan left open, and kept what it had.
        QCOMPARE(Test::scalar(store,
                     u"SELECT count(*) FROM tracks WHERE id = %1 AND isrc = 'QZK6H2605555' "
                     "AND title = 'Night Ferry'"_s.arg(original)),
            1);
    }

    void aDifferentVersionOrIsrcIsANewTrack()
    {
        Test::TestCatalog catalog(3);
        const CatalogStore store = catalog.store();
        const qint64 release = releaseId(store, u"Glass Harbour"_s);
        const qint64 planned = plan(store, release, { u"Night Ferry"_s, {}, {}, u"QZK6H2601234"_s });
        QVERIFY(write(store,
            { master(u"in/a.wav"_s, u"Night Ferry"_s, u"Nova Lark"_s, u"Instrumental"_s),
                master(u"in/b.wav"_s, u"Night Ferry"_s, u"Nova Lark"_s, {}, u"QZK6H2609876"_s) }));
        QCOMPARE(masterCount(store, planned), 0);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 6);
    }

    void importingAgainDuplicatesNothing()
    {
        Test::TestCatalog catalog(3);
        const CatalogStore store = catalog.store();
        const qint64 id = plan(store, releaseId(store, u"Glass Harbour"_s), { u"Night Ferry"_s, {}, {}, {} });
        const ImportedFile file = master(u"in/nf.wav"_s, u"Night Ferry "_s, u"Nova Lark"_s);
        QVERIFY(write(store, { file }));
        QVERIFY(write(store, { file }));
        QCOMPARE(masterCount(store, id), 1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 4);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets"_s), 4);
    }

    void theUsersChoiceBindsWhateverTheTagsSay()
    {
        Test::TestCatalog catalog(3);
        const CatalogStore store = catalog.store();
        const qint64 id = plan(store, releaseId(store, u"Glass Harbour"_s), { u"Night Ferry"_s, {}, {}, {} });
        ImportWriter writer(store.connection());
        QString error;
        QVERIFY2(writer.bindToTrack(master(u"in/untitled.wav"_s, u"Untitled"_s, u"Someone"_s), id, &error),
            qPrintable(error));
        QCOMPARE(masterCount(store, id), 1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 4);
        QCOMPARE(Test::scalar(store,
                     u"SELECT count(*) FROM tracks WHERE id = %1 AND title = 'Night Ferry' "
                     "AND display_artist = 'Nova Lark'"_s.arg(id)),
            1);
    }

    void bindingAnotherTracksFileIsRefused()
    {
        Test::TestCatalog catalog(3);
        const CatalogStore store = catalog.store();
        const qint64 release = releaseId(store, u"Glass Harbour"_s);
        const qint64 id = plan(store, release, { u"Night Ferry"_s, {}, {}, {} });
        const ImportedFile song1 = Test::generatedFiles(1).constFirst();
        ImportWriter writer(store.connection());
        QString error;
        QVERIFY(!writer.bindToTrack(song1, id, &error));
        QVERIFY2(error.contains(u"Song 1"_s), qPrintable(error));
        QCOMPARE(masterCount(store, id), 0);
        // A track that has its audio keeps it.
        QVERIFY(writer.bindToTrack(master(u"in/nf.wav"_s, u"NF"_s, {}), id, &error));
        QVERIFY(!writer.bindToTrack(master(u"in/other.wav"_s, u"NF"_s, {}), id, &error));
        QVERIFY2(error.contains(u"in/nf.wav"_s), qPrintable(error));
        QCOMPARE(masterCount(store, id), 1);
        QVERIFY(!writer.bindToTrack(master(u"in/x.wav"_s, u"X"_s, {}), 9999, &error));
    }

    void importerBindsARealFileAndNamesBadOnes()
    {
        Test::TestCatalog catalog(3);
        const CatalogStore store = catalog.store();
        const qint64 id = plan(store, releaseId(store, u"Glass Harbour"_s), { u"Night Ferry"_s, {}, {}, {} });
        QTemporaryDir files;
        QString error;
        const QString flac = Testing::makeAudioFile(files.path(), u"take"_s, u"flac"_s, &error);
        QVERIFY2(!flac.isEmpty(), qPrintable(error));
        QFile broken(files.filePath(u"broken.wav"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("RIFF not really");
        broken.close();

        Importer importer(store);
        BindResult result = importer.bindFile(broken.fileName(), id);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"broken.wav"_s), qPrintable(result.error));
        result = importer.bindFile(files.filePath(u"notes.txt"_s), id);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"notes.txt"_s), qPrintable(result.error));
        QCOMPARE(masterCount(store, id), 0);

        result = importer.bindFile(flac, id);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(masterCount(store, id), 1);
        QVERIFY(Test::scalar(store, u"SELECT duration_ms FROM tracks WHERE id = %1"_s.arg(id)) > 0);
    }

    void readinessAndQualitySayThereIsNoMasterYet()
    {
        Test::TestCatalog catalog(3);
        const CatalogStore store = catalog.store();
        const qint64 id = plan(store, releaseId(store, u"Glass Harbour"_s), { u"Night Ferry"_s, {}, {}, {} });
        QString error;
        const auto facts = RightsQueries::trackFacts(store.connection(), {}, QDate(2026, 12, 1), id, &error);
        QVERIFY2(facts && facts->size() == 1, qPrintable(error));
        const QList<Readiness::Finding> findings
            = Readiness::check(facts->first(), Readiness::Use::ContentCreation);
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
            [](const Readiness::Finding &f) { return f.ruleId == u"content.master.missing"; }));
        QVERIFY(std::none_of(findings.cbegin(), findings.cend(),
            [](const Readiness::Finding &f) { return f.ruleId.startsWith(u"content.audio"_s); }));
        const auto rows = AnalysisRepository::trackRows(store.connection(), &error);
        QVERIFY(rows);
        const auto row = std::find_if(
            rows->cbegin(), rows->cend(), [id](const TrackQualityRow &r) { return r.trackId == id; });
        QVERIFY(row != rows->cend());
        QCOMPARE(row->assetId, qint64(0));
        QVERIFY(!row->facts);
    }
};

QTEST_GUILESS_MAIN(TestPlannedTracks)

#include "tst_plannedtracks.moc"
