// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/SqlTransaction.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Imprint
{

/// Writes that never go over someone else's edit without a word (issue 16, item 3): a field is
/// written only while it still holds the value the edit was made on, read and written in one
/// transaction. What the editors' queries (tracks, releases, parties, works, versions) share.
namespace CompareAndSet
{

/// One column of one row.
struct StoredField {
    QString table;
    QString column;
    qint64 id = 0;
};

/// Locks a row until the transaction ends, so a value read and then written is not changed by
/// another client in between (a second writer waits, then reads this one's value). Nothing to do
/// on SQLite, whose write transaction already keeps other writers out.
bool lockRow(QSqlDatabase db, const QString &table, qint64 id, QString *error);

/// The field's value as text (NULL as empty), its row locked first (lockRow); call it inside a
/// write transaction. Nothing, with *error set to missing when the row is gone, or to the
/// database's message when the read fails.
std::optional<QString> lockedValue(
    QSqlDatabase db, const StoredField &field, const QString &missing, QString *error);

/// Runs write (which returns false and sets *error when it fails) only while the field still
/// holds expected, in one write transaction with the read (lockedValue). Otherwise nothing is
/// written and *stale is what the field holds now: someone else's edit.
template<typename Write>
bool writeIfStill(QSqlDatabase db, const StoredField &field, const QString &expected, const QString &missing,
    std::optional<QString> *stale, QString *error, Write &&write)
{
    *stale = std::nullopt;
    SqlTransaction transaction(db);
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!transaction.isActive())
        return fail(transaction.error());
    const std::optional<QString> current = lockedValue(db, field, missing, error);
    if (!current)
        return false;
    if (*current != expected) {
        *stale = *current;
        return false;
    }
    return write() && (transaction.commit() || fail(transaction.error()));
}

} // namespace CompareAndSet

} // namespace Imprint
