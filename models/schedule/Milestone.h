// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Imprint
{

/// One task of a release's plan (DESIGN.md §3, §7). Dates are calendar days without a time of
/// day or a time zone: a milestone is due on a day wherever the user is, so none of the maths
/// is affected by daylight saving changes.
struct Milestone {
    qint64 id = 0; ///< 0 until saved
    qint64 releaseId = 0;
    QString key; ///< the template definition it came from; empty for a task the user added
    QString name;
    QDate dueDate;
    QDate hardLimit; ///< the last day it can still be done at all (e.g. editorial pitch); often invalid
    bool required = false; ///< the release cannot go out without it
    bool done = false;
    bool derived = true; ///< still follows the release date; false once the user edited the date
    QString notes;

    bool operator==(const Milestone &) const = default;
};

/// What the calendar and the risk rules need to know about one release.
struct ReleasePlan {
    qint64 releaseId = 0;
    QString title;
    QString releaseType; ///< single, ep, album or compilation, as stored in the catalog
    qint64 primaryArtistId = 0; ///< 0 when unknown
    QString primaryArtist;
    QDate releaseDate; ///< invalid while the release is not scheduled
    QList<Milestone> milestones;
};

} // namespace Imprint
