// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/Ipi.h"

#include "identifiers/IdentifierText.h"

#include <QCoreApplication>

namespace Imprint::Ipi
{

QString normalize(QStringView text)
{
    return IdentifierText::stripLabel(IdentifierText::clean(text, u"."), u"IPI", Length);
}

IdentifierCheck validate(QStringView text)
{
    const QString code = normalize(text);
    if (code.isEmpty())
        return IdentifierCheck::reject(
            code, QCoreApplication::translate("Identifiers", "no IPI number entered"));
    for (QChar c : code) {
        if (!IdentifierText::isDigit(c)) {
            return IdentifierCheck::reject(code,
                QCoreApplication::translate(
                    "Identifiers", "an IPI name number has digits only, “%1” is not one")
                    .arg(c));
        }
    }
    if (code.size() < Length) {
        return IdentifierCheck::reject(code,
            QCoreApplication::translate("Identifiers",
                "an IPI name number has 11 digits, this one has %n; if your society "
                "shows it shorter, add zeros at the front",
                nullptr, int(code.size())));
    }
    if (code.size() > Length) {
        return IdentifierCheck::reject(code,
            QCoreApplication::translate("Identifiers", "an IPI name number has 11 digits, this one has %n",
                nullptr, int(code.size())));
    }
    return IdentifierCheck::accept(code);
}

} // namespace Imprint::Ipi
