// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The stem and version rules (DESIGN.md §5), each on both sides of its limit.
#include "quality/StemCheck.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

VersionFileFacts file(const QString &name, int rate, double seconds)
{
    VersionFileFacts f;
    f.name = name;
    f.relativePath = u"Stems/"_s + name + u".wav"_s;
    f.analysed = true;
    f.sampleRate = rate;
    f.channels = 2;
    f.durationSeconds = seconds;
    return f;
}

// A 48 kHz master of 200 s with four matching stems that null at −96 dB.
StemSetFacts goodSet()
{
    StemSetFacts f;
    f.referenceAnalysed = true;
    f.referenceSampleRate = 48000;
    f.referenceDurationSeconds = 200.0;
    for (const QString &name : { u"drums"_s, u"bass"_s, u"keys"_s, u"vocals"_s })
        f.stems.append(file(name, 48000, 200.0));
    f.nullTest = NullTestFacts { -96.0, {} };
    f.hasInstrumental = true;
    return f;
}

QualityProfile syncProfile()
{
    return *QualityProfile::defaultFor(u"sync"_s);
}

QualityCheck checkOf(const QualityReport &report, const QString &id)
{
    const QualityCheck *c = report.check(id);
    if (!c)
        qFatal("no check %s", qPrintable(id));
    return *c;
}

} // namespace

class TestStemCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void nothingToJudgeWithoutStemsCutdownsOrVocals()
    {
        StemSetFacts f;
        f.referenceAnalysed = true;
        QVERIFY(!f.applies());
        const QualityReport report = evaluateStems(syncProfile(), f);
        QVERIFY(report.checks.isEmpty());
        QCOMPARE(report.verdict, Verdict::Pass);
    }

    void matchingStemsThatNullPass()
    {
        const QualityReport report = evaluateStems(syncProfile(), goodSet());
        QCOMPARE(report.verdict, Verdict::Pass);
        QCOMPARE(report.checks.size(), 4 + 1 + 1); // stems, null test, instrumental
        QCOMPARE(checkOf(report, u"stemNull"_s).measured, u"−96.0 dB"_s);
        QCOMPARE(checkOf(report, u"stemNull"_s).limit, u"≤ −40.0 dB"_s);
        QVERIFY(report.fixes().isEmpty());
    }

    void exactNullPasses()
    {
        StemSetFacts f = goodSet();
        f.nullTest = NullTestFacts { NullTestFacts::ExactNull, {} };
        const QualityCheck c = checkOf(evaluateStems(syncProfile(), f), u"stemNull"_s);
        QCOMPARE(c.verdict, Verdict::Pass);
        QCOMPARE(c.measured, u"exact null"_s);
    }

    void nullTestLimitBothSides_data()
    {
        QTest::addColumn<double>("residual");
        QTest::addColumn<bool>("passes");
        QTest::newRow("at the limit") << -40.0 << true;
        QTest::newRow("just below") << -40.05 << true;
        QTest::newRow("just above") << -39.95 << false;
        QTest::newRow("1 dB off on one stem") << -19.3 << false;
    }

    void nullTestLimitBothSides()
    {
        QFETCH(double, residual);
        QFETCH(bool, passes);
        StemSetFacts f = goodSet();
        f.nullTest = NullTestFacts { residual, {} };
        const QualityReport report = evaluateStems(syncProfile(), f);
        const QualityCheck c = checkOf(report, u"stemNull"_s);
        QCOMPARE(c.verdict, passes ? Verdict::Pass : Verdict::Fail);
        QCOMPARE(report.verdict, passes ? Verdict::Pass : Verdict::Fail);
        if (!passes) {
            QVERIFY2(
                c.fix.startsWith(u"the stems sum to a residual %1 dB below the mix (needs 40.0 dB)"_s.arg(
                    formatLevel(-residual))),
                qPrintable(c.fix));
        }
    }

    void theLimitIsTheProfiles()
    {
        QualityProfile strict = syncProfile();
        strict.maxStemResidualDb = -60;
        StemSetFacts f = goodSet();
        f.nullTest = NullTestFacts { -50.0, {} };
        QCOMPARE(checkOf(evaluateStems(syncProfile(), f), u"stemNull"_s).verdict, Verdict::Pass);
        QCOMPARE(checkOf(evaluateStems(strict, f), u"stemNull"_s).verdict, Verdict::Fail);
    }

    void nullTestNotRunOrImpossible()
    {
        StemSetFacts f = goodSet();
        f.nullTest.reset();
        QCOMPARE(checkOf(evaluateStems(syncProfile(), f), u"stemNull"_s).verdict, Verdict::Warn);
        f.nullTest = NullTestFacts { 0, u"stem “bass” is at 44.1 kHz, the mix at 48 kHz"_s };
        const QualityCheck c = checkOf(evaluateStems(syncProfile(), f), u"stemNull"_s);
        QCOMPARE(c.verdict, Verdict::Fail);
        QCOMPARE(c.fix, u"cannot null-test: stem “bass” is at 44.1 kHz, the mix at 48 kHz"_s);
    }

    void stemSampleRateMustMatchExactly()
    {
        StemSetFacts f = goodSet();
        f.stems[1].sampleRate = 44100;
        const QualityReport report = evaluateStems(syncProfile(), f);
        QCOMPARE(checkOf(report, u"stem:drums"_s).verdict, Verdict::Pass);
        const QualityCheck bass = checkOf(report, u"stem:bass"_s);
        QCOMPARE(bass.verdict, Verdict::Fail);
        QCOMPARE(bass.measured, u"44.1 kHz, 200.000 s"_s);
        QCOMPARE(bass.fix, u"export stem “bass” again at 48 kHz, the master's sample rate"_s);
    }

    void stemLengthWithinOneMillisecond_data()
    {
        QTest::addColumn<double>("difference");
        QTest::addColumn<bool>("passes");
        QTest::newRow("same") << 0.0 << true;
        QTest::newRow("1 ms longer") << 0.001 << true;
        QTest::newRow("1 ms shorter") << -0.001 << true;
        QTest::newRow("2 ms longer") << 0.002 << false;
        QTest::newRow("half a second shorter") << -0.5 << false;
    }

    void stemLengthWithinOneMillisecond()
    {
        QFETCH(double, difference);
        QFETCH(bool, passes);
        StemSetFacts f = goodSet();
        f.stems[2].durationSeconds += difference;
        const QualityCheck keys = checkOf(evaluateStems(syncProfile(), f), u"stem:keys"_s);
        QCOMPARE(keys.verdict, passes ? Verdict::Pass : Verdict::Fail);
        if (difference == -0.5)
            QCOMPARE(keys.fix,
                u"export stem “keys” again over the master's whole length: it is 0.500 s shorter"_s);
    }

    void undecodableOrUnmeasuredStem()
    {
        StemSetFacts f = goodSet();
        f.stems[0].decoded = false;
        f.stems[3].analysed = false;
        const QualityReport report = evaluateStems(syncProfile(), f);
        QCOMPARE(checkOf(report, u"stem:drums"_s).verdict, Verdict::Fail);
        QCOMPARE(checkOf(report, u"stem:vocals"_s).verdict, Verdict::Warn);
    }

    void cutdownsMeasureThirtyOrSixtySeconds_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<bool>("passes");
        QTest::addColumn<QString>("fix");
        QTest::newRow("30.000") << 30.0 << true << QString();
        QTest::newRow("29.990") << 29.990 << true << QString();
        QTest::newRow("60.010") << 60.010 << true << QString();
        QTest::newRow("30.011") << 30.011 << false
                                << u"trim cut-down “cut” to 30.000 s: it is 0.011 s too long"_s;
        QTest::newRow("59.500") << 59.5 << false
                                << u"extend cut-down “cut” to 60.000 s: it is 0.500 s too short"_s;
        QTest::newRow("45.000") << 45.0 << false
                                << u"trim cut-down “cut” to 30.000 s: it is 15.000 s too long"_s;
    }

    void cutdownsMeasureThirtyOrSixtySeconds()
    {
        QFETCH(double, seconds);
        QFETCH(bool, passes);
        QFETCH(QString, fix);
        StemSetFacts f;
        f.referenceAnalysed = true;
        f.cutdowns.append(file(u"cut"_s, 48000, seconds));
        const QualityReport report = evaluateStems(syncProfile(), f);
        const QualityCheck c = checkOf(report, u"cutdown:cut"_s);
        QCOMPARE(c.verdict, passes ? Verdict::Pass : Verdict::Fail);
        QCOMPARE(c.fix, fix);
        QVERIFY(!report.check(u"stemNull"_s)); // no stems, no null test
    }

    void instrumentalNeededOnlyWithVocals()
    {
        StemSetFacts f = goodSet();
        f.hasInstrumental = false;
        QCOMPARE(checkOf(evaluateStems(syncProfile(), f), u"instrumental"_s).verdict, Verdict::Fail);
        // The flag says there are no vocals, whatever the stems are called.
        f.hasVocalsFlag = 0;
        QVERIFY(!evaluateStems(syncProfile(), f).check(u"instrumental"_s));
        // Without a flag, only a vocal stem tells.
        f.hasVocalsFlag = -1;
        f.stems.removeLast();
        QVERIFY(!evaluateStems(syncProfile(), f).check(u"instrumental"_s));
        // The flag alone is enough, even without stems.
        StemSetFacts flagged;
        flagged.hasVocalsFlag = 1;
        QVERIFY(flagged.applies());
        const QualityCheck c = checkOf(evaluateStems(syncProfile(), flagged), u"instrumental"_s);
        QCOMPARE(c.verdict, Verdict::Fail);
        QVERIFY(c.fix.startsWith(u"export an instrumental"_s));
        flagged.hasInstrumental = true;
        QCOMPARE(checkOf(evaluateStems(syncProfile(), flagged), u"instrumental"_s).verdict, Verdict::Pass);
    }

    void vocalStemNames()
    {
        for (const QString &name :
            { u"vocals"_s, u"Lead Vocal"_s, u"VOX"_s, u"bgv"_s, u"Choir"_s, u"voice"_s })
            QVERIFY2(isVocalStemName(name), qPrintable(name));
        for (const QString &name : { u"drums"_s, u"bass"_s, u"keys"_s, u"Synth Pad"_s, u"bvd"_s })
            QVERIFY2(!isVocalStemName(name), qPrintable(name));
    }

    void verdictCountsStemsOnlyWhereTheProfileSaysSo()
    {
        StemSetFacts f = goodSet();
        f.nullTest = NullTestFacts { -12.0, {} };
        const QualityReport stems = evaluateStems(syncProfile(), f);
        QualityReport master;
        master.verdict = Verdict::Warn;
        master.checks.append(
            { u"truePeak"_s, u"True peak"_s, Verdict::Warn, -0.5, {}, {}, u"reduce gain"_s });
        QCOMPARE(trackVerdict(syncProfile(), master, stems), Verdict::Fail);
        QCOMPARE(trackFixes(syncProfile(), master, stems).first(), stems.checks.at(4).fix); // failures first
        const QualityProfile streaming = *QualityProfile::defaultFor(u"streaming"_s);
        QVERIFY(!streaming.stemsInVerdict);
        QCOMPARE(trackVerdict(streaming, master, stems), Verdict::Warn);
        QCOMPARE(trackFixes(streaming, master, stems), QStringList { u"reduce gain"_s });
    }
};

QTEST_GUILESS_MAIN(TestStemCheck)
#include "tst_stemcheck.moc"
