// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// What the Quality pane draws (issue 13 item 8): markers where a file clips or its true peak
// goes over the profile's ceiling, merged when close; the time axis; the profile's target.
#include "quality/AudioPicture.h"

#include <QTest>

#include <cmath>

using namespace Imprint;
using namespace Qt::StringLiterals;
using Kind = AudioPicture::Marker::Kind;

namespace
{

// 100 s at 1 000 Hz in 100 buckets of exactly 1 s, every bucket at -6 dBTP.
AnalysisRecord record()
{
    AnalysisRecord r;
    r.facts.decoded = true;
    r.facts.sampleRate = 1000;
    r.facts.durationSeconds = 100;
    r.facts.integratedLufs = -14;
    r.truePeaks.assign(100, float(std::pow(10.0, -6.0 / 20)));
    r.peakMin.assign(100, -0.5f);
    r.peakMax.assign(100, 0.5f);
    return r;
}

float linear(double dbtp)
{
    return float(std::pow(10.0, dbtp / 20));
}

QualityProfile profile(const QString &key)
{
    return *QualityProfile::defaultFor(key);
}

} // namespace

class TestAudioPicture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overTheCeilingIsMarkedWhereItStarts()
    {
        AnalysisRecord r = record();
        r.truePeaks[30] = linear(-0.5);
        r.truePeaks[31] = linear(0.4); // the same passage: one marker with its highest peak
        r.truePeaks[80] = linear(-0.2);
        QualityProfile streaming = profile(u"streaming"_s);
        streaming.maxTruePeakDbtp = -1.0;
        const auto markers = AudioPicture::markers(r, streaming, 0.5);
        QCOMPARE(markers.size(), 2);
        QCOMPARE(markers[0].kind, Kind::TruePeak);
        QCOMPARE(markers[0].seconds, 30.0);
        QCOMPARE(markers[0].count, 2);
        QCOMPARE(markers[0].endSeconds, 32.0); // the end of the second bucket
        QVERIFY(std::fabs(markers[0].levelDbtp - 0.4) < 1e-4);
        QCOMPARE(markers[1].seconds, 80.0);
        QCOMPARE(markers[1].count, 1);
    }

    void theCeilingIsTheProfiles()
    {
        AnalysisRecord r = record();
        r.truePeaks[10] = linear(-1.5); // over a -2 dBTP ceiling, under -1
        QualityProfile p = profile(u"streaming"_s);
        p.maxTruePeakDbtp = -1.0;
        p.warnTruePeakDbtp.reset();
        p.loudTruePeakDbtp.reset();
        QVERIFY(AudioPicture::markers(r, p, 0.5).isEmpty());
        // A stricter warning ceiling for loud masters counts: this master is louder than -15.
        p.warnTruePeakDbtp = -1.0;
        p.loudTruePeakDbtp = -2.0;
        p.loudAboveLufs = -15;
        QCOMPARE(AudioPicture::markers(r, p, 0.5).size(), 1);
        r.facts.integratedLufs = -18;
        QVERIFY(AudioPicture::markers(r, p, 0.5).isEmpty());
        // No true-peak limit at all: nothing to mark.
        p.maxTruePeakDbtp.reset();
        p.warnTruePeakDbtp.reset();
        r.truePeaks[10] = linear(3);
        QVERIFY(AudioPicture::markers(r, p, 0.5).isEmpty());
    }

    void clippingRunsCloseTogetherAreOneMarker()
    {
        AnalysisRecord r = record();
        r.clipStarts = { 12.0f, 12.1f, 12.3f, 40.0f };
        const auto markers = AudioPicture::markers(r, profile(u"content"_s), 0.5);
        QCOMPARE(markers.size(), 2);
        QCOMPARE(markers[0].kind, Kind::Clipping);
        QCOMPARE(markers[0].count, 3);
        QCOMPARE(markers[0].seconds, 12.0);
        QCOMPARE(markers[0].endSeconds, double(12.3f));
        QCOMPARE(markers[1].seconds, 40.0);
    }

    void markersAreInTimeOrder()
    {
        AnalysisRecord r = record();
        r.clipStarts = { 50.0f };
        r.truePeaks[20] = linear(1.0);
        r.truePeaks[70] = linear(1.0);
        const auto markers = AudioPicture::markers(r, profile(u"streaming"_s), 0.5);
        QCOMPARE(markers.size(), 3);
        QCOMPARE(markers[0].seconds, 20.0);
        QCOMPARE(markers[1].kind, Kind::Clipping);
        QCOMPARE(markers[2].seconds, 70.0);
    }

    void timeTicksAreRoundSteps_data()
    {
        QTest::addColumn<double>("duration");
        QTest::addColumn<int>("maxTicks");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("3 min, 4 ticks")
            << 180.0 << 4 << QStringList { u"0:00"_s, u"1:00"_s, u"2:00"_s, u"3:00"_s };
        QTest::newRow("3:30, 8 ticks") << 210.0 << 8
                                       << QStringList { u"0:00"_s, u"0:30"_s, u"1:00"_s, u"1:30"_s, u"2:00"_s,
                                              u"2:30"_s, u"3:00"_s, u"3:30"_s };
        QTest::newRow("7 s, 8 ticks") << 7.0 << 8
                                      << QStringList { u"0:00"_s, u"0:01"_s, u"0:02"_s, u"0:03"_s, u"0:04"_s,
                                             u"0:05"_s, u"0:06"_s, u"0:07"_s };
        QTest::newRow("2 h, 3 ticks") << 7200.0 << 3 << QStringList { u"0:00"_s, u"1:00:00"_s, u"2:00:00"_s };
        QTest::newRow("nothing to show") << 0.0 << 5 << QStringList {};
    }

    void timeTicksAreRoundSteps()
    {
        QFETCH(double, duration);
        QFETCH(int, maxTicks);
        QFETCH(QStringList, labels);
        QStringList shown;
        for (const auto &tick : AudioPicture::timeTicks(duration, maxTicks))
            shown.append(tick.label);
        QCOMPARE(shown, labels);
    }

    void describeGivesTheViewWhatItDraws()
    {
        AnalysisRecord r = record();
        r.curveIntervalSeconds = 0.1;
        r.curve = { -20.0f, -std::numeric_limits<float>::infinity(), -12.0f };
        r.clipStarts = { 25.0f };
        const QVariantMap broadcast = AudioPicture::describe(r, profile(u"broadcast"_s));
        QCOMPARE(broadcast.value(u"duration"_s).toDouble(), 100.0);
        QCOMPARE(broadcast.value(u"target"_s).toDouble(), -23.0);
        QCOMPARE(broadcast.value(u"targetLabel"_s).toString(), u"Target −23 LUFS"_s);
        const QVariantList curve = broadcast.value(u"curve"_s).toList();
        QCOMPARE(curve.size(), 3);
        QVERIFY(!curve.at(1).isValid()); // gated out: a gap in the line
        QCOMPARE(broadcast.value(u"waveMax"_s).toList().size(), 100);
        const QVariantList markers = broadcast.value(u"markers"_s).toList();
        QCOMPARE(markers.size(), 1);
        const QVariantMap marker = markers.first().toMap();
        QCOMPARE(marker.value(u"kind"_s).toString(), u"clipping"_s);
        QCOMPARE(marker.value(u"position"_s).toDouble(), 0.25);
        QCOMPARE(marker.value(u"label"_s).toString(), u"0:25.0"_s);
        QCOMPARE(marker.value(u"text"_s).toString(), u"Clipping at 0:25.0"_s);
        QVERIFY(broadcast.value(u"markersKnown"_s).toBool());

        // Streaming services play at their reference level.
        const QVariantMap streaming = AudioPicture::describe(r, profile(u"streaming"_s));
        QCOMPARE(streaming.value(u"targetLabel"_s).toString(), u"Reference −14 LUFS"_s);

        QVERIFY(!broadcast.contains(u"markersNote"_s));

        // More clipping runs than places kept: the view says which are marked.
        r.facts.clipRuns = 1695;
        QCOMPARE(AudioPicture::describe(r, profile(u"broadcast"_s)).value(u"markersNote"_s).toString(),
            u"Clipping is marked for the first 1 of 1,695 runs."_s);

        // An analysis made before markers were kept says so.
        r.truePeaks.clear();
        QVERIFY(!AudioPicture::describe(r, profile(u"streaming"_s)).value(u"markersKnown"_s).toBool());
    }

    void overMarkerTextNamesLevelTimeAndCeiling()
    {
        AnalysisRecord r = record();
        r.truePeaks[65] = linear(0.3);
        QualityProfile p = profile(u"streaming"_s);
        p.maxTruePeakDbtp = -1.0;
        p.warnTruePeakDbtp.reset();
        const QVariantList markers = AudioPicture::describe(r, p).value(u"markers"_s).toList();
        QCOMPARE(markers.size(), 1);
        QCOMPARE(markers.first().toMap().value(u"text"_s).toString(),
            u"True peak up to 0.3 dBTP from 1:05.0 to 1:06.0, over the −1.0 dBTP ceiling"_s);
    }
};

QTEST_GUILESS_MAIN(TestAudioPicture)
#include "tst_audiopicture.moc"
