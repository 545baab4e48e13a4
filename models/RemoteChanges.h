// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "AffectedTracks.h"
#include "catalog/CatalogChangeFeed.h"

#include <QList>
#include <QSet>

namespace Imprint
{

/// What other people's changes to a team catalog (CatalogChangeFeed) mean for the open views
/// (issue 16, item 3): the track table's rows to read again, the derived data to judge again,
/// and the pages that show the changed tables. Only what changed is read again.
struct RemoteChanges {
    /// Tracks whose row of the track table may read differently: these tracks, and those on
    /// these releases (a release's title and label show in its tracks' rows).
    AffectedTracks rows;
    /// What readiness and the audio checks judge again (CatalogSession::refreshTracks).
    AffectedTracks derived;
    /// Tracks whose credits, splits or versions changed: the track pane reads them again when it
    /// shows one of these.
    QSet<qint64> trackDetails;
    bool releases = false; ///< a release, its running order or artwork: the releases page
    bool planning = false; ///< a release date or milestone: the calendar
    bool works = false; ///< a work or its publishing shares
    bool deliveries = false; ///< the delivery history

    static RemoteChanges of(const QList<CatalogChange> &changes);
};

} // namespace Imprint
