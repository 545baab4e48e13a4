// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReadinessSupport.h"

#include "identifiers/Gtin.h"
#include "identifiers/Ipi.h"
#include "identifiers/Isrc.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

// The rules of DESIGN.md §6, one function per use; each reads only catalog facts.
namespace Imprint::Readiness
{

using namespace Support;

namespace
{

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
                out.append(blocker("content.terms.unknown",
                    translate("Readiness",
                        "Imprint has no terms for %1 (%2) on %3, so what you may do with it is unknown.")
                        .arg(p.tool, p.plan, p.generatedOn.toString(Qt::ISODate)),
                    translate("Readiness",
                        "Add the tool's terms for that date with AI Tool Terms…, or attach your licence "
                        "as a cleared “AI tool licence” item.")));
        }
        if (facts.terms && !facts.terms->commercialUse)
            out.append(warning("content.terms.non_commercial",
                translate("Readiness",
                    "%1 (%2) allows non-commercial use only: fine for unmonetised videos, not for "
                    "monetised ones.")
                    .arg(facts.terms->tool, facts.terms->plan),
                translate("Readiness",
                    "Keep this track out of monetised content, or attach a commercial licence as a "
                    "cleared “AI tool licence” item.")));
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
            translate("Readiness", "Import the master's folder (Import Folder…).")));
    } else {
        audioCheck(facts, u"content"_s, "content.audio.not_checked", "content.audio.failed",
            translate("Readiness", "content creation"), out);
    }
    for (const DocumentFact &document : facts.documents) {
        if (!document.present)
            out.append(warning("content.document.vanished",
                translate("Readiness", "The document %1 is no longer in the library.").arg(document.path),
                translate("Readiness",
                    "Put the file back, or attach it again where it was attached; until then it "
                    "proves nothing.")));
        else if (document.changed)
            out.append(warning("content.document.changed",
                translate("Readiness", "The document %1 changed on disk after it was attached.")
                    .arg(document.path),
                translate("Readiness", "Check the file and attach it again if the change is intended.")));
    }
}

// ---- Streaming release ------------------------------------------------------------------

