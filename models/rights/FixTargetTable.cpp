// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "FixTargetTable.h"

#include "rights/FixTargets.h"

namespace Imprint
{

QStringList FixTargetTable::ruleIds()
{
    return FixTargets::ruleIds();
}

QVariantMap FixTargetTable::target(const QString &ruleId, qint64 recordId)
{
    return FixTargets::toVariant(ruleId, recordId);
}

} // namespace Imprint
