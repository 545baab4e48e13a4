// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "schedule/ScheduleTemplate.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestScheduleTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowTheDesign_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("delivery");
        QTest::newRow("single") << u"single"_s << -21;
        QTest::newRow("ep") << u"ep"_s << -21;
        QTest::newRow("album") << u"album"_s << -35;
        QTest::newRow("compilation") << u"compilation"_s << -35;
    }
    void defaultsFollowTheDesign()
    {
        QFETCH(QString, type);
        QFETCH(int, delivery);
        const ScheduleTemplate t = ScheduleTemplate::defaultFor(type);
        QVERIFY(t.validate().isEmpty());
        QCOMPARE(t.milestones.size(), 8);
        QCOMPARE(t.definition(u"masters_final"_s)->offsetDays, -35);
        QCOMPARE(t.definition(u"artwork_final"_s)->offsetDays, -35);
        QCOMPARE(t.definition(u"metadata_locked"_s)->offsetDays, -28);
        QCOMPARE(t.definition(u"delivery"_s)->offsetDays, delivery);
        QCOMPARE(t.distributorLeadDays(), -delivery);
        QCOMPARE(t.definition(u"editorial_pitch"_s)->offsetDays, -14);
        QCOMPARE(t.definition(u"editorial_pitch"_s)->hardLimitOffsetDays, std::optional<int>(-7));
        QCOMPARE(t.definition(u"announcement"_s)->offsetDays, -14);
        QCOMPARE(t.definition(u"release"_s)->offsetDays, 0);
        QCOMPARE(t.definition(u"post_release_review"_s)->offsetDays, 7);
        QVERIFY(!t.definition(u"masters_final"_s)->hardLimitOffsetDays);
    }

    void jsonRoundTrips()
    {
        const QList<ScheduleTemplate> defaults = ScheduleTemplate::defaults();
        QString error;
        const auto back
            = ScheduleTemplate::fromJsonDocument(ScheduleTemplate::toJsonDocument(defaults), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, defaults);
    }

    void editedTemplateRoundTrips()
    {
        ScheduleTemplate t = ScheduleTemplate::defaultFor(u"single"_s);
        t.milestones.append({ u"video"_s, u"Music video"_s, -10, -3, false });
        t.milestones[0].name = u"Mastering approved"_s;
        QString error;
        const auto back = ScheduleTemplate::fromJson(t.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, t);
    }

    void refusesBrokenTemplates_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        // An explicit QByteArray: with QStringBuilder, `auto` would return a builder that refers
        // to the temporary it was built from.
        const auto wrap = [](const char *milestones) -> QByteArray {
            return QByteArray(R"({"version":1,"templates":[{"releaseType":"single","milestones":)")
                + milestones + "}]}";
        };
        QTest::newRow("not json") << QByteArray("{") << u"not a template"_s;
        QTest::newRow("version") << QByteArray(R"({"version":7,"templates":[]})") << u"version"_s;
        QTest::newRow("fractional offset")
            << wrap(R"([{"key":"a","name":"A","offsetDays":-1.5}])") << u"whole number"_s;
        QTest::newRow("offset as text")
            << wrap(R"([{"key":"a","name":"A","offsetDays":"-7"}])") << u"whole number"_s;
        QTest::newRow("absurd offset")
            << wrap(R"([{"key":"a","name":"A","offsetDays":-400000}])") << u"whole number"_s;
        QTest::newRow("hard limit before due")
            << wrap(R"([{"key":"a","name":"A","offsetDays":-7,"hardLimitOffsetDays":-14}])")
            << u"before its due"_s;
        QTest::newRow("duplicate key") << wrap(R"([{"key":"a","name":"A","offsetDays":-7},
                                                   {"key":"a","name":"B","offsetDays":-8}])")
                                       << u"twice"_s;
        QTest::newRow("empty name") << wrap(R"([{"key":"a","name":" ","offsetDays":-7}])") << u"no name"_s;
        QTest::newRow("no list") << QByteArray(R"({"version":1,"templates":[{"releaseType":"single"}]})")
                                 << u"no milestone list"_s;
        QTest::newRow("unknown type") << QByteArray(R"({"version":1,"templates":[{"releaseType":"mixtape",
                                                        "milestones":[]}]})")
                                      << u"unknown release type"_s;
    }
    void refusesBrokenTemplates()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!ScheduleTemplate::fromJsonDocument(json, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void milestoneAfterTheReleaseIsAllowed()
    {
        ScheduleTemplate t { u"single"_s,
            { { u"playlist_check"_s, u"Playlist check"_s, 30, std::nullopt, true } } };
        QVERIFY(t.validate().isEmpty());
        QCOMPARE(t.distributorLeadDays(), 0); // no delivery milestone: no lead time to enforce
    }
};

QTEST_GUILESS_MAIN(TestScheduleTemplate)
#include "tst_scheduletemplate.moc"
