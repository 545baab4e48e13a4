// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Imprint::CatalogRecord
{

/// Everything deleting a record (a release, a work, a party) takes with it, as JSON text for the
/// edit history: the row of `table` with this id, every row that references it with ON DELETE
/// CASCADE (a release's track links, milestones, delivery history; a work's writers' shares) and
/// the rows it unlinks with ON DELETE SET NULL (a release's artwork, a work's recordings). The
/// referencing tables are found from the schema's foreign keys, so tables added by later
/// migrations are covered without changing this code. Rows are kept with their ids, so a
/// restored milestone keeps its id (and its calendar UID). One level deep: rows referencing a
/// milestone or a delivery are not followed (the schema has none).
std::optional<QString> snapshot(QSqlDatabase db, const QString &table, qint64 id, QString *error);

/// The rows of another table that refer to a record, by foreign key (column of table).
struct Reference {
    QString table;
    QString column;
    int rows = 0;
};

/// Every table and column that refers to the record, with how many rows do, for a message that
/// says what still uses it. Tables without referring rows are left out.
std::optional<QList<Reference>> references(QSqlDatabase db, const QString &table, qint64 id, QString *error);

/// Deletes the record (its dependent rows go by the schema's cascades). One transaction. Fails,
/// changing nothing, when a row still refers to it with ON DELETE RESTRICT.
bool remove(QSqlDatabase db, const QString &table, qint64 id, QString *error);

/// Deletes the record as remove() does and returns its snapshot, read in the same transaction
/// after the row is locked on a server: what an undo puts back is exactly what went, an edit
/// someone else made a moment before included.
std::optional<QString> takeOut(QSqlDatabase db, const QString &table, qint64 id, QString *error);

/// Puts back every row of a snapshot, with the same ids, and relinks what was unlinked. One
/// transaction: either everything is back or nothing changed.
bool restore(QSqlDatabase db, const QString &snapshot, QString *error);

} // namespace Imprint::CatalogRecord
