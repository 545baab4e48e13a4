// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TextDecoding.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringDecoder>

namespace Imprint::TextDecoding
{

namespace
{

// Text::tr() looks messages up under the context lupdate files them under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)
};

// The 1-based line holding the first byte sequence that is not UTF-8; 0 when all are.
// A line break never occurs inside a UTF-8 sequence, so lines can be checked one by one.
int firstLineNotUtf8(QByteArrayView bytes)
{
    int line = 1;
    for (qsizetype start = 0; start <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (!bytes.sliced(start, end - start).isValidUtf8())
            return line;
        start = end + 1;
    }
    return 0;
}

Decoded decodeUtf16(QByteArrayView bytes, QStringDecoder::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || bytes.size() % 2 != 0)
        return { {}, Text::tr("the file starts as UTF-16 text but is damaged further on") };
    return { std::move(text), {} };
}

} // namespace

Decoded decode(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        return decode(bytes.sliced(3)); // UTF-8 with a byte-order mark: the same rules
    if (view.startsWith("\xFF\xFE"))
        return decodeUtf16(view.sliced(2), QStringDecoder::Utf16LE);
    if (view.startsWith("\xFE\xFF"))
        return decodeUtf16(view.sliced(2), QStringDecoder::Utf16BE);
    if (view.contains('\0'))
        return { {},
            Text::tr("the file holds NUL characters: it is not a text file, or UTF-16 without a byte-order "
                     "mark; save it as \"CSV UTF-8\" and import it again") };
    if (const int line = firstLineNotUtf8(view))
        return { {},
            Text::tr("line %1 is not UTF-8 text (perhaps Windows-1252 or another older encoding); save "
                     "the file as \"CSV UTF-8\" and import it again")
                .arg(line) };
    return { QString::fromUtf8(bytes), {} };
}

} // namespace Imprint::TextDecoding
