// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/IsrcAllocation.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestIsrcAllocation : public QObject
{
    Q_OBJECT

    const QDate in2026 { 2026, 3, 14 };

private Q_SLOTS:
    void startsAtOneInAnEmptyCatalog()
    {
        const Isrc::Allocation next = Isrc::nextFree(u"FR-Z03"_s, in2026, {});
        QVERIFY2(next.ok(), qPrintable(next.reason));
        QCOMPARE(next.isrc, u"FRZ032600001"_s);
        QVERIFY(next.reason.isEmpty());
    }

    void continuesAfterTheHighestUsedCode()
    {
        // Catalog entries in whatever spelling they were imported with.
        const QSet<QString> catalog { u"FRZ032600001"_s, u"FR-Z03-26-00002"_s, u"frz032600005"_s };
        QCOMPARE(Isrc::nextFree(u"FR-Z03"_s, in2026, catalog).isrc, u"FRZ032600006"_s);
    }

    void neverFillsAGap()
    {
        // 00002 may belong to a recording deleted from the catalog but still in the shops.
        const QSet<QString> catalog { u"FRZ032600001"_s, u"FRZ032600003"_s };
        QCOMPARE(Isrc::nextFree(u"FR-Z03"_s, in2026, catalog).isrc, u"FRZ032600004"_s);
    }

    void countsOnlyThisPrefixAndYear()
    {
        const QSet<QString> catalog { u"FRZ032500007"_s, u"GBEMI2600009"_s, u"FRZ042600011"_s,
            u"not an isrc"_s, u"FRZ0326ABCDE"_s };
        QCOMPARE(Isrc::nextFree(u"FR-Z03"_s, in2026, catalog).isrc, u"FRZ032600001"_s);
        QCOMPARE(Isrc::nextFree(u"FR-Z03"_s, QDate(2025, 12, 31), catalog).isrc, u"FRZ032500008"_s);
    }

    void takesTheYearFromTheDate()
    {
        QCOMPARE(Isrc::nextFree(u"FR-Z03"_s, QDate(2009, 1, 1), {}).isrc, u"FRZ030900001"_s);
        QCOMPARE(Isrc::nextFree(u"FR-Z03"_s, QDate(2100, 6, 1), {}).isrc, u"FRZ030000001"_s);
    }

    void givesOutTheLastCodeThenRefuses()
    {
        QCOMPARE(Isrc::nextFree(u"FR-Z03"_s, in2026, { u"FRZ032699998"_s }).isrc, u"FRZ032699999"_s);
        const Isrc::Allocation none = Isrc::nextFree(u"FR-Z03"_s, in2026, { u"FRZ032699999"_s });
        QVERIFY(!none.ok());
        QVERIFY(none.isrc.isEmpty());
        QVERIFY2(
            none.reason.contains(u"FR-Z03"_s) && none.reason.contains(u"2026"_s), qPrintable(none.reason));
        // The next year starts again.
        QCOMPARE(
            Isrc::nextFree(u"FR-Z03"_s, QDate(2027, 1, 1), { u"FRZ032699999"_s }).isrc, u"FRZ032700001"_s);
    }

    void refusesBadPrefixes_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("empty") << QString();
        QTest::newRow("too short") << u"FR-Z0"_s;
        QTest::newRow("too long") << u"FR-Z034"_s;
        QTest::newRow("digit in the country") << u"F1-Z03"_s;
        QTest::newRow("punctuation") << u"FR-Z0/"_s;
        QTest::newRow("a whole ISRC") << u"FR-Z03-98-00212"_s;
    }
    void refusesBadPrefixes()
    {
        QFETCH(QString, prefix);
        QVERIFY(!Isrc::validateRegistrantPrefix(prefix).valid);
        const Isrc::Allocation none = Isrc::nextFree(prefix, in2026, {});
        QVERIFY(!none.ok());
        QVERIFY(!none.reason.isEmpty());
    }

    void refusesADateWithoutATwoDigitYear()
    {
        for (const QDate &date : { QDate(), QDate(-44, 3, 15) }) {
            const Isrc::Allocation none = Isrc::nextFree(u"FR-Z03"_s, date, {});
            QVERIFY(!none.ok());
            QVERIFY(!none.reason.isEmpty());
        }
    }

    void normalisesAndDisplaysThePrefix()
    {
        const IdentifierCheck prefix = Isrc::validateRegistrantPrefix(u" fr z03 "_s);
        QVERIFY(prefix.valid);
        QCOMPARE(prefix.normalized, u"FRZ03"_s);
        QCOMPARE(Isrc::displayRegistrantPrefix(u"frz03"_s), u"FR-Z03"_s);
        QCOMPARE(Isrc::nextFree(u"usrc1"_s, in2026, {}).isrc, u"USRC12600001"_s);
    }
};

QTEST_GUILESS_MAIN(TestIsrcAllocation)
#include "tst_isrcallocation.moc"
