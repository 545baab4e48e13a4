// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Imprint::ReleaseCreation
{

/// A release planned before any of its audio exists: what New Release asks for.
struct NewRelease {
    QString title;
    QString artist; ///< the primary artist's name; found or created as a party
    QString type; ///< single, ep, album or compilation
    QDate releaseDate; ///< invalid: not scheduled yet
};

/// What is wrong with each value New Release was given, keyed by field ("title", "artist",
/// "type", "releaseDate"), in the user's language; a field that is fine has no entry. So a form
/// can say each problem under its own field.
QMap<QString, QString> problems(
    const QString &title, const QString &artist, const QString &type, const QString &isoDate);

/// Checks and normalises what the user typed: a title and an artist are needed, the type is one
/// of the release types (empty means single), the date is YYYY-MM-DD within the dates a plan can
/// use, or empty. nullopt and *error (in the user's language) when refused.
std::optional<NewRelease> normalized(
    const QString &title, const QString &artist, const QString &type, const QString &isoDate, QString *error);

/// Inserts the release and, when it has a date, the milestones of its type's schedule template,
/// in one write transaction. Refuses a release of the same title and artist (the importer files
/// tracks by album and artist, so two would split them). Returns the new release's id.
std::optional<qint64> create(QSqlDatabase db, const NewRelease &release, QString *error);

} // namespace Imprint::ReleaseCreation
