// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "delivery/DeliveryProfile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What a distributor asks about AI, per track and category (Spotify's DDEX AI credits name vocals,
// instrumentation and post-production; Apple's tags add composition; distributors' forms ask
// about lyrics too): derived from the provenance record, never typed in twice.
namespace Imprint::Delivery
{

enum class AiUse { None, Assisted, Generated };

struct AiDisclosure {
    QString origin; ///< human, ai_assisted, ai_generated; "not_recorded" without a provenance record
    AiUse composition = AiUse::None;
    AiUse lyrics = AiUse::None;
    AiUse vocals = AiUse::None;
    AiUse instrumentation = AiUse::None;
    AiUse postProduction = AiUse::None;

    bool operator==(const AiDisclosure &) const = default;
};

/// The disclosure of one track:
/// 1. The origin sets every category: ai_generated → ai_generated; ai_assisted → ai_assisted;
///    human (or nothing recorded) → none.
/// 2. A human contribution lowers the categories of its element by one step, because a person
///    made or reworked that part: ai_generated → ai_assisted, ai_assisted → none. Elements:
///    lyrics → lyrics; melody → composition; arrangement → composition and instrumentation;
///    performance → vocals and instrumentation; mix and master → post_production.
/// 3. A credit with AI use raises its categories to at least ai_assisted: Composer, Arranger →
///    composition; Lyricist → lyrics; ComposerLyricist → both; Vocalist → vocals; MainArtist and
///    FeaturedArtist → vocals (instrumentation when the track has no vocals); Musician, Producer
///    and any credit naming an instrument → instrumentation; Mixing, Mastering and Recording
///    engineers → post_production.
/// 4. A track recorded as having no vocals discloses none for vocals and lyrics: it has neither.
/// The record can under-state AI use (an AI tool nobody marked), never the rules: they disclose
/// whenever the record says AI was involved and no person is recorded for the part.
AiDisclosure discloseAi(const std::optional<ProvenanceFacts> &provenance,
    const QList<ContributionFact> &contributions, const QList<DeliveryCredit> &credits, int hasVocals);

QString aiUseKey(AiUse use); ///< "none", "ai_assisted", "ai_generated"
/// {origin, composition, lyrics, vocals, instrumentation, post_production}
QJsonObject toJson(const AiDisclosure &disclosure);

} // namespace Imprint::Delivery
