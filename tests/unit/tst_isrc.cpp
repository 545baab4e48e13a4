// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/Isrc.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestIsrc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsPublishedCodesInAnySpelling_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        // The example of the IFPI ISRC Handbook, as printed and as people type it.
        QTest::newRow("handbook, printed") << u"ISRC FR-Z03-98-00212"_s << u"FRZ039800212"_s;
        QTest::newRow("handbook, hyphens") << u"FR-Z03-98-00212"_s << u"FRZ039800212"_s;
        QTest::newRow("handbook, spaced") << u"ISRC FR - Z03 - 98 - 00212"_s << u"FRZ039800212"_s;
        QTest::newRow("handbook, bare") << u"FRZ039800212"_s << u"FRZ039800212"_s;
        QTest::newRow("lower case") << u"frz039800212"_s << u"FRZ039800212"_s;
        QTest::newRow("label with colon") << u"isrc: fr-z03-98-00212"_s << u"FRZ039800212"_s;
        QTest::newRow("en dashes from a PDF") << u"FR–Z03–98–00212"_s << u"FRZ039800212"_s;
        QTest::newRow("no-break spaces") << u"\u00a0GB EMI 03 00013\u00a0"_s << u"GBEMI0300013"_s;
        QTest::newRow("digits in the registrant") << u"US-RC1-76-07839"_s << u"USRC17607839"_s;
        // Iceland's country code is IS: a code may itself begin with "ISRC".
        QTest::newRow("Icelandic code starting ISRC") << u"ISRCX2100001"_s << u"ISRCX2100001"_s;
        QTest::newRow("Icelandic code with label") << u"ISRC IS-RCX-21-00001"_s << u"ISRCX2100001"_s;
    }
    void acceptsPublishedCodesInAnySpelling()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const IdentifierCheck check = Isrc::validate(input);
        QVERIFY2(check.valid, qPrintable(check.reason));
        QCOMPARE(check.normalized, normalized);
        QVERIFY(check.reason.isEmpty());
        QCOMPARE(Isrc::normalize(input), normalized);
    }

    void refusesNearMisses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("inReason"); // a part of the reason the user must see
        QTest::newRow("empty") << QString() << u"no ISRC"_s;
        QTest::newRow("only spaces and hyphens") << u" - - "_s << u"no ISRC"_s;
        QTest::newRow("too short") << u"FR-Z03-98-0021"_s << u"this one has 11"_s;
        QTest::newRow("too long") << u"FR-Z03-98-002123"_s << u"this one has 13"_s;
        QTest::newRow("label only") << u"ISRC"_s << u"this one has 4"_s;
        QTest::newRow("digit in the country") << u"F1-Z03-98-00212"_s << u"“1”"_s;
        QTest::newRow("letter in the year") << u"FR-Z03-9B-00212"_s << u"“B”"_s;
        QTest::newRow("letter O for zero") << u"FR-Z03-98-OO212"_s << u"“O”"_s;
        QTest::newRow("slashes") << u"FR/Z03/98/00212"_s << u"“/”"_s;
        QTest::newRow("accented letter") << u"FÉZ039800212"_s << u"“É”"_s;
        QTest::newRow("fullwidth digit") << u"FRZ03980021２"_s << u"“２”"_s;
    }
    void refusesNearMisses()
    {
        QFETCH(QString, input);
        QFETCH(QString, inReason);
        const IdentifierCheck check = Isrc::validate(input);
        QVERIFY(!check.valid);
        QVERIFY2(check.reason.contains(inReason), qPrintable(check.reason));
    }

    void invalidInputKeepsWhatWasUnderstood()
    {
        QCOMPARE(Isrc::validate(u"fr-z03-98-0021"_s).normalized, u"FRZ03980021"_s);
    }

    void displaysInFourGroups()
    {
        QCOMPARE(Isrc::display(u"frz039800212"_s), u"FR-Z03-98-00212"_s);
        QCOMPARE(Isrc::display(u"ISRC GBEMI0300013"_s), u"GB-EMI-03-00013"_s);
        QCOMPARE(Isrc::display(u"fr-z03-98"_s), u"FRZ0398"_s); // not an ISRC: not dressed up as one
    }
};

QTEST_GUILESS_MAIN(TestIsrc)
#include "tst_isrc.moc"
