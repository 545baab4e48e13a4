// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "quality/AnalysisRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Imprint
{

/// Every track's audio-check rows (AnalysisRepository::trackRows), read once for the reloads a
/// session posts together: the quality page's and the rights page's, whose readiness judges the
/// same audio. Both run on the catalog thread one right after the other, with nothing written
/// between them, so the second takes what the first read: on a large catalog that read is most
/// of a second. Used on the catalog thread only; shared by the two jobs through a shared_ptr.
class SharedQualityRows
{
public:
    /// The rows, read from db on the first call; nullopt with *error when that read failed.
    std::optional<QList<TrackQualityRow>> rows(QSqlDatabase db, QString *error);

private:
    bool m_read = false;
    std::optional<QList<TrackQualityRow>> m_rows;
    QString m_error;
};

} // namespace Imprint
