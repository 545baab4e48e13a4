// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "quality/QualityProfile.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestQualityProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowTheDesign()
    {
        const QList<QualityProfile> profiles = QualityProfile::defaults();
        QCOMPARE(profiles.size(), 4);
        QStringList keys;
        for (const QualityProfile &p : profiles)
            keys.append(p.key);
        QCOMPARE(keys, (QStringList { u"streaming"_s, u"sync"_s, u"broadcast"_s, u"content"_s }));
        const QualityProfile streaming = *QualityProfile::defaultFor(u"streaming"_s);
        QCOMPARE(streaming.minSampleRate, 44100);
        QCOMPARE(streaming.warnTruePeakDbtp, -1.0);
        QCOMPARE(streaming.loudTruePeakDbtp, -2.0);
        QCOMPARE(streaming.warnTrailingSilenceSeconds, 10.0);
        QVERIFY(streaming.failOnClipping);
        const QualityProfile broadcast = *QualityProfile::defaultFor(u"broadcast"_s);
        QCOMPARE(broadcast.targetLufs, -23.0);
        QCOMPARE(broadcast.maxTruePeakDbtp, -1.0);
        QCOMPARE(*QualityProfile::defaultFor(u"sync"_s)->exactSampleRate, 48000);
        QVERIFY(!QualityProfile::defaultFor(u"nope"_s));
    }

    void jsonRoundTripsEveryProfile()
    {
        for (const QualityProfile &p : QualityProfile::defaults()) {
            QString error;
            const auto back = QualityProfile::fromJson(p.toJson(), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(*back, p);
        }
        QString error;
        const auto set = QualityProfile::fromJsonDocument(
            QualityProfile::toJsonDocument(QualityProfile::defaults()), &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(*set, QualityProfile::defaults());
    }

    void editedThresholdsSurvive()
    {
        QualityProfile p = *QualityProfile::defaultFor(u"streaming"_s);
        p.warnTruePeakDbtp = -1.5;
        p.minDurationSeconds.reset();
        const auto back = QualityProfile::fromJson(p.toJson(), nullptr);
        QVERIFY(back);
        QCOMPARE(back->warnTruePeakDbtp, -1.5);
        QVERIFY(!back->minDurationSeconds);
    }

    void badJsonIsRefusedWithAReason()
    {
        QString error;
        QVERIFY(!QualityProfile::fromJson(QJsonObject { { u"name"_s, u"x"_s } }, &error));
        QVERIFY(error.contains(u"key"_s));
        error.clear();
        QVERIFY(!QualityProfile::fromJson(
            QJsonObject { { u"key"_s, u"x"_s }, { u"name"_s, u"X"_s }, { u"minSampleRate"_s, u"fast"_s } },
            &error));
        QVERIFY(error.contains(u"minSampleRate"_s));
        QVERIFY(!QualityProfile::fromJsonDocument("{not json", &error));
        QVERIFY(!QualityProfile::fromJsonDocument(R"({"version": 7, "profiles": []})", &error));
    }
};

QTEST_GUILESS_MAIN(TestQualityProfile)
#include "tst_qualityprofile.moc"
