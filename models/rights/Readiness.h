// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "rights/TrackFacts.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <utility>

namespace Imprint::Readiness
{

/// The uses of DESIGN.md §6, each requiring the one before it.
enum class Use { ContentCreation, Streaming, Sync, Commercial };
constexpr std::array allUses { Use::ContentCreation, Use::Streaming, Use::Sync, Use::Commercial };

enum class Severity {
    Blocker, ///< prevents the use until fixed
    Unknown, ///< depends on a check that has not run yet; prevents "ready" without claiming a fault
    Warning, ///< worth fixing, does not prevent the use
};

enum class Verdict {
    Ready, ///< nothing blocks this use or any level below it (warnings may remain)
    NotChecked, ///< no known blocker, but some check has not run yet
    Blocked,
};

struct Finding {
    QString ruleId; ///< stable, e.g. "streaming.isrc.missing"; tests and reports key on it
    Severity severity = Severity::Blocker;
    QString message; ///< what is wrong, for a musician
    QString fix; ///< what to do about it
    /// The record the fix is made on when it is not the track, its release or its work (the
    /// party whose identifiers are missing); 0 otherwise.
    qint64 recordId = 0;
    /// Where on the track's rights the fix is made when that depends on the record rather than
    /// the rule (a document attached on the Provenance or People tab): the tab and control
    /// (FixTargets' names); empty for the rule's own target.
    QString fixTab = {};
    QString fixField = {};
};

struct UseResult {
    Use use = Use::ContentCreation;
    Verdict verdict = Verdict::Blocked;
    QList<Finding> findings; ///< this level's own findings
    bool previousLevelReady = true; ///< false when a lower level keeps this one from "ready"
};

/// The verdict for every use, in the order of allUses.
struct TrackReadiness {
    qint64 trackId = 0;
    std::array<UseResult, 4> uses;
    const UseResult &operator[](Use use) const { return uses[size_t(use)]; }
};

/// How many days before the release date delivery must happen at the latest, and ideally.
constexpr int minimumLeadDays = 7;
constexpr int comfortableLeadDays = 21;
constexpr int albumLeadDays = 28;
/// Commercial placements are licensed for a term; clearances must outlast it.
constexpr int placementTermDays = 365;
/// The clearance board flags items expiring this soon.
constexpr int expiringSoonDays = 30;

/// Every rule id check() can report, kept beside the rules (tst_readiness compares it with the
/// ids in the rules' sources and with what the rules report on generated facts; every id has a
/// FixTargets entry).
QStringList ruleIds();

/// The findings of one level alone (rules of DESIGN.md §6).
QList<Finding> check(const TrackFacts &facts, Use use);

/// Every level, with verdicts that take the lower levels into account.
TrackReadiness evaluate(const TrackFacts &facts);

/// While one lives on a thread, the rules judged on that thread look each message up in the
/// installed translation once instead of once per track: judging a whole catalog asks for the
/// same few dozen messages for every track, and at 100 000 tracks the lookups were a quarter
/// of the work. Make one around a bulk evaluation, on the thread that evaluates.
class MessageMemo
{
public:
    MessageMemo();
    ~MessageMemo();
    Q_DISABLE_COPY_MOVE(MessageMemo)

    /// The memo living on this thread, or nullptr.
    static MessageMemo *current();
    /// source translated in context (looked up the first time it is asked for).
    QString text(const char *context, const char *source);

private:
    /// By the addresses of context and source: each message is a literal.
    QHash<std::pair<const char *, const char *>, QString> m_texts;
    MessageMemo *m_outer = nullptr;
};

/// Everything that stands between the track and a use, lower levels first: the checklist of
/// "what does it take to make this sync-ready?". Warnings are left out.
QList<Finding> whatItTakes(const TrackFacts &facts, Use use);

/// Whether a clearance item counts as done: cleared (or not needed), in its validity on
/// facts.today, with its document (if any) present and unchanged.
bool isSettled(const TrackFacts &facts, const ClearanceFact &item);
/// The kinds of clearance item the rules count only with their signed document: an AI tool
/// licence, a split sheet (publishing), a master agreement, a mechanical licence.
const QStringList &documentedKinds();
/// Whether a cleared item of documentedKinds() still waits for its document (missing, changed
/// or gone from disk).
bool needsItsDocument(const TrackFacts &facts, const ClearanceFact &item);

QString useKey(Use use); ///< "content", "streaming", "sync", "commercial"
QString useName(Use use); ///< translated, for the views
QString verdictKey(Verdict verdict); ///< "ready", "not_checked", "blocked"
QString verdictName(Verdict verdict); ///< translated
QString severityKey(Severity severity); ///< "blocker", "unknown", "warning"

QJsonObject toJson(const Finding &finding);
QJsonObject toJson(const TrackReadiness &readiness);

} // namespace Imprint::Readiness
