// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

/// Versions of a recording (DESIGN.md §3): an Instrumental, Clean, Radio Edit or cut-down is its
/// own track with its own ISRC, linked to the original it was made from (tracks.original_track_id).
namespace Imprint::TrackVersionQueries
{

/// {trackId, text} of the recording this one is a version of; empty when it is an original.
std::optional<QVariantMap> originalOf(QSqlDatabase db, qint64 trackId, QString *error);
/// [{trackId, text, version, isrc}] of the recordings made from this one, by version name.
std::optional<QVariantList> versionsOf(QSqlDatabase db, qint64 trackId, QString *error);
/// The original a track is linked to now (0 for none). With lockRow, in a transaction on a
/// server, the track's row stays locked until it ends: a second writer waits, then reads this one's.
std::optional<qint64> originalIdOf(QSqlDatabase db, qint64 trackId, QString *error, bool lockRow = false);
/// True when linking trackId to originalId would make a loop: originalId is trackId or, through
/// its own originals, a version of it.
std::optional<bool> wouldLoop(QSqlDatabase db, qint64 trackId, qint64 originalId, QString *error);
/// Links the track to its original; 0 makes it an original again.
bool setOriginal(QSqlDatabase db, qint64 trackId, qint64 originalId, QString *error);

} // namespace Imprint::TrackVersionQueries
