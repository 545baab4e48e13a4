// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "tags/TagSet.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestTagSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalityAndDiff()
    {
        TagSet a;
        a.title = u"One"_s;
        a.artists = { u"A"_s };
        TagSet b = a;
        QCOMPARE(a, b);
        QVERIFY(diffTags(a, b).isEmpty());

        b.title = u"Two"_s;
        b.bpm = 120;
        b.cover = { "png-bytes", u"image/png"_s };
        QVERIFY(a != b);
        const QList<TagChange> changes = diffTags(a, b);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0].field, TagField::Title);
        QCOMPARE(changes[0].before, u"One"_s);
        QCOMPARE(changes[0].after, u"Two"_s);
        QCOMPARE(changes[1].field, TagField::Bpm);
        QCOMPARE(changes[2].field, TagField::Cover);
        QCOMPARE(changes[2].after, u"image/png, 9 bytes"_s);

        // Same size, different picture: still a change.
        TagSet c = b;
        c.cover.data = "PNG-BYTES";
        QCOMPARE(diffTags(b, c).size(), 1);
    }

    void normalizedTrimsAndDropsEmpties()
    {
        TagSet tags;
        tags.title = u"  Title \n"_s;
        tags.artists = { u" A "_s, u""_s, u"  "_s, u"B"_s };
        tags.credits = { { u" Producer "_s, { u" Sam "_s, u""_s } }, { u"mixer"_s, { u" "_s } } };
        tags.bpm = -5;
        const TagSet n = tags.normalized();
        QCOMPARE(n.title, u"Title"_s);
        QCOMPARE(n.artists, QStringList({ u"A"_s, u"B"_s }));
        QCOMPARE(n.credits.size(), 1);
        QCOMPARE(n.credits.value(u"producer"_s), QStringList { u"Sam"_s });
        QCOMPARE(n.bpm, 0);
    }

    void textRoundTrip_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("title") << u"title"_s << u"Glass Harbour"_s;
        QTest::newRow("artists") << u"artists"_s << u"Nova Lark; Jörg"_s;
        QTest::newRow("track") << u"trackNumber"_s << u"7"_s;
        QTest::newRow("credits") << u"credits"_s << u"engineer=Kit; producer=Sam; producer=Ana"_s;
        QTest::newRow("musicians") << u"musicians"_s << u"guitar=Ana"_s;
        QTest::newRow("explicit") << u"explicit"_s << u"explicit"_s;
        QTest::newRow("clean") << u"Explicit"_s << u"clean"_s;
    }

    void textRoundTrip()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        const auto tagField = fieldFromName(field);
        QVERIFY(tagField);
        TagSet tags;
        QString reason;
        QVERIFY2(tags.setText(*tagField, text, &reason), qPrintable(reason));
        QCOMPARE(tags.text(*tagField), text);
    }

    void badTextIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("number") << u"bpm"_s << u"fast"_s;
        QTest::newRow("negative") << u"trackNumber"_s << u"-1"_s;
        QTest::newRow("role") << u"credits"_s << u"caterer=Bob"_s;
        QTest::newRow("pair") << u"credits"_s << u"Bob"_s;
        QTest::newRow("explicit") << u"explicit"_s << u"maybe"_s;
        QTest::newRow("cover") << u"cover"_s << u"x.png"_s;
    }

    void badTextIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        TagSet tags;
        const TagSet untouched = tags;
        QString reason;
        QVERIFY(!tags.setText(*fieldFromName(field), text, &reason));
        QVERIFY(!reason.isEmpty());
        QCOMPARE(tags, untouched);
    }

    void fieldNamesAreUniqueAndComplete()
    {
        QSet<QString> names;
        for (const TagField field : allTagFields()) {
            const QString name = fieldName(field);
            QVERIFY(!name.isEmpty());
            QCOMPARE(fieldFromName(name), field);
            names.insert(name);
        }
        QCOMPARE(names.size(), int(TagField::Cover) + 1);
        QVERIFY(!fieldFromName(u"nonsense"_s));
    }
};

QTEST_GUILESS_MAIN(TestTagSet)
#include "tst_tagset.moc"
