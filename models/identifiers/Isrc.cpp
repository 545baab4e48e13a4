// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/Isrc.h"

#include "identifiers/IdentifierText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Imprint::Isrc
{

namespace
{

// The first character in [from, to) that fails `accepted`, or a null QChar.
template<typename Predicate>
QChar firstFailing(QStringView code, qsizetype from, qsizetype to, Predicate accepted)
{
    for (qsizetype i = from; i < to; ++i) {
        if (!accepted(code[i]))
            return code[i];
    }
    return {};
}

} // namespace

QString normalize(QStringView text)
{
    return IdentifierText::stripLabel(IdentifierText::clean(text), u"ISRC", Length);
}

IdentifierCheck validate(QStringView text)
{
    const QString code = normalize(text);
    if (code.isEmpty())
        return IdentifierCheck::reject(code, QCoreApplication::translate("Identifiers", "no ISRC entered"));
    if (const QChar c = IdentifierText::firstForeignCharacter(code); !c.isNull()) {
        return IdentifierCheck::reject(code,
            QCoreApplication::translate(
                "Identifiers", "“%1” cannot be part of an ISRC: use letters and digits only")
                .arg(c));
    }
    if (code.size() != Length) {
        return IdentifierCheck::reject(code,
            QCoreApplication::translate("Identifiers", "an ISRC has 12 letters and digits, this one has %n",
                nullptr, int(code.size())));
    }
    // Characters 3–5, the registrant code, may be letters or digits, which every character
    // left at this point is; only the country, year and designation need checking.
    if (const QChar c = firstFailing(code, 0, 2, IdentifierText::isLetter); !c.isNull()) {
        return IdentifierCheck::reject(code,
            QCoreApplication::translate(
                "Identifiers", "an ISRC starts with two letters (the country code), but “%1” is a digit")
                .arg(c));
    }
    if (const QChar c = firstFailing(code, 5, 7, IdentifierText::isDigit); !c.isNull()) {
        return IdentifierCheck::reject(code,
            QCoreApplication::translate(
                "Identifiers", "characters 6 and 7 of an ISRC (the year) must be digits, not “%1”")
                .arg(c));
    }
    if (const QChar c = firstFailing(code, 7, Length, IdentifierText::isDigit); !c.isNull()) {
        return IdentifierCheck::reject(code,
            QCoreApplication::translate("Identifiers",
                "the last five characters of an ISRC (the recording’s number) must be digits, not “%1”")
                .arg(c));
    }
    return IdentifierCheck::accept(code);
}

QString display(QStringView text)
{
    const IdentifierCheck check = validate(text);
    if (!check.valid)
        return check.normalized;
    const QStringView code(check.normalized);
    return u"%1-%2-%3-%4"_s.arg(code.sliced(0, 2), code.sliced(2, 3), code.sliced(5, 2), code.sliced(7, 5));
}

} // namespace Imprint::Isrc
