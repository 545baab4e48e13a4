// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "tracks/TrackRow.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Imprint::TrackListing
{

/// The tracks `imprint tracks` prints, ordered by id, that match search as the catalog page's
/// search does (TrackMatch; all tracks when it is empty). Reads only the printed fields: id,
/// title, artist, release, version, ISRC, and of the master duration, format, path, sample rate
/// and bit depth; the other fields stay empty. A session would also load every track's rights
/// and quality data, which takes seconds on a large catalog. Filters in SQL on the folded search
/// text (TrackSearchText), so a search reads only the matching tracks.
std::optional<TrackRows> find(QSqlDatabase db, const QString &search, QString *error);

} // namespace Imprint::TrackListing
