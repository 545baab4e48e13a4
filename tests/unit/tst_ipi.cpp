// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/Ipi.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestIpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsElevenDigits_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("bare") << u"00014107338"_s;
        QTest::newRow("spaced") << u"000 141 073 38"_s;
        QTest::newRow("dotted") << u"000.141.073.38"_s;
        QTest::newRow("with label") << u"IPI 00014107338"_s;
        QTest::newRow("with label and colon") << u"ipi: 00014107338"_s;
    }
    void acceptsElevenDigits()
    {
        QFETCH(QString, input);
        const IdentifierCheck check = Ipi::validate(input);
        QVERIFY2(check.valid, qPrintable(check.reason));
        QCOMPARE(check.normalized, u"00014107338"_s);
        QVERIFY(check.reason.isEmpty());
    }

    void checksTheFormatOnly()
    {
        // No check digits are verified (see Ipi.h): a number failing the unofficial mod-101 rule
        // is still accepted. Change this test together with that decision.
        QVERIFY(Ipi::validate(u"00014107339"_s).valid);
    }

    void refusesNearMisses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("inReason");
        QTest::newRow("empty") << QString() << u"no IPI"_s;
        QTest::newRow("as a society prints it") << u"14107338"_s << u"add zeros at the front"_s;
        QTest::newRow("nine digits") << u"014107338"_s << u"this one has 9"_s;
        QTest::newRow("twelve digits") << u"000141073380"_s << u"this one has 12"_s;
        QTest::newRow("letter O for zero") << u"O0014107338"_s << u"“O”"_s;
        QTest::newRow("base number") << u"I-000000229-7"_s << u"“I”"_s;
    }
    void refusesNearMisses()
    {
        QFETCH(QString, input);
        QFETCH(QString, inReason);
        const IdentifierCheck check = Ipi::validate(input);
        QVERIFY(!check.valid);
        QVERIFY2(check.reason.contains(inReason), qPrintable(check.reason));
    }

    void tooLongIsNotToldToAddZeros()
    {
        QVERIFY(!Ipi::validate(u"000141073380"_s).reason.contains(u"zeros"_s));
    }
};

QTEST_GUILESS_MAIN(TestIpi)
#include "tst_ipi.moc"
