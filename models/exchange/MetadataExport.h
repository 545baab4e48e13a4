// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QIODevice>
#include <QSqlDatabase>
#include <QString>

namespace Imprint::MetadataExport
{

enum class Format {
    Json, ///< the whole catalog (CatalogJson)
    Csv, ///< its tracks (TrackCsv)
};

/// Streams the export to path a row at a time through a temporary file beside it, which
/// replaces path only once complete and flushed to disk (QSaveFile): a failed or interrupted
/// export leaves path as it was, and memory stays flat however large the catalog.
/// False with *error (the reason; the caller names the file).
bool toFile(const QSqlDatabase &db, Format format, const QString &path, QString *error);

/// The same written to an open device, such as standard output.
bool toDevice(const QSqlDatabase &db, Format format, QIODevice *out, QString *error);

} // namespace Imprint::MetadataExport
