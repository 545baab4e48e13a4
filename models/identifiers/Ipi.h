// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "identifiers/IdentifierCheck.h"

#include <QStringView>

/// IPI name number, CISAC's identifier of one name of a writer or publisher: 11 digits
/// (DESIGN.md §4). Stored and shown as the 11 digits.
///
/// About a check: the last two digits are widely understood to be a check number, (101 − Σ
/// dᵢ·(10 − i) mod 101) mod 100 over the first nine digits, as open-source CWR tools implement it,
/// but CISAC does not publish the rule. We validate the format only, so a real number is never
/// refused on the strength of an unofficial formula; revisit if CISAC documents it.
///
/// Collecting societies often print the number without its leading zeros (9 digits). We do not
/// pad it silently, since a mistyped 10-digit number would then pass; the reason asks the user
/// to add the zeros.
namespace Imprint::Ipi
{

inline constexpr qsizetype Length = 11;

/// The input without a leading "IPI" label, spaces, hyphens and dots.
QString normalize(QStringView text);

IdentifierCheck validate(QStringView text);

} // namespace Imprint::Ipi
