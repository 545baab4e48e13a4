// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Imprint::ReleaseRecord
{

/// Everything deleting a release takes with it, as JSON text for the edit history: the release
/// row, every row that references it with ON DELETE CASCADE (track links, milestones, delivery
/// history…) and the rows it unlinks with ON DELETE SET NULL (its artwork and other assets).
/// The referencing tables are found from the schema's foreign keys, so tables added by later
/// migrations are covered without changing this code. Rows are kept with their ids, so a
/// restored milestone keeps its id (and its calendar UID). One level deep: rows referencing a
/// milestone or a delivery are not followed (the schema has none).
std::optional<QString> snapshot(QSqlDatabase db, qint64 releaseId, QString *error);

/// Deletes the release (its dependent rows go by the schema's cascades). One transaction.
bool remove(QSqlDatabase db, qint64 releaseId, QString *error);

/// Puts back every row of a snapshot, with the same ids, and relinks what was unlinked. One
/// transaction: either everything is back or nothing changed.
bool restore(QSqlDatabase db, const QString &snapshot, QString *error);

} // namespace Imprint::ReleaseRecord
