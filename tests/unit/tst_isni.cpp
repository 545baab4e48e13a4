// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/Isni.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestIsni : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsPublishedCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        // Chick Corea and Miroslav Vitouš (as linked from MusicBrainz), and the example of the
        // Wikipedia ISNI article; the last two end in the check character X.
        QTest::newRow("Chick Corea, grouped") << u"0000 0001 2128 5074"_s << u"0000000121285074"_s;
        QTest::newRow("Chick Corea, bare") << u"0000000121285074"_s << u"0000000121285074"_s;
        QTest::newRow("with label") << u"ISNI 0000 0001 2128 5074"_s << u"0000000121285074"_s;
        QTest::newRow("hyphens") << u"0000-0001-2128-5074"_s << u"0000000121285074"_s;
        QTest::newRow("Vitouš, check X") << u"0000 0000 8128 130X"_s << u"000000008128130X"_s;
        QTest::newRow("lower-case x") << u"000000008128130x"_s << u"000000008128130X"_s;
        QTest::newRow("Wikipedia example") << u"000000012146438X"_s << u"000000012146438X"_s;
    }
    void acceptsPublishedCodes()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const IdentifierCheck check = Isni::validate(input);
        QVERIFY2(check.valid, qPrintable(check.reason));
        QCOMPARE(check.normalized, normalized);
        QVERIFY(check.reason.isEmpty());
    }

    void refusesNearMisses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("inReason");
        QTest::newRow("empty") << QString() << u"no ISNI"_s;
        QTest::newRow("wrong check character") << u"0000 0001 2128 5075"_s << u"should be 4, not 5"_s;
        QTest::newRow("X where a digit belongs") << u"0000 0001 2128 507X"_s << u"should be 4, not X"_s;
        QTest::newRow("digit where X belongs") << u"0000 0000 8128 1300"_s << u"should be X, not 0"_s;
        QTest::newRow("swapped digits") << u"0000 0001 2182 5074"_s << u"should be"_s;
        QTest::newRow("15 characters") << u"0000 0001 2128 507"_s << u"this one has 15"_s;
        QTest::newRow("17 characters") << u"0000 0001 2128 50744"_s << u"this one has 17"_s;
        QTest::newRow("X in the middle") << u"0000 000X 2128 5074"_s << u"only the last"_s;
        QTest::newRow("letter") << u"0000 0001 2I28 5074"_s << u"“I”"_s;
    }
    void refusesNearMisses()
    {
        QFETCH(QString, input);
        QFETCH(QString, inReason);
        const IdentifierCheck check = Isni::validate(input);
        QVERIFY(!check.valid);
        QVERIFY2(check.reason.contains(inReason), qPrintable(check.reason));
    }

    void displaysInFourGroups()
    {
        QCOMPARE(Isni::display(u"000000008128130x"_s), u"0000 0000 8128 130X"_s);
        QCOMPARE(Isni::display(u"0000-0001-2128-5074"_s), u"0000 0001 2128 5074"_s);
        QCOMPARE(Isni::display(u"0000 0001 2128 5075"_s), u"0000000121285075"_s); // invalid
    }

    void computesCheckCharacters()
    {
        QCOMPARE(Isni::checkCharacter(u"000000012128507"), QChar(u'4'));
        QCOMPARE(Isni::checkCharacter(u"000000012146438"), QChar(u'X'));
        QVERIFY(Isni::checkCharacter(u"00000001212850").isNull());
        QVERIFY(Isni::checkCharacter(u"00000001212850X").isNull());
    }
};

QTEST_GUILESS_MAIN(TestIsni)
#include "tst_isni.moc"
