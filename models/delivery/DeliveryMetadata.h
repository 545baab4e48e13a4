// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "delivery/DeliveryProfile.h"
#include "delivery/Preflight.h"

#include <QByteArray>
#include <QList>

// The metadata files of a package.
//
// metadata.json: {profile, release: {title, type, artist, label, catalogNumber, upc, releaseDate,
// genre, language, pLine, cLine, explicit}, tracks: [{disc, number, title, version, artist, isrc,
// durationMs, genre, files, credits: [{party, role, instrument, aiUsed}], work: {title, iswc,
// writers: [{party, role, basisPoints, percent, pro, ipi}], publishers: […]} | null,
// masterOwnership: [{party, basisPoints, percent}], aiDisclosure: {origin, composition, lyrics,
// vocals, instrumentation, post_production} (AiDisclosure.h), sync: stems, bpm, key, mood,
// hasVocals}], preflight: [{level, ruleId, trackId, subject, message, fix}] (what was exported
// despite the preflight: forced blockers and warnings), forced: whether blockers were forced}.
namespace Imprint::Delivery
{

/// metadata.json (UTF-8). recorded: the preflight issues exported anyway.
QByteArray metadataJson(const DeliveryRelease &release, const DeliveryProfile &profile,
    const QList<PreflightIssue> &recorded, const QList<PlannedFile> &files);
/// metadata.csv (UTF-8, RFC 4180 quoting, formulas guarded as Csv::field does); the sync profile
/// adds cue-sheet columns.
QByteArray metadataCsv(const DeliveryRelease &release, const DeliveryProfile &profile);

/// One recorded issue as metadata.json and the delivery history keep it.
QJsonObject toJson(const PreflightIssue &issue);
std::optional<PreflightIssue> issueFromJson(const QJsonObject &object);

} // namespace Imprint::Delivery
