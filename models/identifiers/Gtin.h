// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "identifiers/IdentifierCheck.h"

#include <QStringView>

/// A release's barcode: UPC-A (12 digits), EAN-13 (13) or GTIN-14 (14), all GS1 trade item
/// numbers; DDEX calls the same thing an ICPN and allows 12 to 14 digits (DESIGN.md §4). Shorter
/// GTIN-8 codes are for small packs, not releases, and are refused. The code is stored with the
/// length it was given: a UPC stays 12 digits because stores and tags expect it that way.
namespace Imprint::Gtin
{

inline constexpr qsizetype MinLength = 12;
inline constexpr qsizetype MaxLength = 14;

/// The input without spaces and hyphens.
QString normalize(QStringView text);

IdentifierCheck validate(QStringView text);

/// The GS1 mod-10 check digit for `payload` (every digit but the check digit): weights 3, 1, 3…
/// from the right, check = (10 − sum mod 10) mod 10. −1 if `payload` is empty, longer than 17
/// digits (GS1's longest key, the SSCC) or not all digits.
int checkDigit(QStringView payload);

} // namespace Imprint::Gtin
