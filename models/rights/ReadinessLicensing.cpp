// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReadinessSupport.h"

#include "identifiers/Ipi.h"

using namespace Qt::StringLiterals;

// The rules of sync licensing and commercial placement (DESIGN.md §6): who controls the master
// and the publishing, the approvals and agreements, and clearances that outlast the term.
namespace Imprint::Readiness::Support
{

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
                "Export an instrumental, import it and add it under Versions in this track's "
                "details.")));
    if (facts.stemCount == 0) {
        out.append(blocker("sync.stems.missing", translate("Readiness", "No stems are attached."),
            translate("Readiness",
                "Export stems (drums, bass, music, vocals…) and attach them with Attach Stems… in "
                "the track's details (or imprint import-stems).")));
    } else {
        audioCheck(facts, u"stems"_s, "sync.stems.not_checked", "sync.stems.failed",
            translate("Readiness", "stems"), out);
    }
    if (facts.cutdownCount == 0)
        out.append(
            warning("sync.cutdowns.missing", translate("Readiness", "There are no 30 s or 60 s cut-downs."),
                translate("Readiness",
                    "Edit 30.000 s and 60.000 s versions and attach them (Attach Cut-downs… in the "
                    "track's details); many briefs ask for them.")));
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
        Finding finding;
        if (item.validFrom.isValid() && item.validUntil.isValid() && item.validUntil < item.validFrom) {
            finding = blocker("sync.clearance.invalid_dates",
                translate("Readiness", "The %1 clearance with %2 ends before it starts.")
                    .arg(kindName(item.kind), item.counterparty),
                translate("Readiness", "Correct its validity dates on the Clearance tab."));
        } else if (!isSettled(facts, item)) {
            finding = blocker("sync.clearance.open",
                translate("Readiness", "The %1 clearance with %2 is not settled (%3).")
                    .arg(kindName(item.kind),
                        item.counterparty.isEmpty() ? translate("Readiness", "nobody yet")
                                                    : item.counterparty,
                        item.status),
                item.status == u"cleared"
                    ? translate("Readiness",
                        "Its document is missing, changed or out of date: attach it again on the "
                        "Clearance tab.")
                    : translate(
                        "Readiness", "Get it cleared and attach the signed document on the Clearance tab."));
        } else {
            continue;
        }
        placeItemFix(facts, item, finding);
        out.append(finding);
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
        out.append(placedAtItem(facts, u"master_ownership",
            blocker("commercial.ownership.licensed_only",
                translate("Readiness",
                    "Under %1's terms you do not own this recording, you only may use it: an exclusive "
                    "placement is impossible.")
                    .arg(facts.terms->tool),
                translate("Readiness",
                    "Obtain an ownership assignment from the vendor and attach it to a cleared “Master "
                    "ownership” item on the Clearance tab, or re-create the track yourself."))));
    if (!hasDocumentedItem(facts, u"publishing"))
        out.append(placedAtItem(facts, u"publishing",
            blocker("commercial.split_sheet.missing",
                translate("Readiness", "No signed split sheet is attached."),
                translate("Readiness",
                    "Have every writer sign a split sheet and attach it as a cleared publishing item."))));
    if (!hasDocumentedItem(facts, u"master_ownership"))
        out.append(placedAtItem(facts, u"master_ownership",
            blocker("commercial.master_agreement.missing",
                translate("Readiness", "No signed master agreement is attached."),
                translate("Readiness",
                    "Attach the agreement on master ownership as a cleared master ownership item."))));
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

} // namespace Imprint::Readiness::Support
