// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Issue 16, item 3, for the records around tracks: a party's and a work's fields, a recording's
// link to its original, a release's cover and a delivery profile's thresholds. An edit (or an undo) made on a
// value someone else has changed since is not written over it; the session asks which to keep. Runs on both
// backends.
#include "EditConflictFixture.h"
#include "credits/PartyListModel.h"
#include "credits/WorkListModel.h"
#include "editing/EditHistory.h"
#include "quality/AnalysisRepository.h"
#include "quality/ProfileFields.h"
#include "releases/ArtworkCheck.h"
#include "releases/ReleaseCatalog.h"
#include "schedule/PlanningSession.h"
#include "tracks/TrackVersions.h"

#include <QSqlError>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestRecordConflict : public Imprint::EditConflictFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    // A party's and a work's fields are checked like a track's: someone's IPI or a work's title
    // typed over a value another person changed meanwhile would lose theirs without a word.
    void aPartyFieldSomeoneChangedAsks_data() { useMineOrKeepTheirs(); }
    void aPartyFieldSomeoneChangedAsks()
    {
        QFETCH(bool, keepMine);
        TwoPeople people(1);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        const qint64 party = createdParty(people, u"Ilo Park"_s);
        QVERIFY(theirs.credits()->setPartyField(party, u"pro"_s, u"PRS"_s));
        settle(theirs);

        QVERIFY(mine.credits()->setPartyField(party, u"pro"_s, u"GEMA"_s));
        settle(mine);
        QCOMPARE(stored(catalog.store(), party, u"pro"_s, u"parties"_s), u"PRS"_s);
        const QVariantMap conflict = mine.conflict();
        QCOMPARE(conflict.value(u"kind"_s).toString(), u"party"_s);
        QCOMPARE(conflict.value(u"record"_s).toString(), u"Ilo Park"_s);
        QCOMPARE(conflict.value(u"fieldName"_s).toString(), u"Performing rights organisation"_s);
        QCOMPARE(conflict.value(u"yoursText"_s).toString(), u"GEMA"_s);
        QCOMPARE(conflict.value(u"theirsText"_s).toString(), u"PRS"_s);
        // Theirs is shown meanwhile in the party editor.
        QCOMPARE(mine.credits()->parties()->rowById(party)->pro, u"PRS"_s);

        mine.resolveConflict(keepMine);
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(stored(catalog.store(), party, u"pro"_s, u"parties"_s), keepMine ? u"GEMA"_s : u"PRS"_s);
        QCOMPARE(mine.credits()->parties()->rowById(party)->pro, keepMine ? u"GEMA"_s : u"PRS"_s);
        if (keepMine) { // one step, undone to theirs
            mine.history()->undo();
            settle(mine);
            QCOMPARE(stored(catalog.store(), party, u"pro"_s, u"parties"_s), u"PRS"_s);
            QVERIFY(mine.conflict().isEmpty());
        }
    }

    void undoOfAPartyFieldSomeoneChangedAsks()
    {
        TwoPeople people(1);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        const qint64 party = createdParty(people, u"Ilo Park"_s);
        QVERIFY(mine.credits()->setPartyField(party, u"contact"_s, u"ilo@example.org"_s));
        settle(mine);
        Test::loadSession(theirs);
        QVERIFY(theirs.credits()->setPartyField(party, u"contact"_s, u"+44 20 7946 0000"_s));
        settle(theirs);

        mine.history()->undo(); // would empty the contact someone else just entered
        settle(mine);
        QCOMPARE(stored(catalog.store(), party, u"contact"_s, u"parties"_s), u"+44 20 7946 0000"_s);
        QCOMPARE(mine.conflict().value(u"fieldName"_s).toString(), u"Contact"_s);
        QCOMPARE(mine.conflict().value(u"yoursText"_s).toString(), u"(not set)"_s);
        mine.resolveConflict(true);
        settle(mine);
        QCOMPARE(stored(catalog.store(), party, u"contact"_s, u"parties"_s), u"<null>"_s);
    }

    void aWorkTitleSomeoneChangedAsks()
    {
        TwoPeople people(1);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        const qint64 work = createdWork(people, u"Glass Harbour"_s);
        QVERIFY(work > 0);
        QVERIFY(theirs.credits()->setWorkField(work, u"title"_s, u"Glass Harbor"_s));
        settle(theirs);

        QVERIFY(mine.credits()->setWorkField(work, u"title"_s, u"Glass Harbour (Reprise)"_s));
        settle(mine);
        QCOMPARE(stored(catalog.store(), work, u"title"_s, u"works"_s), u"Glass Harbor"_s);
        QCOMPARE(mine.conflict().value(u"kind"_s).toString(), u"work"_s);
        QCOMPARE(mine.conflict().value(u"record"_s).toString(), u"Glass Harbor"_s); // its name now
        QCOMPARE(mine.conflict().value(u"fieldName"_s).toString(), u"Title"_s);
        QCOMPARE(mine.conflict().value(u"yoursText"_s).toString(), u"Glass Harbour (Reprise)"_s);
        mine.resolveConflict(false);
        settle(mine);
        QCOMPARE(stored(catalog.store(), work, u"title"_s, u"works"_s), u"Glass Harbor"_s);
        QCOMPARE(mine.credits()->works()->rowById(work)->title, u"Glass Harbor"_s);
    }

    // A recording's link to its original is checked too: linking it over a link someone else
    // made meanwhile would drop theirs without a word.
    void aVersionLinkSomeoneChangedAsks_data() { useMineOrKeepTheirs(); }
    void aVersionLinkSomeoneChangedAsks()
    {
        QFETCH(bool, keepMine);
        TwoPeople people(3);
        loadWithTrackShown(people);
        auto &[catalog, mine, theirs, track] = people;
        const qint64 a = trackAt(mine, 1);
        const qint64 b = trackAt(mine, 2);
        theirs.versions()->setOriginal(track, a);
        settle(theirs);

        mine.versions()->setOriginal(track, b); // mine still shows the track as an original
        settle(mine);
        QCOMPARE(stored(catalog.store(), track, u"original_track_id"_s), QString::number(a));
        const QVariantMap conflict = mine.conflict();
        QCOMPARE(conflict.value(u"kind"_s).toString(), u"track"_s);
        QCOMPARE(conflict.value(u"fieldName"_s).toString(), u"Version of"_s);
        QCOMPARE(conflict.value(u"theirsText"_s).toString(), shown(mine, a, TrackTableModel::TitleRole));
        QCOMPARE(conflict.value(u"yoursText"_s).toString(), shown(mine, b, TrackTableModel::TitleRole));
        QCOMPARE(mine.versions()->original().value(u"trackId"_s).toLongLong(), a); // theirs is shown

        mine.resolveConflict(keepMine);
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(stored(catalog.store(), track, u"original_track_id"_s), QString::number(keepMine ? b : a));
        if (keepMine) { // one step, undone to theirs
            mine.history()->undo();
            settle(mine);
            QCOMPARE(stored(catalog.store(), track, u"original_track_id"_s), QString::number(a));
        }
    }

    void undoOfAVersionLinkSomeoneChangedAsks()
    {
        TwoPeople people(3);
        loadWithTrackShown(people);
        auto &[catalog, mine, theirs, track] = people;
        const qint64 a = trackAt(mine, 1);
        mine.versions()->setOriginal(track, a);
        settle(mine);
        theirs.versions()->reload();
        settle(theirs);
        const qint64 b = trackAt(mine, 2);
        theirs.versions()->setOriginal(track, b); // made from another recording, they find
        settle(theirs);

        mine.history()->undo(); // would unlink it over their link
        settle(mine);
        QCOMPARE(stored(catalog.store(), track, u"original_track_id"_s), QString::number(b));
        QCOMPARE(mine.conflict().value(u"yoursText"_s).toString(), u"(none: an original)"_s);
        mine.resolveConflict(false);
        settle(mine);
        QCOMPARE(stored(catalog.store(), track, u"original_track_id"_s), QString::number(b));
    }

    // A release's cover: the undo of Set Artwork over a cover someone else linked since would put
    // theirs away without a word. It asks, naming both covers by their files.
    void anArtworkUndoOverSomeoneElsesCoverAsks_data() { useMineOrKeepTheirs(); }
    void anArtworkUndoOverSomeoneElsesCoverAsks()
    {
        QFETCH(bool, keepMine);
        TwoPeople people(3);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        const qint64 release = mine.releases()->model()->idAt(0);
        const QString field = ReleaseCatalog::historyPrefix + ArtworkCheck::HistoryField;
        const QString none = QString::number(storedCover(catalog.store(), release));
        const QString myCover = QString::number(coverAsset(catalog.store(), release, u"artwork/mine.png"_s));
        const QString theirCover
            = QString::number(coverAsset(catalog.store(), release, u"artwork/theirs.png"_s));
        // Set Artwork as the release page does it: linked, then one undo step.
        mine.releases()->applyField(release, ArtworkCheck::HistoryField, myCover, none);
        mine.history()->record({ release, field, none, myCover, u"Set Artwork"_s });
        settle(mine);
        QCOMPARE(QString::number(storedCover(catalog.store(), release)), myCover);
        theirs.releases()->applyField(release, ArtworkCheck::HistoryField, theirCover, myCover);
        settle(theirs);
        QVERIFY(theirs.conflict().isEmpty());

        mine.history()->undo(); // would take their cover off
        settle(mine);
        QCOMPARE(QString::number(storedCover(catalog.store(), release)), theirCover);
        const QVariantMap conflict = mine.conflict();
        QCOMPARE(conflict.value(u"kind"_s).toString(), u"release"_s);
        QCOMPARE(conflict.value(u"fieldName"_s).toString(), u"Cover"_s);
        QCOMPARE(conflict.value(u"theirsText"_s).toString(), u"theirs.png"_s);
        QCOMPARE(conflict.value(u"yoursText"_s).toString(), u"(no cover)"_s);

        mine.resolveConflict(keepMine);
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(QString::number(storedCover(catalog.store(), release)), keepMine ? none : theirCover);
        if (keepMine) { // one step, undone to theirs
            mine.history()->undo();
            settle(mine);
            QCOMPARE(QString::number(storedCover(catalog.store(), release)), theirCover);
        }
    }

    // A delivery profile is stored whole, but two people who change different thresholds both
    // keep theirs: each change is written as the thresholds it touches.
    void twoPeopleChangingDifferentThresholdsKeepBoth()
    {
        TwoPeople people(1);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        QVERIFY(theirs.quality()->setProfileField(u"streaming"_s, u"warnTruePeakDbtp"_s, u"-1.5"_s));
        settle(theirs);

        QVERIFY(mine.quality()->setProfileField(u"streaming"_s, u"minDurationSeconds"_s, u"45"_s));
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(storedThreshold(catalog.store(), u"warnTruePeakDbtp"_s), u"-1.5"_s);
        QCOMPARE(storedThreshold(catalog.store(), u"minDurationSeconds"_s), u"45"_s);
        // Theirs shows in mine once mine is saved, and the undo takes back only mine.
        QCOMPARE(shownThreshold(mine, u"warnTruePeakDbtp"_s), u"-1.5"_s);
        mine.history()->undo();
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        QCOMPARE(storedThreshold(catalog.store(), u"warnTruePeakDbtp"_s), u"-1.5"_s);
        QCOMPARE(storedThreshold(catalog.store(), u"minDurationSeconds"_s), u"30"_s);
    }

    void aThresholdSomeoneChangedAsks_data() { useMineOrKeepTheirs(); }
    void aThresholdSomeoneChangedAsks()
    {
        QFETCH(bool, keepMine);
        TwoPeople people(1);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        QVERIFY(theirs.quality()->setProfileField(u"streaming"_s, u"warnTruePeakDbtp"_s, u"-2"_s));
        settle(theirs);

        QVERIFY(mine.quality()->setProfileField(u"streaming"_s, u"warnTruePeakDbtp"_s, u"-1.5"_s));
        settle(mine);
        QCOMPARE(storedThreshold(catalog.store(), u"warnTruePeakDbtp"_s), u"-2"_s);
        const QVariantMap conflict = mine.conflict();
        QCOMPARE(conflict.value(u"kind"_s).toString(), u"profile"_s);
        QCOMPARE(conflict.value(u"record"_s).toString(), u"Streaming"_s);
        QCOMPARE(conflict.value(u"fieldName"_s).toString(), u"Warn: true peak above"_s);
        QCOMPARE(conflict.value(u"yoursText"_s).toString(), u"−1.5 dBTP"_s);
        QCOMPARE(conflict.value(u"theirsText"_s).toString(), u"−2 dBTP"_s);
        QCOMPARE(shownThreshold(mine, u"warnTruePeakDbtp"_s), u"-2"_s); // theirs is shown
        QVERIFY(!mine.history()->canUndo()); // the step made on the old value went

        mine.resolveConflict(keepMine);
        settle(mine);
        QVERIFY(mine.conflict().isEmpty());
        const QString kept = keepMine ? u"-1.5"_s : u"-2"_s;
        QCOMPARE(storedThreshold(catalog.store(), u"warnTruePeakDbtp"_s), kept);
        QCOMPARE(shownThreshold(mine, u"warnTruePeakDbtp"_s), kept);
        if (keepMine) { // one step, undone to theirs
            mine.history()->undo();
            settle(mine);
            QCOMPARE(storedThreshold(catalog.store(), u"warnTruePeakDbtp"_s), u"-2"_s);
        }
    }

    // A reset changes every threshold: undone over someone else's edit of one, it asks about
    // that one, and Keep Theirs keeps both that edit and the catalog as it is.
    void undoOfAResetOverSomeonesThresholdAsks()
    {
        TwoPeople people(1);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        QVERIFY(mine.quality()->setProfileField(u"streaming"_s, u"minDurationSeconds"_s, u"45"_s));
        settle(mine);
        QVERIFY(mine.quality()->resetProfile(u"streaming"_s));
        settle(mine);
        QCOMPARE(storedThreshold(catalog.store(), u"minDurationSeconds"_s), u"30"_s);
        theirs.quality()->reload();
        settle(theirs);
        QVERIFY(theirs.quality()->setProfileField(u"streaming"_s, u"minDurationSeconds"_s, u"60"_s));
        settle(theirs);

        mine.history()->undo(); // would put 45 back over their 60
        settle(mine);
        QCOMPARE(storedThreshold(catalog.store(), u"minDurationSeconds"_s), u"60"_s);
        QCOMPARE(mine.conflict().value(u"fieldName"_s).toString(), u"Duration at least"_s);
        QCOMPARE(mine.conflict().value(u"yoursText"_s).toString(), u"45 s"_s);
        mine.resolveConflict(false);
        settle(mine);
        QCOMPARE(storedThreshold(catalog.store(), u"minDurationSeconds"_s), u"60"_s);
        QCOMPARE(shownThreshold(mine, u"minDurationSeconds"_s), u"60"_s);
    }

    // A deleted record comes back, on undo, as it was when it went: the deletion reads it in the
    // transaction that deletes it, and an undone deletion redone reads it again.
    void aReleaseDeletedAsSomeoneRenamesItComesBackRenamed()
    {
        TwoPeople people(3);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        const qint64 release = mine.releases()->model()->idAt(0);
        QVERIFY(mine.planning()->deleteRelease(release));
        mine.catalogThread()->waitForIdle(); // read for the undo; the deletion not asked for yet
        asSomeoneElse(
            catalog.store(), u"UPDATE releases SET title = 'Night Swim' WHERE id = %1"_s.arg(release));
        settle(mine);
        QCOMPARE(stored(catalog.store(), release, u"title"_s, u"releases"_s), u"<missing>"_s);
        mine.history()->undo();
        settle(mine);
        QCOMPARE(stored(catalog.store(), release, u"title"_s, u"releases"_s), u"Night Swim"_s);

        asSomeoneElse(
            catalog.store(), u"UPDATE releases SET label = 'Lark Records' WHERE id = %1"_s.arg(release));
        mine.history()->redo();
        settle(mine);
        QCOMPARE(stored(catalog.store(), release, u"title"_s, u"releases"_s), u"<missing>"_s);
        mine.history()->undo();
        settle(mine);
        QCOMPARE(stored(catalog.store(), release, u"label"_s, u"releases"_s), u"Lark Records"_s);
    }

    void aWorkDeletedAgainComesBackAsItWent()
    {
        TwoPeople people(1);
        load(people);
        auto &[catalog, mine, theirs, track] = people;
        const qint64 work = createdWork(people, u"Glass Harbour"_s);
        QVERIFY(mine.credits()->deleteWork(work));
        settle(mine);
        mine.history()->undo();
        settle(mine);
        asSomeoneElse(catalog.store(), u"UPDATE works SET iswc = 'T0345246801' WHERE id = %1"_s.arg(work));
        mine.history()->redo();
        settle(mine);
        QCOMPARE(stored(catalog.store(), work, u"title"_s, u"works"_s), u"<missing>"_s);
        mine.history()->undo();
        settle(mine);
        QCOMPARE(stored(catalog.store(), work, u"iswc"_s, u"works"_s), u"T0345246801"_s);
    }

private:
    // sql run on this thread's connection: another client than either session's catalog thread.
    static void asSomeoneElse(const CatalogStore &store, const QString &sql)
    {
        QSqlQuery query(store.connection());
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }

    // A threshold of the streaming profile as the catalog holds it (ProfileFields::text).
    static QString storedThreshold(const CatalogStore &store, const QString &name)
    {
        const auto profiles = AnalysisRepository::profiles(store.connection(), nullptr);
        if (!profiles)
            return u"<unreadable>"_s;
        const auto streaming = std::ranges::find(*profiles, u"streaming"_s, &QualityProfile::key);
        return streaming == profiles->end() ? u"<missing>"_s : ProfileFields::text(*streaming, name);
    }

    // The same as the profile editor of a session shows it.
    static QString shownThreshold(CatalogSession &session, const QString &name)
    {
        for (const QVariant &field : session.quality()->profileFields(u"streaming"_s)) {
            if (field.toMap().value(u"name"_s) == name)
                return field.toMap().value(u"value"_s).toString();
        }
        return u"<missing>"_s;
    }
};

QTEST_GUILESS_MAIN(TestRecordConflict)
#include "tst_recordconflict.moc"
