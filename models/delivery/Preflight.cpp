// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Preflight.h"

#include "quality/QualityCheck.h"
#include "rights/FixRecord.h"
#include "rights/FixTargets.h"
#include "rights/Readiness.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::Delivery
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Delivery)
};

// The package's own checks.
constexpr QLatin1StringView tracksMissing { "delivery.tracks.missing" };
constexpr QLatin1StringView upcMissing { "delivery.upc.missing" };
constexpr QLatin1StringView artworkMissing { "delivery.artwork.missing" };
constexpr QLatin1StringView artworkTooSmall { "delivery.artwork.too_small" };
constexpr QLatin1StringView masterMissing { "delivery.master.missing" };
constexpr QLatin1StringView isrcMissing { "delivery.isrc.missing" };
constexpr QLatin1StringView sampleRateWrong { "delivery.master.sample_rate" };
constexpr QLatin1StringView bitDepthWrong { "delivery.master.bit_depth" };
constexpr QLatin1StringView instrumentalMissing { "delivery.instrumental.missing" };
constexpr QLatin1StringView vocalsUnknown { "delivery.vocals.unknown" };
constexpr QLatin1StringView stemsMissing { "delivery.stems.missing" };
constexpr QLatin1StringView cutdownsMissing { "delivery.cutdowns.missing" };
constexpr QLatin1StringView fileMissing { "delivery.file.missing" };

// Readiness findings and audio checks that say what one of the package's own checks says: when
// that check fired for the same track (or the release), they are left out.
const QHash<QString, QStringList> &sameAsDeliveryCheck()
{
    static const QHash<QString, QStringList> map {
        { u"streaming.upc.missing"_s, { upcMissing } },
        { u"streaming.artwork.missing"_s, { artworkMissing } },
        { u"streaming.artwork.too_small"_s, { artworkTooSmall } },
        { u"streaming.isrc.missing"_s, { isrcMissing } },
        { u"content.master.missing"_s, { masterMissing } },
        { u"sync.instrumental.missing"_s, { instrumentalMissing } },
        { u"sync.vocals.unknown"_s, { vocalsUnknown } },
        { u"sync.stems.missing"_s, { stemsMissing } },
        { u"sync.cutdowns.missing"_s, { cutdownsMissing } },
        { u"quality.sampleRate"_s, { sampleRateWrong } },
        { u"quality.bitDepth"_s, { bitDepthWrong } },
        { u"quality.instrumental"_s, { instrumentalMissing, vocalsUnknown } },
    };
    return map;
}

// Readiness rules about the release rather than the track: said once, for the release.
bool isReleaseRule(const QString &ruleId)
{
    static const QStringList prefixes { u"streaming.upc."_s, u"streaming.artwork."_s, u"streaming.pline."_s,
        u"streaming.cline."_s, u"streaming.label."_s, u"streaming.genre."_s, u"streaming.language."_s,
        u"streaming.explicit."_s, u"streaming.date."_s };
    return std::any_of(
        prefixes.cbegin(), prefixes.cend(), [&](const QString &prefix) { return ruleId.startsWith(prefix); });
}

// The audio verdicts come from the quality checks themselves (one line per check), so the
// readiness rules that summarise them are left out.
bool isAudioSummaryRule(const QString &ruleId)
{
    return ruleId.endsWith(u".audio.not_checked") || ruleId.endsWith(u".audio.failed")
        || ruleId == u"sync.stems.not_checked" || ruleId == u"sync.stems.failed";
}

QString subjectOf(const DeliveryTrack &track)
{
    return track.version.isEmpty() ? track.title : u"%1 (%2)"_s.arg(track.title, track.version);
}

std::optional<Readiness::Use> useFor(const QString &key)
{
    for (Readiness::Use use : Readiness::allUses) {
        if (Readiness::useKey(use) == key)
            return use;
    }
    return std::nullopt;
}

