// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/Iswc.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestIswc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsPublishedCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        // CISAC's example ISWC, in every spelling people use.
        QTest::newRow("display form") << u"T-034.524.680-1"_s << u"T0345246801"_s;
        QTest::newRow("storage form") << u"T0345246801"_s << u"T0345246801"_s;
        QTest::newRow("lower-case t") << u"t-034.524.680-1"_s << u"T0345246801"_s;
        QTest::newRow("spaces") << u" T 034 524 680 1 "_s << u"T0345246801"_s;
        QTest::newRow("with label") << u"ISWC T-034.524.680-1"_s << u"T0345246801"_s;
        // "What Was" by Chick Corea, as MusicBrainz lists it.
        QTest::newRow("check digit 0") << u"T-904.321.369-0"_s << u"T9043213690"_s;
    }
    void acceptsPublishedCodes()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const IdentifierCheck check = Iswc::validate(input);
        QVERIFY2(check.valid, qPrintable(check.reason));
        QCOMPARE(check.normalized, normalized);
        QVERIFY(check.reason.isEmpty());
    }

    void refusesNearMisses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("inReason");
        QTest::newRow("empty") << QString() << u"no ISWC"_s;
        QTest::newRow("wrong check digit") << u"T-034.524.680-2"_s << u"should be 1, not 2"_s;
        QTest::newRow("swapped digits") << u"T-034.524.860-1"_s << u"should be"_s;
        QTest::newRow("no T") << u"034.524.680-1"_s << u"starts with the letter T"_s;
        QTest::newRow("check digit missing") << u"T-034.524.680"_s << u"this one has 9"_s;
        QTest::newRow("one digit too many") << u"T-034.524.680-12"_s << u"this one has 11"_s;
        QTest::newRow("letter in the digits") << u"T-034.5B4.680-1"_s << u"“B”"_s;
        QTest::newRow("only T") << u"T"_s << u"this one has 0"_s;
    }
    void refusesNearMisses()
    {
        QFETCH(QString, input);
        QFETCH(QString, inReason);
        const IdentifierCheck check = Iswc::validate(input);
        QVERIFY(!check.valid);
        QVERIFY2(check.reason.contains(inReason), qPrintable(check.reason));
    }

    void displaysWithSeparators()
    {
        QCOMPARE(Iswc::display(u"t0345246801"_s), u"T-034.524.680-1"_s);
        QCOMPARE(Iswc::display(u"T 904 321 369 0"_s), u"T-904.321.369-0"_s);
        QCOMPARE(Iswc::display(u"T-034.524.680-2"_s), u"T0345246802"_s); // invalid: not dressed up
    }

    void computesCheckDigits()
    {
        QCOMPARE(Iswc::checkDigit(u"034524680"), 1);
        QCOMPARE(Iswc::checkDigit(u"904321369"), 0);
        QCOMPARE(Iswc::checkDigit(u"000000000"), 9); // S = 1
        QCOMPARE(Iswc::checkDigit(u"03452468"), -1);
        QCOMPARE(Iswc::checkDigit(u"03452468x"), -1);
    }
};

QTEST_GUILESS_MAIN(TestIswc)
#include "tst_iswc.moc"
