// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// What a stem-pack import (issue 7) and attached cut-downs read from and write to the catalog.
namespace Imprint::StemQueries
{

/// The track stems or cut-downs are attached to, with what they are checked against.
struct StemTarget {
    qint64 trackId = 0;
    QString title;
    QString version;
    QString artist; // display artist; empty when the track has none
    QString masterRelPath; // relative to the library root; empty when the track has no master
    QStringList stemHashes; // SHA-256 of the files of the kind asked for already attached (those known)
};

/// nullopt and *error when the track does not exist or the query fails. kind is the asset kind
/// whose files' hashes are read ("stem", "cutdown").
std::optional<StemTarget> stemTarget(
    QSqlDatabase db, qint64 trackId, QString *error, const QString &kind = QStringLiteral("stem"));

/// One stem (or cut-down) file to record, already at its final place under the library root.
struct StemAsset {
    QString relPath;
    QString stemType; // empty for a cut-down
    qint64 size = 0;
    qint64 mtimeMs = 0;
    QString sha256;
    QString format; // "WAV", "FLAC", …
    int sampleRate = 0, bitDepth = 0, channels = 0;
    qint64 durationMs = 0;
    QString audioKey; ///< Audio::ProbeResult::audioKey: a stem moved outside Imprint is found by it
};

/// Inserts the files as assets of kind ("stem", "cutdown") of trackId. The caller holds the write
/// transaction (SqlTransaction), so that the rows and the files moved into place succeed or fail
/// together.
bool insertTrackFiles(
    QSqlDatabase db, qint64 trackId, const QString &kind, const QList<StemAsset> &files, QString *error);

/// A stem or cut-down attached to a track, as the track's details list it.
struct TrackFile {
    qint64 assetId = 0;
    QString kind; // "stem", "cutdown"
    QString relPath; // relative to the library root
    QString stemType; // empty for a cut-down, or a stem of no known type
    qint64 durationMs = 0;
};

/// The track's stems, then its cut-downs, each by path; empty for a track without any.
std::optional<QList<TrackFile>> trackFiles(QSqlDatabase db, qint64 trackId, QString *error);

} // namespace Imprint::StemQueries
