// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "StemCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

// lupdate records these under StemCheck.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StemCheck)
};

QString kilohertz(int rate)
{
    return Text::tr("%1 kHz").arg(formatKilohertz(rate));
}

QString exactSeconds(double seconds)
{
    return Text::tr("%1 s").arg(formatLevel(seconds, 3));
}

QString milliseconds(double ms)
{
    return Text::tr("%1 ms").arg(formatLevel(ms, ms < 10 ? 1 : 0));
}

QualityCheck &add(QualityReport &report, const QString &id, const QString &title, double value,
    const QString &measured, const QString &limit, qint64 assetId = 0)
{
    report.checks.append({ id, title, Verdict::Pass, value, measured, limit, {}, assetId });
    return report.checks.last();
}

void fail(QualityCheck &check, const QString &fix)
{
    check.verdict = Verdict::Fail;
    check.fix = fix;
}

// Each stem: readable, at the reference's sample rate, as long as the reference.
void checkStemFormats(const QualityProfile &p, const StemSetFacts &f, QualityReport &report)
{
    const double toleranceSeconds = p.stemLengthToleranceMs / 1000.0;
    for (const VersionFileFacts &stem : f.stems) {
        const QString id = u"stem:"_s + stem.name;
        const QString title = Text::tr("Stem “%1”").arg(stem.name);
        // The master's rate and length are in its own checks; the measured values show the stem's.
        const QString limit = Text::tr("as the master ± %1").arg(milliseconds(p.stemLengthToleranceMs));
        if (!stem.analysed) {
            QualityCheck &c = add(report, id, title, 0, Text::tr("not analysed yet"), limit, stem.assetId);
            c.verdict = Verdict::Warn;
            c.fix = Text::tr("analyse the catalog to measure the stem");
            continue;
        }
        if (!stem.decoded) {
            fail(add(report, id, title, 0, Text::tr("cannot be decoded"), limit, stem.assetId),
                Text::tr("export stem “%1” again: it cannot be read to its end").arg(stem.name));
            continue;
        }
        const double difference = stem.durationSeconds - f.referenceDurationSeconds;
        QualityCheck &c = add(report, id, title, difference,
            Text::tr("%1, %2").arg(kilohertz(stem.sampleRate), exactSeconds(stem.durationSeconds)), limit,
            stem.assetId);
        if (!f.referenceAnalysed)
            continue;
        if (stem.sampleRate != f.referenceSampleRate) {
            fail(c,
                Text::tr("export stem “%1” again at %2, the master's sample rate")
                    .arg(stem.name, kilohertz(f.referenceSampleRate)));
        } else if (std::abs(difference) > toleranceSeconds + 1e-9) {
            fail(c,
                Text::tr("export stem “%1” again over the master's whole length: it is %2 %3")
                    .arg(stem.name, exactSeconds(std::abs(difference)),
                        difference > 0 ? Text::tr("longer") : Text::tr("shorter")));
        }
    }
}

void checkNullTest(const QualityProfile &p, const StemSetFacts &f, QualityReport &report)
{
    if (f.stems.isEmpty())
        return;
    const QString limit = u"≤ "_s + Text::tr("%1 dB").arg(formatLevel(p.maxStemResidualDb));
    const QString title = Text::tr("Stems null test");
    if (!f.nullTest) {
        QualityCheck &c = add(report, u"stemNull"_s, title, 0, Text::tr("not tested yet"), limit);
        c.verdict = Verdict::Warn;
        c.fix = Text::tr("analyse the catalog to null-test the stems against the mix");
        return;
    }
    const NullTestFacts &test = *f.nullTest;
    if (!test.error.isEmpty()) {
        fail(add(report, u"stemNull"_s, title, 0, Text::tr("not possible"), limit),
            Text::tr("cannot null-test: %1").arg(test.error));
        return;
    }
    const bool exact = !std::isfinite(test.residualDb);
    QualityCheck &c = add(report, u"stemNull"_s, title, test.residualDb,
        exact ? Text::tr("exact null") : Text::tr("%1 dB").arg(formatLevel(test.residualDb)), limit);
    if (!exact && test.residualDb > p.maxStemResidualDb + 1e-9)
        fail(c,
            Text::tr("the stems sum to a residual %1 dB below the mix (needs %2 dB): export them again from "
                     "the final mix, same levels, no master-bus processing")
                .arg(formatLevel(-test.residualDb), formatLevel(-p.maxStemResidualDb)));
}

