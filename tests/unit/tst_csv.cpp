// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "exchange/Csv.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPlainAndQuotedFields()
    {
        const Csv::Table table = Csv::parse(u"a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\r\n"_s);
        QVERIFY(table.error.isEmpty());
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records.at(0).fields, QStringList({ u"a"_s, u"b"_s, u"c"_s }));
        QCOMPARE(table.records.at(1).fields, QStringList({ u"x, y"_s, u"say \"hi\""_s, QString() }));
        QCOMPARE(table.records.at(1).line, 2);
    }

    void quotedLineBreaksKeepLineNumbers()
    {
        const Csv::Table table = Csv::parse(u"\xFEFFh1,h2\n\"two\nlines\",x\n\nlast,y"_s);
        QVERIFY(table.error.isEmpty());
        QCOMPARE(table.records.size(), 3);
        QCOMPARE(table.records.at(0).fields.constFirst(), u"h1"_s); // byte-order mark dropped
        QCOMPARE(table.records.at(1).fields.constFirst(), u"two\nlines"_s);
        QCOMPARE(table.records.at(1).line, 2);
        QCOMPARE(table.records.at(2).line, 5); // after the two-line record and a blank line
    }

    void unterminatedQuoteIsAnError()
    {
        const Csv::Table table = Csv::parse(u"a,b\n1,\"open\n2,3\n"_s);
        QVERIFY(table.records.isEmpty());
        QVERIFY2(table.error.contains(u"line 2"_s), qPrintable(table.error));
    }

    void textAfterAClosingQuoteIsAnError()
    {
        // The quote opened on line 2 is closed by the one meant to open a field on line 3.
        const Csv::Table table = Csv::parse(u"a,b\n1,\"open\n2,\"two\"\n3,x\n"_s);
        QVERIFY(table.records.isEmpty());
        QVERIFY2(
            table.error.contains(u"line 2"_s) && table.error.contains(u"line 3"_s), qPrintable(table.error));
        QVERIFY(Csv::parse(u"a,b\n\"x\"y,z\n"_s).error.contains(u"line 2"_s));
    }

    void recordsKnowTheLinesTheySpan()
    {
        const Csv::Table table = Csv::parse(u"a,b\n1,\"two\nlines\"\n2,x"_s);
        QCOMPARE(table.records.at(1).line, 2);
        QCOMPARE(table.records.at(1).lastLine, 3);
        QCOMPARE(table.records.at(2).line, 4);
        QCOMPARE(table.records.at(2).lastLine, 4);
    }

    void separatorsFollowTheHeader()
    {
        QCOMPARE(Csv::separatorOf(u"a,b\n1;2\t3"_s), QChar(u','));
        QCOMPARE(Csv::separatorOf(u"a\tb\n1,2"_s), QChar(u'\t'));
        QCOMPARE(Csv::separatorOf(u"a;b\n1,5;2"_s), QChar(u';'));
        QCOMPARE(Csv::separatorOf(u"title"_s), QChar(u','));
        const Csv::Table table = Csv::parse(u"a\tb\n\"x\ty\"\t1,5\n"_s, u'\t');
        QCOMPARE(table.records.at(1).fields, QStringList({ u"x\ty"_s, u"1,5"_s }));
    }

    void writesWhatItReads()
    {
        const QStringList fields { u"plain"_s, u"comma, inside"_s, u"quote \" inside"_s, u"line\nbreak"_s,
            u" padded "_s, QString() };
        const QString line = Csv::line(fields);
        QCOMPARE(Csv::field(u"plain"_s), u"plain"_s);
        const Csv::Table table = Csv::parse(line);
        QCOMPARE(table.records.size(), 1);
        QCOMPARE(table.records.constFirst().fields, fields);
    }

    // fuzz_csv found it: a first value starting with U+FEFF was read back as a byte-order mark.
    void aLeadingByteOrderMarkCharacterSurvives()
    {
        const QStringList fields { QString(QChar(0xFEFF)), u"b"_s };
        const Csv::Table table = Csv::parse(Csv::line(fields));
        QCOMPARE(table.records.size(), 1);
        QCOMPARE(table.records.constFirst().fields, fields);
    }

    void formulasAreGuarded_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("plus") << u"+cmd|' /C calc'!A0"_s << u"\"'+cmd|' /C calc'!A0\""_s;
        QTest::newRow("minus") << u"-2+3+cmd"_s << u"\"'-2+3+cmd\""_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"\"'@SUM(A1)\""_s;
        QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("lone minus") << u"-"_s << u"\"'-\""_s;
        QTest::newRow("quote before formula") << u"'=1+1"_s << u"\"''=1+1\""_s;
        // Numbers are no formulas: a loudness or a signed offset stays a number in the sheet.
        QTest::newRow("negative number") << u"-3.2"_s << u"-3.2"_s;
        QTest::newRow("signed number") << u"+12"_s << u"+12"_s;
        QTest::newRow("exponent") << u"-1e-3"_s << u"-1e-3"_s;
        QTest::newRow("quote before number") << u"'-3.2"_s << u"'-3.2"_s;
        QTest::newRow("quote before text") << u"'Til Dawn"_s << u"'Til Dawn"_s;
        QTest::newRow("formula later") << u"Salt =1"_s << u"Salt =1"_s;
    }

    void formulasAreGuarded()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(Csv::field(value), written);
        const Csv::Table table = Csv::parse(QString(u"a,"_s + Csv::field(value) + u",b"_s));
        QVERIFY(table.error.isEmpty());
        QCOMPARE(table.records.size(), 1);
        QCOMPARE(table.records.constFirst().fields, QStringList({ u"a"_s, value, u"b"_s }));
    }

    void aSpreadsheetsGuardIsTakenOff()
    {
        // As a spreadsheet saves a guarded cell: the quote mark kept, the field not quoted.
        const Csv::Table table = Csv::parse(u"'=HYPERLINK(1),'@x,'-3.2,'plain\n"_s);
        QCOMPARE(table.records.constFirst().fields,
            QStringList({ u"=HYPERLINK(1)"_s, u"@x"_s, u"'-3.2"_s, u"'plain"_s }));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
