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
    /// A known file found again at another path (both relative to the library).
    struct Move {
        QString from;
        QString to;
    };
    struct Counts {
        int added = 0;
        int updated = 0;
        QList<Move> moved; ///< from was missing: its asset now points at to
    };
    /// Whether a file the catalog knows (a path relative to the library) is still there.
    using FileExists = std::function<bool(const QString &relativePath)>;
    /// What findMissingFiles() found.
    struct MissingFiles {
        int count = 0; ///< audio files the catalog knows that are not where it says
        bool withAudioHash = false; ///< some of them are known by the hash of their audio
    };

    explicit ImportWriter(QSqlDatabase db);

    /// Looks for the catalog's audio files that are gone from their paths, so that writeBatch()
    /// recognises them at new paths (moved or renamed). Without it nothing is taken as moved.
    /// When some are known by their audio hash, new files need ImportedFile::audioHash to match
    /// them by it; nullopt on a database error.
    std::optional<MissingFiles> findMissingFiles(const FileExists &fileExists, QString *error);

    /// The files the catalog already knows, by relative path.
    QHash<QString, FileStamp> knownFiles() const;

    /// Stores the files. A file at a new path that is a missing file (findMissingFiles())
    /// moved is stored as that file: its asset takes the new path and keeps its track, analysis
    /// and everything attached to it. It is that file when its decoded audio hashes the same, or,
    /// for a missing file whose audio hash is not known yet, when size and modification time are
    /// the same (a move or rename keeps both) and only one missing file (or one of that name)
    /// has them. A master binds to a planned track (one with no audio yet) by ISRC, else by title,
    /// artist and version ignoring case and spacing (PlannedTracks::matchKey), unless both carry
    /// different ISRCs; a bound track keeps its planned title, artist and place in the running
    /// order (the album tag does not move it).
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
    /// The missing file that file is, moved; -1 for none.
    qsizetype movedFrom(const ImportedFile &file) const;
    /// Whether the catalog has a file at relativePath (true on a database error, with m_error).
    bool isKnownPath(const QString &relativePath);
    /// Stores file as the missing file at index of m_missing, moved.
    bool writeMove(const ImportedFile &file, qsizetype index, Counts *counts);

    QSqlDatabase m_db;
    struct Missing {
        qint64 assetId = 0;
        QString path;
        qint64 size = 0;
        qint64 mtimeMs = 0;
        QString audioHash;
    };
    QList<Missing> m_missing; ///< found by findMissingFiles(), less those found again since
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
