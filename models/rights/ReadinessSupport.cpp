// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReadinessSupport.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::Readiness::Support
{

QString translate(const char *context, const char *source, const char *disambiguation, int n)
{
    MessageMemo *memo = MessageMemo::current();
    if (memo && !disambiguation && n < 0)
        return memo->text(context, source);
    return QCoreApplication::translate(context, source, disambiguation, n);
}

Finding blocker(const char *id, const QString &message, const QString &fix)
{
    return { QString::fromLatin1(id), Severity::Blocker, message, fix };
}

Finding warning(const char *id, const QString &message, const QString &fix)
{
    return { QString::fromLatin1(id), Severity::Warning, message, fix };
}

void placeInputFix(const InputFact &input, Finding &finding)
{
    finding.fixTab = u"provenance"_s;
    finding.fixField = u"inputEntry_%1/inputEntryPermission"_s.arg(input.id);
}

Finding unknown(const char *id, const QString &message, const QString &fix)
{
    return { QString::fromLatin1(id), Severity::Unknown, message, fix };
}

bool isAi(const TrackFacts &facts)
{
    return facts.provenance && facts.provenance->isAi();
}

bool documentOk(const TrackFacts &facts, qint64 assetId)
{
    if (assetId == 0)
        return false;
    const auto it = facts.documents.constFind(assetId);
    return it != facts.documents.cend() && it->present && !it->changed;
}

void placeItemFix(const TrackFacts &facts, const ClearanceFact &item, Finding &finding)
{
    const bool datesOk
        = !item.validFrom.isValid() || !item.validUntil.isValid() || item.validFrom <= item.validUntil;
    const bool documentWanted = item.documentAssetId != 0 || documentedKinds().contains(item.kind);
    QLatin1StringView control = "editClearanceButton"_L1; // its dates
    if (datesOk && item.status != u"cleared")
        control = "clearanceStatus"_L1;
    else if (datesOk && documentWanted && !documentOk(facts, item.documentAssetId))
        control = "clearanceDocument"_L1;
    finding.fixTab = u"clearance"_s;
    finding.fixField = u"clearanceItem_%1/%2"_s.arg(item.id).arg(control);
}

Finding placedAtItem(const TrackFacts &facts, QStringView kind, Finding finding)
{
    // A cleared item is the nearest to done (its document or dates are missing), then any but
    // one marked "not needed".
    const ClearanceFact *best = nullptr;
    for (const ClearanceFact &item : facts.clearances) {
        if (item.kind != kind || item.status == u"not_needed")
            continue;
        if (!best || (item.status == u"cleared" && best->status != u"cleared"))
            best = &item;
    }
    if (best)
        placeItemFix(facts, *best, finding);
    return finding;
}

bool hasDocumentedItem(const TrackFacts &facts, QStringView kind, qint64 counterpartyId)
{
    // A kind outside the list would block its rules while its item said "Settled".
    Q_ASSERT(documentedKinds().contains(kind));
    for (const ClearanceFact &item : facts.clearances) {
        if (item.kind == kind && item.status == u"cleared" && isSettled(facts, item)
            && documentOk(facts, item.documentAssetId)
            && (counterpartyId == 0 || item.counterpartyId == counterpartyId))
            return true;
    }
    return false;
}

bool hasYear(const QString &line)
{
    // One per thread: the readiness of a large catalog is judged on every core.
    static thread_local const QRegularExpression year(u"\\b(19|20)\\d\\d\\b"_s);
    return year.match(line).hasMatch();
}

namespace
{

// "fail: reason" as QualityVerdicts writes it: the reason. Not a QRegularExpression: one made
// per failing check was a quarter of a large catalog's open (issue 18).
QString failureReason(QStringView verdict)
{
    if (!verdict.startsWith(u"fail"))
        return verdict.toString();
    verdict = verdict.sliced(4);
    if (verdict.startsWith(u':'))
        verdict = verdict.sliced(1);
    while (!verdict.isEmpty() && verdict.front().isSpace())
        verdict = verdict.sliced(1);
    return verdict.toString();
}

} // namespace

void audioCheck(const TrackFacts &facts, const QString &profile, const char *idNotChecked,
    const char *idFailed, const QString &profileName, QList<Finding> &out)
{
    const auto it = facts.qualityVerdicts.constFind(profile);
    if (it == facts.qualityVerdicts.cend()) {
        out.append(unknown(idNotChecked,
            translate("Readiness", "The %1 audio check has not run yet.").arg(profileName),
            translate("Readiness", "Run the audio checks on the master (Analyze on the Quality page).")));
    } else if (*it != u"pass") {
        const QString reason = failureReason(*it);
        if (profile == u"stems")
            out.append(blocker(idFailed,
                translate("Readiness", "The stems do not line up with the master: %1").arg(reason),
                translate("Readiness",
                    "Export the stems again from the same session as the master, then re-run the "
                    "audio checks.")));
        else
            out.append(blocker(idFailed,
                translate("Readiness", "The master fails the %1 audio check: %2").arg(profileName, reason),
                translate("Readiness",
                    "Fix the master (or export it again) as the Quality page says, then analyse it "
                    "again.")));
    }
}

QStringList uncontrolledHolders(const TrackFacts &facts, const QList<Splits::Share> &shares, QStringView kind)
{
    if (shares.size() <= 1)
        return {};
    qsizetype controller = 0;
    for (qsizetype i = 1; i < shares.size(); ++i) {
        if (shares[i].basisPoints > shares[controller].basisPoints)
            controller = i;
    }
    QStringList missing;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        if (i != controller && !hasDocumentedItem(facts, kind, shares[i].partyId))
            missing.append(shares[i].partyName);
    }
    return missing;
}

