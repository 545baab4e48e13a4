// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackMatch.h"

namespace Imprint::TrackMatch
{

QStringList words(const QString &text)
{
    return text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
}

bool matches(const QString &searchKey, const QStringList &words)
{
    for (const QString &word : words) {
        if (!searchKey.contains(word))
            return false;
    }
    return true;
}

} // namespace Imprint::TrackMatch
