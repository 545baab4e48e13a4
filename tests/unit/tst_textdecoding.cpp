// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "exchange/TextDecoding.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char low = char(c.unicode() & 0xFF);
        const char high = char(c.unicode() >> 8);
        bytes.append(littleEndian ? low : high).append(littleEndian ? high : low);
    }
    return bytes;
}

} // namespace

class TestTextDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesByTheByteOrderMark()
    {
        const QString text = u"title\tgenre\nSalt – Ember\tÉlectro\n"_s;
        QCOMPARE(TextDecoding::decode(utf16(text, true)).text, text);
        QCOMPARE(TextDecoding::decode(utf16(text, false)).text, text);
        QCOMPARE(TextDecoding::decode("\xEF\xBB\xBF" + text.toUtf8()).text, text);
        QCOMPARE(TextDecoding::decode(text.toUtf8()).text, text);
        QVERIFY(TextDecoding::decode(text.toUtf8()).error.isEmpty());
    }

    void refusesWhatItCannotReadSafely()
    {
        // Windows-1252: 0x96 is an en dash there, and never valid UTF-8.
        TextDecoding::Decoded decoded = TextDecoding::decode("title\nOne\nSalt \x96 Ember\nFour\n");
        QVERIFY(decoded.text.isEmpty());
        QVERIFY2(decoded.error.contains(u"line 3"_s) && decoded.error.contains(u"UTF-8"_s),
            qPrintable(decoded.error));
        decoded = TextDecoding::decode(QByteArray("t\0i\0t\0l\0e\0", 10)); // UTF-16 without a mark
        QVERIFY2(decoded.error.contains(u"UTF-16"_s), qPrintable(decoded.error));
        decoded = TextDecoding::decode(utf16(u"title"_s, true).append('x')); // odd length
        QVERIFY2(decoded.error.contains(u"damaged"_s), qPrintable(decoded.error));
        decoded = TextDecoding::decode("\xEF\xBB\xBFtitle\n\xC3(\n"); // a broken sequence after a mark
        QVERIFY2(decoded.error.contains(u"line 2"_s), qPrintable(decoded.error));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
