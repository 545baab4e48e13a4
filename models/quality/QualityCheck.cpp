// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "QualityCheck.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(QualityCheck)
};

// Gains are rounded up to the next tenth of a dB: following the advice must reach the limit.
double gainUp(double db)
{
    return std::ceil(db * 10.0 - 1e-9) / 10.0;
}

QString db(double value)
{
    return formatLevel(value) + u" dB"_s;
}

QString lufs(double value)
{
    return std::isfinite(value) ? formatLevel(value) + u" LUFS"_s : Text::tr("silent");
}

QString dbtp(double value)
{
    return std::isfinite(value) ? formatLevel(value) + u" dBTP"_s : Text::tr("silent");
}

QString seconds(double value, int decimals = 1)
{
    return Text::tr("%1 s").arg(formatLevel(value, decimals));
}

QString kilohertz(int rate)
{
    return Text::tr("%1 kHz").arg(formatKilohertz(rate));
}

// What a check shows; made only for the checks a report keeps.
struct CheckTexts {
    QString title;
    QString measured;
    QString limit;
    QString fix;
};

Verdict failsIf(bool failed)
{
    return failed ? Verdict::Fail : Verdict::Pass;
}

// Builds the report check by check. A check's verdict comes first and its texts only when the
// report keeps it: a large catalog's open judges every track under three profiles and needs the
// texts of the failing checks alone, and making them all was a third of that open (issue 18).
class Judge
{
public:
    Judge(QualityReport &report, ReportDetail detail)
        : m_report(report)
        , m_detail(detail)
    {
    }

    template<typename MakeTexts>
    void add(const QString &id, Verdict verdict, double value, MakeTexts &&makeTexts)
    {
        m_report.verdict = std::max(m_report.verdict, verdict);
        if (m_detail == ReportDetail::Failures && verdict != Verdict::Fail)
            return;
        CheckTexts texts = makeTexts();
        m_report.checks.append({ id, std::move(texts.title), verdict, value, std::move(texts.measured),
            std::move(texts.limit), std::move(texts.fix), 0 });
    }

private:
    QualityReport &m_report;
    ReportDetail m_detail;
};

