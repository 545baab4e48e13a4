// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "identifiers/IdentifierCheck.h"

#include <QStringView>

/// International Standard Recording Code (ISO 3901), one per recording version (DESIGN.md §4).
/// Stored as 12 characters, CCXXXYYNNNNN: country (2 letters), registrant (3 letters or digits),
/// year of assignment (2 digits), designation (5 digits). Rules from IFPI's ISRC Bulletin 2015/01.
namespace Imprint::Isrc
{

inline constexpr qsizetype Length = 12;

/// The input without a leading "ISRC" label, spaces and hyphens, upper-cased.
QString normalize(QStringView text);

IdentifierCheck validate(QStringView text);

/// CC-XXX-YY-NNNNN for a valid ISRC; anything else comes back normalised but unformatted.
QString display(QStringView text);

} // namespace Imprint::Isrc
