// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "QualityCheck.h"

#include <QCoreApplication>

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
    return Text::tr("%1 kHz").arg(QString::number(rate / 1000.0, 'g', 4));
}

// Builds the report check by check.
class Judge
{
public:
    explicit Judge(QualityReport &report)
        : m_report(report)
    {
    }

    QualityCheck &add(
        const QString &id, const QString &title, double value, const QString &measured, const QString &limit)
    {
        m_report.checks.append({ id, title, Verdict::Pass, value, measured, limit, {} });
        return m_report.checks.last();
    }

    static void set(QualityCheck &check, Verdict verdict, const QString &fix)
    {
        check.verdict = verdict;
        check.fix = fix;
    }

private:
    QualityReport &m_report;
};

void checkFormat(const QualityProfile &p, const AnalysisFacts &f, Judge &judge)
{
    if (!p.containers.isEmpty()) {
        QualityCheck &c
            = judge.add(u"format"_s, Text::tr("File format"), 0, f.container, p.containers.join(u", "_s));
        if (!p.containers.contains(f.container.toUpper()))
            Judge::set(c, Verdict::Fail,
                Text::tr("export as %1 (lossless)").arg(p.containers.join(Text::tr(" or "))));
    }
    if (p.exactSampleRate) {
        QualityCheck &c = judge.add(u"sampleRate"_s, Text::tr("Sample rate"), f.sampleRate,
            kilohertz(f.sampleRate), kilohertz(*p.exactSampleRate));
        if (f.sampleRate != *p.exactSampleRate)
            Judge::set(c, Verdict::Fail, Text::tr("export at %1").arg(kilohertz(*p.exactSampleRate)));
    } else if (p.minSampleRate) {
        QualityCheck &c = judge.add(u"sampleRate"_s, Text::tr("Sample rate"), f.sampleRate,
            kilohertz(f.sampleRate), u"≥ "_s + kilohertz(*p.minSampleRate));
        if (f.sampleRate < *p.minSampleRate)
            Judge::set(c, Verdict::Fail, Text::tr("export at %1 or higher").arg(kilohertz(*p.minSampleRate)));
    }
    const QString depth
        = f.bitDepth > 0 ? Text::tr("%1-bit").arg(f.bitDepth) : Text::tr("no fixed bit depth");
    if (p.exactBitDepth) {
        QualityCheck &c = judge.add(u"bitDepth"_s, Text::tr("Bit depth"), f.bitDepth, depth,
            Text::tr("%1-bit").arg(*p.exactBitDepth));
        if (f.bitDepth != *p.exactBitDepth)
            Judge::set(c, Verdict::Fail, Text::tr("export as %1-bit PCM").arg(*p.exactBitDepth));
    } else if (p.minBitDepth) {
        QualityCheck &c = judge.add(u"bitDepth"_s, Text::tr("Bit depth"), f.bitDepth, depth,
            u"≥ "_s + Text::tr("%1-bit").arg(*p.minBitDepth));
        if (f.bitDepth < *p.minBitDepth)
            Judge::set(c, Verdict::Fail, Text::tr("export as %1-bit PCM or more").arg(*p.minBitDepth));
    }
    if (p.exactChannels) {
        const auto channels = [](int n) {
            return n == 2 ? Text::tr("stereo") : n == 1 ? Text::tr("mono") : Text::tr("%1 channels").arg(n);
        };
        QualityCheck &c = judge.add(u"channels"_s, Text::tr("Channels"), f.channels, channels(f.channels),
            channels(*p.exactChannels));
        if (f.channels != *p.exactChannels)
            Judge::set(c, Verdict::Fail, Text::tr("export a %1 file").arg(channels(*p.exactChannels)));
    }
    if (p.minDurationSeconds) {
        QualityCheck &c = judge.add(u"duration"_s, Text::tr("Duration"), f.durationSeconds,
            seconds(f.durationSeconds), u"≥ "_s + seconds(*p.minDurationSeconds, 0));
        if (f.durationSeconds < *p.minDurationSeconds)
            Judge::set(c, Verdict::Fail,
                Text::tr("the track is %1 long: services need at least %2")
                    .arg(seconds(f.durationSeconds), seconds(*p.minDurationSeconds, 0)));
    }
}

