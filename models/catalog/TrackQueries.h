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
/// The same for these tracks only (those that exist), through the indexes.
std::optional<TrackRows> tracks(QSqlDatabase db, const QList<qint64> &ids, QString *error);

/// The fields of a track the catalog page lets the user edit.
enum class EditableField {
    Title,
    Artist,
    Version,
    Isrc,
    Genre,
    Language,
    Explicit,
    Bpm,
    Key,
    Mood,
    HasVocals
};

/// The field of a QML name ("title", "artist", "version", "isrc", "genre", "language",
/// "explicit", "bpm", "key", "mood", "hasVocals"), or nullopt.
std::optional<EditableField> editableField(const QString &name);

/// The rules every track editor shares: values are trimmed, a title is never empty, an ISRC
/// is valid (and normalised; empty clears it), explicit is "1", "0" or empty (the release rule).
/// BPM is a tempo from 20 to 400 ("120", "92.5"); a key is a note with an optional accidental and
/// mode ("F# minor", "Bbm", "C") or a Camelot code ("8A"), stored as "F# minor", "Bb minor",
/// "C major", "8A"; moods are a comma-separated list; has vocals is "1", "0" or empty (not known),
/// also from yes/no.
/// nullopt (and *error) when the value is refused. Duplicate ISRCs are the caller's to refuse
/// (TrackIsrc::check knows the catalog's codes).
std::optional<QString> normalizedValue(EditableField field, const QString &value, QString *error);

/// The BPM of the catalog (a REAL) as the views show it: "120", "92.5".
QString formatBpm(double bpm);

/// Writes one field (an ISRC must already be normalised; empty clears it). Artist edits also point the track
/// at the party of that name, creating it if the catalog has none. One write transaction.
bool updateTrackField(
    QSqlDatabase db, qint64 trackId, EditableField field, const QString &value, QString *error);

/// A field of a track as the views hold it (TrackRow's text; empty when not set).
QString fieldText(const TrackRow &row, EditableField field);

/// updateTrackField, only while the catalog still holds expected in that field (as fieldText
/// reads it): an edit made on a value that someone else has changed since is not written, and
/// *stale is what the catalog holds now (issue 16: no silent overwrites). The field is read and
/// written in one write transaction, the track's row locked against other clients meanwhile.
bool updateTrackFieldIf(QSqlDatabase db, qint64 trackId, EditableField field, const QString &expected,
    const QString &value, std::optional<QString> *stale, QString *error);

/// updateTrackField inside the caller's write transaction (several fields or tracks at once).
bool writeTrackField(
    QSqlDatabase db, qint64 trackId, EditableField field, const QString &value, QString *error);

} // namespace Imprint::TrackQueries
