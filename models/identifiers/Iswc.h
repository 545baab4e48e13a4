// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "identifiers/IdentifierCheck.h"

#include <QStringView>

/// International Standard Musical Work Code (ISO 15707), the composition's identifier: "T", nine
/// digits and a check digit. Stored as T1234567890, shown as T-123.456.789-0.
namespace Imprint::Iswc
{

/// The input without a leading "ISWC" label, spaces, hyphens and dots, upper-cased (people type
/// "t-034…").
QString normalize(QStringView text);

IdentifierCheck validate(QStringView text);

/// T-ddd.ddd.ddd-c for a valid ISWC; anything else comes back normalised but unformatted.
QString display(QStringView text);

/// The check digit for nine digits: S = 1 + Σ i·dᵢ (i = 1…9), c = (10 − S mod 10) mod 10.
/// −1 unless `digits` is exactly nine ASCII digits.
int checkDigit(QStringView digits);

} // namespace Imprint::Iswc
