// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "credits/CreditsCatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestCreditsCatalog : public QObject
{
    Q_OBJECT

    static void load(CatalogSession &session)
    {
        QSignalSpy reloaded(&session, &CatalogSession::reloaded);
        session.reload();
        QVERIFY(reloaded.wait(5000));
        settle(session);
    }

    // A write is followed by rereads; let both rounds finish.
    static void settle(CatalogSession &session)
    {
        for (int round = 0; round < 3; ++round)
            session.waitForIdle();
    }

    static QString text(const CatalogStore &store, const QString &sql)
    {
        QSqlQuery query(store.connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : u"<none>"_s;
    }

    static QVariantMap share(const QString &party, const QString &percent, const QString &role = {})
    {
        return { { u"partyName"_s, party }, { u"percent"_s, percent }, { u"role"_s, role } };
    }

private Q_SLOTS:
    void creditsAreAddedEditedRemovedAndUndone()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        CreditsCatalog *credits = session.credits();
        QAbstractItemModelTester creditTester(
            credits->trackCredits(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester partyTester(
            credits->parties(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(session);
        const int partiesBefore = credits->parties()->rowCount();
        const qint64 track = session.trackTable()->index(0, 0).data(TrackTableModel::IdRole).toLongLong();
        session.setCurrentTrackId(track);
        settle(session);
        QCOMPARE(credits->trackId(), track);

        QVERIFY(credits->addCredit(track, u"Ilo Park"_s, u"Producer"_s, {}, false));
        QCOMPARE(credits->trackCredits()->rowCount(), 1); // shown at once
        settle(session);
        QCOMPARE(credits->parties()->rowCount(), partiesBefore + 1); // the typed name became a party
        QVERIFY(credits->trackCredits()->index(0).data(CreditListModel::PartyIdRole).toLongLong() > 0);
        QVERIFY(credits->addCredit(track, u"nova lark"_s, u"MainArtist"_s, {}, false)); // an existing party
        QVERIFY(credits->setCreditField(track, 0, u"aiUsed"_s, true));
        QVERIFY(credits->setCreditField(track, 0, u"instrument"_s, u"Synth"_s));
        QVERIFY(!credits->setCreditField(track, 0, u"role"_s, u"Boss"_s));
        QVERIFY(!credits->addCredit(track, u"Ilo Park"_s, u"Producer"_s, u"Synth"_s, true)); // twice
        settle(session);
        QCOMPARE(credits->parties()->rowCount(), partiesBefore + 1);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM credits"_s), 2);
        QCOMPARE(
            text(catalog.store(), u"SELECT instrument || ai_used FROM credits WHERE role = 'Producer'"_s),
            u"Synth1"_s);
        QCOMPARE(
            text(catalog.store(),
                u"SELECT p.name FROM credits c JOIN parties p ON p.id = c.party_id WHERE role = 'MainArtist'"_s),
            u"Nova Lark"_s);

        QVERIFY(credits->removeCredit(track, 0));
        settle(session);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM credits"_s), 1);
        QCOMPARE(session.history()->undoText(), u"Undo Remove Credit"_s);
        session.history()->undo(); // remove
        session.history()->undo(); // instrument
        session.history()->undo(); // AI
        settle(session);
        QCOMPARE(credits->trackCredits()->rowCount(), 2);
        QCOMPARE(text(catalog.store(),
                     u"SELECT coalesce(instrument, '') || ai_used FROM credits WHERE role = 'Producer'"_s),
            u"0"_s);
        session.history()->undo(); // MainArtist
        session.history()->undo(); // Producer
        settle(session);
        QCOMPARE(credits->trackCredits()->rowCount(), 0);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM credits"_s), 0);
        session.history()->redo();
        settle(session);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM credits"_s), 1);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM parties WHERE name = 'Ilo Park'"_s), 1);
    }

    void masterSplitsMustBeWholeAndSaveAsOneStep()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        CreditsCatalog *credits = session.credits();
        load(session);
        const qint64 track = session.trackTable()->index(1, 0).data(TrackTableModel::IdRole).toLongLong();
        session.setCurrentTrackId(track);
        settle(session);

        const QVariantList short_ { share(u"Nova Lark"_s, u"60"_s), share(u"Ilo Park"_s, u"30"_s) };
        const QVariantMap check = credits->checkShares(short_, false);
        QVERIFY(!check.value(u"complete"_s).toBool());
        QVERIFY(check.value(u"total"_s).toString().startsWith(u"90"_s));
        QVERIFY(!check.value(u"problem"_s).toString().isEmpty());
        QSignalSpy errors(credits, &CreditsCatalog::errorOccurred);
        QVERIFY(!credits->saveMasterShares(track, short_));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!credits->saveMasterShares(track, { share(u"Nova Lark"_s, u"abc"_s) }));

        const QVariantList whole { share(u"Nova Lark"_s, u"66.67"_s), share(u"Ilo Park"_s, u"33,33 %"_s) };
        QVERIFY(credits->checkShares(whole, false).value(u"complete"_s).toBool());
        QVERIFY(credits->saveMasterShares(track, whole));
        settle(session);
        QCOMPARE(Test::scalar(catalog.store(),
                     u"SELECT sum(share_bp) FROM master_shares WHERE track_id = %1"_s.arg(track)),
            10000);
        QCOMPARE(credits->masterShares().size(), 2);
        QCOMPARE(
            credits->masterShares().constFirst().toMap().value(u"partyName"_s).toString(), u"Nova Lark"_s);

        session.history()->undo();
        settle(session);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM master_shares"_s), 0);
        QVERIFY(credits->masterShares().isEmpty());
        QCOMPARE(credits->evenPercents(3).size(), 3);
    }

    void worksHaveValidUniqueIswcsWritersAndRecordings()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        CreditsCatalog *credits = session.credits();
        QAbstractItemModelTester workTester(
            credits->works(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(session);
        QVERIFY(credits->createWork(u"Glass Harbour"_s));
        settle(session);
        QVERIFY(credits->createWork(u"Low Voltage"_s));
        settle(session);
        QCOMPARE(credits->works()->rowCount(), 2);
        const qint64 low = credits->currentWorkId();
        QCOMPARE(credits->currentWork().value(u"title"_s).toString(), u"Low Voltage"_s);
        const qint64 glass = credits->works()->idAt(0);
        QVERIFY(glass != low);

        QVERIFY(!credits->setWorkField(glass, u"iswc"_s, u"T-034.524.680-2"_s)); // wrong check digit
        QVERIFY(credits->setWorkField(glass, u"iswc"_s, u"t-034.524.680-1"_s));
        QVERIFY(!credits->setWorkField(low, u"iswc"_s, u"T0345246801"_s)); // held by Glass Harbour
        QVERIFY(credits->setWorkField(low, u"iswc"_s, u"T-034.524.681-2"_s));
        settle(session);
        QCOMPARE(
            text(catalog.store(), u"SELECT iswc FROM works WHERE id = %1"_s.arg(glass)), u"T0345246801"_s);
        QCOMPARE(credits->works()->index(0).data(WorkListModel::IswcRole).toString(), u"T-034.524.680-1"_s);

        const QVariantList noRoles { share(u"Mara Vell"_s, u"100"_s) };
        QVERIFY(!credits->saveWorkShares(low, noRoles));
        const QVariantList writers { share(u"Mara Vell"_s, u"50"_s, u"Composer"_s),
            share(u"Ilo Park"_s, u"50"_s, u"Lyricist"_s) };
        QVERIFY(credits->saveWorkShares(low, writers));
        settle(session);
        QCOMPARE(Test::scalar(
                     catalog.store(), u"SELECT sum(share_bp) FROM work_shares WHERE work_id = %1"_s.arg(low)),
            10000);
        QCOMPARE(credits->workShares().size(), 2);

        const qint64 track = session.trackTable()->index(0, 0).data(TrackTableModel::IdRole).toLongLong();
        credits->searchRecordings(
            session.trackTable()->index(0, 0).data(TrackTableModel::TitleRole).toString());
        settle(session);
        QVERIFY(!credits->recordingCandidates().isEmpty());
        QCOMPARE(credits->recordingCandidates().first().toMap().value(u"trackId"_s).toLongLong(), track);
        QVERIFY(credits->setTrackWork(track, low));
        settle(session);
        QCOMPARE(credits->workTracks().size(), 1);
        session.setCurrentTrackId(track);
        settle(session);
        QCOMPARE(credits->trackWorkId(), low);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT work_id FROM tracks WHERE id = %1"_s.arg(track)),
            int(low));
        QCOMPARE(
            credits->works()->index(credits->works()->rowOf(low)).data(WorkListModel::TrackCountRole).toInt(),
            1);
        session.history()->undo();
        settle(session);
        QVERIFY(credits->workTracks().isEmpty());
        QCOMPARE(
            text(catalog.store(),
                u"SELECT CASE WHEN work_id IS NULL THEN 'none' END FROM tracks WHERE id = %1"_s.arg(track)),
            u"none"_s);
    }

    void worksAreCreatedAndDeletedUndoably()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        CreditsCatalog *credits = session.credits();
        QAbstractItemModelTester workTester(
            credits->works(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(session);
        QVERIFY(credits->createWork(u"Glass Harbour"_s));
        settle(session);
        const qint64 work = credits->currentWorkId();
        QVERIFY(work > 0);
        QCOMPARE(session.history()->undoText(), u"Undo New Work"_s);
        session.history()->undo();
        settle(session);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM works"_s), 0);
        QCOMPARE(credits->works()->rowCount(), 0);
        QCOMPARE(credits->currentWorkId(), 0);
        session.history()->redo();
        settle(session);
        QCOMPARE(credits->works()->rowCount(), 1);
        QCOMPARE(credits->currentWorkId(), work); // the same id, so links made later still fit

        // A work with writers and a recording: deleting it unlinks the recording and drops the
        // shares; one undo brings back all three.
        QVERIFY(credits->saveWorkShares(work,
            { share(u"Mara Vell"_s, u"60"_s, u"Composer"_s), share(u"Ilo Park"_s, u"40"_s, u"Lyricist"_s) }));
        const qint64 track = session.trackTable()->index(0, 0).data(TrackTableModel::IdRole).toLongLong();
        QVERIFY(credits->setTrackWork(track, work));
        settle(session);
        const auto snapshot = [&] {
            return text(catalog.store(),
                u"SELECT w.title || '|' || (SELECT group_concat(share_bp) FROM work_shares WHERE work_id = "
                u"w.id) "
                "|| '|' || (SELECT group_concat(id) FROM tracks WHERE work_id = w.id) FROM works w"_s);
        };
        const QString before = snapshot();
        QCOMPARE(before, u"Glass Harbour|6000,4000|%1"_s.arg(track));
        QVERIFY(credits->deleteWork(work));
        settle(session);
        QCOMPARE(snapshot(), u"<none>"_s);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM work_shares"_s), 0);
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM tracks WHERE work_id IS NOT NULL"_s), 0);
        QCOMPARE(credits->currentWorkId(), 0);
        QCOMPARE(session.history()->undoText(), u"Undo Delete Work"_s);
        session.history()->undo();
        settle(session);
        QCOMPARE(snapshot(), before);
        QCOMPARE(credits->currentWorkId(), work);
        QCOMPARE(credits->workShares().size(), 2);
        session.history()->redo();
        settle(session);
        QCOMPARE(snapshot(), u"<none>"_s);
        QVERIFY(!credits->deleteWork(work)); // gone: refused with a message, nothing queued
    }

    // From the track's Work field when the catalog has no work for it: made, linked, shown as
    // the track's work, and one undo takes both back (redo brings both).
    void aWorkIsMadeForATrackAndLinkedInOneStep()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        CreditsCatalog *credits = session.credits();
        load(session);
        const qint64 track = session.trackTable()->index(0, 0).data(TrackTableModel::IdRole).toLongLong();
        session.setCurrentTrackId(track);
        settle(session);
        QCOMPARE(credits->trackWorkId(), 0);

        QVERIFY(!credits->createWorkForTrack(track, u"  "_s)); // no title: refused, nothing queued
        QVERIFY(credits->createWorkForTrack(track, u"Night Ferry"_s));
        settle(session);
        const qint64 work = Test::scalar(catalog.store(), u"SELECT max(id) FROM works"_s);
        QVERIFY(work > 0);
        QCOMPARE(
            text(catalog.store(), u"SELECT title FROM works WHERE id = %1"_s.arg(work)), u"Night Ferry"_s);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT work_id FROM tracks WHERE id = %1"_s.arg(track)),
            int(work));
        QCOMPARE(credits->trackWorkId(), work);
        QCOMPARE(credits->works()->rowCount(), 1);
        QCOMPARE(session.history()->undoText(), u"Undo New Work"_s);

        session.history()->undo();
        settle(session);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM works"_s), 0);
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM tracks WHERE work_id IS NOT NULL"_s), 0);
        QCOMPARE(credits->trackWorkId(), 0);
        QVERIFY(!session.history()->canUndo());

        session.history()->redo();
        settle(session);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT work_id FROM tracks WHERE id = %1"_s.arg(track)),
            int(work));
        QCOMPARE(credits->trackWorkId(), work);
    }

    void onlyUnusedPartiesAreDeletedAndUndoBringsThemBack()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        CreditsCatalog *credits = session.credits();
        QAbstractItemModelTester partyTester(
            credits->parties(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(session);
        const int partiesBefore = credits->parties()->rowCount();
        QVERIFY(credits->createParty(u"Ilo Prak"_s)); // a typo, to be deleted
        settle(session);
        const qint64 typo = credits->currentPartyId();
        QVERIFY(credits->setPartyField(typo, u"pro"_s, u"PRS"_s));
        QVERIFY(credits->createParty(u"ilo prak"_s)); // the same name selects it, adds no twin
        settle(session);
        QCOMPARE(credits->parties()->rowCount(), partiesBefore + 1);
        QCOMPARE(session.history()->undoText(), u"Undo Party Change"_s);

        QVERIFY(credits->deleteParty(typo));
        settle(session);
        QCOMPARE(credits->parties()->rowCount(), partiesBefore);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM parties WHERE id = %1"_s.arg(typo)), 0);
        session.history()->undo();
        settle(session);
        QCOMPARE(text(catalog.store(), u"SELECT name || '/' || pro FROM parties WHERE id = %1"_s.arg(typo)),
            u"Ilo Prak/PRS"_s);
        QCOMPARE(credits->currentPartyId(), typo);

        // A credited party, or a track's artist, stays, and the message says what uses it.
        const qint64 track = session.trackTable()->index(0, 0).data(TrackTableModel::IdRole).toLongLong();
        session.setCurrentTrackId(track);
        settle(session);
        QVERIFY(credits->addCredit(track, u"Ilo Prak"_s, u"Producer"_s, {}, false));
        settle(session);
        QSignalSpy errors(credits, &CreditsCatalog::errorOccurred);
        QVERIFY(credits->deleteParty(typo));
        settle(session);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(u"1 credit"_s),
            qPrintable(errors.first().first().toString()));
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM parties WHERE id = %1"_s.arg(typo)), 1);
        QCOMPARE(session.history()->undoText(), u"Undo Add Credit"_s); // nothing recorded

        const qint64 artist = Test::scalar(
            catalog.store(), u"SELECT primary_artist_id FROM tracks WHERE id = %1"_s.arg(track));
        QVERIFY(artist > 0);
        QVERIFY(credits->deleteParty(artist));
        settle(session);
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.last().first().toString().contains(u"artist of"_s),
            qPrintable(errors.last().first().toString()));
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM parties WHERE id = %1"_s.arg(artist)), 1);
    }

    void partiesKeepValidIdentifiersAndShowTheirActivity()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        CreditsCatalog *credits = session.credits();
        load(session);
        QVERIFY(credits->createParty(u"Ilo Park"_s));
        settle(session);
        const qint64 party = credits->currentPartyId();
        QVERIFY(party > 0);
        QCOMPARE(credits->currentParty().value(u"name"_s).toString(), u"Ilo Park"_s);

        QVERIFY(!credits->setPartyField(party, u"isni"_s, u"0000 0001 2128 5075"_s));
        QVERIFY(credits->setPartyField(party, u"isni"_s, u"0000-0001-2128-5074"_s));
        QVERIFY(!credits->setPartyField(party, u"ipi"_s, u"123"_s));
        QVERIFY(credits->setPartyField(party, u"ipi"_s, u"000.141.073.38"_s));
        QVERIFY(!credits->setPartyField(party, u"name"_s, u" "_s));
        QVERIFY(credits->setPartyField(party, u"pro"_s, u"PRS"_s));
        settle(session);
        QCOMPARE(text(catalog.store(),
                     u"SELECT isni || '/' || ipi || '/' || pro FROM parties WHERE id = %1"_s.arg(party)),
            u"0000000121285074/00014107338/PRS"_s);
        QCOMPARE(credits->currentParty().value(u"isni"_s).toString(), u"0000 0001 2128 5074"_s);
        session.history()->undo();
        settle(session);
        QCOMPARE(
            text(catalog.store(), u"SELECT coalesce(pro, 'none') FROM parties WHERE id = %1"_s.arg(party)),
            u"none"_s);

        const qint64 track = session.trackTable()->index(0, 0).data(TrackTableModel::IdRole).toLongLong();
        session.setCurrentTrackId(track);
        settle(session);
        QVERIFY(credits->addCredit(track, u"Ilo Park"_s, u"Vocalist"_s, {}, true));
        QVERIFY(credits->saveMasterShares(track, { share(u"Ilo Park"_s, u"100"_s) }));
        settle(session);
        const QVariantList activity = credits->partyActivity();
        QCOMPARE(activity.size(), 2);
        QCOMPARE(activity.at(0).toMap().value(u"kind"_s).toString(), u"credit"_s);
        QCOMPARE(activity.at(0).toMap().value(u"detail"_s).toString(), u"Vocalist · AI used"_s);
        QCOMPARE(activity.at(1).toMap().value(u"kind"_s).toString(), u"master"_s);
        QCOMPARE(activity.at(1).toMap().value(u"detail"_s).toString(), Splits::formatPercent(10000));
        QCOMPARE(credits->parties()
                     ->index(credits->parties()->rowOf(party))
                     .data(PartyListModel::CreditCountRole)
                     .toInt(),
            2);
    }
};

QTEST_GUILESS_MAIN(TestCreditsCatalog)
#include "tst_creditscatalog.moc"
