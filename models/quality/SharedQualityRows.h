// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogReadAhead.h"
#include "quality/AnalysisRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Imprint
{

/// Every track's audio-check rows (AnalysisRepository::trackRows), read once for the reloads a
/// session posts together: the quality page's and the rights page's, whose readiness judges the
/// same audio. On a large catalog that read is half a second; a session starts it on a thread
/// of its own (see CatalogReadAhead) while the catalog thread reads the track table.
class SharedQualityRows
{
public:
    /// withTitleAndPath: see AnalysisRepository::trackRows.
    explicit SharedQualityRows(const CatalogStore &store, bool withTitleAndPath = true);

    /// Starts the read on a thread of its own; call it on the catalog thread.
    void start() { m_read.start(); }

    /// Whether rows() would return without reading or waiting.
    bool isReady() const { return m_read.isReady(); }
    /// Whether start() was called: rows() would wait for that read rather than read itself.
    bool isStarted() const { return m_read.isStarted(); }

    /// The rows: the started read's, or read from db on the first call if it was never started;
    /// nullopt with *error when the read failed. Every call gets the same rows.
    std::optional<QList<TrackQualityRow>> rows(QSqlDatabase db, QString *error);

private:
    CatalogRead<std::optional<QList<TrackQualityRow>>> m_read;
};

} // namespace Imprint
