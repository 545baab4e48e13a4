// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "identifiers/IdentifierCheck.h"

#include <QStringView>

/// International Standard Name Identifier (ISO 27729) of a party: 15 digits and a check
/// character, 0–9 or X. Stored as 16 characters, shown in four groups: 0000 0001 2128 5074.
namespace Imprint::Isni
{

/// The input without a leading "ISNI" label, spaces and hyphens, with x upper-cased.
QString normalize(QStringView text);

IdentifierCheck validate(QStringView text);

/// Four groups of four for a valid ISNI; anything else comes back normalised but unformatted.
QString display(QStringView text);

/// The ISO 7064 MOD 11-2 check character for 15 digits ('0'–'9' or 'X'); a null QChar unless
/// `digits` is exactly fifteen ASCII digits.
QChar checkCharacter(QStringView digits);

} // namespace Imprint::Isni