void checkFormat(const QualityProfile &p, const AnalysisFacts &f, Judge &judge)
{
    if (!p.containers.isEmpty()) {
        // A profile's formats are upper case (QualityProfile::fromJson); no upper-case copy per file.
        const bool wrong = !p.containers.contains(f.container, Qt::CaseInsensitive);
        judge.add(u"format"_s, failsIf(wrong), 0, [&] {
            return CheckTexts { Text::tr("File format"), f.container, p.containers.join(u", "_s),
                wrong ? Text::tr("export as %1 (lossless)").arg(p.containers.join(Text::tr(" or ")))
                      : QString() };
        });
    }
    if (p.exactSampleRate) {
        const bool wrong = f.sampleRate != *p.exactSampleRate;
        judge.add(u"sampleRate"_s, failsIf(wrong), f.sampleRate, [&] {
            return CheckTexts { Text::tr("Sample rate"), kilohertz(f.sampleRate),
                kilohertz(*p.exactSampleRate),
                wrong ? Text::tr("export at %1").arg(kilohertz(*p.exactSampleRate)) : QString() };
        });
    } else if (p.minSampleRate) {
        const bool wrong = f.sampleRate < *p.minSampleRate;
        judge.add(u"sampleRate"_s, failsIf(wrong), f.sampleRate, [&] {
            return CheckTexts { Text::tr("Sample rate"), kilohertz(f.sampleRate),
                u"≥ "_s + kilohertz(*p.minSampleRate),
                wrong ? Text::tr("export at %1 or higher").arg(kilohertz(*p.minSampleRate)) : QString() };
        });
    }
    const auto depth = [&] {
        return f.bitDepth > 0 ? Text::tr("%1-bit").arg(f.bitDepth) : Text::tr("no fixed bit depth");
    };
    if (p.exactBitDepth) {
        const bool wrong = f.bitDepth != *p.exactBitDepth;
        judge.add(u"bitDepth"_s, failsIf(wrong), f.bitDepth, [&] {
            return CheckTexts { Text::tr("Bit depth"), depth(), Text::tr("%1-bit").arg(*p.exactBitDepth),
                wrong ? Text::tr("export as %1-bit PCM").arg(*p.exactBitDepth) : QString() };
        });
    } else if (p.minBitDepth) {
        const bool wrong = f.bitDepth < *p.minBitDepth;
        judge.add(u"bitDepth"_s, failsIf(wrong), f.bitDepth, [&] {
            return CheckTexts { Text::tr("Bit depth"), depth(),
                u"≥ "_s + Text::tr("%1-bit").arg(*p.minBitDepth),
                wrong ? Text::tr("export as %1-bit PCM or more").arg(*p.minBitDepth) : QString() };
        });
    }
    if (p.exactChannels) {
        const auto channels = [](int n) {
            return n == 2 ? Text::tr("stereo") : n == 1 ? Text::tr("mono") : Text::tr("%1 channels").arg(n);
        };
        const bool wrong = f.channels != *p.exactChannels;
        judge.add(u"channels"_s, failsIf(wrong), f.channels, [&] {
            return CheckTexts { Text::tr("Channels"), channels(f.channels), channels(*p.exactChannels),
                wrong ? Text::tr("export a %1 file").arg(channels(*p.exactChannels)) : QString() };
        });
    }
    if (p.minDurationSeconds) {
        const bool wrong = f.durationSeconds < *p.minDurationSeconds;
        judge.add(u"duration"_s, failsIf(wrong), f.durationSeconds, [&] {
            return CheckTexts { Text::tr("Duration"), seconds(f.durationSeconds),
                u"≥ "_s + seconds(*p.minDurationSeconds, 0),
                wrong ? Text::tr("the track is %1 long: services need at least %2")
                            .arg(seconds(f.durationSeconds), seconds(*p.minDurationSeconds, 0))
                      : QString() };
        });
    }
}

void checkDefects(const QualityProfile &p, const AnalysisFacts &f, Judge &judge)
{
    if (p.failOnClipping) {
        judge.add(u"clipping"_s, failsIf(f.clipRuns > 0), double(f.clipRuns), [&] {
            if (f.clipRuns == 0)
                return CheckTexts { Text::tr("Clipping"), Text::tr("none"), Text::tr("none"), {} };
            const QString first = formatClock(f.firstClipSeconds);
            return CheckTexts { Text::tr("Clipping"),
                f.clipRuns == 1 ? Text::tr("1 run, first at %1").arg(first)
                                : Text::tr("%1 runs, first at %2").arg(f.clipRuns).arg(first),
                Text::tr("none"),
                f.clipRuns > 0 ? Text::tr("the master clips from %1: export it again from the mix with a "
                                          "limiter, not by turning it up")
                                     .arg(first)
                               : QString() };
        });
    }
    if (p.maxLeadingSilenceSeconds) {
        const double ms = 1000.0 * *p.maxLeadingSilenceSeconds;
        const bool tooLong = f.leadingSilenceSeconds > *p.maxLeadingSilenceSeconds;
        judge.add(u"leadingSilence"_s, failsIf(tooLong), f.leadingSilenceSeconds, [&] {
            return CheckTexts { Text::tr("Leading silence"), seconds(f.leadingSilenceSeconds, 3),
                u"≤ "_s + Text::tr("%1 ms").arg(ms, 0, 'f', 0),
                tooLong ? Text::tr("leading silence is %1: trim it to under %2 ms")
                              .arg(seconds(f.leadingSilenceSeconds, 2))
                              .arg(ms, 0, 'f', 0)
                        : QString() };
        });
    }
    if (p.warnTrailingSilenceSeconds) {
        const bool tooLong = f.trailingSilenceSeconds > *p.warnTrailingSilenceSeconds;
        judge.add(
            u"trailingSilence"_s, tooLong ? Verdict::Warn : Verdict::Pass, f.trailingSilenceSeconds, [&] {
                return CheckTexts { Text::tr("Trailing silence"), seconds(f.trailingSilenceSeconds),
                    u"≤ "_s + seconds(*p.warnTrailingSilenceSeconds, 0),
                    tooLong ? Text::tr("trailing silence is %1: trim it to under %2")
                                  .arg(seconds(f.trailingSilenceSeconds),
                                      seconds(*p.warnTrailingSilenceSeconds, 0))
                            : QString() };
            });
    }
}

