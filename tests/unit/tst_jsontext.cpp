// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "exchange/JsonText.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionsCountLinesAndCharacters()
    {
        const QByteArray text = u"{\n  \"title\": \"Café\",\n  \"x\": 1\n}"_s.toUtf8();
        const JsonText::Position start = JsonText::positionOf(text, 0);
        QCOMPARE(start.line, 1);
        QCOMPARE(start.column, 1);
        // The comma after "Café": é is two bytes but one column.
        const JsonText::Position comma = JsonText::positionOf(text, text.indexOf(','));
        QCOMPARE(comma.line, 2);
        QCOMPARE(comma.column, 18);
        const JsonText::Position end = JsonText::positionOf(text, text.size() + 10);
        QCOMPARE(end.line, 4);
        QCOMPARE(end.column, 2);
    }

    void errorsNameTheLineAndColumn()
    {
        QString error;
        QVERIFY(JsonText::parseObject("{\n  \"a\": 1,\n  \"b\": ]\n}\n", &error).isEmpty());
        QVERIFY2(error.contains(u"line 3, column"_s), qPrintable(error));
        QVERIFY(!error.contains(u"byte"_s));

        error.clear();
        QVERIFY(JsonText::parseObject("[1, 2]", &error).isEmpty());
        QVERIFY2(error.contains(u"not a JSON object"_s), qPrintable(error));

        error.clear();
        QCOMPARE(JsonText::parseObject("{\"a\": 1}", &error).value(u"a"_s).toInt(), 1);
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
