// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "archive/ArchiveTypes.h"
#include "catalog/CatalogStore.h"
#include "delivery/DeliveryProfile.h"
#include "delivery/Preflight.h"

namespace Imprint::Delivery
{

struct ExportRequest {
    qint64 releaseId = 0;
    QString profile; // a DeliveryProfile key
    QString outputPath;
    Archive::PackageFormat format = Archive::PackageFormat::ZipDeflated;
    bool exportAnyway = false; // force: write the package despite preflight blockers (recorded in it)
};

struct ExportResult {
    QString error; // empty on success
    bool cancelled = false;
    bool refusedByPreflight = false; // impossible, or blockers found and exportAnyway not set
    QList<PreflightIssue> issues; // the whole preflight
    bool milestoneTicked = false; // the release's delivery milestone was open and is done now
    int files = 0; // audio, artwork and documents packaged
    qint64 size = 0;
    QString sha256; // of the package
    int verifiedEntries = 0; // entries re-read from the finished package and matched to its manifest
    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Runs the preflight only.
ExportResult preflightRelease(const CatalogStore &store, const ExportRequest &request);

/// Builds a release package for a profile: masters are copied to a temporary folder and tagged
/// there with the catalog's values (the library's files are never written), then everything is
/// packaged with Archive::writePackage (verified before it gets its final name) and recorded in
/// the release's delivery history, with the forced blockers and the warnings (also in
/// metadata.json); the same write ticks the profile's milestone of the release. Impossible
/// issues always refuse; blockers refuse unless exportAnyway; warnings never do.
ExportResult exportRelease(const CatalogStore &store, const ExportRequest &request,
    const std::atomic_bool &cancel, const Archive::ProgressFn &progress = {});

} // namespace Imprint::Delivery
