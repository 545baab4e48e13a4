// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReadinessSupport.h"

#include "identifiers/Gtin.h"
#include "identifiers/Isrc.h"

using namespace Qt::StringLiterals;

// The rules of a streaming release (DESIGN.md §6): the release's metadata and dates, what was
// uploaded to an AI tool, and the track's identifiers, credits, splits and work.
namespace Imprint::Readiness::Support
{

namespace
{

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

// The finding, leading to the input's own row.
Finding placed(const InputFact &input, Finding finding)
{
    placeInputFix(input, finding);
    return finding;
}

// Material uploaded to the tool carries its owner's rights into the output: releasing it is a
// commercial use that needs the owner's permission.
void inputRules(const TrackFacts &facts, QList<Finding> &out)
{
    for (const InputFact &input : facts.inputs) {
        const QString kind = inputKindName(input.kind);
        if (input.permission == u"not_permitted")
            out.append(placed(input,
                blocker("streaming.input.not_permitted",
                    translate("Readiness", "The uploaded %1 “%2” belongs to %3, who has not allowed its use.")
                        .arg(kind, input.description,
                            input.owner.isEmpty() ? translate("Readiness", "someone else") : input.owner),
                    translate("Readiness",
                        "Get a licence from the owner, set “May you use it?” to Licensed on the Provenance "
                        "tab and attach the licence there, or generate the song again without it."))));
        else if (input.permission == u"licensed" && !documentOk(facts, input.documentAssetId))
            out.append(placed(input,
                blocker("streaming.input.licence_missing",
                    translate("Readiness",
                        "The uploaded %1 “%2” is marked as licensed, but the licence document is missing "
                        "or changed.")
                        .arg(kind, input.description),
                    translate(
                        "Readiness", "Attach the signed licence to the input on the Provenance tab."))));
        else if (input.permission != u"own" && input.permission != u"licensed"
            && input.permission != u"public_domain")
            out.append(placed(input,
                blocker("streaming.input.permission_unknown",
                    translate("Readiness",
                        "It is not recorded whether you may use the uploaded %1 “%2” commercially.")
                        .arg(kind, input.description),
                    translate("Readiness",
                        "On the Provenance tab, say whether it is yours, licensed (attach the licence) or "
                        "in the public domain."))));
    }
}

} // namespace

void streamingRules(const TrackFacts &facts, QList<Finding> &out)
{
    inputRules(facts, out);
    if (isAi(facts) && facts.terms && !facts.terms->commercialUse
        && !hasDocumentedItem(facts, u"ai_tool_licence"))
        out.append(placedAtItem(facts, u"ai_tool_licence",
            blocker("streaming.commercial.not_allowed",
                translate("Readiness",
                    "Made with %1 on the %2 plan, whose terms did not allow commercial use on %3.")
                    .arg(facts.terms->tool, facts.terms->plan,
                        facts.provenance->generatedOn.toString(Qt::ISODate)),
                translate("Readiness",
                    "Attach a commercial licence for this song as a cleared “AI tool licence” item. "
                    "Subscribing now does not cover songs made before."))));
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
            translate("Readiness",
                "Each version needs its own ISRC: empty this version's ISRC field, then Assign ISRC "
                "gives it a new one.")));

    if (!facts.release)
        out.append(
            blocker("streaming.release.missing", translate("Readiness", "The track is not on any release."),
                translate("Readiness",
                    "Add it to a single, EP or album: Add to Release in the track's details (New "
                    "Release… there while the catalog has none).")));
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
                "Choose the work it records in the track's Work field, or New Work beside it for "
                "a work the catalog does not have yet.")));
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
        out.append(placedAtItem(facts, u"mechanical_licence",
            blocker("streaming.cover.mechanical_licence",
                translate("Readiness", "This is a cover, and no mechanical licence is attached."),
                translate("Readiness",
                    "Obtain a mechanical licence (e.g. through your distributor) and attach it as "
                    "cleared."))));
}

} // namespace Imprint::Readiness::Support
