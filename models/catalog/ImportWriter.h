// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/ImportedFile.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace Imprint
{

/// Stores scanned files in the catalog: artists, releases (from album tags), tracks, their
/// position on releases, and assets. Each batch is one transaction, so an interrupted import
/// leaves the catalog consistent and can simply be run again.
class ImportWriter
{
public:
    /// A file found at path whose audio is also at otherPath (both relative to the library).
    struct SameAudio {
        QString otherPath;
        QString path;
    };
    struct Counts {
        int added = 0;
        int updated = 0;
        QList<SameAudio> moved; ///< otherPath was missing: its asset now points at path
        QList<SameAudio> copies; ///< otherPath is still there: path was imported as well
    };
    /// Whether a file the catalog knows (a path relative to the library) is still there.
    using FileExists = std::function<bool(const QString &relativePath)>;

    explicit ImportWriter(QSqlDatabase db);

    /// Lets writeBatch() recognise moves: a new path whose audio hash is that of a known file
    /// that is gone is the same file, moved or renamed. Without it nothing is taken as moved.
    void setFileExists(FileExists fileExists) { m_fileExists = std::move(fileExists); }

    /// The files the catalog already knows, by relative path.
    QHash<QString, FileStamp> knownFiles() const;

    /// Stores the files. A file at a new path with the decoded audio of a known file that is
    /// missing is that file moved: its asset takes the new path and keeps its track, analysis
    /// and everything attached to it. With the audio of a file still there it is a copy, stored
    /// as a file of its own and listed in Counts::copies. A master binds to a planned track (one with no
    /// audio yet) by ISRC, else by title, artist and version ignoring case and spacing
    /// (PlannedTracks::matchKey), unless both carry different ISRCs; a bound track keeps its planned title,
    /// artist and place in the running order (the album tag does not move it).
    bool writeBatch(const QList<ImportedFile> &files, Counts *counts, QString *error);

    /// The user's choice: stores file as the master of trackId, whatever its tags say. Refused
    /// (nothing written) when the track is gone or has a master already, or when the file is
    /// already another track's master or mix. One transaction.
    bool bindToTrack(const ImportedFile &file, qint64 trackId, QString *error);

    /// After the last batch: links artwork to the release in its folder and infers the
    /// release type of releases whose files did not say (1–3 tracks single, 4–6 EP, else album).
    bool finish(QString *error);

private:
    qint64 partyId(const QString &name);
    qint64 releaseId(const ImportedFile &file, qint64 artistId);
    qint64 trackId(const ImportedFile &file, qint64 artistId, bool *planned);
    qint64 plannedMatch(const ImportedFile &file, const QString &isrc);
    bool writeFile(const ImportedFile &file, Counts *counts);
    bool writeAsset(const ImportedFile &file, qint64 trackId, Counts *counts);
    /// Whether file is a known file moved (then stored as such); *original is a file still
    /// there with the same audio, if any.
    bool moveKnownFile(const ImportedFile &file, Counts *counts, QString *original);

    QSqlDatabase m_db;
    FileExists m_fileExists;
    QHash<QString, qint64> m_parties; ///< by lower-cased name
    QHash<QString, qint64> m_releases; ///< by artist id + lower-cased title
    struct Planned {
        qint64 trackId = 0;
        QString isrc;
    };
    std::optional<QHash<QString, Planned>> m_planned; ///< by PlannedTracks::matchKey, read once
    QString m_error;
};

} // namespace Imprint