QString gainFix(double from, double to, const QString &target)
{
    return from > to ? Text::tr("reduce gain by %1 to reach %2").arg(db(gainUp(from - to)), target)
                     : Text::tr("raise gain by %1 to reach %2").arg(db(gainUp(to - from)), target);
}

void checkLoudness(const QualityProfile &p, const AnalysisFacts &f, Judge &judge)
{
    const double loudness = f.integratedLufs;
    const bool silent = !std::isfinite(loudness);
    if (p.targetLufs) {
        const double target = *p.targetLufs;
        const bool off = silent || std::abs(loudness - target) > p.targetToleranceLu + 1e-9;
        judge.add(u"loudness"_s, failsIf(off), loudness, [&] {
            return CheckTexts { Text::tr("Integrated loudness"), lufs(loudness),
                u"%1 ± %2 LU"_s.arg(lufs(target), formatLevel(p.targetToleranceLu)),
                silent    ? Text::tr("the file is silent")
                    : off ? gainFix(loudness, target, lufs(target))
                          : QString() };
        });
    }
    if (p.warnMinLufs || p.warnMaxLufs) {
        const bool low = !silent && p.warnMinLufs && loudness < *p.warnMinLufs;
        const bool high = !silent && !low && p.warnMaxLufs && loudness > *p.warnMaxLufs;
        judge.add(u"loudness"_s, silent || low || high ? Verdict::Warn : Verdict::Pass, loudness, [&] {
            const QString range = p.warnMinLufs && p.warnMaxLufs
                ? u"%1 … %2"_s.arg(formatLevel(*p.warnMinLufs), lufs(*p.warnMaxLufs))
                : p.warnMinLufs ? u"≥ "_s + lufs(*p.warnMinLufs)
                                : u"≤ "_s + lufs(*p.warnMaxLufs);
            return CheckTexts { Text::tr("Integrated loudness"), lufs(loudness), range,
                silent     ? Text::tr("the file is silent")
                    : low  ? gainFix(loudness, *p.warnMinLufs, lufs(*p.warnMinLufs))
                    : high ? gainFix(loudness, *p.warnMaxLufs, lufs(*p.warnMaxLufs))
                           : QString() };
        });
    }
}

