// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/IdentifierText.h"

namespace Imprint::IdentifierText
{

namespace
{

bool isSeparator(QChar c, QStringView extra)
{
    // U+2010..U+2015: hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar; PDFs and
    // word processors produce these when a code printed as "FR-Z03-…" is copied.
    return c.isSpace() || c == u'-' || (c.unicode() >= 0x2010 && c.unicode() <= 0x2015) || extra.contains(c);
}

} // namespace

QString clean(QStringView text, QStringView extra)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (isSeparator(c, extra))
            continue;
        if (c >= u'a' && c <= u'z')
            c = QChar(c.unicode() - u'a' + u'A');
        result.append(c);
    }
    return result;
}

QString stripLabel(const QString &cleaned, QStringView label, qsizetype codeLength)
{
    if (cleaned.size() <= codeLength || !cleaned.startsWith(label))
        return cleaned;
    QString rest = cleaned.sliced(label.size());
    if (rest.startsWith(u':'))
        rest.remove(0, 1);
    return rest;
}

QChar firstForeignCharacter(QStringView cleaned)
{
    for (QChar c : cleaned) {
        if (!isDigit(c) && !isLetter(c))
            return c;
    }
    return {};
}

} // namespace Imprint::IdentifierText
