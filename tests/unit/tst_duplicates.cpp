// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Issue 15, item 3: a file moved or renamed outside Imprint keeps its track (found by the hash of
// its decoded audio, or by size and time before its audio is analysed), and encodes of one take
// are found as likely duplicates (Chromaprint) once analysed. An import decodes no file for this
// unless a file the catalog knows is missing.
#include "AudioFixtures.h"
#include "CatalogSession.h"
#include "TestBackend.h"
#include "TestCatalog.h"
#include "analysis/CatalogAnalysis.h"
#include "catalog/CatalogStore.h"
#include "catalog/SqlTransaction.h"
#include "duplicates/Fingerprint.h"
#include "duplicates/LikelyDuplicates.h"
#include "import/Importer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

#include <taglib/fileref.h>
#include <taglib/tag.h>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestDuplicates : public QObject
{
    Q_OBJECT

    static ImportSummary import(const CatalogStore &store, const QString &folder)
    {
        std::atomic_bool cancel = false;
        return Importer(store).run(folder, cancel);
    }

    // What the Quality page's Analyze does: it stores each file's audio hash and fingerprint.
    static CatalogAnalysisSummary analyse(const CatalogStore &store)
    {
        std::atomic_bool cancel = false;
        const CatalogAnalysisSummary summary = CatalogAnalysis(store).run(cancel);
        if (!summary.fatalError.isEmpty())
            qWarning() << summary.fatalError;
        return summary;
    }

    static int notAnalysed(const CatalogStore &store)
    {
        QString error;
        const std::optional<int> count = LikelyDuplicates::notAnalysed(store.connection(), &error);
        if (!count)
            qWarning() << error;
        return count.value_or(-1);
    }

    static QString text(const CatalogStore &store, const QString &sql)
    {
        QSqlQuery query(store.connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

    static bool exec(const CatalogStore &store, const QString &sql)
    {
        QSqlQuery query(store.connection());
        return query.exec(sql);
    }

    static QList<LikelyDuplicate> duplicates(const CatalogStore &store)
    {
        QString error;
        const QList<LikelyDuplicate> pairs = LikelyDuplicates::find(store.connection(), &error);
        if (!error.isEmpty())
            qWarning() << error;
        return pairs;
    }

    static bool paired(const QList<LikelyDuplicate> &pairs, const QString &titleA, const QString &titleB)
    {
        return std::ranges::any_of(pairs, [&](const LikelyDuplicate &pair) {
            return (pair.titleA == titleA && pair.titleB == titleB)
                || (pair.titleA == titleB && pair.titleB == titleA);
        });
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fingerprintsRoundTripAndCompare()
    {
        QList<quint32> a;
        QList<quint32> unrelated;
        for (int i = 0; i < 200; ++i) {
            a.append(QRandomGenerator::global()->generate());
            unrelated.append(QRandomGenerator::global()->generate());
        }
        QCOMPARE(Fingerprint::decode(Fingerprint::encode(a)), a);
        QCOMPARE(Fingerprint::similarity(a, a), 1.0);
        // The same audio starting a few words later still matches.
        QCOMPARE(Fingerprint::similarity(a, a.mid(5)), 1.0);
        QVERIFY(Fingerprint::similarity(a, unrelated) < 0.6);
        QCOMPARE(Fingerprint::similarity(a.mid(0, 10), a.mid(0, 10)), 0.0); // too short to tell
    }

    void renamedFileKeepsItsTrack()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library"_s);
        QVERIFY(QDir().mkpath(library + u"/moved"_s));
        QString error;
        const QString original = Testing::makeTakeFile(library, u"Untitled take"_s, u"wav"_s, 1, 1.0, &error);
        QVERIFY2(!original.isEmpty(), qPrintable(error));
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(import(store, library).ok());
        const int trackId = Test::scalar(store, u"SELECT id FROM tracks"_s);
        QVERIFY(trackId > 0);
        // Nothing was missing, so nothing was decoded: the analysis makes the audio hash.
        QVERIFY(text(store, u"SELECT audio_hash FROM assets"_s).isEmpty());
        // The user's edits and rights work on the track.
        QVERIFY(exec(store, u"UPDATE tracks SET title = 'Harbour Lights', isrc = 'GBABC2600042'"_s));
        QVERIFY(exec(store,
            u"INSERT INTO clearance_items(track_id, kind, status) VALUES (%1, 'sample', 'cleared')"_s.arg(
                trackId)));

        const QString renamed = library + u"/moved/Harbour Lights final.wav"_s;
        QVERIFY(QFile::rename(original, renamed));
        const ImportSummary summary = import(store, library);
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
        QCOMPARE(text(store, u"SELECT title FROM tracks"_s), u"Harbour Lights"_s);
        QCOMPARE(text(store, u"SELECT isrc FROM tracks"_s), u"GBABC2600042"_s);
        QCOMPARE(text(store, u"SELECT rel_path FROM assets"_s), u"moved/Harbour Lights final.wav"_s);
        QCOMPARE(Test::scalar(store, u"SELECT track_id FROM clearance_items"_s), trackId);
        // Importing again changes nothing: the file is known at its new path.
        const ImportSummary again = import(store, library);
        QCOMPARE(again.moved.size(), 0);
        QCOMPARE(again.unchanged, 1);
        store.closeThreadConnection();
    }

    void retaggedAndMovedFileStillMatches()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library"_s);
        QVERIFY(QDir().mkpath(library));
        QString error;
        const QString original = Testing::makeTakeFile(library, u"Demo"_s, u"flac"_s, 3, 0.8, &error);
        QVERIFY2(!original.isEmpty(), qPrintable(error));
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(import(store, library).ok());
        QCOMPARE(notAnalysed(store), 1);
        QCOMPARE(analyse(store).analysed, 1);
        QCOMPARE(notAnalysed(store), 0);
        const QString hash = text(store, u"SELECT audio_hash FROM assets"_s);
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
        const ImportSummary summary = import(store, library);
        QVERIFY2(summary.ok(), qPrintable(summary.fatalError));
        QCOMPARE(summary.moved.size(), 1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 1);
        QCOMPARE(text(store, u"SELECT title FROM tracks"_s), u"Demo"_s); // the catalog's, not the tag's
        QCOMPARE(text(store, u"SELECT audio_hash FROM assets"_s), hash);
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
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library"_s);
        QVERIFY(QDir().mkpath(library));
        QString error;
        const QString original = Testing::makeTakeFile(library, u"Take 7"_s, extension, 7, 0.8, &error);
        const QString other = Testing::makeTakeFile(library, u"Take 8"_s, extension, 8, 0.8, &error);
        QVERIFY2(!original.isEmpty() && !other.isEmpty(), qPrintable(error));
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(import(store, library).ok());
        QCOMPARE(notAnalysed(store), 2);
        const int trackId
            = Test::scalar(store, u"SELECT track_id FROM assets WHERE rel_path LIKE 'Take 7%'"_s);
        QVERIFY(trackId > 0);
        QVERIFY(exec(store, u"UPDATE tracks SET isrc = 'GBABC2600077' WHERE id = %1"_s.arg(trackId)));
        QVERIFY(!text(store, u"SELECT audio_key FROM assets WHERE track_id = %1"_s.arg(trackId)).isEmpty());

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

        const ImportSummary summary = import(store, library);
        QVERIFY2(summary.ok(), qPrintable(summary.fatalError));
        QCOMPARE(summary.moved.size(), 1);
        QCOMPARE(summary.added, 0);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 2);
        const QString stored = u"Harbour Lights (Take 7)."_s + extension;
        QCOMPARE(
            Test::scalar(store, u"SELECT track_id FROM assets WHERE rel_path = '%1'"_s.arg(stored)), trackId);
        QCOMPARE(text(store, u"SELECT isrc FROM tracks WHERE id = %1"_s.arg(trackId)), u"GBABC2600077"_s);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE rel_path LIKE 'Take 8%'"_s), 1);
        store.closeThreadConnection();
    }

    void aCopyIsATrackOfItsOwnAndTheSameAudio()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library"_s);
        QVERIFY(QDir().mkpath(library));
        QString error;
        const QString original = Testing::makeTakeFile(library, u"Song"_s, u"wav"_s, 4, 1.0, &error);
        QVERIFY2(!original.isEmpty(), qPrintable(error));
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(import(store, library).ok());
        QVERIFY(QFile::copy(original, library + u"/Song copy.wav"_s));
        const ImportSummary summary = import(store, library);
        QCOMPARE(summary.moved.size(), 0); // the original is still there
        QCOMPARE(summary.added, 1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 2);
        QCOMPARE(duplicates(store).size(), 0);
        QCOMPARE(notAnalysed(store), 2);
        QCOMPARE(analyse(store).analysed, 2);
        QCOMPARE(notAnalysed(store), 0);
        const QList<LikelyDuplicate> pairs = duplicates(store);
        QCOMPARE(pairs.size(), 1);
        QVERIFY(pairs.constFirst().sameAudio);
        // Analysed once: the next analysis has nothing to do.
        QCOMPARE(analyse(store).analysed, 0);
        store.closeThreadConnection();
    }

    void filesOfOneStampAreToldApartByName()
    {
        // Two takes of the same length written in the same millisecond, in a folder renamed
        // before they were analysed: each keeps its own track, found by its name.
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library"_s);
        QVERIFY(QDir().mkpath(library + u"/old"_s));
        QString error;
        const QString a = Testing::makeTakeFile(library + u"/old"_s, u"Take A"_s, u"wav"_s, 1, 1.0, &error);
        const QString b = Testing::makeTakeFile(library + u"/old"_s, u"Take B"_s, u"wav"_s, 2, 1.0, &error);
        QVERIFY2(!a.isEmpty() && !b.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(a).size(), QFileInfo(b).size());
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-60);
        for (const QString &path : { a, b }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
        }
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(import(store, library).ok());
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
            return import(store, library);
        };
        const int trackA = Test::scalar(store, u"SELECT id FROM tracks WHERE title = 'Take A'"_s);
        const int trackB = Test::scalar(store, u"SELECT id FROM tracks WHERE title = 'Take B'"_s);
        QVERIFY(trackA > 0 && trackB > 0);

        QVERIFY(QDir(library).rename(u"old"_s, u"new"_s));
        const ImportSummary summary = import(store, library);
        QVERIFY2(summary.ok(), qPrintable(summary.fatalError));
        QCOMPARE(summary.moved.size(), 2);
        QCOMPARE(summary.added, 0);
        QCOMPARE(trackOf(u"new/Take A.wav"_s), trackA);
        QCOMPARE(trackOf(u"new/Take B.wav"_s), trackB);

        // Renamed too: the start of each one's audio tells them apart.
        const ImportSummary byKey = renameBoth(u"Take A.wav"_s, u"A.wav"_s, u"Take B.wav"_s, u"B.wav"_s);
        QVERIFY2(byKey.ok(), qPrintable(byKey.fatalError));
        QCOMPARE(byKey.moved.size(), 2);
        QCOMPARE(byKey.added, 0);
        QCOMPARE(trackOf(u"new/A.wav"_s), trackA);
        QCOMPARE(trackOf(u"new/B.wav"_s), trackB);

        // Files imported before there were audio keys, renamed: nothing tells them apart, so
        // neither is taken for the other; both are new.
        QVERIFY(exec(store, u"UPDATE assets SET audio_key = NULL"_s));
        const ImportSummary renamed = renameBoth(u"A.wav"_s, u"1.wav"_s, u"B.wav"_s, u"2.wav"_s);
        QVERIFY2(renamed.ok(), qPrintable(renamed.fatalError));
        QCOMPARE(renamed.moved.size(), 0);
        QCOMPARE(renamed.added, 2);

        // Once analysed, their audio tells them apart: renamed again, each finds its track.
        QCOMPARE(analyse(store).analysed, 2);
        const int one = trackOf(u"new/1.wav"_s);
        const int two = trackOf(u"new/2.wav"_s);
        const ImportSummary again = renameBoth(u"1.wav"_s, u"two.wav"_s, u"2.wav"_s, u"one.wav"_s);
        QVERIFY2(again.ok(), qPrintable(again.fatalError));
        QCOMPARE(again.moved.size(), 2);
        QCOMPARE(again.added, 0);
        QCOMPARE(trackOf(u"new/two.wav"_s), one);
        QCOMPARE(trackOf(u"new/one.wav"_s), two);
        store.closeThreadConnection();
    }

    void encodesOfOneTakeAreLikelyDuplicates()
    {
        if (!Testing::haveFfmpeg())
            QSKIP("ffmpeg is needed for the MP3");
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library"_s);
        QVERIFY(QDir().mkpath(library));
        QString error;
        for (const auto &[name, extension, take, gain] :
            { std::tuple(u"Tide WAV"_s, u"wav"_s, 7, 1.0), std::tuple(u"Tide FLAC"_s, u"flac"_s, 7, 1.0),
                std::tuple(u"Tide MP3"_s, u"mp3"_s, 7, 1.0), std::tuple(u"Tide quieter"_s, u"wav"_s, 7, 0.5),
                std::tuple(u"Other song"_s, u"wav"_s, 8, 1.0),
                std::tuple(u"Third song"_s, u"mp3"_s, 9, 1.0) })
            QVERIFY2(!Testing::makeTakeFile(library, name, extension, take, gain, &error).isEmpty(),
                qPrintable(error));
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(import(store, library).ok());
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 6);
        QCOMPARE(analyse(store).analysed, 6);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE fingerprint IS NULL"_s), 0);

        const QList<LikelyDuplicate> pairs = duplicates(store);
        for (const LikelyDuplicate &pair : pairs)
            qInfo() << pair.titleA << pair.titleB << pair.similarity;
        const QStringList tide { u"Tide WAV"_s, u"Tide FLAC"_s, u"Tide MP3"_s, u"Tide quieter"_s };
        for (qsizetype i = 0; i < tide.size(); ++i) {
            for (qsizetype j = i + 1; j < tide.size(); ++j)
                QVERIFY2(paired(pairs, tide[i], tide[j]), qPrintable(tide[i] + u" ≈ "_s + tide[j]));
        }
        QCOMPARE(pairs.size(), 6); // the other songs are like nothing
        QVERIFY(pairs.constFirst().sameAudio); // WAV and FLAC decode to the same samples

        // Keep both is remembered: the pair is not listed again, the others still are.
        const LikelyDuplicate kept = pairs.last();
        QVERIFY(LikelyDuplicates::keepBoth(store.connection(), kept.trackB, kept.trackA, &error));
        QVERIFY(
            LikelyDuplicates::keepBoth(store.connection(), kept.trackA, kept.trackB, &error)); // twice: fine
        QList<LikelyDuplicate> after = duplicates(store);
        QCOMPARE(after.size(), 5);
        QVERIFY(!paired(after, kept.titleA, kept.titleB));
        QVERIFY(LikelyDuplicates::forgetKeepBoth(store.connection(), kept.trackA, kept.trackB, &error));
        QCOMPARE(duplicates(store).size(), 6);

        // Someone else made the same decision first: taking back one's own leaves theirs.
        QVERIFY(exec(store,
            u"INSERT INTO distinct_tracks(track_a, track_b, decided_by) VALUES (%1, %2, 'another client')"_s
                .arg(std::min(kept.trackA, kept.trackB))
                .arg(std::max(kept.trackA, kept.trackB))));
        QVERIFY(LikelyDuplicates::keepBoth(store.connection(), kept.trackA, kept.trackB, &error));
        QVERIFY(LikelyDuplicates::forgetKeepBoth(store.connection(), kept.trackA, kept.trackB, &error));
        QCOMPARE(duplicates(store).size(), 5);
        QVERIFY(exec(store, u"DELETE FROM distinct_tracks"_s));

        // One of the two merged or deleted by someone else meanwhile: refused with that reason.
        QVERIFY(exec(store, u"DELETE FROM tracks WHERE id = %1"_s.arg(kept.trackB)));
        QVERIFY(!LikelyDuplicates::keepBoth(store.connection(), kept.trackA, kept.trackB, &error));
        QCOMPARE(error, u"The track is no longer in the catalog."_s);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM distinct_tracks"_s), 0);
        store.closeThreadConnection();
    }

    void mergeIsUndoneWithEverythingOfTheTrack()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library"_s);
        QVERIFY(QDir().mkpath(library));
        QString error;
        for (const QString &name : { u"Ember"_s, u"Ember again"_s })
            QVERIFY2(
                !Testing::makeTakeFile(library, name, u"wav"_s, 6, 1.0, &error).isEmpty(), qPrintable(error));
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(import(store, library).ok());
        const int keep = Test::scalar(store, u"SELECT id FROM tracks WHERE title = 'Ember'"_s);
        const int drop = Test::scalar(store, u"SELECT id FROM tracks WHERE title = 'Ember again'"_s);
        QVERIFY(exec(store,
            u"INSERT INTO clearance_items(track_id, kind, status) VALUES (%1, 'sample', 'pending')"_s.arg(
                drop)));
        QVERIFY(exec(store, u"INSERT INTO provenance(track_id, origin) VALUES (%1, 'human')"_s.arg(drop)));
        const std::optional<QString> undo = LikelyDuplicates::merge(store.connection(), keep, drop, &error);
        QVERIFY2(undo, qPrintable(error));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE track_id = %1"_s.arg(keep)), 2);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM clearance_items"_s), 0);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM provenance"_s), 0);
        QVERIFY2(LikelyDuplicates::undoMerge(store.connection(), *undo, &error), qPrintable(error));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 2);
        QCOMPARE(text(store, u"SELECT title FROM tracks WHERE id = %1"_s.arg(drop)), u"Ember again"_s);
        QCOMPARE(
            Test::scalar(store, u"SELECT track_id FROM assets WHERE rel_path = 'Ember again.wav'"_s), drop);
        QCOMPARE(text(store, u"SELECT kind FROM assets WHERE rel_path = 'Ember again.wav'"_s), u"master"_s);
        QCOMPARE(Test::scalar(store, u"SELECT track_id FROM clearance_items"_s), drop);
        QCOMPARE(Test::scalar(store, u"SELECT track_id FROM provenance"_s), drop);
        store.closeThreadConnection();
    }

    // A merge is one transaction with both tracks locked (issue 16): someone else's edit of the
    // track that goes, committed while the merge waits for it, is in what the undo brings back.
    void aMergeWaitsForAnEditOfTheTrackItRemoves()
    {
        Test::TestCatalog catalog(2);
        const CatalogStore &store = catalog.store();
        const qint64 keep = Test::scalar(store, u"SELECT min(id) FROM tracks"_s);
        const qint64 drop = Test::scalar(store, u"SELECT max(id) FROM tracks"_s);
        std::optional<QString> undo;
        QString error;
        bool committed = false;
        {
            SqlTransaction theirs(store.connection());
            QVERIFY(theirs.isActive());
            QVERIFY(exec(store, u"UPDATE tracks SET title = 'Their Title' WHERE id = %1"_s.arg(drop)));
            std::thread merging([&] {
                undo = LikelyDuplicates::merge(store.connection(), keep, drop, &error);
                store.closeThreadConnection();
            });
            QThread::msleep(300); // the merge is under way, waiting for the edit's lock
            committed = theirs.commit();
            merging.join();
        }
        QVERIFY(committed);
        QVERIFY2(undo, qPrintable(error));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 1);
        QVERIFY2(LikelyDuplicates::undoMerge(store.connection(), *undo, &error), qPrintable(error));
        QCOMPARE(text(store, u"SELECT title FROM tracks WHERE id = %1"_s.arg(drop)), u"Their Title"_s);
    }

    void mergeAndKeepBothAreUndoable()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library"_s);
        QVERIFY(QDir().mkpath(library));
        QString error;
        for (const auto &[name, extension, gain] : { std::tuple(u"Dawn"_s, u"wav"_s, 1.0),
                 std::tuple(u"Dawn lossless"_s, u"flac"_s, 1.0), std::tuple(u"Dawn quiet"_s, u"wav"_s, 0.6) })
            QVERIFY2(!Testing::makeTakeFile(library, name, extension, 5, gain, &error).isEmpty(),
                qPrintable(error));
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(import(store, library).ok());
        QCOMPARE(analyse(store).analysed, 3);
        const int dawn = Test::scalar(store, u"SELECT id FROM tracks WHERE title = 'Dawn'"_s);
        const int lossless = Test::scalar(store, u"SELECT id FROM tracks WHERE title = 'Dawn lossless'"_s);
        const int quiet = Test::scalar(store, u"SELECT id FROM tracks WHERE title = 'Dawn quiet'"_s);
        QVERIFY(exec(store,
            u"INSERT INTO clearance_items(track_id, kind, status) VALUES (%1, 'sample', 'pending')"_s.arg(
                lossless)));
        store.closeThreadConnection();

        CatalogSession session(store);
        QStringList errors;
        connect(&session, &CatalogSession::errorOccurred, this,
            [&errors](const QString &message) { errors.append(message); });
        const auto settle = [&session] {
            for (int i = 0; i < 3; ++i)
                session.waitForIdle(); // a write, then the reads it queues
        };
        session.reload();
        DuplicateReview *review = session.duplicates();
        review->reload();
        settle();
        QCOMPARE(review->count(), 3);
        QCOMPARE(review->pairs().constFirst().toMap().value(u"likeness"_s).toString(), u"the same audio"_s);

        // Keep Both: remembered, and undone.
        review->keepBoth(quiet, dawn);
        settle();
        QCOMPARE(review->count(), 2);
        QCOMPARE(session.history()->undoText().contains(u"Keep Both"_s), true);
        session.history()->undo();
        settle();
        QCOMPARE(review->count(), 3);
        session.history()->redo();
        settle();
        QCOMPARE(review->count(), 2);
        session.history()->undo();
        settle();

        // Merge: the lossless copy's file becomes a mix of Dawn, its track and clearance go.
        review->merge(dawn, lossless);
        settle();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 2);
        QCOMPARE(session.trackCount(), 2);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE track_id = %1"_s.arg(dawn)), 2);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE kind = 'mix'"_s), 1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM clearance_items"_s), 0);
        QCOMPARE(review->count(), 1); // Dawn ≈ Dawn quiet
        session.history()->undo();
        settle();
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 3);
        QCOMPARE(session.trackCount(), 3);
        QCOMPARE(Test::scalar(store, u"SELECT track_id FROM assets WHERE rel_path = 'Dawn lossless.flac'"_s),
            lossless);
        QCOMPARE(
            text(store, u"SELECT kind FROM assets WHERE rel_path = 'Dawn lossless.flac'"_s), u"master"_s);
        QCOMPARE(Test::scalar(store, u"SELECT track_id FROM clearance_items"_s), lossless);
        QCOMPARE(review->count(), 3);
        session.history()->redo();
        settle();
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 2);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        store.closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
