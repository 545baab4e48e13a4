// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "tracks/TrackRow.h"

#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace Imprint::TrackQueries
{

/// Every track with its first release and master asset, ordered by id.
std::optional<TrackRows> allTracks(QSqlDatabase db, QString *error);

/// The fields of a track the catalog table lets the user edit.
enum class EditableField { Title, Artist, Version, Isrc };

/// Writes one field (an ISRC must already be normalised; empty clears it). Artist edits also point the track
/// at the party of that name, creating it if the catalog has none.
bool updateTrackField(
    QSqlDatabase db, qint64 trackId, EditableField field, const QString &value, QString *error);

} // namespace Imprint::TrackQueries
