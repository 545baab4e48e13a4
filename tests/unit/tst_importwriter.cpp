// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TestCatalog.h"
#include "catalog/ImportWriter.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestImportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesTracksReleasesArtistsAndAssets()
    {
        Test::TestCatalog catalog(12);
        QVERIFY(catalog.isValid());
        const CatalogStore store = catalog.store();
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 12);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM releases"_s), 3);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM parties"_s), 3);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM release_tracks"_s), 12);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE kind = 'master'"_s), 12);
        // 4 tracks per release, untagged type: an EP by the streaming services' rule.
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM releases WHERE release_type = 'ep'"_s), 3);
    }

    void writingTheSameFilesAgainUpdatesWithoutDuplicates()
    {
        Test::TestCatalog catalog(6);
        const CatalogStore store = catalog.store();
        ImportWriter writer(store.connection());
        auto files = Test::generatedFiles(6);
        files[0].title = u"Song 1"_s; // same identity
        files[0].durationMs = 99'000;
        ImportWriter::Counts counts;
        QString error;
        QVERIFY2(writer.writeBatch(files, &counts, &error), qPrintable(error));
        QCOMPARE(counts.added, 0);
        QCOMPARE(counts.updated, 6);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 6);
        QCOMPARE(
            Test::scalar(store, u"SELECT duration_ms FROM tracks WHERE isrc = 'QZK6H2600001'"_s), 99'000);
        QCOMPARE(writer.knownFiles().size(), 6);
    }

    // A master found at another path, without an ISRC, is the same recording when its artist,
    // title and version are: also when it has no artist (the lookup of "no artist" is its own).
    void aMovedFileWithoutIsrcFindsItsTrackByArtistAndTitle()
    {
        Test::TestCatalog catalog(0);
        const CatalogStore store = catalog.store();
        auto files = Test::generatedFiles(2);
        for (ImportedFile &file : files)
            file.isrc.clear();
        files[1].artist.clear();
        files[1].albumArtist.clear();
        ImportWriter writer(store.connection());
        ImportWriter::Counts counts;
        QString error;
        QVERIFY2(writer.writeBatch(files, &counts, &error), qPrintable(error));
        QCOMPARE(counts.added, 2);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks WHERE primary_artist_id IS NULL"_s), 1);
        for (ImportedFile &file : files)
            file.relativePath.prepend(u"moved/"_s);
        ImportWriter::Counts again;
        QVERIFY2(writer.writeBatch(files, &again, &error), qPrintable(error));
        QCOMPARE(again.added, 2); // files at new paths
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 2);
        QCOMPARE(
            Test::scalar(store, u"SELECT count(DISTINCT track_id) FROM assets WHERE kind = 'master'"_s), 2);
    }

    void stemsAndArtworkFindTheirTrackAndRelease()
    {
        Test::TestCatalog catalog(3);
        const CatalogStore store = catalog.store();
        ImportedFile stem = Test::generatedFiles(1).constFirst();
        stem.kind = ImportedFile::Kind::Stem;
        stem.stemType = u"drums"_s;
        stem.isrc.clear();
        stem.album.clear();
        stem.relativePath = u"Nova Lark/Glass Harbour/Stems/Song 1/drums.wav"_s;
        ImportedFile cover;
        cover.kind = ImportedFile::Kind::Artwork;
        cover.relativePath = u"Nova Lark/Glass Harbour/cover.jpg"_s;
        cover.format = u"JPEG"_s;
        cover.width = cover.height = 3000;
        ImportWriter writer(store.connection());
        ImportWriter::Counts counts;
        QString error;
        QVERIFY2(writer.writeBatch({ stem, cover }, &counts, &error), qPrintable(error));
        QVERIFY2(writer.finish(&error), qPrintable(error));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 3);
        QCOMPARE(Test::scalar(store,
                     u"SELECT count(*) FROM assets a JOIN tracks t ON t.id = a.track_id "
                     "WHERE a.kind = 'stem' AND t.title = 'Song 1'"_s),
            1);
        QCOMPARE(Test::scalar(store,
                     u"SELECT count(*) FROM releases r JOIN assets a ON a.id = r.artwork_asset_id "
                     "WHERE r.title = 'Glass Harbour'"_s),
            1);
    }

    void aFailingBatchLeavesNothingBehind()
    {
        Test::TestCatalog catalog(0);
        const CatalogStore store = catalog.store();
        auto files = Test::generatedFiles(3);
        files[2].title = QString(); // NOT NULL: the third file fails
        ImportWriter writer(store.connection());
        ImportWriter::Counts counts;
        QString error;
        QVERIFY(!writer.writeBatch(files, &counts, &error));
        QVERIFY2(error.contains(files[2].relativePath), qPrintable(error));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 0);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM parties"_s), 0);
        // The cached ids were rolled back too: the next batch works.
        files[2].title = u"Song 3"_s;
        QVERIFY2(writer.writeBatch(files, &counts, &error), qPrintable(error));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 3);
    }

    void malformedIsrcsAreNotStored()
    {
        Test::TestCatalog catalog(0);
        auto files = Test::generatedFiles(2);
        files[0].isrc = u"qz-k6h-26-00042"_s;
        files[1].isrc = u"not an isrc"_s;
        ImportWriter writer(catalog.store().connection());
        ImportWriter::Counts counts;
        QString error;
        QVERIFY(writer.writeBatch(files, &counts, &error));
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM tracks WHERE isrc = 'QZK6H2600042'"_s), 1);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM tracks WHERE isrc IS NULL"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportWriter)
#include "tst_importwriter.moc"
