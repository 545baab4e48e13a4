// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "delivery/DeliveryProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

// The preflight of a delivery: what the profile needs and the release lacks, together with the
// app's own verdicts on its tracks (readiness for the profile's use, and the audio checks).
namespace Imprint::Delivery
{

/// How much an issue stands in the way of a package.
enum class IssueLevel {
    Impossible, ///< nothing to deliver (no tracks, no master): cannot be forced
    Blocker, ///< refuses the export unless forced; a forced one is recorded in the package
    Warning, ///< exported, and recorded in the package
};

struct PreflightIssue {
    IssueLevel level = IssueLevel::Blocker;
    /// Stable: "delivery.*" for the package's own checks (preflightRuleIds()), a readiness rule id
    /// ("streaming.commercial.not_allowed", see models/rights/ReadinessRules.cpp) or
    /// "quality.<checkId>" for an audio check ("quality.clipping"; quality.notAnalysed when the
    /// master has no analysis yet).
    QString ruleId = {};
    qint64 trackId = 0; ///< 0: the release
    QString subject = {}; ///< "release", or the track's title (and version)
    QString message = {};
    QString fix = {}; ///< what to do about it; may be empty
    /// The record the fix is made on when it is neither the track nor the release (a readiness
    /// finding's work or party); 0 otherwise.
    qint64 recordId = 0;
    /// The quality profile an audio check's line was judged under (its key); empty otherwise.
    QString qualityProfile = {};
    /// Where a readiness finding's own fix is made when its rule's place does not say (the
    /// Rights tab and control of one uploaded input or document: Readiness::Finding::fixTab).
    QString fixTab = {};
    QString fixField = {};

    bool operator==(const PreflightIssue &) const = default;
};

/// The package's own checks and the verdicts the loader put into release (DeliveryTrack::facts
/// for readiness, DeliveryRelease::audioChecked for the audio checks), without duplicates: a
/// readiness finding or audio check saying what a delivery check already says is left out.
/// Ordered: the release's issues, then each track's in running order; within each, by level.
QList<PreflightIssue> preflight(const DeliveryRelease &release, const DeliveryProfile &profile);

/// Every "delivery.*" rule id the package's own checks may emit.
QStringList preflightRuleIds();

QString levelKey(IssueLevel level); ///< "impossible", "blocker", "warning"
QString levelName(IssueLevel level); ///< translated
std::optional<IssueLevel> levelFromKey(const QString &key);

bool hasLevel(const QList<PreflightIssue> &issues, IssueLevel level);
/// The issues a forced export records: everything but the impossible ones.
QList<PreflightIssue> recordable(const QList<PreflightIssue> &issues);
/// "Harbour Lights: <message>" (or "release: …"), one line for people.
QString describe(const PreflightIssue &issue);

} // namespace Imprint::Delivery
