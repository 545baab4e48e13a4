// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "rights/SharedFact.h"
#include "rights/Splits.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Imprint
{

/// A document (licence, split sheet, contract, evidence) as found on disk when the facts were
/// gathered.
struct DocumentFact {
    qint64 assetId = 0;
    QString path; ///< relative to the library root
    bool present = false; ///< the file exists under the library root
    bool changed = false; ///< the content differs from what was attached (size, else SHA-256)
    QString contentHash = {}; ///< SHA-256 recorded when the document was attached (empty for old rows)
};

/// The release a track is (first) on, with what streaming services ask of it.
struct ReleaseFacts {
    qint64 id = 0;
    QString title;
    QString type; ///< single, ep, album, compilation
    QString upc;
    QDate releaseDate;
    QString status;
    QString label;
    QString genre;
    QString language;
    QString pLine;
    QString cLine;
    int explicitContent = -1; ///< -1 not set, 0 clean, 1 explicit
    qint64 artworkAssetId = 0;
    QString artworkFormat; ///< as the import recorded it, e.g. "JPEG", "PNG"
    int artworkWidth = 0;
    int artworkHeight = 0;
};

struct CreditFact {
    qint64 partyId = 0;
    QString partyName;
    QString role; ///< DDEX-style: MainArtist, Producer, Composer…
    bool aiUsed = false;
};

/// A writer's or publisher's share of the work, with what a cue sheet needs about them.
struct WorkShareFact {
    qint64 partyId = 0;
    QString partyName;
    QString role; ///< Composer, Lyricist, …, OriginalPublisher, SubPublisher
    int basisPoints = 0;
    QString pro;
    QString ipi;
};

struct ProvenanceFacts {
    QString origin; ///< human, ai_assisted, ai_generated
    QString tool;
    QString modelVersion;
    QString plan;
    int paidAtGeneration = -1; ///< -1 not recorded
    QDate generatedOn;
    QString songId;
    QString prompt;
    QString stems; ///< native, separated, none; empty when not recorded
    bool isCover = false;
    QString voiceLikeness = QStringLiteral("none"); ///< none, own_voice, consent_given, no_consent
    qint64 voiceConsentAssetId = 0;

    bool isAi() const { return origin == u"ai_assisted" || origin == u"ai_generated"; }
};

/// Something uploaded to the AI tool (a vocal take, lyrics, a melody, an image) and whether the
/// user may use it.
struct InputFact {
    qint64 id = 0;
    QString kind; ///< audio, lyrics, melody, image, other
    QString description;
    qint64 ownerId = 0; ///< 0 when nobody is recorded as the owner
    QString owner;
    QString permission; ///< own, licensed, public_domain, not_permitted, unknown
    qint64 documentAssetId = 0; ///< the licence or permission
    QString notes = {};
};

struct ContributionFact {
    QString element; ///< lyrics, melody, arrangement, performance, mix, master
    QString partyName;
    QList<qint64> evidenceAssetIds;
    qint64 id = 0;
    QString description = {};
};

struct ClearanceFact {
    qint64 id = 0;
    QString kind; ///< master_ownership, publishing, sample, ai_tool_licence, featured_artist, …
    QString status; ///< not_needed, missing, requested, pending, cleared, rejected, expired
    qint64 counterpartyId = 0;
    QString counterparty;
    qint64 documentAssetId = 0;
    QString territory;
    QDate validFrom;
    QDate validUntil;
    QString notes = {};
};

/// The terms of an AI tool's plan in force on a generation date (one row of ai_tool_terms).
struct ToolTermsFact {
    qint64 id = 0;
    QString tool;
    QString plan;
    bool commercialUse = false;
    QString ownership; ///< user, vendor, licensed
    QDate recordedOn;
    QDate validFrom;
    QDate validUntil;
    QString source;
    bool example = false; ///< seeded example the user has not confirmed
    int paid = -1; ///< whether the plan is a paid one; -1 not recorded
};

/// Everything the readiness rules read about one track, gathered by RightsQueries::trackFacts.
/// A plain value so that the rules are pure functions, testable without a catalog.
struct TrackFacts {
    QDate today; ///< the day verdicts are computed for (release lead time, expiries)

    qint64 trackId = 0;
    QString title;
    QString version;
    QString artist;
    QString isrc;
    bool isrcDuplicate = false; ///< another recording in the catalog has the same ISRC
    int hasVocals = -1; ///< -1 not recorded
    double bpm = 0;
    QString key;
    QString mood;

    SharedFact<ReleaseFacts> release;
    QList<CreditFact> credits;
    QList<Splits::Share> masterShares;
    bool hasWork = false;
    qint64 workId = 0;
    QString workTitle;
    QList<WorkShareFact> workShares;

    SharedFact<ProvenanceFacts> provenance;
    QList<InputFact> inputs; ///< uploaded to the AI tool
    QList<ContributionFact> contributions;
    QList<ClearanceFact> clearances;
    /// Terms for the tool and plan in force on the generation date, if the table has them.
    SharedFact<ToolTermsFact> terms;
    /// The earliest date the terms table knows the tool from (to spot impossible dates).
    QDate toolKnownSince;

    bool hasMaster = false;
    bool hasInstrumental = false;
    int stemCount = 0;
    int cutdownCount = 0;
    /// Every document the rights records refer to, by asset id.
    QHash<qint64, DocumentFact> documents;

    /// Audio check verdicts per profile ("content", "streaming", "sync", "stems"): "pass" or
    /// "fail: reason", from the stored analyses and null tests (QualityVerdicts). A profile
    /// without an analysis is absent: rules that need it say "not checked yet".
    QMap<QString, QString> qualityVerdicts;
};

} // namespace Imprint
