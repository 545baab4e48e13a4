// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"
#include "catalog/CatalogTags.h"
#include "tags/TagWriter.h"

#include <optional>

namespace Imprint::Tags
{

/// One master to write the catalog's values into, with the track it belongs to.
struct CatalogTagRequest {
    qint64 trackId = 0;
    QString trackTitle; ///< "Title (Version)" from the catalog
    QString relativePath; ///< relative to the library root
    TagWriteRequest request; ///< the absolute path and the catalog's values laid over the file's tags
};

/// The requests for every master in selection, on this thread's connection of store, ordered by
/// path. Fields the catalog does not know keep what each file has (CatalogTags::overlay); the
/// file is read once, when it is written. The same for the command line and the GUI.
std::optional<QList<CatalogTagRequest>> catalogTagRequests(
    const CatalogStore &store, const CatalogTags::Selection &selection, QString *error);

/// After writeTags(requests): the masters written with their audio proven the catalog's keep
/// their analyses for the new bytes (AnalysisRepository::keepAnalyses), so a tag write costs
/// no new analysis and a later import finds them unchanged. results are in requests' order.
bool keepCatalogAnalyses(const CatalogStore &store, const QList<CatalogTagRequest> &requests,
    const QList<TagWriteResult> &results, QString *error);

} // namespace Imprint::Tags
