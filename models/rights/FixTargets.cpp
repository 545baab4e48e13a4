// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "FixTargets.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Imprint::FixTargets
{

namespace
{

struct Entry {
    const char *ruleId;
    Target target;
};

// Page keys, record kinds, tabs and controls as the views name them (Sidebar.qml, the pages'
// focusTarget functions, the controls' objectName). Findings whose fix is made outside Imprint
// (export the master again) lead to the record, where the finding and its fix are shown.
const QList<Entry> &entries()
{
    const auto rights = [](const char *tab, const char *field) {
        return Target { u"rights"_s, u"track"_s, QString::fromLatin1(tab), QString::fromLatin1(field) };
    };
    const auto track = [](const char *field) {
        return Target { u"catalog"_s, u"track"_s, {}, QString::fromLatin1(field) };
    };
    const auto release = [](const char *field) {
        return Target { u"releases"_s, u"release"_s, {}, QString::fromLatin1(field) };
    };
    const auto quality = [](const char *profile, const char *field) {
        return Target { u"quality"_s, u"track"_s, QString::fromLatin1(profile), QString::fromLatin1(field) };
    };
    static const QList<Entry> table {
        // Content creation
        { "content.licence.missing", rights("provenance", "originField") },
        { "content.licence.tool_missing", rights("provenance", "provenanceToolField") },
        { "content.licence.date_missing", rights("provenance", "provenanceDateField") },
        { "content.terms.before_tool", rights("provenance", "provenanceDateField") },
        { "content.terms.unknown", rights("", "toolTermsButton") },
        { "content.terms.non_commercial", rights("clearance", "addClearance") },
        { "content.terms.paid_mismatch", rights("provenance", "provenancePaidField") },
        { "content.terms.example", rights("", "toolTermsButton") },
        { "content.voice.no_consent", rights("provenance", "provenanceVoiceField") },
        { "content.voice.consent_document", rights("provenance", "provenanceVoiceField") },
        { "content.master.missing", track("chooseTrackAudioButton") },
        { "content.audio.not_checked", quality("content", "analyzeButton") },
        { "content.audio.failed", quality("content", "") },
        { "content.document.vanished", rights("clearance", "") },
        { "content.document.changed", rights("clearance", "") },
        // Streaming release
        { "streaming.input.not_permitted", rights("provenance", "inputEntryPermission") },
        { "streaming.input.licence_missing", rights("provenance", "inputEntryPermission") },
        { "streaming.input.permission_unknown", rights("provenance", "inputEntryPermission") },
        { "streaming.commercial.not_allowed", rights("clearance", "addClearance") },
        { "streaming.audio.not_checked", quality("streaming", "analyzeButton") },
        { "streaming.audio.failed", quality("streaming", "") },
        { "streaming.isrc.missing", track("isrcField") },
        { "streaming.isrc.invalid", track("isrcField") },
        { "streaming.isrc.duplicate", track("isrcField") },
        { "streaming.release.missing", track("addToReleaseButton") },
        { "streaming.upc.missing", release("upcField") },
        { "streaming.upc.invalid", release("upcField") },
        { "streaming.artwork.missing", release("setArtworkButton") },
        { "streaming.artwork.not_square", release("setArtworkButton") },
        { "streaming.artwork.too_small", release("setArtworkButton") },
        { "streaming.artwork.format", release("setArtworkButton") },
        { "streaming.pline.missing", release("pLineField") },
        { "streaming.pline.year", release("pLineField") },
        { "streaming.cline.missing", release("cLineField") },
        { "streaming.cline.year", release("cLineField") },
        { "streaming.label.missing", release("releaseLabelField") },
        { "streaming.genre.missing", release("releaseGenreField") },
        { "streaming.language.missing", release("releaseLanguageField") },
        { "streaming.explicit.missing", release("releaseExplicitField") },
        { "streaming.date.missing", release("releaseDateField") },
        { "streaming.date.too_soon", release("releaseDateField") },
        { "streaming.date.tight", release("releaseDateField") },
        { "streaming.credits.main_artist", track("newCreditParty") },
        { "streaming.credits.ai_undisclosed", track("trackCredits") },
        { "streaming.master_splits.incomplete", rights("splits", "rightsMasterSplits") },
        { "streaming.work.missing", track("trackWorkField") },
        { "streaming.publishing_splits.incomplete", { u"works"_s, u"work"_s, {}, u"workShares"_s } },
        { "streaming.cover.mechanical_licence", rights("clearance", "addClearance") },
        // Sync licensing
        { "sync.one_stop.master", rights("clearance", "addClearance") },
        { "sync.one_stop.publishing", rights("clearance", "addClearance") },
        { "sync.audio.not_checked", quality("sync", "analyzeButton") },
        { "sync.audio.failed", quality("sync", "") },
        { "sync.vocals.unknown", track("trackVocalsField") },
        { "sync.instrumental.missing", track("addVersionSearch") },
        { "sync.stems.missing", track("attachStemsButton") },
        { "sync.stems.not_checked", quality("sync", "analyzeButton") },
        { "sync.stems.failed", quality("sync", "") },
        { "sync.cutdowns.missing", track("attachCutdownsButton") },
        { "sync.bpm.missing", track("trackBpmField") },
        { "sync.key.missing", track("trackKeyField") },
        { "sync.mood.missing", track("trackMoodField") },
        { "sync.writers.pro_ipi", { u"parties"_s, u"party"_s, {}, u"ipiField"_s } },
        { "sync.publisher.missing", { u"works"_s, u"work"_s, {}, u"workShares"_s } },
        { "sync.clearance.invalid_dates", rights("clearance", "") },
        { "sync.clearance.open", rights("clearance", "") },
        { "sync.provenance.incomplete", rights("provenance", "") },
        // Commercial placement
        { "commercial.human.missing", rights("people", "contributionParty") },
        { "commercial.human.evidence", rights("people", "") },
        { "commercial.ownership.licensed_only", rights("clearance", "addClearance") },
        { "commercial.split_sheet.missing", rights("clearance", "addClearance") },
        { "commercial.master_agreement.missing", rights("clearance", "addClearance") },
        { "commercial.clearance.expiring", rights("clearance", "") },
        // Audio checks (QualityCheck, StemCheck): the measurements are fixed outside Imprint, in
        // the master; versions and stems belong to the track.
        { "quality.decodes", quality("", "") },
        { "quality.format", quality("", "") },
        { "quality.sampleRate", quality("", "") },
        { "quality.bitDepth", quality("", "") },
        { "quality.channels", quality("", "") },
        { "quality.duration", quality("", "") },
        { "quality.clipping", quality("", "") },
        { "quality.leadingSilence", quality("", "") },
        { "quality.trailingSilence", quality("", "") },
        { "quality.loudness", quality("", "") },
        { "quality.truePeak", quality("", "") },
        { "quality.loudnessRange", quality("", "") },
        { "quality.normalization", quality("", "") },
        { "quality.versions", track("addVersionSearch") },
        { "quality.notAnalysed", quality("", "analyzeButton") },
        { "quality.stem", quality("", "") },
        { "quality.stemNull", quality("", "") },
        { "quality.cutdown", quality("", "") },
        { "quality.instrumental", track("addVersionSearch") },
        // The delivery's own checks (Delivery::preflightRuleIds)
        { "delivery.tracks.missing", release("addTrackButton") },
        { "delivery.upc.missing", release("upcField") },
        { "delivery.artwork.missing", release("setArtworkButton") },
        { "delivery.artwork.too_small", release("setArtworkButton") },
        { "delivery.master.missing", track("chooseTrackAudioButton") },
        { "delivery.isrc.missing", track("isrcField") },
        { "delivery.master.sample_rate", quality("sync", "") },
        { "delivery.master.bit_depth", quality("sync", "") },
        { "delivery.vocals.unknown", track("trackVocalsField") },
        { "delivery.instrumental.missing", track("addVersionSearch") },
        { "delivery.stems.missing", track("attachStemsButton") },
        { "delivery.cutdowns.missing", track("attachCutdownsButton") },
        // The track whose file it is (its Master file shows where it was); Import Folder… is in
        // every page's header.
        { "delivery.file.missing", track("") },
    };
    return table;
}

const QHash<QString, Target> &byId()
{
    static const QHash<QString, Target> index = [] {
        QHash<QString, Target> targets;
        for (const Entry &entry : entries())
            targets.insert(QString::fromLatin1(entry.ruleId), entry.target);
        return targets;
    }();
    return index;
}

} // namespace

QStringList ruleIds()
{
    QStringList ids;
    for (const Entry &entry : entries())
        ids.append(QString::fromLatin1(entry.ruleId));
    return ids;
}

bool contains(const QString &ruleId)
{
    return byId().contains(ruleId);
}

Target target(const QString &ruleId)
{
    if (const auto it = byId().constFind(ruleId); it != byId().cend())
        return *it;
    if (ruleId.startsWith(u"delivery."))
        return { u"deliveries"_s, u"release"_s, {}, {} };
    if (ruleId.startsWith(u"quality."))
        return { u"quality"_s, u"track"_s, {}, {} };
    return { u"rights"_s, u"track"_s, u"why"_s, {} };
}

QString qualityRuleId(const QString &checkId)
{
    const qsizetype colon = checkId.indexOf(u':');
    return u"quality."_s + (colon < 0 ? checkId : checkId.left(colon));
}

QVariantMap toVariant(const QString &ruleId, qint64 recordId)
{
    const Target found = target(ruleId);
    return { { u"rule"_s, ruleId }, { u"page"_s, found.page }, { u"record"_s, found.record },
        { u"recordId"_s, found.record.isEmpty() ? 0 : recordId }, { u"tab"_s, found.tab },
        { u"field"_s, found.field } };
}

} // namespace Imprint::FixTargets
