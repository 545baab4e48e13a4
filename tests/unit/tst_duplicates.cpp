// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Issue 15, item 3: encodes of one take are found as likely duplicates (Chromaprint) once
// analysed, to merge or keep apart. Moved files: tst_movedfiles.
#include "AudioFixtures.h"
#include "CatalogSession.h"
#include "LibraryRuns.h"
#include "TestBackend.h"
#include "TestCatalog.h"
#include "catalog/CatalogStore.h"
#include "catalog/SqlTransaction.h"
#include "duplicates/Fingerprint.h"
#include "duplicates/LikelyDuplicates.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestDuplicates : public QObject
{
    Q_OBJECT

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

    void aCopyIsATrackOfItsOwnAndTheSameAudio()
    {
        Test::TakeLibrary takes;
        const QString &library = takes.folder;
        const CatalogStore &store = takes.store;
        const QString original = takes.addAndImport(u"Song"_s, u"wav"_s, 4, 1.0);
        QVERIFY2(!original.isEmpty(), qPrintable(takes.error));
        QVERIFY(QFile::copy(original, library + u"/Song copy.wav"_s));
        const ImportSummary summary = Test::importFolder(store, library);
        QCOMPARE(summary.moved.size(), 0); // the original is still there
        QCOMPARE(summary.added, 1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 2);
        QCOMPARE(duplicates(store).size(), 0);
        QCOMPARE(Test::notAnalysed(store), 2);
        QCOMPARE(Test::analyseCatalog(store).analysed, 2);
        QCOMPARE(Test::notAnalysed(store), 0);
        const QList<LikelyDuplicate> pairs = duplicates(store);
        QCOMPARE(pairs.size(), 1);
        QVERIFY(pairs.constFirst().sameAudio);
        // Analysed once: the next analysis has nothing to do.
        QCOMPARE(Test::analyseCatalog(store).analysed, 0);
        store.closeThreadConnection();
    }

    void encodesOfOneTakeAreLikelyDuplicates()
    {
        if (!Testing::haveFfmpeg())
            QSKIP("ffmpeg is needed for the MP3");
        Test::TakeLibrary takes;
        const CatalogStore &store = takes.store;
        QString error;
        for (const auto &[name, extension, take, gain] :
            { std::tuple(u"Tide WAV"_s, u"wav"_s, 7, 1.0), std::tuple(u"Tide FLAC"_s, u"flac"_s, 7, 1.0),
                std::tuple(u"Tide MP3"_s, u"mp3"_s, 7, 1.0), std::tuple(u"Tide quieter"_s, u"wav"_s, 7, 0.5),
                std::tuple(u"Other song"_s, u"wav"_s, 8, 1.0),
                std::tuple(u"Third song"_s, u"mp3"_s, 9, 1.0) })
            QVERIFY2(!takes.add(name, extension, take, gain).isEmpty(), qPrintable(takes.error));
        QVERIFY2(takes.openAndImport(), qPrintable(takes.error));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 6);
        QCOMPARE(Test::analyseCatalog(store).analysed, 6);
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
        QVERIFY(Test::exec(store,
            u"INSERT INTO distinct_tracks(track_a, track_b, decided_by) VALUES (%1, %2, 'another client')"_s
                .arg(std::min(kept.trackA, kept.trackB))
                .arg(std::max(kept.trackA, kept.trackB))));
        QVERIFY(LikelyDuplicates::keepBoth(store.connection(), kept.trackA, kept.trackB, &error));
        QVERIFY(LikelyDuplicates::forgetKeepBoth(store.connection(), kept.trackA, kept.trackB, &error));
        QCOMPARE(duplicates(store).size(), 5);
        QVERIFY(Test::exec(store, u"DELETE FROM distinct_tracks"_s));

        // One of the two merged or deleted by someone else meanwhile: refused with that reason.
        QVERIFY(Test::exec(store, u"DELETE FROM tracks WHERE id = %1"_s.arg(kept.trackB)));
        QVERIFY(!LikelyDuplicates::keepBoth(store.connection(), kept.trackA, kept.trackB, &error));
        QCOMPARE(error, u"The track is no longer in the catalog."_s);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM distinct_tracks"_s), 0);
        store.closeThreadConnection();
    }

    void mergeIsUndoneWithEverythingOfTheTrack()
    {
        Test::TakeLibrary takes;
        const CatalogStore &store = takes.store;
        QString error;
        for (const QString &name : { u"Ember"_s, u"Ember again"_s })
            QVERIFY2(!takes.add(name, u"wav"_s, 6, 1.0).isEmpty(), qPrintable(takes.error));
        QVERIFY2(takes.openAndImport(), qPrintable(takes.error));
        const int keep = Test::scalar(store, u"SELECT id FROM tracks WHERE title = 'Ember'"_s);
        const int drop = Test::scalar(store, u"SELECT id FROM tracks WHERE title = 'Ember again'"_s);
        QVERIFY(Test::exec(store,
            u"INSERT INTO clearance_items(track_id, kind, status) VALUES (%1, 'sample', 'pending')"_s.arg(
                drop)));
        QVERIFY(
            Test::exec(store, u"INSERT INTO provenance(track_id, origin) VALUES (%1, 'human')"_s.arg(drop)));
        const std::optional<QString> undo = LikelyDuplicates::merge(store.connection(), keep, drop, &error);
        QVERIFY2(undo, qPrintable(error));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE track_id = %1"_s.arg(keep)), 2);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM clearance_items"_s), 0);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM provenance"_s), 0);
        QVERIFY2(LikelyDuplicates::undoMerge(store.connection(), *undo, &error), qPrintable(error));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 2);
        QCOMPARE(Test::text(store, u"SELECT title FROM tracks WHERE id = %1"_s.arg(drop)), u"Ember again"_s);
        QCOMPARE(
            Test::scalar(store, u"SELECT track_id FROM assets WHERE rel_path = 'Ember again.wav'"_s), drop);
        QCOMPARE(
            Test::text(store, u"SELECT kind FROM assets WHERE rel_path = 'Ember again.wav'"_s), u"master"_s);
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
            QVERIFY(Test::exec(store, u"UPDATE tracks SET title = 'Their Title' WHERE id = %1"_s.arg(drop)));
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
        QCOMPARE(Test::text(store, u"SELECT title FROM tracks WHERE id = %1"_s.arg(drop)), u"Their Title"_s);
    }

    void mergeAndKeepBothAreUndoable()
    {
        Test::TakeLibrary takes;
        const CatalogStore &store = takes.store;
        for (const auto &[name, extension, gain] : { std::tuple(u"Dawn"_s, u"wav"_s, 1.0),
                 std::tuple(u"Dawn lossless"_s, u"flac"_s, 1.0), std::tuple(u"Dawn quiet"_s, u"wav"_s, 0.6) })
            QVERIFY2(!takes.add(name, extension, 5, gain).isEmpty(), qPrintable(takes.error));
        QVERIFY2(takes.openAndImport(), qPrintable(takes.error));
        QCOMPARE(Test::analyseCatalog(store).analysed, 3);
        const int dawn = Test::scalar(store, u"SELECT id FROM tracks WHERE title = 'Dawn'"_s);
        const int lossless = Test::scalar(store, u"SELECT id FROM tracks WHERE title = 'Dawn lossless'"_s);
        const int quiet = Test::scalar(store, u"SELECT id FROM tracks WHERE title = 'Dawn quiet'"_s);
        QVERIFY(Test::exec(store,
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
        QCOMPARE(Test::text(store, u"SELECT kind FROM assets WHERE rel_path = 'Dawn lossless.flac'"_s),
            u"master"_s);
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
