// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QJsonObject>
#include <QString>

namespace Imprint::RightsSheetPdf
{

/// The rights sheet (RightsReport::build) as HTML for QTextDocument: one section per track with
/// the verdicts and blockers first, then ownership, provenance, contributions and clearances.
QString html(const QJsonObject &report);

/// Lays the sheet out on A4 pages and writes a PDF to path (replaced atomically). Needs a
/// QGuiApplication (fonts). False and *error on failure.
bool write(const QJsonObject &report, const QString &path, QString *error);

} // namespace Imprint::RightsSheetPdf
