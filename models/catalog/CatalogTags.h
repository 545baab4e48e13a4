// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "tags/TagSet.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>

namespace Imprint::CatalogTags
{

/// Which masters to write the catalog's tags into.
struct Selection {
    enum class Scope { All, Release, Track, Tracks };
    Scope scope = Scope::All;
    qint64 id = 0; ///< the release or track for those scopes
    QList<qint64> trackIds; ///< the tracks for Scope::Tracks (a selection in the catalog table)
};

/// A master file and the tags the catalog knows for it. Empty fields are ones the catalog does
/// not know: writing keeps what the file has there.
struct Target {
    qint64 trackId = 0;
    QString relativePath; ///< relative to the library root
    TagSet tags;
    QByteArray audioHash; ///< the file's AudioIdentity hash (hex), empty until it was decoded
    QString contentHash; ///< SHA-256 (hex) of the bytes its analysis read, empty before one
};

/// The catalog's values for every master in the selection: track fields, its release's fields
/// and position (the first release it is on), and credits by role.
std::optional<QList<Target>> targets(QSqlDatabase db, const Selection &selection, QString *error);

/// The file's tags with every field the catalog knows replaced by the catalog's value.
TagSet overlay(const TagSet &file, const TagSet &catalog);

} // namespace Imprint::CatalogTags