void checkLevels(const QualityProfile &p, const AnalysisFacts &f, Judge &judge)
{
    checkLoudness(p, f, judge);
    const double loudness = f.integratedLufs;

    // True peak: a must limit fails, a warn limit (stricter for loud masters) warns.
    if (p.maxTruePeakDbtp || p.warnTruePeakDbtp) {
        const std::optional<double> warnLimit = p.truePeakWarnLimit(loudness);
        const bool over = p.maxTruePeakDbtp && f.truePeakDbtp > *p.maxTruePeakDbtp + 1e-9;
        const bool nearLimit = !over && warnLimit && f.truePeakDbtp > *warnLimit + 1e-9;
        judge.add(u"truePeak"_s,
            over            ? Verdict::Fail
                : nearLimit ? Verdict::Warn
                            : Verdict::Pass,
            f.truePeakDbtp, [&] {
                return CheckTexts { Text::tr("True peak"), dbtp(f.truePeakDbtp),
                    u"≤ "_s + dbtp(*p.truePeakCeiling(loudness)),
                    over            ? gainFix(f.truePeakDbtp, *p.maxTruePeakDbtp, dbtp(*p.maxTruePeakDbtp))
                        : nearLimit ? gainFix(f.truePeakDbtp, *warnLimit, dbtp(*warnLimit))
                                    : QString() };
            });
    }

    if (p.warnLraLu) {
        const bool wide = f.loudnessRangeLu > *p.warnLraLu + 1e-9;
        judge.add(u"loudnessRange"_s, wide ? Verdict::Warn : Verdict::Pass, f.loudnessRangeLu, [&] {
            return CheckTexts { Text::tr("Loudness range"),
                Text::tr("%1 LU").arg(formatLevel(f.loudnessRangeLu)),
                u"≤ "_s + Text::tr("%1 LU").arg(formatLevel(*p.warnLraLu)),
                wide ? Text::tr("loudness range is %1 LU: compress the dynamics to under %2 LU")
                           .arg(formatLevel(f.loudnessRangeLu), formatLevel(*p.warnLraLu))
                     : QString() };
        });
    }

    // What a streaming service will do to the master's level: report it, and warn when the
    // master is so quiet that services will not (or cannot, without peaks over 0 dBTP) raise it.
    if (p.referenceLufs) {
        const double reference = *p.referenceLufs;
        const double change = reference - loudness;
        const bool silent = !std::isfinite(loudness);
        const bool quiet = !silent && p.quietBelowLufs && loudness < *p.quietBelowLufs;
        judge.add(u"normalization"_s, silent || quiet ? Verdict::Warn : Verdict::Pass, change, [&] {
            QString fix;
            if (silent)
                fix = Text::tr("the file is silent");
            else if (quiet)
                fix = Text::tr(
                    "too quiet: raise the level by %1 to reach %2, with a limiter to keep the peaks down")
                          .arg(db(gainUp(change)), lufs(reference));
            else if (std::abs(change) >= 0.05)
                fix = change < 0 ? Text::tr("services will turn it down by %1 to %2")
                                       .arg(db(gainUp(-change)), lufs(reference))
                                 : Text::tr("services may turn it up by %1 to %2")
                                       .arg(db(gainUp(change)), lufs(reference));
            return CheckTexts { Text::tr("Playback level"), silent ? Text::tr("silent") : lufs(loudness),
                p.quietBelowLufs ? u"≥ "_s + lufs(*p.quietBelowLufs) : lufs(reference), fix };
        });
    }
}

void checkVersions(const QualityProfile &p, const AnalysisFacts &f, Judge &judge)
{
    if (!p.warnMissingVersions || !f.knowsVersions)
        return;
    const bool complete = f.hasInstrumental && f.stemCount > 0 && f.cutdownCount > 0;
    judge.add(u"versions"_s, complete ? Verdict::Pass : Verdict::Warn,
        double(int(!f.hasInstrumental) + int(f.stemCount == 0) + int(f.cutdownCount == 0)), [&] {
            QStringList missing;
            if (!f.hasInstrumental)
                missing.append(Text::tr("an instrumental"));
            if (f.stemCount == 0)
                missing.append(Text::tr("stems"));
            if (f.cutdownCount == 0)
                missing.append(Text::tr("30 s and 60 s cut-downs"));
            return CheckTexts { Text::tr("Versions and stems"),
                missing.isEmpty() ? Text::tr("complete") : Text::tr("%1 missing").arg(missing.size()),
                Text::tr("instrumental, stems, cut-downs"),
                missing.isEmpty() ? QString() : Text::tr("add %1").arg(missing.join(u", "_s)) };
        });
}

} // namespace

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return u"pass"_s;
    case Verdict::Warn:
        return u"warn"_s;
    case Verdict::Fail:
        return u"fail"_s;
    }
    return {};
}

QStringList qualityCheckIds()
{
    return { u"decodes"_s, u"format"_s, u"sampleRate"_s, u"bitDepth"_s, u"channels"_s, u"duration"_s,
        u"clipping"_s, u"leadingSilence"_s, u"trailingSilence"_s, u"loudness"_s, u"truePeak"_s,
        u"loudnessRange"_s, u"normalization"_s, u"versions"_s, u"stem"_s, u"stemNull"_s, u"cutdown"_s,
        u"instrumental"_s };
}

