// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "rights/Splits.h"

#include <QtTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestSplits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void exactlyOneHundredPercentIsComplete()
    {
        const auto result
            = Splits::check({ { 1, u"Mara"_s, 3333 }, { 2, u"Juno"_s, 3333 }, { 3, u"Nova"_s, 3334 } });
        QVERIFY(result.complete);
        QCOMPARE(result.totalBasisPoints, 10000);
        QVERIFY(result.problem.isEmpty());
    }

    void shortOrOverIsRefusedWithTheDifference()
    {
        auto result = Splits::check({ { 1, u"Mara"_s, 5000 }, { 2, u"Juno"_s, 4500 } });
        QVERIFY(!result.complete);
        QCOMPARE(result.problem, u"The shares add up to 95 %; 5 % is not assigned."_s);
        result = Splits::check({ { 1, u"Mara"_s, 6000 }, { 2, u"Juno"_s, 4001 } });
        QVERIFY(!result.complete);
        QCOMPARE(result.problem, u"The shares add up to 100.01 %, 0.01 % too much."_s);
    }

    void emptyZeroAndDuplicateSharesAreRefused()
    {
        QVERIFY(!Splits::check({}).complete);
        const auto zero = Splits::check({ { 1, u"Mara"_s, 10000 }, { 2, u"Juno"_s, 0 } });
        QVERIFY(!zero.complete);
        QVERIFY(zero.problem.contains(u"Juno"_s));
        const auto twice = Splits::check({ { 1, u"Mara"_s, 5000 }, { 1, u"Mara"_s, 5000 } });
        QVERIFY(!twice.complete);
        QVERIFY(twice.problem.contains(u"twice"_s));
    }

    void percentagesParseToBasisPoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("basisPoints");
        QTest::newRow("whole") << u"50"_s << 5000;
        QTest::newRow("decimals") << u"33.33"_s << 3333;
        QTest::newRow("one decimal") << u"12.5"_s << 1250;
        QTest::newRow("comma and sign") << u" 33,34 % "_s << 3334;
        QTest::newRow("hundred") << u"100"_s << 10000;
        QTest::newRow("over") << u"100.01"_s << -1;
        QTest::newRow("three decimals") << u"33.333"_s << -1;
        QTest::newRow("negative") << u"-5"_s << -1;
        QTest::newRow("words") << u"half"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void percentagesParseToBasisPoints()
    {
        QFETCH(QString, text);
        QFETCH(int, basisPoints);
        QCOMPARE(Splits::parsePercent(text), basisPoints);
    }

    void evenSplitsAlwaysAddUp()
    {
        for (int count = 1; count <= 12; ++count) {
            const QList<int> shares = Splits::evenSplit(count);
            QCOMPARE(shares.size(), count);
            QCOMPARE(std::accumulate(shares.begin(), shares.end(), 0), Splits::whole);
        }
        QCOMPARE(Splits::evenSplit(3), (QList<int> { 3334, 3333, 3333 }));
        QVERIFY(Splits::evenSplit(0).isEmpty());
    }

    void percentagesFormatForPeople()
    {
        QCOMPARE(Splits::formatPercent(5000), u"50 %"_s);
        QCOMPARE(Splits::formatPercent(3333), u"33.33 %"_s);
    }
};

QTEST_GUILESS_MAIN(TestSplits)
#include "tst_splits.moc"
