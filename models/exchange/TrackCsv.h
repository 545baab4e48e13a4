// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QIODevice>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// The catalog's tracks as CSV, one row per recording, for editing in a spreadsheet.
///
/// Columns, in this order on export (import matches them by header name, in any order):
///   track_id      the catalog id; empty on a row that should create a new track
///   isrc, title, version, artist, genre, language, bpm, key, mood
///   explicit, has_vocals   "yes", "no" or empty
///   duration      m:ss (read-only)
///   release, upc, disc, track_number, release_date, label   the track's first release (read-only)
///   work, iswc    the composition (read-only)
///   changed       when the track was last changed in the catalog, as exported (read-only): a row
///                 whose track has changed since is refused rather than written over that change
///                 (a file without the column is written as it is)
/// Read-only columns are written for reference; on import a changed read-only cell is a warning.
namespace Imprint::TrackCsv
{

/// The header and one row per track, ordered by id, with CRLF line ends as RFC 4180 asks.
QString exportTracks(const QSqlDatabase &db, QString *error);

/// The same bytes as exportTracks() in UTF-8, written to out a row at a time, so memory stays
/// flat on a large catalog. False with *error when the query or a write fails.
bool writeTracks(const QSqlDatabase &db, QIODevice *out, QString *error);

struct BadRow {
    int line = 0;
    QString reason;
};

struct ImportReport {
    /// Empty when the file could be read; otherwise why nothing was imported.
    QString error;
    int updated = 0;
    int created = 0;
    int unchanged = 0;
    QList<BadRow> badRows;
    /// Rows applied with something left out: edited read-only cells, a cell running over lines.
    QList<BadRow> warnings;
    /// Header names that are neither editable nor read-only columns; their values are ignored.
    QStringList unknownColumns;
};

/// Applies the editable columns of every good row: a row with a track_id updates that track, a
/// row without one updates the track holding its ISRC or else creates a track. A bad row is
/// reported with its line and reason and changes nothing; the good rows are kept. With dryRun
/// the report is the same and the catalog is left untouched. The separator is the header's:
/// comma, tab or semicolon (Csv::separatorOf).
ImportReport importTracks(QSqlDatabase db, QStringView csv, bool dryRun);

/// importTracks() on a file's bytes, decoded as TextDecoding::decode() says (UTF-8, or UTF-16
/// with a byte-order mark); a file in another encoding is refused whole.
ImportReport importFile(QSqlDatabase db, const QByteArray &file, bool dryRun);

} // namespace Imprint::TrackCsv
