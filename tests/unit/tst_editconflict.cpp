// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Issue 16, item 3: two people edit one catalog (two sessions on one store, as two machines on a
// team catalog or two windows on a file). An edit made on a value the other has changed since is
// not written over it: the session says whose value is whose and asks which to keep; undo never
// puts back a value over the other person's edit. Runs on both backends.
#include "EditConflictFixture.h"
#include "catalog/TrackQueries.h"
#include "credits/CreditsCatalog.h"
#include "credits/PartyListModel.h"
#include "credits/WorkListModel.h"
#include "editing/EditHistory.h"
#include "releases/ArtworkCheck.h"
#include "releases/ReleaseCatalog.h"
#include "releases/ReleaseTrackList.h"
#include "schedule/PlanningSession.h"
#include "tracks/TrackTableModel.h"
#include "tracks/TrackVersions.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestEditConflict : public Imprint::EditConflictFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anEditOnAValueSomeoneChangedIsNotWrittenOverIt()
    {
        TwoPeople people(3);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        QSignalSpy conflicts(&mine, &CatalogSession::conflictChanged);

        QVERIFY(theirs.setTrackField(track, u"title"_s, u"Glass Harbour"_s));
        settle(theirs);
        // Mine still shows the old title; my edit is made on it.
        QVERIFY(mine.setTrackField(track, u"title"_s, u"Glass Harbor"_s));
        settle(mine);
        QCOMPARE(stored(catalog.store(), track, u"title"_s), u"Glass Harbour"_s);
        QCOMPARE(conflicts.size(), 1);
        const QVariantMap conflict = mine.conflict();
        QCOMPARE(conflict.value(u"recordId"_s).toLongLong(), track);
        QCOMPARE(conflict.value(u"field"_s).toString(), u"title"_s);
        QCOMPARE(conflict.value(u"fieldName"_s).toString(), u"Title"_s);
        QCOMPARE(conflict.value(u"yours"_s).toString(), u"Glass Harbor"_s);
        QCOMPARE(conflict.value(u"theirs"_s).toString(), u"Glass Harbour"_s);
        QCOMPARE(conflict.value(u"record"_s).toString(), u"Glass Harbour"_s);
        // The table shows what the catalog holds, and no undo step puts the old title back.
        QCOMPARE(shown(mine, track, TrackTableModel::TitleRole), u"Glass Harbour"_s);
        QVERIFY(!mine.history()->canUndo());

        // Keeping mine is an edit of its own, made on their value, and undoable.
        mine.resolveConflict(true);
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(stored(catalog.store(), track, u"title"_s), u"Glass Harbor"_s);
        QCOMPARE(mine.history()->undoText(), u"Undo Title Change"_s);
    }

    void undoDoesNotPutAValueBackOverAnotherPersonsEdit()
    {
        TwoPeople people(2);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        const QString original = shown(mine, track, TrackTableModel::GenreRole);
        QVERIFY(mine.setTrackField(track, u"genre"_s, u"Ambient"_s));
        settle(mine);
        Test::loadSession(theirs); // they see Ambient and change it
        QVERIFY(theirs.setTrackField(track, u"genre"_s, u"Downtempo"_s));
        settle(theirs);

        mine.history()->undo();
        settle(mine);
        QCOMPARE(stored(catalog.store(), track, u"genre"_s), u"Downtempo"_s);
        QCOMPARE(mine.conflict().value(u"theirs"_s).toString(), u"Downtempo"_s);
        QCOMPARE(mine.conflict().value(u"yours"_s).toString(), original);
        QVERIFY(!mine.history()->canRedo()); // the redo of "Ambient" was made on a value now gone
        mine.resolveConflict(false);
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(stored(catalog.store(), track, u"genre"_s), u"Downtempo"_s);
        QCOMPARE(shown(mine, track, TrackTableModel::GenreRole), u"Downtempo"_s);
    }

    // The views already show their value (the change feed read it again, or the user reloaded):
    // an undo of my older edit still expects my value in the catalog, finds theirs, and asks.
    void undoAfterTheViewsShowTheirValueStillAsks()
    {
        TwoPeople people(3);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        const qint64 release = mine.releases()->model()->idAt(0);
        QVERIFY(mine.setTrackField(track, u"genre"_s, u"Ambient"_s));
        QVERIFY(mine.releases()->setField(release, u"label"_s, u"Tidal Records"_s));
        settle(mine);
        Test::loadSession(theirs);
        QVERIFY(theirs.setTrackField(track, u"genre"_s, u"Downtempo"_s));
        QVERIFY(theirs.releases()->setField(release, u"label"_s, u"Harbour Records"_s));
        settle(theirs);
        Test::loadSession(mine);
        QCOMPARE(shown(mine, track, TrackTableModel::GenreRole), u"Downtempo"_s);

        mine.history()->undo(); // the label
        mine.history()->undo(); // the genre
        settle(mine);
        QCOMPARE(stored(catalog.store(), track, u"genre"_s), u"Downtempo"_s);
        QSqlQuery query(catalog.store().connection());
        QVERIFY(query.exec(u"SELECT label FROM releases WHERE id = %1"_s.arg(release)) && query.next());
        QCOMPARE(query.value(0).toString(), u"Harbour Records"_s);
        // Both are asked about, each with their value.
        QStringList asked;
        for (int i = 0; i < 2; ++i) {
            asked.append(u"%1: %2"_s.arg(
                mine.conflict().value(u"field"_s).toString(), mine.conflict().value(u"theirs"_s).toString()));
            mine.resolveConflict(false);
        }
        asked.sort();
        QCOMPARE(asked, (QStringList { u"genre: Downtempo"_s, u"label: Harbour Records"_s }));
        QVERIFY(mine.conflict().isEmpty());
        settle(mine);
        QCOMPARE(shown(mine, track, TrackTableModel::GenreRole), u"Downtempo"_s);
    }

    void editsOfDifferentFieldsBothLand()
    {
        TwoPeople people(2);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        QVERIFY(theirs.setTrackField(track, u"title"_s, u"Night Drive"_s));
        settle(theirs);
        QVERIFY(mine.setTrackField(track, u"bpm"_s, u"92.5"_s));
        QVERIFY(mine.setTrackField(track, u"bpm"_s, u"94"_s)); // a second edit on my own value
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(stored(catalog.store(), track, u"title"_s), u"Night Drive"_s);
        QCOMPARE(stored(catalog.store(), track, u"bpm"_s).toDouble(), 94.0);
    }

    void aReleaseFieldAsksToo()
    {
        TwoPeople people(3);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        const qint64 release = mine.releases()->model()->idAt(0);
        QVERIFY(theirs.releases()->setField(release, u"label"_s, u"Harbour Records"_s));
        theirs.waitForIdle();
        QVERIFY(mine.releases()->setField(release, u"label"_s, u"Tidal Records"_s));
        settle(mine);
        QCOMPARE(mine.conflict().value(u"kind"_s).toString(), u"release"_s);
        QCOMPARE(mine.conflict().value(u"fieldName"_s).toString(), u"Label"_s);
        QCOMPARE(mine.conflict().value(u"theirs"_s).toString(), u"Harbour Records"_s);
        QCOMPARE(mine.conflict().value(u"yours"_s).toString(), u"Tidal Records"_s);
        QVERIFY(!mine.history()->canUndo());
        QSqlQuery query(catalog.store().connection());
        QVERIFY(query.exec(u"SELECT label FROM releases WHERE id = %1"_s.arg(release)) && query.next());
        QCOMPARE(query.value(0).toString(), u"Harbour Records"_s);
        mine.resolveConflict(true);
        settle(mine);
        QVERIFY(query.exec(u"SELECT label FROM releases WHERE id = %1"_s.arg(release)) && query.next());
        QCOMPARE(query.value(0).toString(), u"Tidal Records"_s);
        QCOMPARE(mine.history()->undoText(), u"Undo Release Change"_s);
    }

    static qint64 milestoneId(CatalogSession &session, qint64 releaseId, const QString &key)
    {
        const ReleasePlan *plan = session.planning()->plan(releaseId);
        for (const Milestone &m : plan ? plan->milestones : QList<Milestone>()) {
            if (m.key == key)
                return m.id;
        }
        return 0;
    }

    static QString storedMilestone(const CatalogStore &store, qint64 releaseId, const QString &key)
    {
        QSqlQuery query(store.connection());
        query.prepare(u"SELECT due_date || CASE WHEN done = 1 THEN ' done' ELSE '' END FROM milestones "
                      "WHERE release_id = ? AND template_key = ?"_s);
        query.addBindValue(releaseId);
        query.addBindValue(key);
        return query.exec() && query.next() ? query.value(0).toString() : u"<none>"_s;
    }

    // A release's plan is saved whole (date and milestones), so it is checked whole: an edit,
    // undo or redo made on a plan someone else changed meanwhile asks which plan to keep.
    void aPlanSomeoneChangedAsks()
    {
        TwoPeople people(3);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        const qint64 release = mine.releases()->model()->idAt(0);
        QVERIFY(mine.planning()->moveRelease(release, u"2027-03-05"_s));
        settle(mine);
        Test::loadSession(theirs);
        Test::loadSession(mine); // the milestones with their ids
        const qint64 masters = milestoneId(theirs, release, u"masters_final"_s);
        QVERIFY(masters != 0);
        QVERIFY(theirs.planning()->setMilestoneDone(masters, true));
        settle(theirs);

        // Mine still shows masters open; my date change of the artwork is made on that plan.
        const QString artworkBefore = storedMilestone(catalog.store(), release, u"artwork_final"_s);
        QVERIFY(artworkBefore.startsWith(u"20"_s));
        QVERIFY(mine.planning()->setMilestoneDate(
            milestoneId(mine, release, u"artwork_final"_s), u"2027-01-15"_s));
        settle(mine);
        QCOMPARE(storedMilestone(catalog.store(), release, u"artwork_final"_s), artworkBefore);
        QVERIFY(storedMilestone(catalog.store(), release, u"masters_final"_s).endsWith(u" done"_s));
        const QVariantMap conflict = mine.conflict();
        QCOMPARE(conflict.value(u"origin"_s).toString(), u"planning"_s);
        QCOMPARE(conflict.value(u"kind"_s).toString(), u"release"_s);
        QCOMPARE(conflict.value(u"fieldName"_s).toString(), u"Release plan"_s);
        QVERIFY2(conflict.value(u"theirsText"_s).toString().contains(u"done: "_s),
            qPrintable(conflict.value(u"theirsText"_s).toString()));
        QVERIFY(!mine.history()->canUndo()); // every step of this plan was made on the old one

        // Use Mine: saved over theirs, undoable back to theirs.
        mine.resolveConflict(true);
        settle(mine);
        QCOMPARE(storedMilestone(catalog.store(), release, u"artwork_final"_s), u"2027-01-15"_s);
        QVERIFY(!storedMilestone(catalog.store(), release, u"masters_final"_s).endsWith(u" done"_s));
        QCOMPARE(mine.history()->undoText(), u"Undo Plan Change"_s);
        mine.history()->undo();
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QVERIFY(storedMilestone(catalog.store(), release, u"masters_final"_s).endsWith(u" done"_s));
    }

    // Quick edits of one plan, each made before the last one was read back (a task just added
    // has no id yet), are no conflict.
    void quickEditsOfOnePlanAreNoConflict()
    {
        TwoPeople people(3);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        const qint64 release = mine.releases()->model()->idAt(0);
        const QString milestonesOf = u"SELECT count(*) FROM milestones WHERE release_id = %1"_s.arg(release);
        const int before = Test::scalar(catalog.store(), milestonesOf);
        QVERIFY(mine.planning()->moveRelease(release, u"2027-03-05"_s));
        QVERIFY(mine.planning()->addTask(release, u"Press photos"_s, u"2027-02-01"_s));
        QVERIFY(mine.planning()->moveRelease(release, u"2027-03-12"_s));
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(Test::scalar(catalog.store(),
                     u"SELECT count(*) FROM milestones WHERE name = 'Press photos' AND release_id = %1"_s.arg(
                         release)),
            1);
        while (mine.history()->canUndo())
            mine.history()->undo();
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(Test::scalar(catalog.store(), milestonesOf), before);
    }

    static QString storedOrder(const CatalogStore &store, qint64 releaseId)
    {
        QString error;
        return ReleaseTrackList::encode(ReleaseTrackList::stored(store.connection(), releaseId, &error)
                .value_or(ReleaseTrackList::List()));
    }

    static void showRelease(CatalogSession &session, qint64 releaseId)
    {
        QSignalSpy tracks(session.releases(), &ReleaseCatalog::currentTracksChanged);
        session.releases()->setCurrentReleaseId(releaseId);
        QVERIFY(tracks.wait(5000));
    }

    // A running order is saved whole: a move made on an order someone else changed meanwhile
    // (they took a track off) is not written; the dialog shows both orders by title.
    void aRunningOrderSomeoneChangedAsks()
    {
        TwoPeople people(9);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        const qint64 release = mine.releases()->model()->idAt(0);
        showRelease(mine, release);
        showRelease(theirs, release);
        const QString original = storedOrder(catalog.store(), release);
        QCOMPARE(mine.releases()->currentTracks().size(), 3);

        const qint64 last
            = theirs.releases()->currentTracks().constLast().toMap().value(u"trackId"_s).toLongLong();
        QVERIFY(theirs.releases()->removeTrack(last));
        settle(theirs);
        const QString theirOrder = storedOrder(catalog.store(), release);
        QVERIFY(theirOrder != original);
        QVERIFY(mine.releases()->moveTrack(2, 0)); // made on the three tracks mine still shows
        settle(mine);
        QCOMPARE(storedOrder(catalog.store(), release), theirOrder);
        const QVariantMap conflict = mine.conflict();
        QCOMPARE(conflict.value(u"origin"_s).toString(), u"runningOrder"_s);
        QCOMPARE(conflict.value(u"fieldName"_s).toString(), u"Running order"_s);
        QCOMPARE(conflict.value(u"theirs"_s).toString(), theirOrder);
        QVERIFY2(conflict.value(u"theirsText"_s).toString().startsWith(u"1. "_s),
            qPrintable(conflict.value(u"theirsText"_s).toString()));
        QCOMPARE(conflict.value(u"yoursText"_s).toString().count(u". "_s), 3);
        QVERIFY(!mine.history()->canUndo());
        QTRY_COMPARE(mine.releases()->currentTracks().size(), 2); // theirs is shown

        mine.resolveConflict(true); // Use Mine: my three tracks in my order, undoable
        settle(mine);
        QCOMPARE(storedOrder(catalog.store(), release), conflict.value(u"yours"_s).toString());
        QCOMPARE(mine.history()->undoText(), u"Undo Track Order"_s);
        mine.history()->undo();
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(storedOrder(catalog.store(), release), theirOrder);
    }

    void conflictsWaitTheirTurn()
    {
        TwoPeople people(2);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        QVERIFY(theirs.setTrackField(track, u"genre"_s, u"Ambient"_s));
        QVERIFY(theirs.setTrackField(track, u"language"_s, u"de"_s));
        settle(theirs);
        QVERIFY(mine.setTrackField(track, u"genre"_s, u"House"_s));
        QVERIFY(mine.setTrackField(track, u"language"_s, u"fr"_s));
        settle(mine);
        QCOMPARE(mine.conflict().value(u"field"_s).toString(), u"genre"_s);
        mine.resolveConflict(true);
        // The second is asked next, not lost.
        QCOMPARE(mine.conflict().value(u"field"_s).toString(), u"language"_s);
        QCOMPARE(mine.conflict().value(u"yours"_s).toString(), u"fr"_s);
        mine.resolveConflict(false);
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(stored(catalog.store(), track, u"genre"_s), u"House"_s);
        QCOMPARE(stored(catalog.store(), track, u"language"_s), u"de"_s);
    }

    void yesNoFieldsAreShownInWords()
    {
        TwoPeople people(1);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        QVERIFY(theirs.setTrackField(track, u"explicit"_s, u"1"_s));
        settle(theirs);
        QVERIFY(mine.setTrackField(track, u"explicit"_s, u"0"_s));
        settle(mine);
        QCOMPARE(mine.conflict().value(u"fieldName"_s).toString(), u"Explicit"_s);
        QCOMPARE(mine.conflict().value(u"theirsText"_s).toString(), u"Explicit"_s);
        QCOMPARE(mine.conflict().value(u"yoursText"_s).toString(), u"Clean"_s);
        QCOMPARE(stored(catalog.store(), track, u"explicit"_s), u"1"_s);
    }

    // A split set is saved whole: one saved over a set someone else changed meanwhile would drop
    // their shares without a word. It is refused, theirs is shown, and the dialog offers both.
    void masterSplitsSomeoneChangedAskWhichToKeep_data() { useMineOrKeepTheirs(); }
    void masterSplitsSomeoneChangedAskWhichToKeep()
    {
        QFETCH(bool, keepMine);
        TwoPeople people(1);
        loadWithTrackShown(people);
        auto &[catalog, mine, theirs, track] = people;
        QVERIFY(theirs.credits()->saveMasterShares(track, { share(u"Ilo Park"_s, u"100"_s) }));
        settle(theirs);

        QVERIFY(mine.credits()->saveMasterShares(
            track, { share(u"Nova Lark"_s, u"60"_s), share(u"Mara Vell"_s, u"40"_s) }));
        settle(mine);
        QCOMPARE(
            storedShares(catalog.store(), u"master_shares"_s, u"track_id"_s, track), u"Ilo Park 10000"_s);
        const QVariantMap conflict = mine.conflict();
        QCOMPARE(conflict.value(u"kind"_s).toString(), u"track"_s);
        QCOMPARE(conflict.value(u"fieldName"_s).toString(), u"Master ownership"_s);
        QCOMPARE(conflict.value(u"theirsText"_s).toString(), u"Ilo Park 100 %"_s);
        QCOMPARE(conflict.value(u"yoursText"_s).toString(), u"Nova Lark 60 %, Mara Vell 40 %"_s);
        // Theirs is shown meanwhile, and undo has no step made on the set that is gone.
        QCOMPARE(mine.credits()->masterShares().size(), 1);
        QVERIFY(!mine.history()->canUndo());

        mine.resolveConflict(keepMine);
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(storedShares(catalog.store(), u"master_shares"_s, u"track_id"_s, track),
            keepMine ? u"Nova Lark 6000; Mara Vell 4000"_s : u"Ilo Park 10000"_s);
        QCOMPARE(mine.credits()->masterShares().size(), keepMine ? 2 : 1);
        if (keepMine) { // one step, undone to theirs
            QVERIFY(mine.history()->canUndo());
            mine.history()->undo();
            settle(mine);
            QCOMPARE(
                storedShares(catalog.store(), u"master_shares"_s, u"track_id"_s, track), u"Ilo Park 10000"_s);
        }
    }

    void aWorksPublishingSharesAskToo()
    {
        TwoPeople people(1);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        const qint64 work = createdWork(people, u"Glass Harbour"_s);
        QVERIFY(work > 0);
        theirs.credits()->setCurrentWorkId(work);
        settle(theirs);
        QVERIFY(theirs.credits()->saveWorkShares(work, { share(u"Ilo Park"_s, u"100"_s, u"Composer"_s) }));
        settle(theirs);

        QVERIFY(mine.credits()->saveWorkShares(work, { share(u"Nova Lark"_s, u"100"_s, u"Lyricist"_s) }));
        settle(mine);
        QCOMPARE(storedShares(catalog.store(), u"work_shares"_s, u"work_id"_s, work), u"Ilo Park 10000"_s);
        QCOMPARE(mine.conflict().value(u"kind"_s).toString(), u"work"_s);
        QCOMPARE(mine.conflict().value(u"record"_s).toString(), u"Glass Harbour"_s);
        QCOMPARE(mine.conflict().value(u"fieldName"_s).toString(), u"Publishing shares"_s);
        QCOMPARE(mine.conflict().value(u"theirsText"_s).toString(), u"Ilo Park (Composer) 100 %"_s);
        mine.resolveConflict(false);
        settle(mine);
        QCOMPARE(storedShares(catalog.store(), u"work_shares"_s, u"work_id"_s, work), u"Ilo Park 10000"_s);
    }

    // A track's credits are saved whole too: a credit added to the list as it was before someone
    // else's credit would drop theirs.
    void creditsSomeoneChangedAskToo()
    {
        TwoPeople people(1);
        loadWithTrackShown(people);
        auto &[catalog, mine, theirs, track] = people;
        QVERIFY(theirs.credits()->addCredit(track, u"Ilo Park"_s, u"Producer"_s, QString(), false));
        settle(theirs);

        QVERIFY(mine.credits()->addCredit(track, u"Nova Lark"_s, u"Musician"_s, u"Guitar"_s, false));
        settle(mine);
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM credits WHERE track_id = %1"_s.arg(track)),
            1);
        QCOMPARE(mine.conflict().value(u"fieldName"_s).toString(), u"Credits"_s);
        QCOMPARE(mine.conflict().value(u"theirsText"_s).toString(), u"Ilo Park (Producer)"_s);
        QCOMPARE(mine.conflict().value(u"yoursText"_s).toString(), u"Nova Lark (Musician: Guitar)"_s);
        QVERIFY(!mine.history()->canUndo());

        mine.resolveConflict(true); // Use Mine: the list as this user made it
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(Test::scalar(catalog.store(),
                     u"SELECT count(*) FROM credits c JOIN parties p ON p.id = c.party_id "
                     "WHERE c.track_id = %1 AND p.name = 'Nova Lark'"_s.arg(track)),
            1);
        mine.history()->undo(); // back to theirs
        settle(mine);
        QCOMPARE(Test::scalar(catalog.store(),
                     u"SELECT count(*) FROM credits c JOIN parties p ON p.id = c.party_id "
                     "WHERE c.track_id = %1 AND p.name = 'Ilo Park'"_s.arg(track)),
            1);
        QVERIFY(mine.conflict().isEmpty());
    }

    // The undo of credits of a track no longer shown expects the credits it made there: it used
    // to write without a check.
    void undoOfCreditsOfATrackNotShownAsks()
    {
        TwoPeople people(2);
        loadWithTrackShown(people);
        auto &[catalog, mine, theirs, track] = people;
        QVERIFY(mine.credits()->addCredit(track, u"Nova Lark"_s, u"Musician"_s, u"Guitar"_s, false));
        settle(mine);
        TrackTableModel *table = mine.trackTable();
        mine.setCurrentTrackId(table->data(table->index(1, 0), TrackTableModel::IdRole).toLongLong());
        settle(mine);
        Test::loadSession(theirs);
        theirs.setCurrentTrackId(track);
        settle(theirs);
        QVERIFY(theirs.credits()->addCredit(track, u"Ilo Park"_s, u"Producer"_s, QString(), false));
        settle(theirs);

        mine.history()->undo(); // would take both credits away
        settle(mine);
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM credits WHERE track_id = %1"_s.arg(track)),
            2);
        QCOMPARE(mine.conflict().value(u"fieldName"_s).toString(), u"Credits"_s);
        QCOMPARE(mine.conflict().value(u"yoursText"_s).toString(), u"(nobody)"_s);
        mine.resolveConflict(false);
        settle(mine);
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM credits WHERE track_id = %1"_s.arg(track)),
            2);
    }

    // Both saved on what each saw, one after the other: the second asks, neither is lost silently.
    void splitsSavedOnTheSameSetAsEachOtherStillAsk()
    {
        TwoPeople people(1);
        loadWithTrackShown(people);
        auto &[catalog, mine, theirs, track] = people;
        QVERIFY(mine.credits()->saveMasterShares(track, { share(u"Nova Lark"_s, u"100"_s) }));
        settle(mine);
        QVERIFY(mine.conflict().isEmpty()); // nobody else had changed anything
        QVERIFY(theirs.credits()->saveMasterShares(track, { share(u"Ilo Park"_s, u"100"_s) }));
        settle(theirs);
        QVERIFY(!theirs.conflict().isEmpty());
        QCOMPARE(
            storedShares(catalog.store(), u"master_shares"_s, u"track_id"_s, track), u"Nova Lark 10000"_s);
    }
};

QTEST_GUILESS_MAIN(TestEditConflict)
#include "tst_editconflict.moc"
