// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "archive/ArchiveTypes.h"
#include "catalog/CatalogStore.h"

#include <QStringList>

// Catalog backup and restore (DESIGN.md §8): one package holding a consistent snapshot of the
// catalog database and every file its assets point at, restorable into an empty folder.
//
// Layout of a backup package:
//   backup.json       format version, schema version, counts, and every file with its size
//                     (first, so even a truncated backup says what it should have held)
//   catalog.sqlite    the snapshot, taken with VACUUM INTO (never a copy of the live file)
//   library/<path>    every asset, at its path relative to the library root
//   MANIFEST.sha256   SHA-256 of every entry above (added by Archive::writePackage)
namespace Imprint::Delivery
{

inline constexpr int BackupFormatVersion = 1;

struct BackupResult {
    QString error; // empty on success
    bool cancelled = false;
    qint64 size = 0; // of the package
    int assets = 0; // files packaged
    qint64 assetBytes = 0;
    int tracks = 0;
    int releases = 0;
    QStringList missing; // asset paths the catalog lists that cannot be packaged
    QStringList missingReasons; // "<path>: <why>", one per entry of missing
    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Writes a backup of store's catalog and library to outputPath (format from its name, e.g.
/// ".tar.zst"). The package is verified before it gets its final name; on failure or cancel
/// nothing is left under outputPath. A backup holds every file the catalog refers to: when one
/// cannot be packaged (missing, or outside the library folder) the backup fails naming each,
/// unless allowMissing, which writes it without them (listed in missing and in backup.json).
BackupResult writeBackup(const CatalogStore &store, const QString &outputPath, const std::atomic_bool &cancel,
    const Archive::ProgressFn &progress = {}, bool allowMissing = false);

/// One entry of a backup that could not be restored.
struct RestoreProblem {
    QString path; // inside the backup
    QString status; // "missing", "mismatch", "truncated", "unlisted", "invalid"
    QString reason;
};

struct RestoreResult {
    QString error; // empty on success
    bool cancelled = false;
    QString catalogPath; // the restored catalog
    QString libraryRoot; // its library folder
    int files = 0;
    qint64 bytes = 0;
    int tracks = 0;
    QList<RestoreProblem> problems; // what is missing or wrong in a damaged backup
    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Restores a backup into targetDir (new or empty): unpacked with Archive::extractSafely, every
/// file checked against the manifest, then the catalog's library root pointed at
/// targetDir/library. On any problem targetDir is left as it was (absent or empty) and
/// problems names each entry that is missing or wrong.
RestoreResult restoreBackup(const QString &backupPath, const QString &targetDir,
    const std::atomic_bool &cancel, const Archive::ProgressFn &progress = {});

} // namespace Imprint::Delivery
