// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "credits/CreditRules.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestCreditRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesFollowTheDesign()
    {
        QVERIFY(CreditRules::creditRoles().contains(u"MainArtist"_s));
        QVERIFY(CreditRules::creditRoles().contains(u"MasteringEngineer"_s));
        QVERIFY(!CreditRules::creditRoles().contains(u"Publisher"_s));
        QCOMPARE(CreditRules::writerRoles().size(), 8);
        QVERIFY(CreditRules::writerRoles().contains(u"ComposerLyricist"_s));
        QCOMPARE(CreditRules::roleLabel(u"MasteringEngineer"_s), u"Mastering engineer"_s);
        QCOMPARE(CreditRules::roleLabel(u"Theremin"_s), u"Theremin"_s); // unknown roles show as stored
        for (const QString &role : CreditRules::creditRoles() + CreditRules::writerRoles())
            QVERIFY2(CreditRules::roleLabel(role) != role || role.size() < 12, qPrintable(role));
    }

    void partyIdentifiersAreNormalisedOrRefused()
    {
        QString error;
        QCOMPARE(CreditRules::normalizedPartyValue(u"isni"_s, u"0000 0001 2128 5074"_s, &error),
            u"0000000121285074"_s);
        QCOMPARE(CreditRules::normalizedPartyValue(u"ipi"_s, u"IPI 00014107338"_s, &error), u"00014107338"_s);
        QCOMPARE(CreditRules::normalizedPartyValue(u"isni"_s, u""_s, &error), QString());
        QVERIFY(!CreditRules::normalizedPartyValue(u"isni"_s, u"0000 0001 2128 5075"_s, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!CreditRules::normalizedPartyValue(u"ipi"_s, u"1234"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!CreditRules::normalizedPartyValue(u"name"_s, u"   "_s, &error));
        QVERIFY(!CreditRules::normalizedPartyValue(u"password"_s, u"x"_s, &error));
        QCOMPARE(CreditRules::normalizedPartyValue(u"pro"_s, u" PRS "_s, &error), u"PRS"_s);
    }

    void workFieldsAreNormalisedOrRefused()
    {
        QString error;
        QCOMPARE(CreditRules::normalizedWorkValue(u"iswc"_s, u"t-034.524.680-1"_s, &error), u"T0345246801"_s);
        QCOMPARE(CreditRules::normalizedWorkValue(u"iswc"_s, u" "_s, &error), QString());
        QVERIFY(!CreditRules::normalizedWorkValue(u"iswc"_s, u"T-034.524.680-2"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!CreditRules::normalizedWorkValue(u"title"_s, u""_s, &error));
        QCOMPARE(CreditRules::normalizedWorkValue(u"title"_s, u" Tide "_s, &error), u"Tide"_s);
    }

    void creditSetsNeedPartyRoleAndNoDuplicates()
    {
        QVERIFY(CreditRules::creditProblem({}).isEmpty());
        QVERIFY(CreditRules::creditProblem(
            { { 1, u"Mara"_s, u"Producer"_s, {}, false }, { 1, u"Mara"_s, u"Musician"_s, u"Bass"_s, false },
                { 1, u"Mara"_s, u"Musician"_s, u"Keys"_s, true } })
                .isEmpty());
        QVERIFY(!CreditRules::creditProblem({ { 0, u" "_s, u"Producer"_s, {}, false } }).isEmpty());
        QVERIFY(!CreditRules::creditProblem({ { 1, u"Mara"_s, u"Boss"_s, {}, false } }).isEmpty());
        QVERIFY(!CreditRules::creditProblem(
            { { 1, u"Mara"_s, u"Producer"_s, {}, false }, { 1, u"Mara"_s, u"Producer"_s, {}, true } })
                .isEmpty());
        // A new party typed twice, in other cases, is the same party.
        QVERIFY(!CreditRules::creditProblem({ { 0, u"Ilo Park"_s, u"Vocalist"_s, {}, false },
                                                { 0, u"ilo park"_s, u"Vocalist"_s, {}, false } })
                .isEmpty());
    }

    void sharesMustAddUpAndNameTheirParties()
    {
        const QList<ShareRow> whole { { 1, u"Mara"_s, {}, 6000 }, { 0, u"Ilo"_s, {}, 4000 } };
        QVERIFY(CreditRules::checkShares(whole, false).complete);
        QVERIFY(!CreditRules::checkShares(whole, true).complete); // a work's writers need roles
        const QList<ShareRow> short_ { { 1, u"Mara"_s, {}, 6000 }, { 0, u"Ilo"_s, {}, 3999 } };
        const Splits::Check check = CreditRules::checkShares(short_, false);
        QVERIFY(!check.complete);
        QCOMPARE(check.totalBasisPoints, 9999);
        QVERIFY(!check.problem.isEmpty());
        const QList<ShareRow> twice { { 0, u"Ilo"_s, {}, 5000 }, { 0, u"ILO"_s, {}, 5000 } };
        QVERIFY(!CreditRules::checkShares(twice, false).complete);
        const QList<ShareRow> nameless { { 0, u""_s, {}, 10000 } };
        QVERIFY(!CreditRules::checkShares(nameless, false).complete);
        const QList<ShareRow> writers { { 1, u"Mara"_s, u"Composer"_s, 5000 },
            { 2, u"Ilo"_s, u"Lyricist"_s, 5000 } };
        QVERIFY(CreditRules::checkShares(writers, true).complete);
    }

    void setsRoundTripAsText()
    {
        const QList<CreditRow> credits { { 3, u"Mara \"MV\" Vell"_s, u"Musician"_s, u"Cello"_s, true },
            { 0, u"Новый"_s, u"Producer"_s, {}, false } };
        QCOMPARE(CreditRules::creditsFromText(CreditRules::toText(credits)), credits);
        const QList<ShareRow> shares { { 3, u"Mara"_s, u"Composer"_s, 3333 }, { 0, u"Ilo"_s, {}, 6667 } };
        QCOMPARE(CreditRules::sharesFromText(CreditRules::toText(shares)), shares);
        QVERIFY(CreditRules::creditsFromText(u"not json"_s).isEmpty());
        QVERIFY(CreditRules::sharesFromText(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCreditRules)
#include "tst_creditrules.moc"
