// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>
#include <QVariant>

/// The identifier columns of an imported catalog, checked by the same rules as typed input
/// (models/identifiers): an export from another tool or an edited file must not bring in an
/// ISRC or barcode Imprint itself would refuse.
namespace Imprint::CatalogIdentifierCheck
{

/// Checks *value when table.column holds an identifier; a valid one is replaced by its storage
/// form. Returns why it is not valid ("ISRC "NOT-AN-ISRC": …"), empty when it is or when the
/// column is none of the checked ones. Null and empty values are left alone.
QString check(const QString &table, const QString &column, QVariant *value);

} // namespace Imprint::CatalogIdentifierCheck