void checkDefects(const QualityProfile &p, const AnalysisFacts &f, Judge &judge)
{
    if (p.failOnClipping) {
        QualityCheck &c = judge.add(u"clipping"_s, Text::tr("Clipping"), double(f.clipRuns),
            f.clipRuns == 0 ? Text::tr("none")
                : f.clipRuns == 1
                ? Text::tr("1 run, first at %1").arg(formatClock(f.firstClipSeconds))
                : Text::tr("%1 runs, first at %2").arg(f.clipRuns).arg(formatClock(f.firstClipSeconds)),
            Text::tr("none"));
        if (f.clipRuns > 0)
            Judge::set(c, Verdict::Fail,
                Text::tr("the master clips from %1: export it again from the mix with a limiter, not by "
                         "turning it up")
                    .arg(formatClock(f.firstClipSeconds)));
    }
    if (p.maxLeadingSilenceSeconds) {
        const double ms = 1000.0 * *p.maxLeadingSilenceSeconds;
        QualityCheck &c = judge.add(u"leadingSilence"_s, Text::tr("Leading silence"), f.leadingSilenceSeconds,
            seconds(f.leadingSilenceSeconds, 3), u"≤ "_s + Text::tr("%1 ms").arg(ms, 0, 'f', 0));
        if (f.leadingSilenceSeconds > *p.maxLeadingSilenceSeconds)
            Judge::set(c, Verdict::Fail,
                Text::tr("leading silence is %1: trim it to under %2 ms")
                    .arg(seconds(f.leadingSilenceSeconds, 2))
                    .arg(ms, 0, 'f', 0));
    }
    if (p.warnTrailingSilenceSeconds) {
        QualityCheck &c
            = judge.add(u"trailingSilence"_s, Text::tr("Trailing silence"), f.trailingSilenceSeconds,
                seconds(f.trailingSilenceSeconds), u"≤ "_s + seconds(*p.warnTrailingSilenceSeconds, 0));
        if (f.trailingSilenceSeconds > *p.warnTrailingSilenceSeconds)
            Judge::set(c, Verdict::Warn,
                Text::tr("trailing silence is %1: trim it to under %2")
                    .arg(seconds(f.trailingSilenceSeconds), seconds(*p.warnTrailingSilenceSeconds, 0)));
    }
}

QString gainFix(double from, double to, const QString &target)
{
    return from > to ? Text::tr("reduce gain by %1 to reach %2").arg(db(gainUp(from - to)), target)
                     : Text::tr("raise gain by %1 to reach %2").arg(db(gainUp(to - from)), target);
}

void checkLevels(const QualityProfile &p, const AnalysisFacts &f, Judge &judge)
{
    const double loudness = f.integratedLufs;
    if (p.targetLufs) {
        const double target = *p.targetLufs;
        QualityCheck &c = judge.add(u"loudness"_s, Text::tr("Integrated loudness"), loudness, lufs(loudness),
            u"%1 ± %2 LU"_s.arg(lufs(target), formatLevel(p.targetToleranceLu)));
        if (!std::isfinite(loudness))
            Judge::set(c, Verdict::Fail, Text::tr("the file is silent"));
        else if (std::abs(loudness - target) > p.targetToleranceLu + 1e-9)
            Judge::set(c, Verdict::Fail, gainFix(loudness, target, lufs(target)));
    }
    if (p.warnMinLufs || p.warnMaxLufs) {
        const QString range = p.warnMinLufs && p.warnMaxLufs
            ? u"%1 … %2"_s.arg(formatLevel(*p.warnMinLufs), lufs(*p.warnMaxLufs))
            : p.warnMinLufs ? u"≥ "_s + lufs(*p.warnMinLufs)
                            : u"≤ "_s + lufs(*p.warnMaxLufs);
        QualityCheck &c
            = judge.add(u"loudness"_s, Text::tr("Integrated loudness"), loudness, lufs(loudness), range);
        if (!std::isfinite(loudness))
            Judge::set(c, Verdict::Warn, Text::tr("the file is silent"));
        else if (p.warnMinLufs && loudness < *p.warnMinLufs)
            Judge::set(c, Verdict::Warn, gainFix(loudness, *p.warnMinLufs, lufs(*p.warnMinLufs)));
        else if (p.warnMaxLufs && loudness > *p.warnMaxLufs)
            Judge::set(c, Verdict::Warn, gainFix(loudness, *p.warnMaxLufs, lufs(*p.warnMaxLufs)));
    }

    // True peak: a must limit fails, a warn limit (stricter for loud masters) warns.
    if (p.maxTruePeakDbtp || p.warnTruePeakDbtp) {
        const std::optional<double> warnLimit = p.truePeakWarnLimit(loudness);
        QualityCheck &c = judge.add(u"truePeak"_s, Text::tr("True peak"), f.truePeakDbtp,
            dbtp(f.truePeakDbtp), u"≤ "_s + dbtp(*p.truePeakCeiling(loudness)));
        if (p.maxTruePeakDbtp && f.truePeakDbtp > *p.maxTruePeakDbtp + 1e-9)
            Judge::set(
                c, Verdict::Fail, gainFix(f.truePeakDbtp, *p.maxTruePeakDbtp, dbtp(*p.maxTruePeakDbtp)));
        else if (warnLimit && f.truePeakDbtp > *warnLimit + 1e-9)
            Judge::set(c, Verdict::Warn, gainFix(f.truePeakDbtp, *warnLimit, dbtp(*warnLimit)));
    }

    if (p.warnLraLu) {
        QualityCheck &c = judge.add(u"loudnessRange"_s, Text::tr("Loudness range"), f.loudnessRangeLu,
            Text::tr("%1 LU").arg(formatLevel(f.loudnessRangeLu)),
            u"≤ "_s + Text::tr("%1 LU").arg(formatLevel(*p.warnLraLu)));
        if (f.loudnessRangeLu > *p.warnLraLu + 1e-9)
            Judge::set(c, Verdict::Warn,
                Text::tr("loudness range is %1 LU: compress the dynamics to under %2 LU")
                    .arg(formatLevel(f.loudnessRangeLu), formatLevel(*p.warnLraLu)));
    }

    // What a streaming service will do to the master's level: report it, and warn when the
    // master is so quiet that services will not (or cannot, without peaks over 0 dBTP) raise it.
    if (p.referenceLufs) {
        const double reference = *p.referenceLufs;
        const double change = reference - loudness;
        QualityCheck &c = judge.add(u"normalization"_s, Text::tr("Playback level"), change,
            std::isfinite(loudness) ? lufs(loudness) : Text::tr("silent"),
            p.quietBelowLufs ? u"≥ "_s + lufs(*p.quietBelowLufs) : lufs(reference));
        if (!std::isfinite(loudness)) {
            Judge::set(c, Verdict::Warn, Text::tr("the file is silent"));
        } else if (p.quietBelowLufs && loudness < *p.quietBelowLufs) {
            Judge::set(c, Verdict::Warn,
                Text::tr(
                    "too quiet: raise the level by %1 to reach %2, with a limiter to keep the peaks down")
                    .arg(db(gainUp(change)), lufs(reference)));
        } else if (std::abs(change) >= 0.05) {
            c.fix = change < 0
                ? Text::tr("services will turn it down by %1 to %2").arg(db(gainUp(-change)), lufs(reference))
                : Text::tr("services may turn it up by %1 to %2").arg(db(gainUp(change)), lufs(reference));
        }
    }
}

