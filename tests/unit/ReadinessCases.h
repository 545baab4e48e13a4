// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "rights/Readiness.h"

#include <QList>

#include <functional>

// The facts the readiness tests judge: a track every rule is happy with, and one way to break
// it for each rule (tst_readiness, tst_readinesssummary).
namespace Imprint::Test
{

/// The day the facts are judged on.
inline const QDate readinessToday(2026, 3, 2);

/// A track every rule is happy with: AI-assisted on a paid plan, fully documented, all audio
/// checks passed. Each test breaks one fact and expects exactly its rule to fire.
TrackFacts readyFacts();

using Mutation = std::function<void(TrackFacts &)>;

struct RuleCase {
    const char *rule;
    Readiness::Use use;
    Readiness::Severity severity;
    Mutation mutate;
};

/// One case per rule: the fact of readyFacts() to break for it to fire.
QList<RuleCase> ruleCases();

} // namespace Imprint::Test
