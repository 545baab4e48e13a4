// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>
#include <QStringView>

/// Character helpers shared by the identifier validators. Identifiers are ASCII only, so these
/// deliberately ignore QChar's Unicode notions of digits and case: "١٢٣" are digits to QChar and
/// "ﬁ" upper-cases to "FI", and neither may ever pass as part of a code.
namespace Imprint::IdentifierText
{

inline bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

inline bool isLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

inline int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

/// Removes what people type or paste between the parts of a code (whitespace including no-break
/// spaces, hyphens and the dashes word processors turn them into, and any of `extra`) and
/// upper-cases ASCII letters.
QString clean(QStringView text, QStringView extra = {});

/// Removes `label` (already upper-case, e.g. "ISRC") and a following colon from the front of
/// cleaned text, but only when more than `codeLength` characters remain to strip it from: an
/// Icelandic ISRC can itself start with "ISRC".
QString stripLabel(const QString &cleaned, QStringView label, qsizetype codeLength);

/// The first character that is neither an ASCII letter nor a digit, or a null QChar.
QChar firstForeignCharacter(QStringView cleaned);

} // namespace Imprint::IdentifierText