void streamingReleaseRules(const ReleaseFacts &r, const QDate &today, QList<Finding> &out)
{
    if (r.upc.isEmpty())
        out.append(blocker("streaming.upc.missing",
            translate("Readiness", "The release “%1” has no UPC/EAN barcode.").arg(r.title),
            translate("Readiness", "Enter the barcode your distributor assigned.")));
    else if (!Gtin::validate(r.upc).valid)
        out.append(blocker("streaming.upc.invalid",
            translate("Readiness", "The barcode %1 is not valid.").arg(r.upc),
            translate("Readiness", "Check the digits against your distributor's confirmation.")));
    if (r.artworkAssetId == 0) {
        out.append(
            blocker("streaming.artwork.missing", translate("Readiness", "The release has no cover artwork."),
                translate("Readiness", "Add a square JPEG or PNG of at least 3000×3000 pixels.")));
    } else {
        if (r.artworkWidth != r.artworkHeight)
            out.append(blocker("streaming.artwork.not_square",
                translate("Readiness", "The cover is %1×%2 pixels; it must be square.")
                    .arg(r.artworkWidth)
                    .arg(r.artworkHeight),
                translate("Readiness", "Crop the cover to a square.")));
        if (std::min(r.artworkWidth, r.artworkHeight) < 3000)
            out.append(blocker("streaming.artwork.too_small",
                translate("Readiness", "The cover is %1×%2 pixels; stores need at least 3000×3000.")
                    .arg(r.artworkWidth)
                    .arg(r.artworkHeight),
                translate("Readiness", "Export the cover again at 3000×3000 pixels or more.")));
        const QString format = r.artworkFormat.toUpper();
        if (!format.isEmpty() && format != u"JPEG" && format != u"JPG" && format != u"PNG")
            out.append(blocker("streaming.artwork.format",
                translate("Readiness", "The cover is a %1 file.").arg(r.artworkFormat),
                translate("Readiness", "Save the cover as JPEG or PNG (RGB).")));
    }
    if (r.pLine.isEmpty())
        out.append(blocker("streaming.pline.missing",
            translate("Readiness", "The ℗ line (who owns the recording) is missing."),
            translate("Readiness", "Enter it as “℗ 2026 Your Label”.")));
    else if (!hasYear(r.pLine))
        out.append(blocker("streaming.pline.year", translate("Readiness", "The ℗ line has no year."),
            translate("Readiness", "Add the year of first publication, e.g. “℗ 2026 Your Label”.")));
    if (r.cLine.isEmpty())
        out.append(blocker("streaming.cline.missing",
            translate("Readiness", "The © line (who owns the artwork and text) is missing."),
            translate("Readiness", "Enter it as “© 2026 Your Label”.")));
    else if (!hasYear(r.cLine))
        out.append(blocker("streaming.cline.year", translate("Readiness", "The © line has no year."),
            translate("Readiness", "Add the year, e.g. “© 2026 Your Label”.")));
    if (r.label.isEmpty())
        out.append(
            blocker("streaming.label.missing", translate("Readiness", "The release has no label name."),
                translate("Readiness", "Enter your label, or your artist name if you release yourself.")));
    if (r.genre.isEmpty())
        out.append(blocker("streaming.genre.missing", translate("Readiness", "The release has no genre."),
            translate("Readiness", "Choose the main genre.")));
    if (r.language.isEmpty())
        out.append(
            blocker("streaming.language.missing", translate("Readiness", "The release language is not set."),
                translate("Readiness", "Choose the language of the lyrics, or “instrumental”.")));
    if (r.explicitContent < 0)
        out.append(blocker("streaming.explicit.missing",
            translate("Readiness", "It is not recorded whether the release is explicit."),
            translate("Readiness", "Mark it explicit or clean.")));

    if (!r.releaseDate.isValid()) {
        out.append(
            blocker("streaming.date.missing", translate("Readiness", "The release has no release date."),
                translate("Readiness", "Pick a release date at least three weeks ahead.")));
    } else if (r.status != u"released" && r.status != u"delivered") {
        const qint64 days = today.daysTo(r.releaseDate);
        const int comfortable = r.type == u"album" ? albumLeadDays : comfortableLeadDays;
        if (days < minimumLeadDays)
            out.append(blocker("streaming.date.too_soon",
                translate("Readiness",
                    "The release date %1 is %n day(s) away; distributors need at least %2.", nullptr,
                    int(days))
                    .arg(r.releaseDate.toString(Qt::ISODate))
                    .arg(minimumLeadDays),
                translate("Readiness", "Move the release date to %1 or later.")
                    .arg(today.addDays(comfortable).toString(Qt::ISODate))));
        else if (days < comfortable)
            out.append(warning("streaming.date.tight",
                translate("Readiness",
                    "The release date is %n day(s) away; editorial pitching needs more time.", nullptr,
                    int(days)),
                translate("Readiness", "Consider moving the release to %1.")
                    .arg(today.addDays(comfortable).toString(Qt::ISODate))));
    }
}

// Material uploaded to the tool carries its owner's rights into the output: releasing it is a
// commercial use that needs the owner's permission.
void inputRules(const TrackFacts &facts, QList<Finding> &out)
{
    for (const InputFact &input : facts.inputs) {
        const QString kind = inputKindName(input.kind);
        if (input.permission == u"not_permitted")
            out.append(blocker("streaming.input.not_permitted",
                translate("Readiness", "The uploaded %1 “%2” belongs to %3, who has not allowed its use.")
                    .arg(kind, input.description,
                        input.owner.isEmpty() ? translate("Readiness", "someone else") : input.owner),
                translate("Readiness",
                    "Get a licence from the owner and attach it to the input, or generate the song "
                    "again without it.")));
        else if (input.permission == u"licensed" && !documentOk(facts, input.documentAssetId))
            out.append(blocker("streaming.input.licence_missing",
                translate("Readiness",
                    "The uploaded %1 “%2” is marked as licensed, but the licence document is missing "
                    "or changed.")
                    .arg(kind, input.description),
                translate("Readiness", "Attach the signed licence to the input on the Provenance tab.")));
        else if (input.permission != u"own" && input.permission != u"licensed"
            && input.permission != u"public_domain")
            out.append(blocker("streaming.input.permission_unknown",
                translate(
                    "Readiness", "It is not recorded whether you may use the uploaded %1 “%2” commercially.")
                    .arg(kind, input.description),
                translate("Readiness",
                    "On the Provenance tab, say whether it is yours, licensed (attach the licence) or "
                    "in the public domain.")));
    }
}

