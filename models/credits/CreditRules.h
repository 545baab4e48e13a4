// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "credits/CreditRows.h"
#include "rights/Splits.h"

#include <QStringList>

#include <optional>

namespace Imprint::CreditRules
{

/// The credit roles of a recording (DDEX style, DESIGN.md §3); "Musician" goes with an instrument.
const QStringList &creditRoles();
/// The writer and publisher roles of a work, as the work_shares table allows them.
const QStringList &writerRoles();

/// How a role reads in the editors ("Mastering engineer" for MasteringEngineer), translated.
QString roleLabel(const QString &role);

/// The party fields the parties page edits, by their QML names.
const QStringList &partyFields();
/// The work fields the works page edits.
const QStringList &workFields();

/// Checks and normalises a party field: a name is required, ISNI and IPI must be valid (stored
/// normalised). nullopt and *error (for a musician) when refused.
std::optional<QString> normalizedPartyValue(const QString &field, const QString &value, QString *error);
/// Checks and normalises a work field: a title is required, an ISWC must be valid or empty.
std::optional<QString> normalizedWorkValue(const QString &field, const QString &value, QString *error);

/// Whether a credit set can be saved: every row names a party and a known role, no credit twice.
/// An empty string when it can.
QString creditProblem(const QList<CreditRow> &credits);

/// Splits::check for share rows; a work's rows also need a writer role each.
Splits::Check checkShares(const QList<ShareRow> &shares, bool needRoles);

/// Sets as text for the edit history (JSON arrays), and back. fromText of broken text is empty.
QString toText(const QList<CreditRow> &credits);
QString toText(const QList<ShareRow> &shares);
QList<CreditRow> creditsFromText(const QString &text);
QList<ShareRow> sharesFromText(const QString &text);

} // namespace Imprint::CreditRules
