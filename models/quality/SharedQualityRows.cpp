// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "SharedQualityRows.h"

namespace Imprint
{

SharedQualityRows::SharedQualityRows(const CatalogStore &store, bool withTitleAndPath)
    : m_read(store, [withTitleAndPath](QSqlDatabase db, QString *error) {
        return AnalysisRepository::trackRows(db, error, {}, withTitleAndPath);
    })
{
}

std::optional<QList<TrackQualityRow>> SharedQualityRows::rows(QSqlDatabase db, QString *error)
{
    return m_read.result(db, error);
}

} // namespace Imprint
