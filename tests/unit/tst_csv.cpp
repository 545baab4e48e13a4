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
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