// Collects the issues of one subject (the release or a track) and remembers which delivery
// checks fired, so the verdicts saying the same are dropped.
class Collector
{
public:
    void add(IssueLevel level, const QString &ruleId, qint64 trackId, const QString &subject,
        const QString &message, const QString &fix)
    {
        add({ level, ruleId, trackId, subject, message, fix });
    }
    void add(const PreflightIssue &issue)
    {
        const QString key = u"%1|%2|%3"_s.arg(issue.ruleId).arg(issue.trackId).arg(issue.message);
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        m_fired.insert(u"%1|%2"_s.arg(issue.ruleId).arg(issue.trackId));
        m_groups[issue.trackId].append(issue);
    }
    bool saysTheSame(const QString &ruleId, qint64 trackId) const
    {
        const QStringList same = sameAsDeliveryCheck().value(ruleId);
        return std::any_of(same.cbegin(), same.cend(),
            [&](const QString &id) { return m_fired.contains(u"%1|%2"_s.arg(id).arg(trackId)); });
    }
    QList<PreflightIssue> take(const QList<qint64> &order)
    {
        QList<PreflightIssue> all;
        for (qint64 id : order) {
            QList<PreflightIssue> group = m_groups.take(id);
            std::stable_sort(group.begin(), group.end(),
                [](const PreflightIssue &a, const PreflightIssue &b) { return a.level < b.level; });
            all += group;
        }
        return all;
    }

private:
    QSet<QString> m_seen;
    QSet<QString> m_fired;
    QHash<qint64, QList<PreflightIssue>> m_groups;
};

// A file the package would take that is not in the library folder: the export would stop at it.
void missingFileChecks(const DeliveryRelease &release, const DeliveryProfile &profile, Collector &out)
{
    if (release.missingFiles.isEmpty())
        return;
    for (const PlannedFile &file : plan(release, profile)) {
        if (!release.missingFiles.contains(file.relPath))
            continue;
        const auto track = std::find_if(release.tracks.cbegin(), release.tracks.cend(),
            [&file](const DeliveryTrack &t) { return t.id == file.trackId; });
        // Impossible, not a blocker: Export Anyway could not pack a file that is not there.
        out.add(IssueLevel::Impossible, fileMissing, file.trackId,
            track != release.tracks.cend() ? subjectOf(*track) : Text::tr("release"),
            Text::tr("%1 is not in the library folder").arg(QDir::toNativeSeparators(file.relPath)),
            Text::tr("Put the file back, or import the folder it was moved to (Import Folder… finds moved "
                     "files again)."));
    }
}

