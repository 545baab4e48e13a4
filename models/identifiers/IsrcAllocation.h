// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "identifiers/IdentifierCheck.h"

#include <QDate>
#include <QSet>
#include <QStringView>

/// "Assign ISRC": the next code under the user's registrant prefix for the year of assignment.
namespace Imprint::Isrc
{

/// The catalog's `settings` key for the registrant prefix, stored normalised ("FRZ03"). The user
/// sets it once; an ISRC prefix never changes (IFPI FAQ), so the editor should not offer to
/// rewrite existing codes when it does.
inline constexpr QStringView RegistrantPrefixSetting = u"isrc_registrant_prefix";

/// A registrant prefix as the national agency issues it, CC-XXX: two letters (country), three
/// letters or digits (registrant). Normalised to 5 characters without the hyphen.
IdentifierCheck validateRegistrantPrefix(QStringView text);

/// CC-XXX for a valid prefix; anything else comes back normalised but unformatted.
QString displayRegistrantPrefix(QStringView text);

struct Allocation {
    QString isrc; ///< normalised; empty when refused
    QString reason; ///< why no code could be given; empty on success
    bool ok() const { return !isrc.isEmpty(); }
};

/// The next ISRC for `prefix` in the year of `assignedOn`, given every ISRC already in the
/// catalog (in any spelling; entries that are not valid ISRCs are ignored).
///
/// "Next" means one above the highest designation used for that prefix and year, starting at
/// 00001. Gaps are never filled: a code missing from the catalog may still be out in the world
/// on a recording that was deleted here, and an ISRC must never name two recordings. When 99999
/// is taken the year is used up and nothing is allocated.
Allocation nextFree(QStringView prefix, QDate assignedOn, const QSet<QString> &catalogIsrcs);

} // namespace Imprint::Isrc
