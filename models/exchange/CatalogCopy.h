// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "CatalogJson.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

/// A whole catalog copied into a new, empty one: a file to a team server and back
/// (`imprint copy-catalog`), or a team catalog into the file of its backup.
///
/// Everything CatalogJson exports, and also the stored audio measurements it leaves out
/// (analyses, with their loudness curves and waveforms, and stem null tests), so a copied
/// catalog is not analysed again. The source is read from one snapshot, so edits others commit
/// meanwhile are either wholly in the copy or not at all; the target is written in one
/// transaction, so it is left empty on any error.
namespace Imprint::CatalogCopy
{

/// The tables copied as they are, after the document's (each refers to assets or tracks).
const QStringList &measurementTables();

/// Told the table being written and its number of rows, before its rows are written.
using Progress = std::function<void(const QString &table, qsizetype rows)>;

/// Copies the catalog on from into the empty catalog on to (both open, at the same schema
/// version). rows counts the rows written per table, the measurements' included. Setting
/// *cancel stops it within a row, leaving to as it was; the error then says "cancelled".
CatalogJson::ImportResult copy(QSqlDatabase from, QSqlDatabase to, const Progress &progress = {},
    const std::atomic_bool *cancel = nullptr);

} // namespace Imprint::CatalogCopy
