// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogTagWrite.h"

#include "quality/AnalysisRepository.h"

using namespace Qt::StringLiterals;

namespace Imprint::Tags
{

std::optional<QList<CatalogTagRequest>> catalogTagRequests(
    const CatalogStore &store, const CatalogTags::Selection &selection, QString *error)
{
    const QSqlDatabase db = store.connection(error);
    if (!db.isValid())
        return std::nullopt;
    const auto targets = CatalogTags::targets(db, selection, error);
    if (!targets)
        return std::nullopt;
    const QString root = store.libraryRoot();
    QList<CatalogTagRequest> requests;
    requests.reserve(targets->size());
    for (const CatalogTags::Target &target : *targets) {
        CatalogTagRequest request;
        request.trackId = target.trackId;
        request.trackTitle = target.tags.version.isEmpty()
            ? target.tags.title
            : u"%1 (%2)"_s.arg(target.tags.title, target.tags.version);
        request.relativePath = target.relativePath;
        request.request.path = store.absoluteAssetPath(root, target.relativePath);
        request.request.libraryRoot = root;
        request.request.knownAudioHash = target.audioHash;
        request.request.knownContentHash = target.contentHash;
        request.request.transform = [catalog = target.tags](const TagSet &current) {
            return CatalogTags::overlay(current, catalog);
        };
        requests.append(std::move(request));
    }
    return requests;
}

bool keepCatalogAnalyses(const CatalogStore &store, const QList<CatalogTagRequest> &requests,
    const QList<TagWriteResult> &results, QString *error)
{
    QList<RewrittenFile> files;
    for (qsizetype i = 0; i < results.size() && i < requests.size(); ++i) {
        if (const auto &kept = results.at(i).catalogAudioKept) {
            files.append(
                { requests.at(i).relativePath, QString::fromLatin1(requests.at(i).request.knownAudioHash),
                    kept->sha256, kept->size, kept->mtimeMs });
        }
    }
    if (files.isEmpty())
        return true;
    const QSqlDatabase db = store.connection(error);
    return db.isValid() && AnalysisRepository::keepAnalyses(db, files, error);
}

} // namespace Imprint::Tags