void streamingRules(const TrackFacts &facts, QList<Finding> &out)
{
    inputRules(facts, out);
    if (isAi(facts) && facts.terms && !facts.terms->commercialUse
        && !hasDocumentedItem(facts, u"ai_tool_licence"))
        out.append(blocker("streaming.commercial.not_allowed",
            translate(
                "Readiness", "Made with %1 on the %2 plan, whose terms did not allow commercial use on %3.")
                .arg(facts.terms->tool, facts.terms->plan,
                    facts.provenance->generatedOn.toString(Qt::ISODate)),
            translate("Readiness",
                "Attach a commercial licence for this song as a cleared “AI tool licence” item. "
                "Subscribing now does not cover songs made before.")));
    if (facts.hasMaster)
        audioCheck(facts, u"streaming"_s, "streaming.audio.not_checked", "streaming.audio.failed",
            translate("Readiness", "streaming"), out);

    if (facts.isrc.isEmpty())
        out.append(blocker("streaming.isrc.missing", translate("Readiness", "The track has no ISRC."),
            translate("Readiness",
                "Allocate an ISRC from your registrant prefix, or use the one your distributor gave you.")));
    else if (!Isrc::validate(facts.isrc).valid)
        out.append(blocker("streaming.isrc.invalid",
            translate("Readiness", "The ISRC %1 is not valid.").arg(facts.isrc),
            translate("Readiness", "An ISRC has 12 characters, like GB-XYZ-26-00001; check it.")));
    else if (facts.isrcDuplicate)
        out.append(blocker("streaming.isrc.duplicate",
            translate("Readiness", "Another recording in the catalog has the ISRC %1.").arg(facts.isrc),
            translate("Readiness", "Each version needs its own ISRC: allocate a new one for this version.")));

    if (!facts.release)
        out.append(blocker("streaming.release.missing",
            translate("Readiness", "The track is not on any release."),
            translate("Readiness", "Add it to a single, EP or album on the Releases page (Add Track…).")));
    else
        streamingReleaseRules(*facts.release, facts.today, out);

    const bool hasMainArtist = std::any_of(facts.credits.cbegin(), facts.credits.cend(),
        [](const CreditFact &c) { return c.role == u"MainArtist"; });
    if (!hasMainArtist)
        out.append(
            blocker("streaming.credits.main_artist", translate("Readiness", "No main artist is credited."),
                translate("Readiness", "Add a credit with the role Main artist in the track's credits.")));
    if (isAi(facts) && std::none_of(facts.credits.cbegin(), facts.credits.cend(), [](const CreditFact &c) {
            return c.aiUsed;
        }))
        out.append(blocker("streaming.credits.ai_undisclosed",
            translate("Readiness", "The track was made with AI, but no credit says which parts."),
            translate("Readiness",
                "Tick AI on the track's credits it applies to (vocals, instrumentation, "
                "composition…).")));

    const Splits::Check master = Splits::check(facts.masterShares);
    if (!master.complete)
        out.append(blocker("streaming.master_splits.incomplete",
            translate("Readiness", "Master ownership is not settled: %1").arg(master.problem),
            translate("Readiness",
                "On the Splits tab, enter who owns the recording, adding up to exactly 100 %.")));
    if (!facts.hasWork) {
        out.append(blocker("streaming.work.missing",
            translate("Readiness", "The track is not linked to a composition (work)."),
            translate("Readiness",
                "Choose the work it records in the track's Work field (create it on the Works "
                "page first if needed).")));
    } else {
        const Splits::Check publishing = Splits::check(publishingShares(facts));
        if (!publishing.complete)
            out.append(blocker("streaming.publishing_splits.incomplete",
                translate("Readiness", "Publishing shares of “%1” are not settled: %2")
                    .arg(facts.workTitle, publishing.problem),
                translate("Readiness",
                    "On the Works page, enter the writers' and publishers' shares, adding up to exactly "
                    "100 %.")));
    }
    if (facts.provenance && facts.provenance->isCover && !hasDocumentedItem(facts, u"mechanical_licence"))
        out.append(blocker("streaming.cover.mechanical_licence",
            translate("Readiness", "This is a cover, and no mechanical licence is attached."),
            translate("Readiness",
                "Obtain a mechanical licence (e.g. through your distributor) and attach it as cleared.")));
}

// ---- Sync licensing ---------------------------------------------------------------------

