// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "rights/TrackFacts.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

/// The rights sheet of a track or a release: ownership and splits, credits, provenance with the
/// AI tool's terms, human contributions and clearance items with their documents' SHA-256, and
/// the readiness verdict per use with its blockers and fixes. Built once as plain JSON, which the
/// command line prints and the PDF writer (app/reports) lays out, so both always say the same.
namespace Imprint::RightsReport
{

enum class Scope { Track, Release };

/// The sheet of one track from its facts (pure).
QJsonObject trackSheet(const TrackFacts &facts);

/// The whole report: {format, version, generatedOn, scope, release?, tracks: [trackSheet…]}.
/// A release lists its tracks in disc and track order. nullopt and *error when the track or
/// release is not in the catalog.
std::optional<QJsonObject> build(
    QSqlDatabase db, const QString &libraryRoot, const QDate &today, Scope scope, qint64 id, QString *error);

/// The state of a document as the sheet prints it: "ok", "changed", "missing" or "vanished".
QString documentState(const TrackFacts &facts, qint64 assetId);

} // namespace Imprint::RightsReport
