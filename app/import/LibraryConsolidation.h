// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Imprint
{

struct ConsolidationSummary {
    int outside = 0; ///< files the catalog referred to outside its library folder
    int copied = 0; ///< copied in (or found there already) and the catalog points at the copy
    QStringList problems; ///< each names the file and why it stayed where it was
    bool cancelled = false;
    QString fatalError; ///< set when it could not run at all

    bool ok() const { return fatalError.isEmpty() && problems.isEmpty() && !cancelled; }
    QString describe() const;
};

/// Catalogs made before imports copied outside folders in may refer to files outside their
/// library folder ("../Other/take.wav"); backups and deliveries cannot take those. This copies
/// each into the library ("LIBRARY/Other/take.wav"), verified, and points its asset at the copy.
/// The originals stay. Blocking: run it off the GUI thread.
class LibraryConsolidation
{
public:
    using Progress = std::function<void(int done, int total, const QString &currentFile)>;

    explicit LibraryConsolidation(const CatalogStore &store);
    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }

    /// How many assets lie outside the library folder (0 when none, or it cannot tell).
    int countOutside() const;
    ConsolidationSummary run(const std::atomic_bool &cancel);

    /// Where a stored path outside the library goes inside it: "../Other/a.wav" → "Other/a.wav";
    /// an absolute one keeps its folder's name: "/mnt/x/Takes/a.wav" → "Takes/a.wav".
    static QString insidePathFor(const QString &storedPath);

private:
    CatalogStore m_store;
    Progress m_progress;
};

} // namespace Imprint