void syncRules(const TrackFacts &facts, QList<Finding> &out)
{
    const QStringList master = uncontrolledHolders(facts, facts.masterShares, u"master_ownership");
    if (!master.isEmpty())
        out.append(blocker("sync.one_stop.master",
            translate("Readiness", "Not one-stop: %1 also own(s) part of the master.")
                .arg(master.join(u", "_s)),
            translate("Readiness",
                "Attach their approval as a cleared master ownership item, or buy out their share.")));
    const QStringList publishing = uncontrolledHolders(facts, publishingShares(facts), u"publishing");
    if (!publishing.isEmpty())
        out.append(blocker("sync.one_stop.publishing",
            translate("Readiness", "Not one-stop: %1 also hold(s) publishing shares.")
                .arg(publishing.join(u", "_s)),
            translate("Readiness", "Attach their approval as a cleared publishing item.")));
    if (facts.hasMaster)
        audioCheck(facts, u"sync"_s, "sync.audio.not_checked", "sync.audio.failed",
            translate("Readiness", "sync library"), out);

    if (facts.hasVocals < 0)
        out.append(blocker("sync.vocals.unknown",
            translate("Readiness", "It is not recorded whether the track has vocals."),
            translate("Readiness", "Set Vocals in the track's details (music supervisors filter on it).")));
    else if (facts.hasVocals == 1 && !facts.hasInstrumental)
        out.append(blocker("sync.instrumental.missing",
            translate("Readiness", "The track has vocals but no instrumental version."),
            translate("Readiness",
                "Export an instrumental, import it and link it to this track as its original "
                "(Versions in the instrumental's details).")));
    if (facts.stemCount == 0) {
        out.append(blocker("sync.stems.missing", translate("Readiness", "No stems are attached."),
            translate("Readiness",
                "Export stems (drums, bass, music, vocals…) and attach them with imprint "
                "import-stems.")));
    } else {
        audioCheck(facts, u"stems"_s, "sync.stems.not_checked", "sync.stems.failed",
            translate("Readiness", "stems"), out);
    }
    if (facts.cutdownCount == 0)
        out.append(
            warning("sync.cutdowns.missing", translate("Readiness", "There are no 30 s or 60 s cut-downs."),
                translate("Readiness", "Edit 30.000 s and 60.000 s versions; many briefs ask for them.")));
    if (facts.bpm <= 0)
        out.append(blocker("sync.bpm.missing", translate("Readiness", "The tempo (BPM) is missing."),
            translate("Readiness", "Enter the BPM in the track's details.")));
    if (facts.key.isEmpty())
        out.append(blocker("sync.key.missing", translate("Readiness", "The musical key is missing."),
            translate("Readiness", "Enter the key in the track's details (e.g. F# minor).")));
    if (facts.mood.isEmpty())
        out.append(blocker("sync.mood.missing", translate("Readiness", "No mood is recorded."),
            translate("Readiness",
                "Add a few moods in the track's details (e.g. uplifting, tense): supervisors search "
                "by mood.")));

    QStringList withoutIds;
    qint64 firstWithoutIds = 0;
    bool hasPublisher = false;
    for (const WorkShareFact &share : facts.workShares) {
        if (share.role.endsWith(u"Publisher"))
            hasPublisher = true;
        if (share.pro.isEmpty() || share.ipi.isEmpty() || !Ipi::validate(share.ipi).valid) {
            withoutIds.append(share.partyName);
            if (firstWithoutIds == 0)
                firstWithoutIds = share.partyId;
        }
    }
    withoutIds.removeDuplicates();
    if (!withoutIds.isEmpty()) {
        Finding finding = blocker("sync.writers.pro_ipi",
            translate("Readiness", "For the cue sheet, %1 need(s) a PRO and a valid IPI number.")
                .arg(withoutIds.join(u", "_s)),
            translate("Readiness", "Enter each writer's and publisher's PRO and IPI on the Parties page."));
        finding.recordId = firstWithoutIds; // the fix link opens the first of them
        out.append(finding);
    }
    if (facts.hasWork && !hasPublisher)
        out.append(
            warning("sync.publisher.missing", translate("Readiness", "No publisher is listed for the work."),
                translate("Readiness",
                    "If you self-publish, add yourself (or your publishing name) as publisher in the "
                    "work's shares on the Works page.")));

    for (const ClearanceFact &item : facts.clearances) {
        if (item.validFrom.isValid() && item.validUntil.isValid() && item.validUntil < item.validFrom) {
            out.append(blocker("sync.clearance.invalid_dates",
                translate("Readiness", "The %1 clearance with %2 ends before it starts.")
                    .arg(kindName(item.kind), item.counterparty),
                translate("Readiness", "Correct its validity dates on the Clearance tab.")));
        } else if (!isSettled(facts, item)) {
            out.append(blocker("sync.clearance.open",
                translate("Readiness", "The %1 clearance with %2 is not settled (%3).")
                    .arg(kindName(item.kind),
                        item.counterparty.isEmpty() ? translate("Readiness", "nobody yet")
                                                    : item.counterparty,
                        item.status),
                item.status == u"cleared"
                    ? translate("Readiness",
                          "Its document is missing, changed or out of date: attach it again on the "
                          "Clearance tab.")
                    : translate("Readiness",
                          "Get it cleared and attach the signed document on the Clearance tab.")));
        }
    }

    if (isAi(facts)) {
        const ProvenanceFacts &p = *facts.provenance;
        QStringList missing;
        if (p.modelVersion.isEmpty())
            missing.append(translate("Readiness", "model version"));
        if (p.paidAtGeneration < 0)
            missing.append(translate("Readiness", "whether the plan was paid"));
        if (p.songId.isEmpty())
            missing.append(translate("Readiness", "song/seed id"));
        if (p.prompt.isEmpty())
            missing.append(translate("Readiness", "prompt"));
        if (p.stems.isEmpty())
            missing.append(translate("Readiness", "whether stems are native or separated"));
        if (std::any_of(facts.inputs.cbegin(), facts.inputs.cend(), [](const InputFact &input) {
                return input.ownerId == 0 && input.permission != u"public_domain";
            }))
            missing.append(translate("Readiness", "owners of uploaded inputs"));
        if (!missing.isEmpty())
            out.append(blocker("sync.provenance.incomplete",
                translate("Readiness", "The AI origin log is incomplete: %1.").arg(missing.join(u", "_s)),
                translate("Readiness", "Fill in the missing fields on the Provenance tab.")));
    }
}

