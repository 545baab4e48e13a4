// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AiDisclosure.h"

using namespace Qt::StringLiterals;

namespace Imprint::Delivery
{

namespace
{

enum Category { Composition = 1, Lyrics = 2, Vocals = 4, Instrumentation = 8, PostProduction = 16 };

int categoriesOfElement(const QString &element)
{
    if (element == u"lyrics")
        return Lyrics;
    if (element == u"melody")
        return Composition;
    if (element == u"arrangement")
        return Composition | Instrumentation;
    if (element == u"performance")
        return Vocals | Instrumentation;
    if (element == u"mix" || element == u"master")
        return PostProduction;
    return 0;
}

int categoriesOfCredit(const DeliveryCredit &credit, int hasVocals)
{
    const QString &role = credit.role;
    int categories = credit.instrument.isEmpty() ? 0 : Instrumentation;
    if (role == u"Composer" || role == u"Arranger")
        categories |= Composition;
    else if (role == u"Lyricist")
        categories |= Lyrics;
    else if (role == u"ComposerLyricist")
        categories |= Composition | Lyrics;
    else if (role == u"Vocalist")
        categories |= Vocals;
    else if (role == u"MainArtist" || role == u"FeaturedArtist")
        categories |= hasVocals == 0 ? Instrumentation : Vocals;
    else if (role == u"Musician" || role == u"Producer")
        categories |= Instrumentation;
    else if (role == u"MixingEngineer" || role == u"MasteringEngineer" || role == u"RecordingEngineer")
        categories |= PostProduction;
    return categories;
}

} // namespace

AiDisclosure discloseAi(const std::optional<ProvenanceFacts> &provenance,
    const QList<ContributionFact> &contributions, const QList<DeliveryCredit> &credits, int hasVocals)
{
    AiDisclosure disclosure;
    disclosure.origin = provenance && !provenance->origin.isEmpty() ? provenance->origin : u"not_recorded"_s;
    const AiUse base = disclosure.origin == u"ai_generated" ? AiUse::Generated
        : disclosure.origin == u"ai_assisted"               ? AiUse::Assisted
                                                            : AiUse::None;
    int human = 0;
    for (const ContributionFact &contribution : contributions)
        human |= categoriesOfElement(contribution.element);
    int aiCredited = 0;
    for (const DeliveryCredit &credit : credits) {
        if (credit.aiUsed)
            aiCredited |= categoriesOfCredit(credit, hasVocals);
    }
    const auto judge = [&](int category) {
        AiUse use = base;
        if ((human & category) && use != AiUse::None)
            use = AiUse(int(use) - 1);
        if ((aiCredited & category) && use == AiUse::None)
            use = AiUse::Assisted;
        return use;
    };
    disclosure.composition = judge(Composition);
    disclosure.lyrics = hasVocals == 0 ? AiUse::None : judge(Lyrics);
    disclosure.vocals = hasVocals == 0 ? AiUse::None : judge(Vocals);
    disclosure.instrumentation = judge(Instrumentation);
    disclosure.postProduction = judge(PostProduction);
    return disclosure;
}

QString aiUseKey(AiUse use)
{
    switch (use) {
    case AiUse::None:
        return u"none"_s;
    case AiUse::Assisted:
        return u"ai_assisted"_s;
    case AiUse::Generated:
        return u"ai_generated"_s;
    }
    return {};
}

QJsonObject toJson(const AiDisclosure &disclosure)
{
    return { { u"origin"_s, disclosure.origin }, { u"composition"_s, aiUseKey(disclosure.composition) },
        { u"lyrics"_s, aiUseKey(disclosure.lyrics) }, { u"vocals"_s, aiUseKey(disclosure.vocals) },
        { u"instrumentation"_s, aiUseKey(disclosure.instrumentation) },
        { u"post_production"_s, aiUseKey(disclosure.postProduction) } };
}

} // namespace Imprint::Delivery
