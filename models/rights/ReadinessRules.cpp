// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReadinessSupport.h"

using namespace Qt::StringLiterals;

// The rules of DESIGN.md §6, one function per use; each reads only catalog facts. Content
// creation's are here with check(); the others are in ReadinessStreaming.cpp and
// ReadinessLicensing.cpp.
namespace Imprint::Readiness
{

using namespace Support;

namespace
{

// A document is attached again where it was attached: a clearance item's on the Clearance tab
// (the rule's own target), the voice consent and an input's licence on Provenance, a
// contribution's evidence on People.
void placeDocumentFix(const TrackFacts &facts, qint64 assetId, Finding &finding)
{
    if (facts.provenance && facts.provenance->voiceConsentAssetId == assetId) {
        finding.fixTab = u"provenance"_s;
        finding.fixField = u"provenanceVoiceField"_s;
        return;
    }
    for (const InputFact &input : facts.inputs) {
        if (input.documentAssetId == assetId) {
            placeInputFix(input, finding);
            return;
        }
    }
    for (const ContributionFact &contribution : facts.contributions) {
        if (contribution.evidenceAssetIds.contains(assetId)) {
            finding.fixTab = u"people"_s;
            return;
        }
    }
    for (const ClearanceFact &item : facts.clearances) {
        if (item.documentAssetId == assetId) {
            finding.fixTab = u"clearance"_s;
            finding.fixField = u"clearanceItem_%1/clearanceDocument"_s.arg(item.id);
            return;
        }
    }
}

// ---- Content creation -------------------------------------------------------------------

void contentRules(const TrackFacts &facts, QList<Finding> &out)
{
    if (!facts.provenance) {
        out.append(blocker("content.licence.missing",
            translate("Readiness", "Nobody has recorded where this track comes from."),
            translate("Readiness",
                "On the Provenance tab, choose its origin: your own work, AI-assisted or "
                "AI-generated (then the tool and the plan you used).")));
    } else if (facts.provenance->isAi()) {
        const ProvenanceFacts &p = *facts.provenance;
        if (p.tool.isEmpty() || p.plan.isEmpty())
            out.append(blocker("content.licence.tool_missing",
                translate("Readiness", "The AI tool or the plan it was made with is not recorded."),
                translate("Readiness",
                    "On the Provenance tab, enter the tool (e.g. Suno) and your plan at the time of "
                    "generation.")));
        if (!p.generatedOn.isValid())
            out.append(blocker("content.licence.date_missing",
                translate("Readiness", "The generation date is not recorded."),
                translate("Readiness",
                    "On the Provenance tab, enter the day the song was generated (Generated on): "
                    "the tool's terms of that day apply.")));
        if (!p.tool.isEmpty() && !p.plan.isEmpty() && p.generatedOn.isValid()) {
            if (facts.toolKnownSince.isValid() && p.generatedOn < facts.toolKnownSince)
                out.append(blocker("content.terms.before_tool",
                    translate(
                        "Readiness", "The generation date %1 is before %2 existed (its terms start on %3).")
                        .arg(p.generatedOn.toString(Qt::ISODate), p.tool,
                            facts.toolKnownSince.toString(Qt::ISODate)),
                    translate("Readiness", "Check the generation date on the Provenance tab.")));
            // A signed licence for the take settles its use as well as known terms would (the
            // fix offers it), so unknown terms only block while there is none.
            else if (!facts.terms && !hasDocumentedItem(facts, u"ai_tool_licence"))
                out.append(placedAtItem(facts, u"ai_tool_licence",
                    blocker("content.terms.unknown",
                        translate("Readiness",
                            "Imprint has no terms for %1 (%2) on %3, so what you may do with it is unknown.")
                            .arg(p.tool, p.plan, p.generatedOn.toString(Qt::ISODate)),
                        translate("Readiness",
                            "Add the tool's terms for that date with AI Tool Terms…, or attach your licence "
                            "as a cleared “AI tool licence” item."))));
        }
        // The warning's own fix, a commercial licence attached, lifts it.
        if (facts.terms && !facts.terms->commercialUse && !hasDocumentedItem(facts, u"ai_tool_licence"))
            out.append(placedAtItem(facts, u"ai_tool_licence",
                warning("content.terms.non_commercial",
                    translate("Readiness",
                        "%1 (%2) allows non-commercial use only: fine for unmonetised videos, not for "
                        "monetised ones.")
                        .arg(facts.terms->tool, facts.terms->plan),
                    translate("Readiness",
                        "Keep this track out of monetised content, or attach a commercial licence as a "
                        "cleared “AI tool licence” item."))));
        if (facts.terms && facts.terms->paid >= 0 && p.paidAtGeneration >= 0
            && facts.terms->paid != p.paidAtGeneration)
            out.append(warning("content.terms.paid_mismatch",
                (p.paidAtGeneration == 1
                        ? translate("Readiness",
                              "You recorded a paid plan, but %1 (%2) is a free plan in the terms table.")
                        : translate("Readiness",
                              "You recorded a free plan, but %1 (%2) is a paid plan in the terms table."))
                    .arg(facts.terms->tool, facts.terms->plan),
                translate("Readiness",
                    "Check which plan you had on the generation date (Paid then? on the Provenance "
                    "tab); the terms of that plan apply.")));
        if (facts.terms && facts.terms->example)
            out.append(warning("content.terms.example",
                translate("Readiness", "The terms used for %1 (%2) are an example shipped with Imprint.")
                    .arg(facts.terms->tool, facts.terms->plan),
                translate("Readiness",
                    "Compare them with the tool's terms of the generation date and confirm them in AI "
                    "Tool Terms….")));
    }
    if (facts.provenance && facts.provenance->voiceLikeness == u"no_consent")
        out.append(blocker("content.voice.no_consent",
            translate("Readiness", "The vocals imitate a real person's voice without their consent."),
            translate("Readiness",
                "Get the singer's written consent and set Voice likeness to “with consent” on the "
                "Provenance tab, or replace the vocals.")));
    if (facts.provenance && facts.provenance->voiceLikeness == u"consent_given"
        && !documentOk(facts, facts.provenance->voiceConsentAssetId))
        out.append(blocker("content.voice.consent_document",
            translate("Readiness",
                "Voice-likeness consent is marked as given, but the consent document is missing."),
            translate("Readiness",
                "Attach the signed consent document under Voice likeness on the Provenance tab.")));
    if (!facts.hasMaster) {
        out.append(blocker("content.master.missing",
            translate("Readiness", "There is no master audio file for this track."),
            translate("Readiness",
                "Choose its audio file (Choose Audio File… in the track's details), or import the "
                "folder it is in (Import Folder…).")));
    } else {
        audioCheck(facts, u"content"_s, "content.audio.not_checked", "content.audio.failed",
            translate("Readiness", "content creation"), out);
    }
    for (const DocumentFact &document : facts.documents) {
        Finding finding;
        if (!document.present)
            finding = warning("content.document.vanished",
                translate("Readiness", "The document %1 is no longer in the library.").arg(document.path),
                translate("Readiness",
                    "Put the file back, or attach it again where it was attached; until then it "
                    "proves nothing."));
        else if (document.changed)
            finding = warning("content.document.changed",
                translate("Readiness", "The document %1 changed on disk after it was attached.")
                    .arg(document.path),
                translate("Readiness", "Check the file and attach it again if the change is intended."));
        else
            continue;
        placeDocumentFix(facts, document.assetId, finding);
        out.append(finding);
    }
}

} // namespace

bool isSettled(const TrackFacts &facts, const ClearanceFact &item)
{
    if (item.status == u"not_needed")
        return true;
    if (item.status != u"cleared")
        return false;
    if (item.validFrom.isValid() && facts.today < item.validFrom)
        return false;
    if (item.validUntil.isValid() && item.validUntil < facts.today)
        return false;
    return item.documentAssetId == 0 || documentOk(facts, item.documentAssetId);
}

const QStringList &documentedKinds()
{
    static const QStringList kinds { u"ai_tool_licence"_s, u"publishing"_s, u"master_ownership"_s,
        u"mechanical_licence"_s };
    return kinds;
}

bool needsItsDocument(const TrackFacts &facts, const ClearanceFact &item)
{
    return item.status == u"cleared" && documentedKinds().contains(item.kind)
        && !documentOk(facts, item.documentAssetId);
}

QStringList ruleIds()
{
    // Every id the rules above (and Support::audioCheck's callers) can report, by use.
    static const QStringList ids {
        u"content.licence.missing"_s,
        u"content.licence.tool_missing"_s,
        u"content.licence.date_missing"_s,
        u"content.terms.before_tool"_s,
        u"content.terms.unknown"_s,
        u"content.terms.non_commercial"_s,
        u"content.terms.paid_mismatch"_s,
        u"content.terms.example"_s,
        u"content.voice.no_consent"_s,
        u"content.voice.consent_document"_s,
        u"content.master.missing"_s,
        u"content.audio.not_checked"_s,
        u"content.audio.failed"_s,
        u"content.document.vanished"_s,
        u"content.document.changed"_s,
        u"streaming.input.not_permitted"_s,
        u"streaming.input.licence_missing"_s,
        u"streaming.input.permission_unknown"_s,
        u"streaming.commercial.not_allowed"_s,
        u"streaming.audio.not_checked"_s,
        u"streaming.audio.failed"_s,
        u"streaming.isrc.missing"_s,
        u"streaming.isrc.invalid"_s,
        u"streaming.isrc.duplicate"_s,
        u"streaming.release.missing"_s,
        u"streaming.upc.missing"_s,
        u"streaming.upc.invalid"_s,
        u"streaming.artwork.missing"_s,
        u"streaming.artwork.not_square"_s,
        u"streaming.artwork.too_small"_s,
        u"streaming.artwork.format"_s,
        u"streaming.pline.missing"_s,
        u"streaming.pline.year"_s,
        u"streaming.cline.missing"_s,
        u"streaming.cline.year"_s,
        u"streaming.label.missing"_s,
        u"streaming.genre.missing"_s,
        u"streaming.language.missing"_s,
        u"streaming.explicit.missing"_s,
        u"streaming.date.missing"_s,
        u"streaming.date.too_soon"_s,
        u"streaming.date.tight"_s,
        u"streaming.credits.main_artist"_s,
        u"streaming.credits.ai_undisclosed"_s,
        u"streaming.master_splits.incomplete"_s,
        u"streaming.work.missing"_s,
        u"streaming.publishing_splits.incomplete"_s,
        u"streaming.cover.mechanical_licence"_s,
        u"sync.one_stop.master"_s,
        u"sync.one_stop.publishing"_s,
        u"sync.audio.not_checked"_s,
        u"sync.audio.failed"_s,
        u"sync.vocals.unknown"_s,
        u"sync.instrumental.missing"_s,
        u"sync.stems.missing"_s,
        u"sync.stems.not_checked"_s,
        u"sync.stems.failed"_s,
        u"sync.cutdowns.missing"_s,
        u"sync.bpm.missing"_s,
        u"sync.key.missing"_s,
        u"sync.mood.missing"_s,
        u"sync.writers.pro_ipi"_s,
        u"sync.publisher.missing"_s,
        u"sync.clearance.invalid_dates"_s,
        u"sync.clearance.open"_s,
        u"sync.provenance.incomplete"_s,
        u"commercial.human.missing"_s,
        u"commercial.human.evidence"_s,
        u"commercial.ownership.licensed_only"_s,
        u"commercial.split_sheet.missing"_s,
        u"commercial.master_agreement.missing"_s,
        u"commercial.clearance.expiring"_s,
    };
    return ids;
}

QList<Finding> check(const TrackFacts &facts, Use use)
{
    QList<Finding> findings;
    switch (use) {
    case Use::ContentCreation:
        contentRules(facts, findings);
        break;
    case Use::Streaming:
        streamingRules(facts, findings);
        break;
    case Use::Sync:
        syncRules(facts, findings);
        break;
    case Use::Commercial:
        commercialRules(facts, findings);
        break;
    }
    return findings;
}

} // namespace Imprint::Readiness
