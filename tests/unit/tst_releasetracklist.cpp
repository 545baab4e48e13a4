// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "releases/ReleaseCatalog.h"
#include "releases/ReleaseTrackList.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;
using ReleaseTrackList::List;

namespace
{

// "id:disc" of every track on the release, in running order as stored.
QString storedOrder(const CatalogStore &store, qint64 releaseId)
{
    QSqlQuery query(store.connection());
    query.prepare(u"SELECT track_id || ':' || disc_number || '#' || track_number FROM release_tracks "
                  "WHERE release_id = ? ORDER BY disc_number, track_number"_s);
    query.addBindValue(releaseId);
    QStringList rows;
    if (query.exec())
        while (query.next())
            rows.append(query.value(0).toString());
    return rows.join(u',');
}

} // namespace

class TestReleaseTrackList : public QObject
{
    Q_OBJECT

    static void selectAndWait(CatalogSession &session, qint64 releaseId)
    {
        QSignalSpy tracks(session.releases(), &ReleaseCatalog::currentTracksChanged);
        session.releases()->setCurrentReleaseId(releaseId);
        QVERIFY(tracks.wait(5000));
    }

private Q_SLOTS:
    void encodesAndDecodes()
    {
        const List list { { 12, 1 }, { 15, 1 }, { 13, 2 } };
        QCOMPARE(ReleaseTrackList::encode(list), u"12:1,15:1,13:2"_s);
        QCOMPARE(ReleaseTrackList::decode(u"12:1,15:1,13:2"), list);
        QCOMPARE(ReleaseTrackList::decode(u""), List());
        QVERIFY(!ReleaseTrackList::decode(u"12"));
        QVERIFY(!ReleaseTrackList::decode(u"12:0"));
        QVERIFY(!ReleaseTrackList::decode(u"x:1"));
        QVERIFY(!ReleaseTrackList::decode(u"-3:1"));
    }

    void movesAcrossAndWithinDiscs()
    {
        const List list { { 1, 1 }, { 2, 1 }, { 3, 2 } };
        QCOMPARE(ReleaseTrackList::moved(list, 0, 1), List({ { 2, 1 }, { 1, 1 }, { 3, 2 } }));
        // Taking the slot of a disc-2 track puts it on disc 2.
        QCOMPARE(ReleaseTrackList::moved(list, 0, 2), List({ { 2, 1 }, { 3, 2 }, { 1, 2 } }));
        QCOMPARE(ReleaseTrackList::moved(list, 2, 0), List({ { 3, 1 }, { 1, 1 }, { 2, 1 } }));
        QCOMPARE(ReleaseTrackList::moved(list, 1, 1), list);
        QCOMPARE(ReleaseTrackList::moved(list, -1, 1), list);
        QCOMPARE(ReleaseTrackList::moved(list, 0, 3), list);
    }

    void addsOnceAndRemoves()
    {
        const List list { { 1, 1 }, { 3, 2 } };
        QCOMPARE(ReleaseTrackList::added(list, 7), List({ { 1, 1 }, { 3, 2 }, { 7, 2 } }));
        QCOMPARE(ReleaseTrackList::added(list, 3), list);
        QCOMPARE(ReleaseTrackList::added({}, 7), List({ { 7, 1 } }));
        QCOMPARE(ReleaseTrackList::removed(list, 1), List({ { 3, 2 } }));
        QCOMPARE(ReleaseTrackList::removed(list, 99), list);
    }

    void reorderAddRemoveAreSavedAndUndoable()
    {
        Test::TestCatalog catalog(9); // release 1: tracks 1, 4, 7
        CatalogSession session(catalog.store());
        QSignalSpy reloaded(&session, &CatalogSession::reloaded);
        session.reload();
        QVERIFY(reloaded.wait(5000));
        ReleaseCatalog *releases = session.releases();
        const qint64 id = releases->model()->idAt(0);
        selectAndWait(session, id);
        QCOMPARE(storedOrder(catalog.store(), id), u"1:1#1,4:1#2,7:1#3"_s);

        QSignalSpy tracks(releases, &ReleaseCatalog::currentTracksChanged);
        QVERIFY(releases->moveTrack(2, 0));
        QVERIFY(tracks.wait(5000));
        QCOMPARE(storedOrder(catalog.store(), id), u"7:1#1,1:1#2,4:1#3"_s);
        QCOMPARE(releases->currentTracks().constFirst().toMap().value(u"trackId"_s).toLongLong(), 7);

        QVERIFY(releases->removeTrack(1));
        QVERIFY(tracks.wait(5000));
        QCOMPARE(storedOrder(catalog.store(), id), u"7:1#1,4:1#2"_s);
        QCOMPARE(releases->current().value(u"trackCount"_s).toInt(), 2);

        // Candidates leave out what is on the release; adding one appends it.
        QSignalSpy candidates(releases, &ReleaseCatalog::trackCandidatesChanged);
        releases->searchTrackCandidates(u"Song"_s);
        QVERIFY(candidates.wait(5000));
        QCOMPARE(releases->trackCandidates().size(), 7);
        releases->searchTrackCandidates(u"QZK6H2600002"_s);
        QVERIFY(candidates.wait(5000));
        QCOMPARE(releases->trackCandidates().size(), 1);
        QVERIFY(releases->addTrack(2));
        QVERIFY(tracks.wait(5000));
        QCOMPARE(storedOrder(catalog.store(), id), u"7:1#1,4:1#2,2:1#3"_s);
        QVERIFY(session.history()->undoText().contains(u"Track Order"_s));

        session.history()->undo(); // the add
        session.history()->undo(); // the remove
        session.history()->undo(); // the move
        session.waitForIdle();
        QCOMPARE(storedOrder(catalog.store(), id), u"1:1#1,4:1#2,7:1#3"_s);
        session.history()->redo();
        session.waitForIdle();
        QCOMPARE(storedOrder(catalog.store(), id), u"7:1#1,1:1#2,4:1#3"_s);
    }

