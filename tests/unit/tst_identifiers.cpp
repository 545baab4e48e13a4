// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/Identifiers.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Imprint_ModelsPlugin)

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestIdentifiers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validReportsTheStoredAndTheShownForm_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("display");
        QTest::newRow("isrc") << u"isrc"_s << u"fr z03 98 00212"_s << u"FRZ039800212"_s
                              << u"FR-Z03-98-00212"_s;
        QTest::newRow("isrcPrefix") << u"isrcPrefix"_s << u"frz03"_s << u"FRZ03"_s << u"FR-Z03"_s;
        QTest::newRow("upc") << u"upc"_s << u"0 36000 29145 2"_s << u"036000291452"_s << u"036000291452"_s;
        QTest::newRow("ean") << u"ean"_s << u"4006381333931"_s << u"4006381333931"_s << u"4006381333931"_s;
        QTest::newRow("iswc") << u"iswc"_s << u"t0345246801"_s << u"T0345246801"_s << u"T-034.524.680-1"_s;
        QTest::newRow("isni") << u"isni"_s << u"000000008128130x"_s << u"000000008128130X"_s
                              << u"0000 0000 8128 130X"_s;
        QTest::newRow("ipi") << u"ipi"_s << u"000 141 073 38"_s << u"00014107338"_s << u"00014107338"_s;
    }
    void validReportsTheStoredAndTheShownForm()
    {
        QFETCH(QString, kind);
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QFETCH(QString, display);
        const QVariantMap result = Identifiers::validate(kind, input);
        QCOMPARE(result.value(u"valid"_s).toBool(), true);
        QCOMPARE(result.value(u"normalized"_s).toString(), normalized);
        QCOMPARE(result.value(u"display"_s).toString(), display);
        QCOMPARE(result.value(u"reason"_s).toString(), QString());
    }

    void invalidCarriesTheReasonAndNoFormatting()
    {
        const QVariantMap result = Identifiers::validate(u"iswc"_s, u"T-034.524.680-2"_s);
        QCOMPARE(result.value(u"valid"_s).toBool(), false);
        QCOMPARE(result.value(u"normalized"_s).toString(), u"T0345246802"_s);
        QCOMPARE(result.value(u"display"_s).toString(), u"T0345246802"_s);
        QVERIFY(result.value(u"reason"_s).toString().contains(u"should be 1, not 2"_s));
    }

    void anUnknownKindIsInvalidNotACrash()
    {
        const QVariantMap result = Identifiers::validate(u"isbn"_s, u"123"_s);
        QCOMPARE(result.value(u"valid"_s).toBool(), false);
        QVERIFY(result.value(u"reason"_s).toString().contains(u"isbn"_s));
    }

    void everyKindIsListed()
    {
        const QStringList kinds = Identifiers::kinds();
        for (const QString &kind : { u"isrc"_s, u"isrcPrefix"_s, u"upc"_s, u"iswc"_s, u"isni"_s, u"ipi"_s })
            QVERIFY2(kinds.contains(kind), qPrintable(kind));
        for (const QString &kind : kinds)
            QVERIFY(Identifiers::validate(kind, u""_s).contains(u"display"_s));
    }

    void isASingletonInTheModelsModule()
    {
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData(R"(
            import QtQml
            import Imprint.Models
            QtObject {
                property var good: Identifiers.validate("isrc", "ISRC FR-Z03-98-00212")
                property var bad: Identifiers.validate("isni", "0000 0001 2128 5075")
            })",
            QUrl());
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        const QVariantMap good = object->property("good").toMap();
        QCOMPARE(good.value(u"display"_s).toString(), u"FR-Z03-98-00212"_s);
        const QVariantMap bad = object->property("bad").toMap();
        QCOMPARE(bad.value(u"valid"_s).toBool(), false);
        QVERIFY(bad.value(u"reason"_s).toString().contains(u"should be 4, not 5"_s));
    }
};

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
