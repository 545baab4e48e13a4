// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Imprint::TrackSearch
{

/// What a track picker looks for: text in the title, artist or ISRC (all tracks when empty),
/// at most `limit` of them, leaving out those a picker cannot offer.
struct Query {
    QString text;
    int limit = 50;
    qint64 notOnRelease = 0; ///< leave out the tracks of this release (adding to a release)
    qint64 notTrack = 0; ///< leave out this track (a recording cannot be its own original)
};

/// Pickers read the catalog a page at a time, so they stay quick on a catalog of 100 000
/// tracks. Rows: {trackId, title, version, artist, isrc, workId, originalId, text}, where text is
/// "Title (Version) — Artist", ordered by title.
std::optional<QVariantList> find(QSqlDatabase db, const Query &query, QString *error);

} // namespace Imprint::TrackSearch
