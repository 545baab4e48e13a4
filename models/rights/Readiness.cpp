// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReadinessSupport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

// Verdict levels, checklists, names and JSON; the rules themselves are in ReadinessRules.cpp.
namespace Imprint::Readiness
{

using Support::translate;

namespace
{
thread_local MessageMemo *currentMemo = nullptr;
} // namespace

MessageMemo::MessageMemo()
    : m_outer(currentMemo)
{
    currentMemo = this;
}

MessageMemo::~MessageMemo()
{
    currentMemo = m_outer;
}

MessageMemo *MessageMemo::current()
{
    return currentMemo;
}

QString MessageMemo::text(const char *context, const char *source)
{
    const std::pair key(context, source);
    auto found = m_texts.constFind(key);
    if (found == m_texts.cend())
        found = m_texts.insert(key, QCoreApplication::translate(context, source));
    return *found;
}

TrackReadiness evaluate(const TrackFacts &facts)
{
    TrackReadiness result;
    result.trackId = facts.trackId;
    Verdict below = Verdict::Ready;
    for (Use use : allUses) {
        UseResult &level = result.uses[size_t(use)];
        level.use = use;
        level.findings = check(facts, use);
        level.previousLevelReady = below == Verdict::Ready;
        Verdict own = Verdict::Ready;
        for (const Finding &finding : level.findings) {
            if (finding.severity == Severity::Blocker)
                own = Verdict::Blocked;
            else if (finding.severity == Severity::Unknown && own == Verdict::Ready)
                own = Verdict::NotChecked;
        }
        // A level is never better than the one below it.
        level.verdict = std::max(own, below);
        below = level.verdict;
    }
    return result;
}

QList<Finding> whatItTakes(const TrackFacts &facts, Use use)
{
    QList<Finding> steps;
    for (Use level : allUses) {
        for (const Finding &finding : check(facts, level)) {
            if (finding.severity != Severity::Warning)
                steps.append(finding);
        }
        if (level == use)
            break;
    }
    return steps;
}

QString useKey(Use use)
{
    switch (use) {
    case Use::ContentCreation:
        return u"content"_s;
    case Use::Streaming:
        return u"streaming"_s;
    case Use::Sync:
        return u"sync"_s;
    case Use::Commercial:
        return u"commercial"_s;
    }
    return {};
}

QString useName(Use use)
{
    switch (use) {
    case Use::ContentCreation:
        return translate("Readiness", "Content creation");
    case Use::Streaming:
        return translate("Readiness", "Streaming release");
    case Use::Sync:
        return translate("Readiness", "Sync licensing");
    case Use::Commercial:
        return translate("Readiness", "Commercial placement");
    }
    return {};
}

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready:
        return u"ready"_s;
    case Verdict::NotChecked:
        return u"not_checked"_s;
    case Verdict::Blocked:
        return u"blocked"_s;
    }
    return {};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready:
        return translate("Readiness", "Ready");
    case Verdict::NotChecked:
        return translate("Readiness", "Not checked yet");
    case Verdict::Blocked:
        return translate("Readiness", "Blocked");
    }
    return {};
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Blocker:
        return u"blocker"_s;
    case Severity::Unknown:
        return u"unknown"_s;
    case Severity::Warning:
        return u"warning"_s;
    }
    return {};
}

QJsonObject toJson(const Finding &finding)
{
    return { { u"rule"_s, finding.ruleId }, { u"severity"_s, severityKey(finding.severity) },
        { u"message"_s, finding.message }, { u"fix"_s, finding.fix } };
}

QJsonObject toJson(const TrackReadiness &readiness)
{
    QJsonObject uses;
    for (const UseResult &level : readiness.uses) {
        QJsonArray findings;
        for (const Finding &finding : level.findings)
            findings.append(toJson(finding));
        uses.insert(useKey(level.use),
            QJsonObject { { u"verdict"_s, verdictKey(level.verdict) },
                { u"previousLevelReady"_s, level.previousLevelReady }, { u"findings"_s, findings } });
    }
    return { { u"trackId"_s, readiness.trackId }, { u"uses"_s, uses } };
}

} // namespace Imprint::Readiness
