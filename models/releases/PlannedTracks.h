// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

/// Tracks planned on a release before their audio exists: a recording row (title, artist,
/// version, ISRC) placed in the running order, with no master asset yet. Importing audio later
/// binds to it (ImportWriter) instead of creating a second recording.
namespace Imprint::PlannedTracks
{

/// The edit-history field (under ReleaseCatalog::historyPrefix) of planning a track: the record
/// is the track, the values a CatalogRecord snapshot of it (empty: not planned).
inline constexpr QLatin1StringView HistoryField { "plannedTrack" };

struct PlannedTrack {
    QString title;
    QString artist; ///< empty: the release's primary artist
    QString version;
    QString isrc; ///< optional; checked and normalised
};

/// Trimmed values with a checked ISRC; nullopt (and *error) when the title is missing or the
/// ISRC is not valid.
std::optional<PlannedTrack> normalized(const PlannedTrack &track, QString *error);

/// Creates the recording and appends it to the release's running order (last disc, next
/// number), in one transaction. Refuses an ISRC another recording holds. Returns the track id.
std::optional<qint64> create(QSqlDatabase db, qint64 releaseId, const PlannedTrack &track, QString *error);

/// Title, artist and version folded for matching a file to a planned track: case and runs of
/// white space do not count, and "Original", "Original Mix" and "Album Version" are no version.
QString matchKey(const QString &title, const QString &artist, const QString &version);

/// True when the track has a master or mix file (a planned track has none).
bool hasAudio(QSqlDatabase db, qint64 trackId);

} // namespace Imprint::PlannedTracks