void checkVersions(const QualityProfile &p, const AnalysisFacts &f, Judge &judge)
{
    if (!p.warnMissingVersions || !f.knowsVersions)
        return;
    QStringList missing;
    if (!f.hasInstrumental)
        missing.append(Text::tr("an instrumental"));
    if (f.stemCount == 0)
        missing.append(Text::tr("stems"));
    if (f.cutdownCount == 0)
        missing.append(Text::tr("30 s and 60 s cut-downs"));
    QualityCheck &c = judge.add(u"versions"_s, Text::tr("Versions and stems"), double(missing.size()),
        missing.isEmpty() ? Text::tr("complete") : Text::tr("%1 missing").arg(missing.size()),
        Text::tr("instrumental, stems, cut-downs"));
    if (!missing.isEmpty())
        Judge::set(c, Verdict::Warn, Text::tr("add %1").arg(missing.join(u", "_s)));
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

QString formatClock(double seconds)
{
    const int minutes = int(seconds / 60);
    return u"%1:%2"_s.arg(minutes).arg(seconds - minutes * 60, 4, 'f', 1, QChar(u'0'));
}

QString formatLevel(double value, int decimals)
{
    if (!std::isfinite(value))
        return value < 0 ? u"−∞"_s : u"∞"_s;
    QString text = QString::number(value, 'f', decimals);
    if (text.startsWith(u'-')) {
        // "-0.0" reads as a negative level: show it as zero. Told by its digits, not by a second
        // conversion: a large catalog's open formats a few levels per track and profile (issue 18).
        const bool zero
            = std::all_of(text.cbegin() + 1, text.cend(), [](QChar c) { return c == u'0' || c == u'.'; });
        if (zero)
            text.remove(0, 1);
        else
            text[0] = u'−';
    }
    return text;
}

QVariantMap QualityCheck::toVariantMap() const
{
    return { { u"id"_s, id }, { u"title"_s, title }, { u"verdict"_s, verdictName(verdict) },
        { u"value"_s, value }, { u"measured"_s, measured }, { u"limit"_s, limit }, { u"fix"_s, fix } };
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

QualityReport evaluate(const QualityProfile &profile, const AnalysisFacts &facts)
{
    QualityReport report;
    report.profileKey = profile.key;
    Judge judge(report);
    QualityCheck &decodes = judge.add(u"decodes"_s, QCoreApplication::translate("QualityCheck", "Decodes"),
        facts.decoded ? 1 : 0,
        facts.decoded ? QCoreApplication::translate("QualityCheck", "yes") : facts.decodeError,
        QCoreApplication::translate("QualityCheck", "to the end"));
    if (!facts.decoded) {
        Judge::set(decodes, Verdict::Fail,
            QCoreApplication::translate(
                "QualityCheck", "export the file again: it cannot be read to its end"));
        report.verdict = Verdict::Fail;
        return report;
    }
    checkFormat(profile, facts, judge);
    checkDefects(profile, facts, judge);
    checkLevels(profile, facts, judge);
    checkVersions(profile, facts, judge);
    for (const QualityCheck &c : std::as_const(report.checks))
        report.verdict = std::max(report.verdict, c.verdict);
    return report;
}

} // namespace Imprint