void ownChecks(const DeliveryRelease &release, const DeliveryProfile &profile, Collector &out)
{
    const QString releaseSubject = Text::tr("release");
    if (release.tracks.isEmpty())
        out.add(IssueLevel::Impossible, tracksMissing, 0, releaseSubject, Text::tr("has no tracks"),
            Text::tr("Add tracks to the release on the Releases page (Add Track…, or Plan Track… for one "
                     "not recorded yet)."));
    if (profile.requireUpc && release.release.upc.isEmpty())
        out.add(IssueLevel::Blocker, upcMissing, 0, releaseSubject, Text::tr("no UPC/EAN"),
            Text::tr("Enter the barcode your distributor assigned."));
    if (profile.artwork) {
        const QList<DeliveryAsset> art = release.assetsOf(0, u"artwork"_s);
        if (art.isEmpty())
            out.add(IssueLevel::Blocker, artworkMissing, 0, releaseSubject, Text::tr("no artwork"),
                Text::tr("Add a square JPEG or PNG of at least 3000×3000 pixels."));
        else if (profile.minArtworkPixels > 0
            && (art.first().width < profile.minArtworkPixels
                || art.first().height < profile.minArtworkPixels))
            out.add(IssueLevel::Blocker, artworkTooSmall, 0, releaseSubject,
                Text::tr("artwork is %1×%2 px; at least %3×%3 px needed")
                    .arg(art.first().width)
                    .arg(art.first().height)
                    .arg(profile.minArtworkPixels),
                Text::tr("Replace the artwork with a larger image."));
    }
    for (const DeliveryTrack &track : release.tracks) {
        const QString subject = subjectOf(track);
        const QList<DeliveryAsset> masters = release.assetsOf(track.id, u"master"_s);
        if (masters.isEmpty()) {
            out.add(IssueLevel::Impossible, masterMissing, track.id, subject, Text::tr("no master file"),
                Text::tr("Choose its audio file (Choose Audio File… in the track's details), or take "
                         "the track off the release."));
            continue;
        }
        if (profile.requireIsrc && track.isrc.isEmpty())
            out.add(IssueLevel::Blocker, isrcMissing, track.id, subject, Text::tr("no ISRC"),
                Text::tr("Allocate an ISRC from your registrant prefix, or enter the one your distributor "
                         "gave you."));
        const DeliveryAsset &master = masters.first();
        if (profile.sampleRate > 0 && master.sampleRate != profile.sampleRate)
            out.add(IssueLevel::Blocker, sampleRateWrong, track.id, subject,
                Text::tr("master is %1 Hz; the profile asks for %2 Hz")
                    .arg(master.sampleRate)
                    .arg(profile.sampleRate),
                Text::tr("Export the master again at %1 Hz over its file, then Analyze.")
                    .arg(profile.sampleRate));
        if (profile.bitDepth > 0 && master.bitDepth != profile.bitDepth)
            out.add(IssueLevel::Blocker, bitDepthWrong, track.id, subject,
                Text::tr("master is %1-bit; the profile asks for %2-bit")
                    .arg(master.bitDepth)
                    .arg(profile.bitDepth),
                Text::tr("Export the master again at %1-bit over its file, then Analyze.")
                    .arg(profile.bitDepth));
        // Only a vocal track needs an instrumental: until Vocals is set, that is what to do first.
        if (profile.instrumentals && track.hasVocals < 0)
            out.add(IssueLevel::Blocker, vocalsUnknown, track.id, subject,
                Text::tr("not recorded whether it has vocals (a vocal track needs an instrumental)"),
                Text::tr("Set Vocals in the track's details."));
        else if (profile.instrumentals && track.hasVocals == 1
            && release.assetsOf(track.id, u"instrumental"_s).isEmpty())
            out.add(IssueLevel::Blocker, instrumentalMissing, track.id, subject, Text::tr("no instrumental"),
                Text::tr(
                    "Export an instrumental, import it and add it under Versions in the track's details."));
        if (profile.stems && release.assetsOf(track.id, u"stem"_s).isEmpty())
            out.add(IssueLevel::Blocker, stemsMissing, track.id, subject, Text::tr("no stems"),
                Text::tr("Export stems and attach them to the track (Attach Stems… in its details)."));
        if (profile.cutDowns && release.assetsOf(track.id, u"cutdown"_s).isEmpty())
            out.add(IssueLevel::Blocker, cutdownsMissing, track.id, subject,
                Text::tr("no 30 s/60 s cut-downs"),
                Text::tr("Edit 30.000 s and 60.000 s versions and attach them (Attach Cut-downs… in the "
                         "track's details)."));
    }
}

