// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ArtworkImport.h"

#include "media/ImageFacts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::Media
{

ArtworkImportResult importArtwork(const CatalogStore &store, qint64 releaseId, const QString &path)
{
    ArtworkImportResult result;
    result.facts = readImageFacts(path);
    const ArtworkCheck::Verdict verdict = ArtworkCheck::judge(result.facts);
    if (!verdict.accepted()) {
        result.error = verdict.refusal;
        return result;
    }
    result.warnings = verdict.warnings;
    QString error;
    QSqlDatabase db = store.connection(&error);
    const QString root = db.isValid() ? store.libraryRootForNewFiles(&error) : QString();
    if (db.isValid() && root.isEmpty() && error.isEmpty() && store.isOnServer()) {
        // A team catalog has no "beside": each computer names its own folder for the files.
        result.error = QCoreApplication::translate("ArtworkImport",
            "This computer has no folder for the team catalog's files yet: choose it with File › Library "
            "Folder… (or imprint library-folder FOLDER), then add the artwork again.");
        result.needsLibraryFolder = true;
        return result;
    }
    if (!db.isValid() || root.isEmpty()) {
        result.error = error;
        return result;
    }
    const auto stored = ArtworkCheck::storeInLibrary(db, root, releaseId, result.facts, &error);
    if (!stored) {
        result.error = error;
        return result;
    }
    result.stored = *stored;
    result.ok = true;
    return result;
}

bool linkArtwork(const CatalogStore &store, qint64 releaseId, qint64 assetId, QString *error)
{
    QSqlQuery query(store.connection(error));
    query.prepare(
        u"UPDATE releases SET artwork_asset_id = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE id = ?"_s);
    query.addBindValue(assetId);
    query.addBindValue(releaseId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace Imprint::Media
