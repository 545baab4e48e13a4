// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

/// Where the fix of each finding is made in the app: every rule id of the readiness engine
/// ("sync.bpm.missing"), of the audio checks ("quality.truePeak") and, later, of the delivery
/// preflight ("delivery.…") names a page, the kind of record to select there, the tab to open and
/// the control to put the keyboard in. The views follow a target (Main.qml navigateTo); the Qt
/// Quick test tst_fixlinks checks that every target exists, so no fix can name a place that is
/// not there.
namespace Imprint::FixTargets
{

struct Target {
    QString page; ///< a sidebar page key: catalog, releases, works, parties, quality, rights, deliveries
    QString record; ///< track, release, work, party; empty: whatever the page shows
    /// The rights pane's tab (why, provenance, clearance, people, splits) or the quality page's
    /// profile (content, streaming, sync, broadcast); empty: as it is.
    QString tab;
    QString field; ///< the objectName of the control to focus; empty: the record is the place

    bool operator==(const Target &) const = default;
};

/// Every rule id with an entry of its own, in table order.
QStringList ruleIds();

/// Whether ruleId has an entry of its own.
bool contains(const QString &ruleId);

/// The target of a rule. An id without an entry falls back to its area's page, so a new rule
/// still leads somewhere: "delivery.*" → deliveries, "quality.*" → quality, the readiness uses →
/// rights (the Why tab).
Target target(const QString &ruleId);

/// The id of an audio check's findings: "quality.truePeak"; per-file checks ("stem:Drums",
/// "cutdown:30s") share their kind's id ("quality.stem", "quality.cutdown").
QString qualityRuleId(const QString &checkId);

/// A target as the views get it: {rule, page, record, recordId, tab, field}, where recordId
/// is the id of the record to select (0: leave the page's selection as it is).
QVariantMap toVariant(const QString &ruleId, qint64 recordId);

} // namespace Imprint::FixTargets