// ---- Commercial placement ---------------------------------------------------------------

void commercialRules(const TrackFacts &facts, QList<Finding> &out)
{
    if (facts.contributions.isEmpty()) {
        out.append(blocker("commercial.human.missing",
            translate("Readiness", "No human contribution is documented."),
            translate("Readiness",
                "On the People tab, record what people did (lyrics, melody, arrangement, "
                "performance, mix, master) with evidence such as session files or drafts.")));
    } else {
        QStringList without;
        for (const ContributionFact &c : facts.contributions) {
            const bool evidenced = std::any_of(c.evidenceAssetIds.cbegin(), c.evidenceAssetIds.cend(),
                [&](qint64 id) { return documentOk(facts, id); });
            if (!evidenced)
                without.append(elementName(c.element));
        }
        if (!without.isEmpty())
            out.append(blocker("commercial.human.evidence",
                translate("Readiness", "Human contributions without evidence: %1.")
                    .arg(without.join(u", "_s)),
                translate("Readiness",
                    "On the People tab, attach evidence (drafts, session files, recordings) to each "
                    "contribution.")));
    }
    if (isAi(facts) && facts.terms && facts.terms->ownership != u"user"
        && !hasDocumentedItem(facts, u"master_ownership"))
        out.append(blocker("commercial.ownership.licensed_only",
            translate("Readiness",
                "Under %1's terms you do not own this recording, you only may use it: an exclusive "
                "placement is impossible.")
                .arg(facts.terms->tool),
            translate("Readiness",
                "Obtain an ownership assignment from the vendor, or re-create the track yourself.")));
    if (!hasDocumentedItem(facts, u"publishing"))
        out.append(blocker("commercial.split_sheet.missing",
            translate("Readiness", "No signed split sheet is attached."),
            translate("Readiness",
                "Have every writer sign a split sheet and attach it as a cleared publishing item.")));
    if (!hasDocumentedItem(facts, u"master_ownership"))
        out.append(blocker("commercial.master_agreement.missing",
            translate("Readiness", "No signed master agreement is attached."),
            translate("Readiness",
                "Attach the agreement on master ownership as a cleared master ownership item.")));
    const QDate termEnd = facts.today.addDays(placementTermDays);
    for (const ClearanceFact &item : facts.clearances) {
        if (item.status == u"cleared" && item.validUntil.isValid() && item.validUntil >= facts.today
            && item.validUntil < termEnd)
            out.append(blocker("commercial.clearance.expiring",
                translate("Readiness", "The %1 clearance with %2 ends on %3, within a one-year licence term.")
                    .arg(kindName(item.kind), item.counterparty, item.validUntil.toString(Qt::ISODate)),
                translate("Readiness",
                    "Renew it for longer before licensing the track, and update it on the Clearance "
                    "tab.")));
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
