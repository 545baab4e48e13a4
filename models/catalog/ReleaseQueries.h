// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "releases/ReleaseRow.h"

#include <QSqlDatabase>

#include <optional>

namespace Imprint::ReleaseQueries
{

std::optional<QList<ReleaseRow>> allReleases(QSqlDatabase db, QString *error);
std::optional<QList<ReleaseTrackRow>> tracksOf(QSqlDatabase db, qint64 releaseId, QString *error);

/// The release fields the releases page edits, by the names QML uses.
const QStringList &editableFields();

/// Checks and normalises a value for a field: dates are ISO (YYYY-MM-DD), types and statuses
/// come from fixed lists, "explicit" is yes/no/empty. nullopt (and *error) when refused.
std::optional<QString> normalizedValue(const QString &field, const QString &value, QString *error);

/// Checks, normalises and writes one field in its own write transaction.
bool updateReleaseField(
    QSqlDatabase db, qint64 releaseId, const QString &field, const QString &value, QString *error);

/// updateReleaseField, only while the catalog still holds expected in that field (its text as
/// the release form edits it; empty when not set): an edit made on a value someone else has
/// changed since is not written, and *stale is what the catalog holds now (issue 16).
bool updateReleaseFieldIf(QSqlDatabase db, qint64 releaseId, const QString &field, const QString &expected,
    const QString &value, std::optional<QString> *stale, QString *error);

/// Links the release to its cover (an artwork asset's id, 0 for none) while it still holds
/// expected; a link it already holds is no change. Otherwise nothing is written and *stale is the
/// cover it holds now (issue 16).
bool setArtworkIf(QSqlDatabase db, qint64 releaseId, qint64 expected, qint64 assetId,
    std::optional<qint64> *stale, QString *error);
/// An asset's file name ("cover.png"); empty for none.
QString assetFileName(QSqlDatabase db, qint64 assetId);

/// updateReleaseField inside the caller's write transaction (edits of several records at once).
bool writeReleaseField(
    QSqlDatabase db, qint64 releaseId, const QString &field, const QString &value, QString *error);

} // namespace Imprint::ReleaseQueries
