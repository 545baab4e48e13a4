// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/Isni.h"

#include "identifiers/IdentifierText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Imprint::Isni
{

namespace
{

constexpr qsizetype Length = 16;

} // namespace

QString normalize(QStringView text)
{
    return IdentifierText::stripLabel(IdentifierText::clean(text), u"ISNI", Length);
}

QChar checkCharacter(QStringView digits)
{
    if (digits.size() != Length - 1)
        return {};
    int sum = 0;
    for (QChar c : digits) {
        if (!IdentifierText::isDigit(c))
            return {};
        sum = (sum + IdentifierText::digitValue(c)) * 2 % 11;
    }
    const int check = (12 - sum) % 11;
    return check == 10 ? QChar(u'X') : QChar(u'0' + check);
}

IdentifierCheck validate(QStringView text)
{
    const QString code = normalize(text);
    if (code.isEmpty())
        return IdentifierCheck::reject(code, QCoreApplication::translate("Identifiers", "no ISNI entered"));
    for (QChar c : code) {
        if (!IdentifierText::isDigit(c) && c != u'X') {
            return IdentifierCheck::reject(code,
                QCoreApplication::translate(
                    "Identifiers", "an ISNI has digits only (the last may be X), “%1” is not one")
                    .arg(c));
        }
    }
    if (code.size() != Length) {
        return IdentifierCheck::reject(code,
            QCoreApplication::translate(
                "Identifiers", "an ISNI has 16 characters, this one has %n", nullptr, int(code.size())));
    }
    const QChar expected = checkCharacter(QStringView(code).chopped(1));
    if (expected.isNull()) { // an X before the last place
        return IdentifierCheck::reject(
            code, QCoreApplication::translate("Identifiers", "only the last character of an ISNI may be X"));
    }
    if (expected != code.back()) {
        return IdentifierCheck::reject(code,
            QCoreApplication::translate(
                "Identifiers", "the check character (the last one) should be %1, not %2")
                .arg(expected)
                .arg(code.back()));
    }
    return IdentifierCheck::accept(code);
}

QString display(QStringView text)
{
    const IdentifierCheck check = validate(text);
    if (!check.valid)
        return check.normalized;
    const QStringView code(check.normalized);
    return u"%1 %2 %3 %4"_s.arg(code.sliced(0, 4), code.sliced(4, 4), code.sliced(8, 4), code.sliced(12, 4));
}

} // namespace Imprint::Isni
