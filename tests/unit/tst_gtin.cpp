// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/Gtin.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestGtin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsPublishedCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        // Well-known examples: the EAN-13 and UPC-A barcodes shown in the GS1 and Wikipedia
        // articles, and an ISBN-13 (a GS1 code) as printed.
        QTest::newRow("EAN-13") << u"4006381333931"_s << u"4006381333931"_s;
        QTest::newRow("EAN-13 spaced as printed") << u"5 901234 123457"_s << u"5901234123457"_s;
        QTest::newRow("ISBN-13 with hyphens") << u"978-3-16-148410-0"_s << u"9783161484100"_s;
        QTest::newRow("UPC-A stays 12 digits") << u"036000291452"_s << u"036000291452"_s;
        QTest::newRow("UPC-A as GTIN-14") << u"00036000291452"_s << u"00036000291452"_s;
        QTest::newRow("GTIN-14 with indicator") << u"1 0036000 29145 9"_s << u"10036000291459"_s;
    }
    void acceptsPublishedCodes()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const IdentifierCheck check = Gtin::validate(input);
        QVERIFY2(check.valid, qPrintable(check.reason));
        QCOMPARE(check.normalized, normalized);
        QVERIFY(check.reason.isEmpty());
    }

    void refusesNearMisses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("inReason");
        QTest::newRow("empty") << QString() << u"no barcode"_s;
        QTest::newRow("spaces only") << u"   "_s << u"no barcode"_s;
        QTest::newRow("wrong check digit") << u"4006381333932"_s << u"should be 1, not 2"_s;
        QTest::newRow("swapped digits") << u"4006381333391"_s << u"should be"_s;
        QTest::newRow("UPC wrong check") << u"036000291453"_s << u"should be 2, not 3"_s;
        QTest::newRow("11 digits") << u"03600029145"_s << u"this one has 11"_s;
        QTest::newRow("15 digits") << u"400638133393100"_s << u"this one has 15"_s;
        QTest::newRow("EAN-8 is not a release code") << u"96385074"_s << u"this one has 8"_s;
        QTest::newRow("letter O for zero") << u"4OO6381333931"_s << u"“O”"_s;
        QTest::newRow("leading label") << u"EAN 4006381333931"_s << u"“E”"_s;
        QTest::newRow("Arabic-Indic digit") << u"400638133393١"_s << u"“١”"_s;
    }
    void refusesNearMisses()
    {
        QFETCH(QString, input);
        QFETCH(QString, inReason);
        const IdentifierCheck check = Gtin::validate(input);
        QVERIFY(!check.valid);
        QVERIFY2(check.reason.contains(inReason), qPrintable(check.reason));
    }

    void computesCheckDigits()
    {
        QCOMPARE(Gtin::checkDigit(u"400638133393"), 1);
        QCOMPARE(Gtin::checkDigit(u"03600029145"), 2);
        QCOMPARE(Gtin::checkDigit(u"1003600029145"), 9);
        QCOMPARE(Gtin::checkDigit(u"978316148410"), 0);
        QCOMPARE(Gtin::checkDigit(u"0"), 0);
        QCOMPARE(Gtin::checkDigit(u"1"), 7);
    }

    void refusesToComputeFromNonsense()
    {
        QCOMPARE(Gtin::checkDigit(u""), -1);
        QCOMPARE(Gtin::checkDigit(u"40063813339a"), -1);
        QCOMPARE(Gtin::checkDigit(u"123456789012345678"), -1);
    }
};

QTEST_GUILESS_MAIN(TestGtin)
#include "tst_gtin.moc"