// Readiness for the profile's use: every blocker of that level and the ones below it (what the
// Rights page lists as "what it takes"), and the warnings of that level itself; the warnings of
// lower levels are about lower uses (e.g. "non-commercial only" next to an attached licence).
// Checks not run yet (Severity::Unknown) are warnings, except the audio ones, which the
// quality lines below replace.
void readinessChecks(const DeliveryRelease &release, const DeliveryProfile &profile, Collector &out)
{
    const auto use = useFor(profile.readinessUse);
    if (!use)
        return;
    const QString releaseSubject = Text::tr("release");
    for (const DeliveryTrack &track : release.tracks) {
        if (!track.facts || release.assetsOf(track.id, u"master"_s).isEmpty())
            continue;
        for (Readiness::Use level : Readiness::allUses) {
            for (const Readiness::Finding &finding : Readiness::check(*track.facts, level)) {
                if (finding.severity == Readiness::Severity::Warning && level != *use)
                    continue;
                if (isAudioSummaryRule(finding.ruleId))
                    continue;
                const bool forRelease = isReleaseRule(finding.ruleId);
                const qint64 trackId = forRelease ? 0 : track.id;
                if (out.saysTheSame(finding.ruleId, trackId))
                    continue;
                // A work's or a party's fix is made on that record (the release's and the
                // track's are found from trackId).
                const QString record = FixTargets::target(finding.ruleId).record;
                const qint64 recordId = record == u"work" || record == u"party"
                    ? FixTargets::recordIdFor(*track.facts, finding)
                    : 0;
                out.add({ finding.severity == Readiness::Severity::Blocker ? IssueLevel::Blocker
                                                                           : IssueLevel::Warning,
                    finding.ruleId, trackId, forRelease ? releaseSubject : subjectOf(track), finding.message,
                    finding.fix, recordId, {}, finding.fixTab, finding.fixField });
            }
            if (level == *use)
                break;
        }
    }
}

QualityProfile qualityProfile(const DeliveryRelease &release, const QString &key)
{
    for (const QualityProfile &stored : release.qualityProfiles) {
        if (stored.key == key)
            return stored;
    }
    if (const auto builtIn = QualityProfile::defaultFor(key))
        return *builtIn;
    QualityProfile unknown;
    unknown.key = unknown.name = key;
    return unknown;
}

// "stem:Drums" and "cutdown:30s" name a file: the rule is the same for each.
QString qualityRuleId(const QString &checkId)
{
    const qsizetype colon = checkId.indexOf(u':');
    return u"quality."_s + (colon < 0 ? checkId : checkId.left(colon));
}

QString describeCheck(const QualityCheck &check, const QString &profileName)
{
    QString text = check.title;
    if (!check.measured.isEmpty())
        text = Text::tr("%1: %2").arg(text, check.measured);
    if (!check.limit.isEmpty())
        text = Text::tr("%1 (needs %2)").arg(text, check.limit);
    return Text::tr("%1, under the %2 audio profile").arg(text, profileName);
}

