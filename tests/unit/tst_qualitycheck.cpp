// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "quality/QualityCheck.h"
#include "quality/StemCheck.h"
#include "rights/FixTargets.h"

#include <QtTest>

#include <limits>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

// A master every default profile but Sync accepts: 44.1 kHz/24-bit stereo FLAC at −14 LUFS.
AnalysisFacts goodMaster()
{
    AnalysisFacts f;
    f.container = u"FLAC"_s;
    f.sampleRate = 44100;
    f.bitDepth = 24;
    f.channels = 2;
    f.durationSeconds = 180;
    f.integratedLufs = -14.0;
    f.loudnessRangeLu = 6;
    f.samplePeakDbfs = -1.5;
    f.truePeakDbtp = -2.5;
    f.leadingSilenceSeconds = 0.01;
    f.trailingSilenceSeconds = 1.0;
    return f;
}

QualityProfile profile(const QString &key)
{
    return *QualityProfile::defaultFor(key);
}

Verdict verdictOf(const QString &key, const AnalysisFacts &facts, const QString &check)
{
    const QualityReport report = evaluate(profile(key), facts);
    const QualityCheck *c = report.check(check);
    if (!c)
        qFatal("no check %s", qPrintable(check));
    return c->verdict;
}

QString fixOf(const QString &key, const AnalysisFacts &facts, const QString &check)
{
    return evaluate(profile(key), facts).check(check)->fix;
}

} // namespace

class TestQualityCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void goodMasterPassesStreamingAndContent()
    {
        for (const QString &key : { u"streaming"_s, u"content"_s }) {
            const QualityReport report = evaluate(profile(key), goodMaster());
            QCOMPARE(report.verdict, Verdict::Pass);
            QVERIFY(report.fixes().isEmpty());
        }
    }

    void undecodableFileFailsWithOnlyThatCheck()
    {
        AnalysisFacts f;
        f.decoded = false;
        f.decodeError = u"truncated"_s;
        const QualityReport report = evaluate(profile(u"content"_s), f);
        QCOMPARE(report.verdict, Verdict::Fail);
        QCOMPARE(report.checks.size(), 1);
        QCOMPARE(report.checks.first().measured, u"truncated"_s);
        QCOMPARE(verdictOf(u"content"_s, goodMaster(), u"decodes"_s), Verdict::Pass);
    }

    void formatSampleRateBitDepthChannelsDuration()
    {
        AnalysisFacts f = goodMaster();
        f.container = u"MP3"_s;
        QCOMPARE(verdictOf(u"streaming"_s, f, u"format"_s), Verdict::Fail);
        QCOMPARE(fixOf(u"streaming"_s, f, u"format"_s), u"export as WAV or FLAC or AIFF (lossless)"_s);
        f = goodMaster();
        f.sampleRate = 32000;
        QCOMPARE(verdictOf(u"streaming"_s, f, u"sampleRate"_s), Verdict::Fail);
        QCOMPARE(fixOf(u"streaming"_s, f, u"sampleRate"_s), u"export at 44.1 kHz or higher"_s);
        f.sampleRate = 96000;
        QCOMPARE(verdictOf(u"streaming"_s, f, u"sampleRate"_s), Verdict::Pass);
        QCOMPARE(verdictOf(u"sync"_s, f, u"sampleRate"_s), Verdict::Fail);
        QCOMPARE(fixOf(u"sync"_s, f, u"sampleRate"_s), u"export at 48 kHz"_s);
        f = goodMaster();
        f.bitDepth = 8;
        QCOMPARE(verdictOf(u"streaming"_s, f, u"bitDepth"_s), Verdict::Fail);
        f.bitDepth = 16;
        QCOMPARE(verdictOf(u"streaming"_s, f, u"bitDepth"_s), Verdict::Pass);
        QCOMPARE(verdictOf(u"sync"_s, f, u"bitDepth"_s), Verdict::Fail);
        QCOMPARE(fixOf(u"sync"_s, f, u"bitDepth"_s), u"export as 24-bit PCM"_s);
        f = goodMaster();
        f.channels = 1;
        QCOMPARE(verdictOf(u"streaming"_s, f, u"channels"_s), Verdict::Fail);
        QCOMPARE(fixOf(u"streaming"_s, f, u"channels"_s), u"export a stereo file"_s);
        f = goodMaster();
        f.durationSeconds = 29.9;
        QCOMPARE(verdictOf(u"streaming"_s, f, u"duration"_s), Verdict::Fail);
        f.durationSeconds = 30.0;
        QCOMPARE(verdictOf(u"streaming"_s, f, u"duration"_s), Verdict::Pass);
        // Broadcast and content creation take any format that decodes.
        f.container = u"MP3"_s;
        f.channels = 6;
        QVERIFY(!evaluate(profile(u"broadcast"_s), f).check(u"format"_s));
        QVERIFY(!evaluate(profile(u"content"_s), f).check(u"channels"_s));
    }

    void clippingFailsWithWhere()
    {
        AnalysisFacts f = goodMaster();
        f.clipRuns = 12;
        f.clippedSamples = 80;
        f.firstClipSeconds = 72.25;
        const QualityReport report = evaluate(profile(u"streaming"_s), f);
        QCOMPARE(report.verdict, Verdict::Fail);
        QCOMPARE(report.check(u"clipping"_s)->measured, u"12 runs, first at 1:12.3"_s);
        QVERIFY(report.check(u"clipping"_s)->fix.startsWith(u"the master clips from 1:12.3"_s));
        QCOMPARE(verdictOf(u"sync"_s, f, u"clipping"_s), Verdict::Fail);
        QVERIFY(!evaluate(profile(u"content"_s), f).check(u"clipping"_s));
    }

    void silences()
    {
        AnalysisFacts f = goodMaster();
        f.trailingSilenceSeconds = 14.2;
        QCOMPARE(verdictOf(u"streaming"_s, f, u"trailingSilence"_s), Verdict::Warn);
        QCOMPARE(fixOf(u"streaming"_s, f, u"trailingSilence"_s),
            u"trailing silence is 14.2 s: trim it to under 10 s"_s);
        QCOMPARE(evaluate(profile(u"streaming"_s), f).verdict, Verdict::Warn);
        f.trailingSilenceSeconds = 10.0;
        QCOMPARE(verdictOf(u"streaming"_s, f, u"trailingSilence"_s), Verdict::Pass);
        f.leadingSilenceSeconds = 0.4;
        QCOMPARE(verdictOf(u"sync"_s, f, u"leadingSilence"_s), Verdict::Fail);
        QCOMPARE(
            fixOf(u"sync"_s, f, u"leadingSilence"_s), u"leading silence is 0.40 s: trim it to under 50 ms"_s);
        f.leadingSilenceSeconds = 0.05;
        QCOMPARE(verdictOf(u"sync"_s, f, u"leadingSilence"_s), Verdict::Pass);
    }

    void truePeakWarnsAndIsStricterForLoudMasters()
    {
        AnalysisFacts f = goodMaster();
        f.truePeakDbtp = 0.8;
        QCOMPARE(verdictOf(u"streaming"_s, f, u"truePeak"_s), Verdict::Warn);
        QCOMPARE(fixOf(u"streaming"_s, f, u"truePeak"_s), u"reduce gain by 1.8 dB to reach −1.0 dBTP"_s);
        f.truePeakDbtp = -1.0;
        QCOMPARE(verdictOf(u"streaming"_s, f, u"truePeak"_s), Verdict::Pass);
        // Louder than −14 LUFS: the ceiling is −2 dBTP.
        f.integratedLufs = -9.0;
        f.truePeakDbtp = -1.5;
        QCOMPARE(verdictOf(u"streaming"_s, f, u"truePeak"_s), Verdict::Warn);
        QCOMPARE(fixOf(u"streaming"_s, f, u"truePeak"_s), u"reduce gain by 0.5 dB to reach −2.0 dBTP"_s);
        QCOMPARE(verdictOf(u"content"_s, f, u"truePeak"_s), Verdict::Pass);
        // Broadcast: −1 dBTP is a must.
        f.integratedLufs = -23;
        f.truePeakDbtp = -0.5;
        QCOMPARE(verdictOf(u"broadcast"_s, f, u"truePeak"_s), Verdict::Fail);
        f.truePeakDbtp = -1.2;
        QCOMPARE(verdictOf(u"broadcast"_s, f, u"truePeak"_s), Verdict::Pass);
    }

    void broadcastLoudnessAndRange()
    {
        AnalysisFacts f = goodMaster();
        f.truePeakDbtp = -10;
        QCOMPARE(verdictOf(u"broadcast"_s, f, u"loudness"_s), Verdict::Fail);
        QCOMPARE(fixOf(u"broadcast"_s, f, u"loudness"_s), u"reduce gain by 9.0 dB to reach −23.0 LUFS"_s);
        f.integratedLufs = -22.1;
        QCOMPARE(verdictOf(u"broadcast"_s, f, u"loudness"_s), Verdict::Pass);
        f.integratedLufs = -24.5;
        QCOMPARE(fixOf(u"broadcast"_s, f, u"loudness"_s), u"raise gain by 1.5 dB to reach −23.0 LUFS"_s);
        f.integratedLufs = AnalysisFacts::Silent;
        QCOMPARE(verdictOf(u"broadcast"_s, f, u"loudness"_s), Verdict::Fail);
        f.integratedLufs = -23;
        f.loudnessRangeLu = 22;
        QCOMPARE(verdictOf(u"broadcast"_s, f, u"loudnessRange"_s), Verdict::Warn);
        f.loudnessRangeLu = 19;
        QCOMPARE(verdictOf(u"broadcast"_s, f, u"loudnessRange"_s), Verdict::Pass);
        QCOMPARE(evaluate(profile(u"broadcast"_s), f).verdict, Verdict::Pass);
    }

    void contentCreationLoudnessWindow()
    {
        AnalysisFacts f = goodMaster();
        f.integratedLufs = -18.0;
        QCOMPARE(verdictOf(u"content"_s, f, u"loudness"_s), Verdict::Warn);
        QCOMPARE(fixOf(u"content"_s, f, u"loudness"_s), u"raise gain by 2.0 dB to reach −16.0 LUFS"_s);
        f.integratedLufs = -8.0;
        QCOMPARE(fixOf(u"content"_s, f, u"loudness"_s), u"reduce gain by 2.0 dB to reach −10.0 LUFS"_s);
        f.integratedLufs = -12.0;
        QCOMPARE(verdictOf(u"content"_s, f, u"loudness"_s), Verdict::Pass);
    }

    void streamingReportsTheGainChangeAndWarnsWhenTooQuiet()
    {
        AnalysisFacts f = goodMaster();
        f.integratedLufs = -9.0;
        f.truePeakDbtp = -2.5;
        // The report outlives the pointer into it: check() points into report.checks.
        const QualityReport loud = evaluate(profile(u"streaming"_s), f);
        const QualityCheck *c = loud.check(u"normalization"_s);
        QCOMPARE(c->verdict, Verdict::Pass);
        QCOMPARE(c->value, -5.0);
        QCOMPARE(c->fix, u"services will turn it down by 5.0 dB to −14.0 LUFS"_s);
        f.integratedLufs = -30.04;
        const QualityReport report = evaluate(profile(u"streaming"_s), f);
        QCOMPARE(report.check(u"normalization"_s)->verdict, Verdict::Warn);
        QCOMPARE(report.check(u"normalization"_s)->fix,
            u"too quiet: raise the level by 16.1 dB to reach −14.0 LUFS, with a limiter to keep the peaks down"_s);
        QCOMPARE(report.verdict, Verdict::Warn);
    }

    void syncAsksForVersions()
    {
        AnalysisFacts f = goodMaster();
        QVERIFY(!evaluate(profile(u"sync"_s), f).check(u"versions"_s)); // not known: not judged
        f.knowsVersions = true;
        QCOMPARE(verdictOf(u"sync"_s, f, u"versions"_s), Verdict::Warn);
        QCOMPARE(
            fixOf(u"sync"_s, f, u"versions"_s), u"add an instrumental, stems, 30 s and 60 s cut-downs"_s);
        f.hasInstrumental = true;
        f.stemCount = 4;
        f.cutdownCount = 2;
        QCOMPARE(verdictOf(u"sync"_s, f, u"versions"_s), Verdict::Pass);
    }

    void syncPassesA48k24BitWav()
    {
        AnalysisFacts f = goodMaster();
        f.container = u"WAV"_s;
        f.sampleRate = 48000;
        QCOMPARE(evaluate(profile(u"sync"_s), f).verdict, Verdict::Pass);
    }

    // Every check the profiles and the stem checks can give is listed, and its findings lead to a
    // place in the app (FixTargets).
    void everyCheckIsListedAndLeadsToItsFix()
    {
        QSet<QString> seen;
        AnalysisFacts master = goodMaster();
        master.knowsVersions = true;
        AnalysisFacts broken;
        broken.decoded = false;
        for (const QualityProfile &p : QualityProfile::defaults()) {
            for (const AnalysisFacts &facts : { master, broken }) {
                for (const QualityCheck &c : evaluate(p, facts).checks)
                    seen.insert(c.id);
            }
        }
        StemSetFacts set;
        set.referenceAnalysed = true;
        set.referenceSampleRate = 48000;
        set.referenceDurationSeconds = 200;
        set.stems = { { 1, u"vocals"_s, {}, true, true, 48000, 2, 200 } };
        set.cutdowns = { { 2, u"30s"_s, {}, true, true, 48000, 2, 30 } };
        set.nullTest = NullTestFacts {};
        for (const QualityCheck &c : evaluateStems(profile(u"sync"_s), set).checks)
            seen.insert(c.id);

        QStringList kinds;
        for (const QString &id : std::as_const(seen)) {
            const QString rule = FixTargets::qualityRuleId(id);
            QVERIFY2(FixTargets::contains(rule), qPrintable(rule + u" has no fix target"_s));
            kinds.append(rule.mid(u"quality."_s.size()));
        }
        kinds.removeDuplicates();
        QStringList listed = qualityCheckIds();
        std::sort(kinds.begin(), kinds.end());
        std::sort(listed.begin(), listed.end());
        QCOMPARE(kinds, listed);
        QCOMPARE(FixTargets::qualityRuleId(u"stem:Drums"_s), u"quality.stem"_s);
    }

    // The report a large catalog's open asks for (ReportDetail::Failures) has the full report's
    // verdict and exactly its failing checks, texts and all, whatever the measurements.
    void aFailuresReportIsTheFullReportsFailingChecks()
    {
        QRandomGenerator random(18);
        const auto pick = [&random](std::initializer_list<double> values) {
            return *(values.begin() + random.bounded(int(values.size())));
        };
        QList<QualityProfile> profiles = QualityProfile::defaults();
        QualityProfile edited = profile(u"streaming"_s); // limits set that no default sets
        edited.key = u"edited"_s;
        edited.warnMinLufs = -20;
        edited.warnMaxLufs = -8;
        edited.exactChannels = 2;
        edited.minBitDepth = 24;
        edited.quietBelowLufs = -18;
        profiles.append(edited);
        QMap<Verdict, int> seen;
        for (int i = 0; i < 3000; ++i) {
            AnalysisFacts f;
            f.decoded = random.bounded(40) != 0;
            f.decodeError = u"cut short at 0:12.0"_s;
            f.container = QStringList { u"WAV"_s, u"flac"_s, u"MP3"_s, u"AIFF"_s }.at(random.bounded(4));
            f.sampleRate = int(pick({ 22050, 44100, 48000, 96000 }));
            f.bitDepth = int(pick({ 0, 16, 24, 32 }));
            f.channels = int(pick({ 1, 2, 6 }));
            f.durationSeconds = pick({ 20, 31.5, 180 });
            f.integratedLufs = pick({ AnalysisFacts::Silent, qQNaN(), -30, -23, -18, -14.05, -14, -9, -6 });
            f.loudnessRangeLu = pick({ 3, 8, 15, 22 });
            f.truePeakDbtp = pick({ AnalysisFacts::Silent, -3, -1.95, -1, -0.3, 0.4 });
            f.clipRuns = qint64(pick({ 0, 0, 1, 7 }));
            f.firstClipSeconds = f.clipRuns > 0 ? 65.3 : -1;
            f.leadingSilenceSeconds = pick({ 0, 0.2, 1.5 });
            f.trailingSilenceSeconds = pick({ 0.5, 4, 12 });
            f.knowsVersions = random.bounded(2) == 0;
            f.hasInstrumental = random.bounded(2) == 0;
            f.stemCount = random.bounded(2) * 6;
            f.cutdownCount = random.bounded(2) * 2;
            for (const QualityProfile &p : profiles) {
                const QualityReport full = evaluate(p, f);
                const QualityReport failures = evaluate(p, f, ReportDetail::Failures);
                QCOMPARE(failures.verdict, full.verdict);
                QCOMPARE(failures.profileKey, full.profileKey);
                ++seen[full.verdict];
                QList<QualityCheck> failing;
                for (const QualityCheck &c : full.checks) {
                    if (c.verdict == Verdict::Fail)
                        failing.append(c);
                }
                QCOMPARE(failures.checks.size(), failing.size());
                for (qsizetype c = 0; c < failing.size(); ++c) {
                    const QualityCheck &mine = failures.checks.at(c), &theirs = failing.at(c);
                    QCOMPARE(mine.id, theirs.id);
                    QCOMPARE(mine.title, theirs.title);
                    QCOMPARE(mine.measured, theirs.measured);
                    QCOMPARE(mine.limit, theirs.limit);
                    QCOMPARE(mine.fix, theirs.fix);
                    QVERIFY(
                        mine.value == theirs.value || (std::isnan(mine.value) && std::isnan(theirs.value)));
                }
            }
        }
        QVERIFY(
            seen.value(Verdict::Pass) > 0 && seen.value(Verdict::Warn) > 0 && seen.value(Verdict::Fail) > 0);
    }

    void formatsLevelsWithARealMinus()
    {
        QCOMPARE(formatLevel(-1.0), u"−1.0"_s);
        QCOMPARE(formatLevel(-0.01), u"0.0"_s);
        QCOMPARE(formatLevel(2.345, 2), u"2.35"_s);
        QCOMPARE(formatLevel(AnalysisFacts::Silent), u"−∞"_s);
    }

    // The digits are QString::number's (ties rounded away from zero); only the sign is formatLevel's.
    void formatsLevelsWithQStringNumbersDigits()
    {
        for (int decimals = 0; decimals <= 3; ++decimals) {
            for (int step = -30000; step <= 30000; step += 7) {
                const double value = step / 1000.0 + 0.0005;
                QString expected = QString::number(value, 'f', decimals);
                if (expected.toDouble() == 0.0) // "-0.0": a zero, shown without its sign
                    expected.remove(u'-');
                QCOMPARE(formatLevel(value, decimals), expected.replace(u'-', u'−'));
            }
        }
        QCOMPARE(formatLevel(-0.04, 1), u"0.0"_s);
        QCOMPARE(formatLevel(-0.05001, 1), u"−0.1"_s);
        QCOMPARE(formatLevel(-28.3125, 3), u"−28.313"_s);
    }

    // A time is rounded to the tenth before it is split into minutes and seconds.
    void formatsClockTimesRoundedToTheTenth()
    {
        QCOMPARE(formatClock(65.3), u"1:05.3"_s);
        QCOMPARE(formatClock(0.04), u"0:00.0"_s);
        QCOMPARE(formatClock(59.94), u"0:59.9"_s);
        QCOMPARE(formatClock(59.96), u"1:00.0"_s); // not "0:60.0"
        QCOMPARE(formatClock(119.96), u"2:00.0"_s);
        QCOMPARE(formatClock(3725.0), u"62:05.0"_s);
        QCOMPARE(formatClock(-3.0), u"0:00.0"_s);
        QCOMPARE(formatClock(std::numeric_limits<double>::quiet_NaN()), u"–"_s);
        QCOMPARE(formatClock(std::numeric_limits<double>::infinity()), u"–"_s);
    }

    // A locale's minus may carry a direction mark (Hebrew's left-to-right mark, Arabic's letter
    // mark), which keeps "−14" from reading as "14−" in right-to-left text: only the hyphen is
    // replaced. The locale is read once per thread, so each is tried on a thread of its own.
    void keepsTheDirectionMarkOfALocalesMinus_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("Hebrew") << u"he_IL"_s;
        QTest::newRow("Arabic") << u"ar_EG"_s;
        QTest::newRow("Persian") << u"fa_IR"_s;
        QTest::newRow("German") << u"de_DE"_s;
    }

    void keepsTheDirectionMarkOfALocalesMinus()
    {
        QFETCH(QString, name);
        const QLocale before;
        const QLocale locale(name);
        QLocale::setDefault(locale);
        QString shown, zero;
        std::thread([&] {
            shown = formatLevel(-14.0);
            zero = formatLevel(-0.01);
        }).join();
        QLocale::setDefault(before);
        QString expected = locale.toString(-14.0, 'f', 1);
        expected.replace(u'-', u'−');
        QCOMPARE(shown, expected);
        QVERIFY2(shown.contains(u'−') && !shown.contains(u'-'), qPrintable(shown));
        const QString mark = locale.negativeSign().remove(u'-').remove(u'−');
        QVERIFY2(shown.startsWith(mark), qPrintable(name + u": the direction mark is lost"_s));
        QCOMPARE(zero, locale.toString(0.0, 'f', 1));
    }
};

QTEST_GUILESS_MAIN(TestQualityCheck)
#include "tst_qualitycheck.moc"
