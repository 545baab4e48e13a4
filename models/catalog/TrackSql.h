// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

/// SQL for what several queries pick per track. Each is a lookup in an index (assets_track,
/// release_tracks_track): a "… ORDER BY … LIMIT 1" subquery would sort in a temporary table for
/// every track, which on a large catalog costs more than the rest of the row.
namespace Imprint::TrackSql
{

/// The id of a track's main audio file: its first master, else its first mix (the file the
/// catalog lists, checks and tags). trackColumn names the track's id in the outer query.
inline QString mainAudioId(const QString &trackColumn)
{
    return QStringLiteral("coalesce((SELECT min(id) FROM assets WHERE track_id = %1 AND kind = 'master'), "
                          "(SELECT min(id) FROM assets WHERE track_id = %1 AND kind = 'mix'))")
        .arg(trackColumn);
}

/// The id of the first release (the lowest id) a track is on, or NULL.
inline QString firstReleaseId(const QString &trackColumn)
{
    return QStringLiteral("(SELECT min(release_id) FROM release_tracks WHERE track_id = %1)")
        .arg(trackColumn);
}

} // namespace Imprint::TrackSql
