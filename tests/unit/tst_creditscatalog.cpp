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
        QVERIFY(credits->setTrackWork(track, low));
        QCOMPARE(credits->workTracks().size(), 1);
        settle(session);
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT work_id FROM tracks WHERE id = %1"_s.arg(track)),
            int(low));
        QCOMPARE(
            credits->works()->index(credits->works()->rowOf(low)).data(WorkListModel::TrackCountRole).toInt(),
            1);
        session.history()->undo();
        settle(session);
        QVERIFY(credits->workTracks().isEmpty());
        QCOMPARE(
            text(catalog.store(), u"SELECT coalesce(work_id, 'none') FROM tracks WHERE id = %1"_s.arg(track)),
            u"none"_s);
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
