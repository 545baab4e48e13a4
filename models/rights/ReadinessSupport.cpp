// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReadinessSupport.h"

using namespace Qt::StringLiterals;

namespace Imprint::Readiness::Support
{

Finding blocker(const char *id, const QString &message, const QString &fix)
{
    return { QString::fromLatin1(id), Severity::Blocker, message, fix };
}

Finding warning(const char *id, const QString &message, const QString &fix)
{
    return { QString::fromLatin1(id), Severity::Warning, message, fix };
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

bool hasDocumentedItem(const TrackFacts &facts, QStringView kind, qint64 counterpartyId)
{
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
    static const QRegularExpression year(u"\\b(19|20)\\d\\d\\b"_s);
    return year.match(line).hasMatch();
}

void audioCheck(const TrackFacts &facts, const QString &profile, const char *idNotChecked,
    const char *idFailed, const QString &profileName, QList<Finding> &out)
{
    const auto it = facts.qualityVerdicts.constFind(profile);
    if (it == facts.qualityVerdicts.cend()) {
        out.append(unknown(idNotChecked, Text::tr("The %1 audio check has not run yet.").arg(profileName),
            Text::tr("Run the audio checks on the master (Analyze on the Quality page).")));
    } else if (*it != u"pass") {
        QString reason = *it;
        reason.remove(QRegularExpression(u"^fail:?\\s*"_s));
        if (profile == u"stems")
            out.append(blocker(idFailed, Text::tr("The stems do not line up with the master: %1").arg(reason),
                Text::tr("Export the stems again from the same session as the master, then re-run the "
                         "audio checks.")));
        else
            out.append(blocker(idFailed,
                Text::tr("The master fails the %1 audio check: %2").arg(profileName, reason),
                Text::tr("Fix the master (or export it again) as the Quality page says, then analyse it "
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
        return Text::tr("lyrics");
    if (element == u"melody")
        return Text::tr("melody");
    if (element == u"arrangement")
        return Text::tr("arrangement");
    if (element == u"performance")
        return Text::tr("performance");
    if (element == u"mix")
        return Text::tr("mix");
    if (element == u"master")
        return Text::tr("mastering");
    return element;
}

QString inputKindName(const QString &kind)
{
    if (kind == u"audio")
        return Text::tr("audio");
    if (kind == u"lyrics")
        return Text::tr("lyrics");
    if (kind == u"melody")
        return Text::tr("melody");
    if (kind == u"image")
        return Text::tr("image");
    return Text::tr("material");
}

QString kindName(const QString &kind)
{
    if (kind == u"master_ownership")
        return Text::tr("master ownership");
    if (kind == u"publishing")
        return Text::tr("publishing");
    if (kind == u"sample")
        return Text::tr("sample");
    if (kind == u"ai_tool_licence")
        return Text::tr("AI tool licence");
    if (kind == u"featured_artist")
        return Text::tr("featured artist");
    if (kind == u"artwork_licence")
        return Text::tr("artwork licence");
    if (kind == u"mechanical_licence")
        return Text::tr("mechanical licence");
    return Text::tr("other clearance");
}

} // namespace Imprint::Readiness::Support
