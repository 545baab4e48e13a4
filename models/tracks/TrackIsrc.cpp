// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackIsrc.h"

#include "identifiers/Isrc.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Imprint::TrackIsrc
{

IdentifierCheck check(const TrackRows &catalog, qint64 trackId, QStringView text)
{
    IdentifierCheck result = Isrc::validate(text);
    if (!result.valid)
        return result;
    for (const TrackRow &row : catalog) {
        if (row.id != trackId && row.isrc == result.normalized) {
            const QString title
                = row.version.isEmpty() ? row.title : u"%1 (%2)"_s.arg(row.title, row.version);
            return IdentifierCheck::reject(result.normalized,
                QCoreApplication::translate("TrackIsrc", "%1 already belongs to “%2” by %3.")
                    .arg(Isrc::display(result.normalized), title, row.artist));
        }
    }
    return result;
}

Isrc::Allocation next(const TrackRows &catalog, QStringView prefix, QDate today)
{
    QSet<QString> used;
    used.reserve(catalog.size());
    for (const TrackRow &row : catalog) {
        if (!row.isrc.isEmpty())
            used.insert(row.isrc);
    }
    return Isrc::nextFree(prefix, today, used);
}

} // namespace Imprint::TrackIsrc
