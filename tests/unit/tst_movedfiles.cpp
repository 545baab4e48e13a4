// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Issue 15, item 3: a file moved or renamed outside Imprint keeps its track: found by the hash of
// its decoded audio once analysed, before that by its audio key (the start of its audio, which a
// retag keeps), and for files imported before keys by size and time. An import decodes no whole
// file for this unless a file the catalog knows by its hash is missing.
#include "AudioFixtures.h"
#include "LibraryRuns.h"
#include "TestBackend.h"
#include "TestCatalog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <taglib/fileref.h>
#include <taglib/tag.h>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestMovedFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void renamedFileKeepsItsTrack()
    {
        Test::TakeLibrary takes;
        const QString &library = takes.folder;
        const CatalogStore &store = takes.store;
        const QString original = takes.addAndImport(u"Untitled take"_s, u"wav"_s, 1, 1.0);
        QVERIFY2(!original.isEmpty(), qPrintable(takes.error));
        QVERIFY(QDir().mkpath(library + u"/moved"_s));
        const int trackId = Test::scalar(store, u"SELECT id FROM tracks"_s);
        QVERIFY(trackId > 0);
        // Nothing was missing, so nothing was decoded: the analysis makes the audio hash.
        QVERIFY(Test::text(store, u"SELECT audio_hash FROM assets"_s).isEmpty());
        // The user's edits and rights work on the track.
        QVERIFY(Test::exec(store, u"UPDATE tracks SET title = 'Harbour Lights', isrc = 'GBABC2600042'"_s));
        QVERIFY(Test::exec(store,
            u"INSERT INTO clearance_items(track_id, kind, status) VALUES (%1, 'sample', 'cleared')"_s.arg(
                trackId)));

        const QString renamed = library + u"/moved/Harbour Lights final.wav"_s;
        QVERIFY(QFile::rename(original, renamed));
        const ImportSummary summary = Test::importFolder(store, library);
        QVERIFY2(summary.ok(), qPrintable(summary.fatalError));
        QCOMPARE(summary.moved.size(), 1);
        const QString root = QFileInfo(library).canonicalFilePath();
        QCOMPARE(summary.moved.constFirst().from, root + u"/Untitled take.wav"_s);
        QCOMPARE(summary.moved.constFirst().to, QFileInfo(renamed).canonicalFilePath());
        QCOMPARE(summary.added, 0);
        QVERIFY(summary.describe().contains(u"1 moved"_s));
        QVERIFY(summary.notes().constFirst().reason.startsWith(u"moved: "_s));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets"_s), 1);
        QCOMPARE(Test::scalar(store, u"SELECT id FROM tracks"_s), trackId);
        QCOMPARE(Test::text(store, u"SELECT title FROM tracks"_s), u"Harbour Lights"_s);
        QCOMPARE(Test::text(store, u"SELECT isrc FROM tracks"_s), u"GBABC2600042"_s);
        QCOMPARE(Test::text(store, u"SELECT rel_path FROM assets"_s), u"moved/Harbour Lights final.wav"_s);
        QCOMPARE(Test::scalar(store, u"SELECT track_id FROM clearance_items"_s), trackId);
        // Importing again changes nothing: the file is known at its new path.
        const ImportSummary again = Test::importFolder(store, library);
        QCOMPARE(again.moved.size(), 0);
        QCOMPARE(again.unchanged, 1);
        store.closeThreadConnection();
    }

    void retaggedAndMovedFileStillMatches()
    {
        Test::TakeLibrary takes;
        const QString &library = takes.folder;
        const CatalogStore &store = takes.store;
        const QString original = takes.addAndImport(u"Demo"_s, u"flac"_s, 3, 0.8);
        QVERIFY2(!original.isEmpty(), qPrintable(takes.error));
        QCOMPARE(Test::notAnalysed(store), 1);
        QCOMPARE(Test::analyseCatalog(store).analysed, 1);
        QCOMPARE(Test::notAnalysed(store), 0);
        const QString hash = Test::text(store, u"SELECT audio_hash FROM assets"_s);
        QCOMPARE(hash.size(), 32); // XXH3-128 in hex
        const QByteArray before = Testing::fileBytes(original);

        const QString renamed = library + u"/Demo (tagged).flac"_s;
        QVERIFY(QFile::rename(original, renamed));
        {
            TagLib::FileRef file(QFile::encodeName(renamed).constData());
            QVERIFY(!file.isNull());
            file.tag()->setTitle("A title written by another tool");
            file.tag()->setComment("with a comment long enough to change the file's size");
            QVERIFY(file.save());
        }
        QVERIFY(Testing::fileBytes(renamed) != before);
        const ImportSummary summary = Test::importFolder(store, library);
        QVERIFY2(summary.ok(), qPrintable(summary.fatalError));
        QCOMPARE(summary.moved.size(), 1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 1);
        QCOMPARE(Test::text(store, u"SELECT title FROM tracks"_s), u"Demo"_s); // the catalog's, not the tag's
        QCOMPARE(Test::text(store, u"SELECT audio_hash FROM assets"_s), hash);
        store.closeThreadConnection();
    }

    void renamedAndRetaggedBeforeAnyAnalysisKeepsItsTrack_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("FLAC (libsndfile: exact length)") << u"flac"_s;
        QTest::newRow("MP3 (FFmpeg)") << u"mp3"_s;
    }

    // What a tagger such as Picard does to a take just imported: a new name from the tags it
    // wrote. Nothing was analysed, so only the start of the audio (the key every import makes)
    // says it is the missing file.
    void renamedAndRetaggedBeforeAnyAnalysisKeepsItsTrack()
    {
        QFETCH(QString, extension);
        Test::TakeLibrary takes;
        const QString &library = takes.folder;
        const CatalogStore &store = takes.store;
        const QString original = takes.add(u"Take 7"_s, extension, 7, 0.8);
        const QString other = takes.add(u"Take 8"_s, extension, 8, 0.8);
        QVERIFY2(!original.isEmpty() && !other.isEmpty(), qPrintable(takes.error));
        QVERIFY2(takes.openAndImport(), qPrintable(takes.error));
        QCOMPARE(Test::notAnalysed(store), 2);
        const int trackId
            = Test::scalar(store, u"SELECT track_id FROM assets WHERE rel_path LIKE 'Take 7%'"_s);
        QVERIFY(trackId > 0);
        QVERIFY(Test::exec(store, u"UPDATE tracks SET isrc = 'GBABC2600077' WHERE id = %1"_s.arg(trackId)));
        QVERIFY(
            !Test::text(store, u"SELECT audio_key FROM assets WHERE track_id = %1"_s.arg(trackId)).isEmpty());

        const QString renamed = library + u"/Harbour Lights (Take 7)."_s + extension;
        QVERIFY(QFile::rename(original, renamed));
        const qint64 sizeBefore = QFileInfo(renamed).size();
        {
            TagLib::FileRef file(QFile::encodeName(renamed).constData());
            QVERIFY(!file.isNull());
            file.tag()->setTitle("Harbour Lights");
            file.tag()->setComment("tagged by another tool, with a comment long enough to change the size");
            QVERIFY(file.save());
        }
        QVERIFY(QFileInfo(renamed).size() != sizeBefore);
        // The other take went away too: its start is not this one's, so it stays missing.
        QVERIFY(QFile::remove(other));

        const ImportSummary summary = Test::importFolder(store, library);
        QVERIFY2(summary.ok(), qPrintable(summary.fatalError));
        QCOMPARE(summary.moved.size(), 1);
        QCOMPARE(summary.added, 0);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 2);
        const QString stored = u"Harbour Lights (Take 7)."_s + extension;
        QCOMPARE(
            Test::scalar(store, u"SELECT track_id FROM assets WHERE rel_path = '%1'"_s.arg(stored)), trackId);
        QCOMPARE(
            Test::text(store, u"SELECT isrc FROM tracks WHERE id = %1"_s.arg(trackId)), u"GBABC2600077"_s);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE rel_path LIKE 'Take 8%'"_s), 1);
        store.closeThreadConnection();
    }

    void filesOfOneStampAreToldApartByName()
    {
        // Two takes of the same length written in the same millisecond, in a folder renamed
        // before they were analysed: each keeps its own track, found by its name.
        Test::TakeLibrary takes;
        const QString &library = takes.folder;
        const CatalogStore &store = takes.store;
        const QString a = takes.add(u"Take A"_s, u"wav"_s, 1, 1.0, u"old"_s);
        const QString b = takes.add(u"Take B"_s, u"wav"_s, 2, 1.0, u"old"_s);
        QVERIFY2(!a.isEmpty() && !b.isEmpty(), qPrintable(takes.error));
        QCOMPARE(QFileInfo(a).size(), QFileInfo(b).size());
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-60);
        for (const QString &path : { a, b }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
        }
        QVERIFY2(takes.openAndImport(), qPrintable(takes.error));
        const auto trackOf = [&store](const QString &path) {
            return Test::scalar(store, u"SELECT track_id FROM assets WHERE rel_path = '%1'"_s.arg(path));
        };
        // Renames two files of new/ and imports again.
        const auto renameBoth = [&](const QString &first, const QString &firstTo, const QString &second,
                                    const QString &secondTo) {
            const QString folder = library + u"/new/"_s;
            if (!QFile::rename(folder + first, folder + firstTo)
                || !QFile::rename(folder + second, folder + secondTo)) {
                ImportSummary failed;
                failed.fatalError = u"could not rename the files"_s;
                return failed;
            }
            return Test::importFolder(store, library);
        };
        // What an import made of the two: moved and added files, then the tracks of their paths.
        const auto outcome = [&](const ImportSummary &import, const QString &first, const QString &second) {
            return QList<int> { int(import.moved.size()), import.added, trackOf(u"new/"_s + first),
                trackOf(u"new/"_s + second) };
        };
        const int trackA = Test::scalar(store, u"SELECT id FROM tracks WHERE title = 'Take A'"_s);
        const int trackB = Test::scalar(store, u"SELECT id FROM tracks WHERE title = 'Take B'"_s);
        QVERIFY(trackA > 0 && trackB > 0);

        QVERIFY(QDir(library).rename(u"old"_s, u"new"_s));
        const ImportSummary summary = Test::importFolder(store, library);
        QVERIFY2(summary.ok(), qPrintable(summary.fatalError));
        QCOMPARE(outcome(summary, u"Take A.wav"_s, u"Take B.wav"_s), (QList<int> { 2, 0, trackA, trackB }));

        // Renamed too: the start of each one's audio tells them apart.
        const ImportSummary byKey = renameBoth(u"Take A.wav"_s, u"A.wav"_s, u"Take B.wav"_s, u"B.wav"_s);
        QVERIFY2(byKey.ok(), qPrintable(byKey.fatalError));
        QCOMPARE(outcome(byKey, u"A.wav"_s, u"B.wav"_s), (QList<int> { 2, 0, trackA, trackB }));

        // Files imported before there were audio keys, renamed: nothing tells them apart, so
        // neither is taken for the other; both are new.
        QVERIFY(Test::exec(store, u"UPDATE assets SET audio_key = NULL"_s));
        const ImportSummary renamed = renameBoth(u"A.wav"_s, u"1.wav"_s, u"B.wav"_s, u"2.wav"_s);
        QVERIFY2(renamed.ok(), qPrintable(renamed.fatalError));
        QCOMPARE(renamed.moved.size(), 0);
        QCOMPARE(renamed.added, 2);

        // Once analysed, their audio tells them apart: renamed again, each finds its track.
        QCOMPARE(Test::analyseCatalog(store).analysed, 2);
        const int one = trackOf(u"new/1.wav"_s);
        const int two = trackOf(u"new/2.wav"_s);
        const ImportSummary again = renameBoth(u"1.wav"_s, u"two.wav"_s, u"2.wav"_s, u"one.wav"_s);
        QVERIFY2(again.ok(), qPrintable(again.fatalError));
        QCOMPARE(outcome(again, u"two.wav"_s, u"one.wav"_s), (QList<int> { 2, 0, one, two }));
        store.closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestMovedFiles)
#include "tst_movedfiles.moc"
