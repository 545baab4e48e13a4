// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"
#include "releases/ArtworkCheck.h"

namespace Imprint::Media
{

struct ArtworkImportResult {
    bool ok = false;
    QString error; ///< names the file and the reason
    QStringList warnings; ///< taken anyway: not square, under 3000 px
    /// Refused because this computer has no folder for the team catalog's files yet.
    bool needsLibraryFolder = false;
    ArtworkCheck::ImageFacts facts;
    ArtworkCheck::Stored stored;
};

/// Reads and checks an image (ArtworkCheck::judge) and copies it into the release's artwork
/// folder as an artwork asset; linking it to the release is the caller's (undoable in the GUI).
/// A catalog without a library folder gets <catalog folder>/library. Blocking, on this
/// thread's catalog connection.
ArtworkImportResult importArtwork(const CatalogStore &store, qint64 releaseId, const QString &path);

/// Links the asset to the release directly (the command line: no undo there).
bool linkArtwork(const CatalogStore &store, qint64 releaseId, qint64 assetId, QString *error);

} // namespace Imprint::Media
