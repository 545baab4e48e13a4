// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Imprint::PartyQueries
{

/// The party of that name (case-insensitive, trimmed), created when there is none; 0 (and *error)
/// on failure. Call inside a write transaction: on a team catalog the name is locked until it
/// ends, so two people who name the same new artist at once make one party, not two.
qint64 findOrCreate(QSqlDatabase db, const QString &name, QString *error);

} // namespace Imprint::PartyQueries
