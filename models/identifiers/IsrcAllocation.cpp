// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/IsrcAllocation.h"

#include "identifiers/IdentifierText.h"
#include "identifiers/Isrc.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Imprint::Isrc
{

namespace
{

constexpr qsizetype PrefixLength = 5;
constexpr int LastDesignation = 99999;

} // namespace

IdentifierCheck validateRegistrantPrefix(QStringView text)
{
    const QString prefix = IdentifierText::clean(text);
    const bool wellFormed = prefix.size() == PrefixLength && IdentifierText::isLetter(prefix[0])
        && IdentifierText::isLetter(prefix[1]) && IdentifierText::firstForeignCharacter(prefix).isNull();
    if (!wellFormed) {
        return IdentifierCheck::reject(prefix,
            QCoreApplication::translate("Identifiers",
                "a registrant prefix looks like CC-XXX: two letters for the country, "
                "then the three letters or digits your ISRC agency gave you"));
    }
    return IdentifierCheck::accept(prefix);
}

QString displayRegistrantPrefix(QStringView text)
{
    const IdentifierCheck check = validateRegistrantPrefix(text);
    if (!check.valid)
        return check.normalized;
    return u"%1-%2"_s.arg(
        QStringView(check.normalized).sliced(0, 2), QStringView(check.normalized).sliced(2));
}

Allocation nextFree(QStringView prefix, QDate assignedOn, const QSet<QString> &catalogIsrcs)
{
    const IdentifierCheck registrant = validateRegistrantPrefix(prefix);
    if (!registrant.valid)
        return { {}, registrant.reason };
    if (!assignedOn.isValid() || assignedOn.year() < 1) // a negative year has no two-digit form
        return { {}, QCoreApplication::translate("Identifiers", "no date to take the ISRC year from") };

    const QString stem = registrant.normalized + u"%1"_s.arg(assignedOn.year() % 100, 2, 10, QChar(u'0'));
    int highest = 0;
    for (const QString &entry : catalogIsrcs) {
        const IdentifierCheck isrc = validate(entry);
        if (isrc.valid && isrc.normalized.startsWith(stem))
            highest = std::max(highest, QStringView(isrc.normalized).sliced(stem.size()).toInt());
    }
    if (highest >= LastDesignation) {
        return { {},
            QCoreApplication::translate("Identifiers",
                "the ISRC numbers of %1 for %2 are used up (99999 is taken); ask "
                "your ISRC agency for another prefix or wait for the new year")
                .arg(displayRegistrantPrefix(registrant.normalized))
                .arg(assignedOn.year()) };
    }
    return { stem + u"%1"_s.arg(highest + 1, 5, 10, QChar(u'0')), {} };
}

} // namespace Imprint::Isrc
