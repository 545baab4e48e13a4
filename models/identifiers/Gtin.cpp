// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/Gtin.h"

#include "identifiers/IdentifierText.h"

#include <QCoreApplication>

namespace Imprint::Gtin
{

QString normalize(QStringView text)
{
    return IdentifierText::clean(text);
}

int checkDigit(QStringView payload)
{
    if (payload.isEmpty() || payload.size() > 17)
        return -1;
    int sum = 0;
    int weight = 3; // the digit next to the check digit weighs 3
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        if (!IdentifierText::isDigit(payload[i]))
            return -1;
        sum += weight * IdentifierText::digitValue(payload[i]);
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

IdentifierCheck validate(QStringView text)
{
    const QString code = normalize(text);
    if (code.isEmpty())
        return IdentifierCheck::reject(
            code, QCoreApplication::translate("Identifiers", "no barcode entered"));
    for (QChar c : code) {
        if (!IdentifierText::isDigit(c)) {
            return IdentifierCheck::reject(code,
                QCoreApplication::translate("Identifiers", "a barcode has digits only, “%1” is not one")
                    .arg(c));
        }
    }
    if (code.size() < MinLength || code.size() > MaxLength) {
        return IdentifierCheck::reject(code,
            QCoreApplication::translate("Identifiers",
                "a barcode has 12 digits (UPC), 13 (EAN) or 14 (GTIN-14), this one has %n", nullptr,
                int(code.size())));
    }
    const int expected = checkDigit(QStringView(code).chopped(1));
    const int given = IdentifierText::digitValue(code.back());
    if (expected != given) {
        return IdentifierCheck::reject(code,
            QCoreApplication::translate("Identifiers", "the check digit (the last one) should be %1, not %2")
                .arg(expected)
                .arg(given));
    }
    return IdentifierCheck::accept(code);
}

} // namespace Imprint::Gtin
