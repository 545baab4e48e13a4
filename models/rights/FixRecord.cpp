// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "FixRecord.h"

#include "rights/FixTargets.h"

using namespace Qt::StringLiterals;

namespace Imprint::FixTargets
{

qint64 recordIdFor(const TrackFacts &facts, const Readiness::Finding &finding)
{
    if (finding.recordId != 0)
        return finding.recordId;
    const QString record = target(finding.ruleId).record;
    if (record == u"release")
        return facts.release ? facts.release->id : 0;
    if (record == u"work")
        return facts.workId;
    if (record == u"track")
        return facts.trackId;
    return 0;
}

} // namespace Imprint::FixTargets