QList<Splits::Share> publishingShares(const TrackFacts &facts)
{
    QList<Splits::Share> shares;
    for (const WorkShareFact &share : facts.workShares) {
        // A writer can hold a share as composer and as lyricist: one party, summed.
        auto it = std::find_if(
            shares.begin(), shares.end(), [&](const Splits::Share &s) { return s.partyId == share.partyId; });
        if (it != shares.end())
            it->basisPoints += share.basisPoints;
        else
            shares.append({ share.partyId, share.partyName, share.basisPoints });
    }
    return shares;
}

QString elementName(const QString &element)
{
    if (element == u"lyrics")
        return translate("Readiness", "lyrics");
    if (element == u"melody")
        return translate("Readiness", "melody");
    if (element == u"arrangement")
        return translate("Readiness", "arrangement");
    if (element == u"performance")
        return translate("Readiness", "performance");
    if (element == u"mix")
        return translate("Readiness", "mix");
    if (element == u"master")
        return translate("Readiness", "mastering");
    return element;
}

QString inputKindName(const QString &kind)
{
    if (kind == u"audio")
        return translate("Readiness", "audio");
    if (kind == u"lyrics")
        return translate("Readiness", "lyrics");
    if (kind == u"melody")
        return translate("Readiness", "melody");
    if (kind == u"image")
        return translate("Readiness", "image");
    return translate("Readiness", "material");
}

QString kindName(const QString &kind)
{
    if (kind == u"master_ownership")
        return translate("Readiness", "master ownership");
    if (kind == u"publishing")
        return translate("Readiness", "publishing");
    if (kind == u"sample")
        return translate("Readiness", "sample");
    if (kind == u"ai_tool_licence")
        return translate("Readiness", "AI tool licence");
    if (kind == u"featured_artist")
        return translate("Readiness", "featured artist");
    if (kind == u"artwork_licence")
        return translate("Readiness", "artwork licence");
    if (kind == u"mechanical_licence")
        return translate("Readiness", "mechanical licence");
    return translate("Readiness", "other clearance");
}

} // namespace Imprint::Readiness::Support