    // From the track's details ("not on any release"): the release need not be the current one,
    // nor its running order read yet; the add waits for it, and is undone as one step.
    void aTrackIsAddedToAReleaseNotShown()
    {
        Test::TestCatalog catalog(9); // release 1: tracks 1, 4, 7
        CatalogSession session(catalog.store());
        QSignalSpy reloaded(&session, &CatalogSession::reloaded);
        session.reload();
        QVERIFY(reloaded.wait(5000));
        ReleaseCatalog *releases = session.releases();
        const qint64 id = releases->model()->idAt(0);
        QCOMPARE(releases->currentReleaseId(), 0);

        QSignalSpy saved(releases, &ReleaseCatalog::trackListSaved);
        releases->addTrackToRelease(id, 2);
        QCOMPARE(releases->currentReleaseId(), id);
        QVERIFY(saved.wait(5000));
        QCOMPARE(storedOrder(catalog.store(), id), u"1:1#1,4:1#2,7:1#3,2:1#4"_s);
        QVERIFY(session.history()->undoText().contains(u"Track Order"_s));
        QTRY_COMPARE(releases->currentTracks().size(), 4);

        // Chosen again while shown: added at once.
        releases->addTrackToRelease(id, 3);
        QVERIFY(saved.wait(5000));
        QCOMPARE(storedOrder(catalog.store(), id), u"1:1#1,4:1#2,7:1#3,2:1#4,3:1#5"_s);

        session.history()->undo();
        session.history()->undo();
        session.waitForIdle();
        QCOMPARE(storedOrder(catalog.store(), id), u"1:1#1,4:1#2,7:1#3"_s);
    }

    // Issue 18: a running order's save re-reads the rows of the tracks it placed or took off
    // (their release column), not the whole track table.
    void theTableFollowsOnlyThePlacedTracks()
    {
        Test::TestCatalog catalog(9); // release 1: tracks 1, 4, 7
        CatalogSession session(catalog.store());
        QSignalSpy reloaded(&session, &CatalogSession::reloaded);
        session.reload();
        QVERIFY(reloaded.wait(5000));
        ReleaseCatalog *releases = session.releases();
        const qint64 id = releases->model()->idAt(0);
        selectAndWait(session, id);
        TrackTableModel *table = session.trackTable();
        const auto releaseOf = [table](qint64 trackId) {
            return table->rowById(trackId)->release;
        };
        const QString title = releaseOf(1);
        QVERIFY(!title.isEmpty());
        QSignalSpy resets(table, &QAbstractItemModel::modelReset);
        QSignalSpy changes(table, &QAbstractItemModel::dataChanged);

        QSignalSpy tracks(releases, &ReleaseCatalog::currentTracksChanged);
        QVERIFY(releases->removeTrack(1)); // track 1 leaves its only release
        QVERIFY(tracks.wait(5000));
        session.waitForIdle();
        QCOMPARE(releaseOf(1), QString());
        QCOMPARE(releaseOf(4), title);
        QCOMPARE(resets.count(), 0);
        QSet<int> rows;
        for (const QList<QVariant> &change : std::as_const(changes))
            rows.insert(change.at(0).toModelIndex().row());
        QCOMPARE(rows, QSet<int>({ table->rowOf(1), table->rowOf(4), table->rowOf(7) }));

        session.history()->undo();
        session.waitForIdle();
        session.waitForIdle();
        QCOMPARE(releaseOf(1), title);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(reloaded.count(), 1);
    }

    void changesWaitForTheTracksToLoad()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        QSignalSpy reloaded(&session, &CatalogSession::reloaded);
        session.reload();
        QVERIFY(reloaded.wait(5000));
        session.releases()->setCurrentReleaseId(session.releases()->model()->idAt(0));
        QVERIFY(!session.releases()->moveTrack(0, 1)); // not loaded yet: refused, nothing recorded
        QVERIFY(!session.history()->canUndo());
        session.waitForIdle();
    }
};

QTEST_GUILESS_MAIN(TestReleaseTrackList)
#include "tst_releasetracklist.moc"