namespace
{

// The user's number format ("−14,0" in German), without grouping: a level or a time reads as
// one number. Made once per thread: a large catalog's open formats a few levels per track and
// profile (issue 18), and a QLocale is not to be shared between threads.
const QLocale &numberLocale()
{
    thread_local const QLocale locale = [] {
        QLocale system;
        system.setNumberOptions(QLocale::OmitGroupSeparator);
        return system;
    }();
    return locale;
}

} // namespace

QString formatClock(double seconds)
{
    if (!std::isfinite(seconds))
        return u"–"_s; // no time to show; qRound64() of it would be undefined
    const QLocale &locale = numberLocale();
    // Rounded to the tenth first, so 119.96 s is "2:00.0", not "1:60.0".
    const qint64 tenths = qRound64(std::max(seconds, 0.0) * 10);
    const qint64 minutes = tenths / 600;
    QString rest = locale.toString((tenths % 600) / 10.0, 'f', 1);
    if (tenths % 600 < 100)
        rest.prepend(locale.zeroDigit()); // "1:05.3"
    return locale.toString(minutes) + u':' + rest;
}

QString formatLevel(double value, int decimals)
{
    if (!std::isfinite(value))
        return value < 0 ? u"−∞"_s : u"∞"_s;
    const QLocale &locale = numberLocale();
    QString text = locale.toString(value, 'f', decimals);
    const QString minus = locale.negativeSign();
    if (text.startsWith(minus)) {
        // "-0.0" reads as a negative level: show it as zero. Told by its digits, not by a second
        // conversion (see numberLocale()).
        const QChar zeroDigit = locale.zeroDigit().front();
        const QString point = locale.decimalPoint();
        const bool zero = std::all_of(text.cbegin() + minus.size(), text.cend(),
            [&](QChar c) { return c == zeroDigit || point.contains(c); });
        if (zero) {
            text.remove(0, minus.size());
        } else {
            QString sign = minus; // Hebrew's and Arabic's keep their direction mark
            sign.replace(u'-', u'−');
            text.replace(0, minus.size(), sign);
        }
    }
    return text;
}

QString formatKilohertz(int rate)
{
    return numberLocale().toString(rate / 1000.0, 'g', 4);
}

QVariantMap QualityCheck::toVariantMap() const
{
    QVariantMap map { { u"id"_s, id }, { u"title"_s, title }, { u"verdict"_s, verdictName(verdict) },
        { u"value"_s, value }, { u"measured"_s, measured }, { u"limit"_s, limit }, { u"fix"_s, fix } };
    if (assetId != 0) // a stem's or cut-down's own check: the file it is about
        map.insert(u"assetId"_s, assetId);
    return map;
}

const QualityCheck *QualityReport::check(const QString &id) const
{
    for (const QualityCheck &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

int QualityReport::count(Verdict wanted) const
{
    return int(std::count_if(
        checks.cbegin(), checks.cend(), [wanted](const QualityCheck &c) { return c.verdict == wanted; }));
}

QStringList QualityReport::fixes() const
{
    QStringList lines;
    for (Verdict wanted : { Verdict::Fail, Verdict::Warn }) {
        for (const QualityCheck &c : checks) {
            if (c.verdict == wanted && !c.fix.isEmpty())
                lines.append(c.fix);
        }
    }
    return lines;
}

QualityReport evaluate(const QualityProfile &profile, const AnalysisFacts &facts, ReportDetail detail)
{
    QualityReport report;
    report.profileKey = profile.key;
    Judge judge(report, detail);
    judge.add(u"decodes"_s, failsIf(!facts.decoded), facts.decoded ? 1 : 0, [&] {
        return CheckTexts { Text::tr("Decodes"), facts.decoded ? Text::tr("yes") : facts.decodeError,
            Text::tr("to the end"),
            facts.decoded ? QString() : Text::tr("export the file again: it cannot be read to its end") };
    });
    if (!facts.decoded)
        return report;
    checkFormat(profile, facts, judge);
    checkDefects(profile, facts, judge);
    checkLevels(profile, facts, judge);
    checkVersions(profile, facts, judge);
    return report;
}

} // namespace Imprint