void checkCutdowns(const QualityProfile &p, const StemSetFacts &f, QualityReport &report)
{
    const double toleranceSeconds = p.cutdownToleranceMs / 1000.0;
    for (const VersionFileFacts &cut : f.cutdowns) {
        const QString id = u"cutdown:"_s + cut.name;
        const QString title = Text::tr("Cut-down “%1”").arg(cut.name);
        const QString limit = Text::tr("30.000 s or 60.000 s ± %1").arg(milliseconds(p.cutdownToleranceMs));
        if (!cut.analysed || !cut.decoded) {
            QualityCheck &c = add(report, id, title, 0,
                cut.analysed ? Text::tr("cannot be decoded") : Text::tr("not analysed yet"), limit,
                cut.assetId);
            if (cut.analysed)
                fail(c, Text::tr("export cut-down “%1” again: it cannot be read to its end").arg(cut.name));
            else {
                c.verdict = Verdict::Warn;
                c.fix = Text::tr("analyse the catalog to measure the cut-down");
            }
            continue;
        }
        const double target
            = std::abs(cut.durationSeconds - 30.0) <= std::abs(cut.durationSeconds - 60.0) ? 30.0 : 60.0;
        const double difference = cut.durationSeconds - target;
        QualityCheck &c = add(
            report, id, title, cut.durationSeconds, exactSeconds(cut.durationSeconds), limit, cut.assetId);
        if (std::abs(difference) > toleranceSeconds + 1e-9)
            fail(c,
                difference > 0 ? Text::tr("trim cut-down “%1” to %2: it is %3 too long")
                                     .arg(cut.name, exactSeconds(target), exactSeconds(difference))
                               : Text::tr("extend cut-down “%1” to %2: it is %3 too short")
                                     .arg(cut.name, exactSeconds(target), exactSeconds(-difference)));
    }
}

void checkInstrumental(const StemSetFacts &f, QualityReport &report)
{
    if (!f.hasVocals())
        return;
    QualityCheck &c = add(report, u"instrumental"_s, Text::tr("Instrumental"), f.hasInstrumental ? 1 : 0,
        f.hasInstrumental ? Text::tr("present") : Text::tr("missing"), Text::tr("the track has vocals"));
    if (!f.hasInstrumental)
        fail(c,
            Text::tr("export an instrumental (the mix without vocals) and add it as a version of the track"));
}

} // namespace

bool isVocalStemName(const QString &name)
{
    // One per thread: a large catalog's stems are judged on every core.
    static thread_local const QRegularExpression vocal(
        u"vocal|vox|voice|\\bbgvs?\\b|\\bbvs?\\b|choir|acapella|a cappella|\\bsinger"_s,
        QRegularExpression::CaseInsensitiveOption);
    return vocal.match(name).hasMatch();
}

bool StemSetFacts::hasVocals() const
{
    if (hasVocalsFlag >= 0)
        return hasVocalsFlag == 1;
    return std::any_of(
        stems.cbegin(), stems.cend(), [](const VersionFileFacts &s) { return isVocalStemName(s.name); });
}

QualityReport evaluateStems(const QualityProfile &profile, const StemSetFacts &facts)
{
    QualityReport report;
    report.profileKey = profile.key;
    if (!facts.applies())
        return report;
    checkStemFormats(profile, facts, report);
    checkNullTest(profile, facts, report);
    checkCutdowns(profile, facts, report);
    checkInstrumental(facts, report);
    for (const QualityCheck &c : std::as_const(report.checks))
        report.verdict = std::max(report.verdict, c.verdict);
    return report;
}

Verdict trackVerdict(const QualityProfile &profile, const QualityReport &master, const QualityReport &stems)
{
    return profile.stemsInVerdict ? std::max(master.verdict, stems.verdict) : master.verdict;
}

QStringList trackFixes(const QualityProfile &profile, const QualityReport &master, const QualityReport &stems)
{
    QList<const QualityReport *> reports { &master };
    if (profile.stemsInVerdict)
        reports.append(&stems);
    QStringList lines;
    for (Verdict wanted : { Verdict::Fail, Verdict::Warn }) {
        for (const QualityReport *report : reports) {
            for (const QualityCheck &c : report->checks) {
                if (c.verdict == wanted && !c.fix.isEmpty())
                    lines.append(c.fix);
            }
        }
    }
    return lines;
}

} // namespace Imprint
