// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/ImportedFile.h"
#include "catalog/MissingFiles.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

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

    explicit ImportWriter(QSqlDatabase db);

    /// The catalog's files that are gone from their paths: writeBatch() stores a file found at a
    /// new path that is one of them (MissingFiles::take) as that file, moved. Without them nothing
    /// is taken as moved.
    void setMissingFiles(MissingFiles missing) { m_missing = std::move(missing); }

    /// The files the catalog already knows, by relative path.
    QHash<QString, KnownFile> knownFiles() const;

    /// Stores the files. A file at a new path that is a missing file moved (setMissingFiles())
    /// is stored as that file: its asset takes the new path and keeps its track, analysis and
    /// everything attached to it. A master binds to a planned track (one with no audio yet) by ISRC, else by
    /// title, artist and version ignoring case and spacing (PlannedTracks::matchKey), unless both carry
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
    /// Whether the catalog has a file at relativePath (true on a database error, with m_error).
    bool isKnownPath(const QString &relativePath);
    /// Records the new time of a file whose bytes are the catalog's (ImportedFile::sameBytes).
    bool writeTime(const ImportedFile &file);
    /// Stores file as the missing file it is, moved.
    bool writeMove(const ImportedFile &file, const MissingFiles::File &missing, Counts *counts);

    QSqlDatabase m_db;
    MissingFiles m_missing; ///< less those found again since
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
