// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/Iswc.h"

#include "identifiers/IdentifierText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Imprint::Iswc
{

namespace
{

constexpr qsizetype Length = 11; // T + 9 digits + check digit

} // namespace

QString normalize(QStringView text)
{
    return IdentifierText::stripLabel(IdentifierText::clean(text, u"."), u"ISWC", Length);
}

int checkDigit(QStringView digits)
{
    if (digits.size() != 9)
        return -1;
    int sum = 1;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (!IdentifierText::isDigit(digits[i]))
            return -1;
        sum += int(i + 1) * IdentifierText::digitValue(digits[i]);
    }
    return (10 - sum % 10) % 10;
}

IdentifierCheck validate(QStringView text)
{
    const QString code = normalize(text);
    if (code.isEmpty())
        return IdentifierCheck::reject(code, QCoreApplication::translate("Identifiers", "no ISWC entered"));
    if (!code.startsWith(u'T')) {
        return IdentifierCheck::reject(code,
            QCoreApplication::translate(
                "Identifiers", "an ISWC starts with the letter T, as in T-034.524.680-1"));
    }
    for (QChar c : QStringView(code).sliced(1)) {
        if (!IdentifierText::isDigit(c)) {
            return IdentifierCheck::reject(code,
                QCoreApplication::translate(
                    "Identifiers", "after the T an ISWC has digits only, “%1” is not one")
                    .arg(c));
        }
    }
    if (code.size() != Length) {
        // A named count: lupdate's parser hangs on an arithmetic expression in this argument.
        const int digits = int(code.size()) - 1;
        return IdentifierCheck::reject(code,
            QCoreApplication::translate(
                "Identifiers", "an ISWC has 10 digits after the T, this one has %n", nullptr, digits));
    }
    const int expected = checkDigit(QStringView(code).sliced(1, 9));
    const int given = IdentifierText::digitValue(code.back());
    if (expected != given) {
        return IdentifierCheck::reject(code,
            QCoreApplication::translate("Identifiers", "the check digit (the last one) should be %1, not %2")
                .arg(expected)
                .arg(given));
    }
    return IdentifierCheck::accept(code);
}

QString display(QStringView text)
{
    const IdentifierCheck check = validate(text);
    if (!check.valid)
        return check.normalized;
    const QStringView code(check.normalized);
    return u"T-%1.%2.%3-%4"_s.arg(
        code.sliced(1, 3), code.sliced(4, 3), code.sliced(7, 3), code.sliced(10, 1));
}

} // namespace Imprint::Iswc