// The stored analyses under the profile's audio checks. Every quality profile whose verdict
// the readiness level reads counts with its failures; the last (the profile's own) with its
// warnings too. One line per check: the worst level wins, the profile's own on a tie.
void audioChecks(const DeliveryRelease &release, const DeliveryProfile &profile, Collector &out)
{
    if (profile.audioProfiles.isEmpty())
        return;
    const QString own = profile.audioProfiles.constLast();
    for (const DeliveryTrack &track : release.tracks) {
        if (release.assetsOf(track.id, u"master"_s).isEmpty())
            continue;
        const QString subject = subjectOf(track);
        if (!track.analysis) {
            // Never analysed: a blocker, not a warning. Audio that fails a distributor's checks is
            // rejected days later, after the delivery deadline; analysing takes seconds, and a
            // user who knows better can still force the export (and it is recorded).
            out.add({ IssueLevel::Blocker, u"quality.notAnalysed"_s, track.id, subject,
                Text::tr("The master has not been analysed, so its audio is unchecked for the %1 profile.")
                    .arg(qualityProfile(release, own).name),
                Text::tr("Analyse the catalog on the Quality page (or imprint check --catalog FILE)."), 0,
                own });
            continue;
        }
        struct Line {
            IssueLevel level;
            QString ruleId, message, fix;
            QString profileKey; ///< where the Quality page shows it
        };
        QList<QString> order;
        QHash<QString, Line> lines;
        const auto consider = [&](const QualityReport &report, const QualityProfile &quality, bool warnings) {
            for (const QualityCheck &check : report.checks) {
                if (check.verdict == Verdict::Pass || (check.verdict == Verdict::Warn && !warnings))
                    continue;
                const IssueLevel level
                    = check.verdict == Verdict::Fail ? IssueLevel::Blocker : IssueLevel::Warning;
                const auto existing = lines.constFind(check.id);
                if (existing != lines.cend() && existing->level < level)
                    continue;
                if (existing == lines.cend())
                    order.append(check.id);
                lines.insert(check.id,
                    { level, qualityRuleId(check.id), describeCheck(check, quality.name), check.fix,
                        quality.key });
            }
        };
        for (const QString &key : profile.audioProfiles) {
            const QualityProfile quality = qualityProfile(release, key);
            consider(evaluate(quality, *track.analysis), quality, key == own);
            if (key == own && quality.stemsInVerdict)
                consider(evaluateStems(quality, track.stems), quality, true);
        }
        // The package's own checks already ask for the instrumental, stems and cut-downs.
        const bool versionsChecked = profile.instrumentals || profile.stems || profile.cutDowns;
        for (const QString &id : std::as_const(order)) {
            const Line &line = lines[id];
            if ((line.ruleId == u"quality.versions" && versionsChecked)
                || out.saysTheSame(line.ruleId, track.id))
                continue;
            out.add(
                { line.level, line.ruleId, track.id, subject, line.message, line.fix, 0, line.profileKey });
        }
    }
}

} // namespace

QList<PreflightIssue> preflight(const DeliveryRelease &release, const DeliveryProfile &profile)
{
    Collector out;
    ownChecks(release, profile, out);
    missingFileChecks(release, profile, out);
    if (release.verdictsLoaded) {
        readinessChecks(release, profile, out);
        audioChecks(release, profile, out);
    }
    QList<qint64> order { 0 };
    for (const DeliveryTrack &track : release.tracks)
        order.append(track.id);
    return out.take(order);
}

QStringList preflightRuleIds()
{
    return { tracksMissing, upcMissing, artworkMissing, artworkTooSmall, masterMissing, isrcMissing,
        sampleRateWrong, bitDepthWrong, vocalsUnknown, instrumentalMissing, stemsMissing, cutdownsMissing,
        fileMissing };
}

QString levelKey(IssueLevel level)
{
    switch (level) {
    case IssueLevel::Impossible:
        return u"impossible"_s;
    case IssueLevel::Blocker:
        return u"blocker"_s;
    case IssueLevel::Warning:
        return u"warning"_s;
    }
    return {};
}

QString levelName(IssueLevel level)
{
    switch (level) {
    case IssueLevel::Impossible:
        return Text::tr("Impossible");
    case IssueLevel::Blocker:
        return Text::tr("Blocker");
    case IssueLevel::Warning:
        return Text::tr("Warning");
    }
    return {};
}

std::optional<IssueLevel> levelFromKey(const QString &key)
{
    for (IssueLevel level : { IssueLevel::Impossible, IssueLevel::Blocker, IssueLevel::Warning }) {
        if (levelKey(level) == key)
            return level;
    }
    return std::nullopt;
}

bool hasLevel(const QList<PreflightIssue> &issues, IssueLevel level)
{
    return std::any_of(issues.cbegin(), issues.cend(),
        [level](const PreflightIssue &issue) { return issue.level == level; });
}

QList<PreflightIssue> recordable(const QList<PreflightIssue> &issues)
{
    QList<PreflightIssue> kept;
    for (const PreflightIssue &issue : issues) {
        if (issue.level != IssueLevel::Impossible)
            kept.append(issue);
    }
    return kept;
}

QString describe(const PreflightIssue &issue)
{
    return Text::tr("%1: %2").arg(issue.subject, issue.message);
}

} // namespace Imprint::Delivery
