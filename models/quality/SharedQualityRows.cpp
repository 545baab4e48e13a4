// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "SharedQualityRows.h"

namespace Imprint
{

std::optional<QList<TrackQualityRow>> SharedQualityRows::rows(QSqlDatabase db, QString *error)
{
    if (!m_read) {
        m_rows = AnalysisRepository::trackRows(db, &m_error);
        m_read = true;
    }
    if (!m_rows && error)
        *error = m_error;
    return m_rows;
}

} // namespace Imprint
