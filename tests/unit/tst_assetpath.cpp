// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Stored asset paths mean the same file on every system: Windows paths (drive letters, UNC
// shares, backslashes) are refused or read the way Windows reads them, also on Linux.
#include "catalog/AssetPath.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestAssetPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesPathsLeavingTheLibrary_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("drive letter, backslash") << u"C:\\x.wav"_s << u"drive letter"_s;
        QTest::newRow("drive letter, slash") << u"c:/Music/x.wav"_s << u"drive letter"_s;
        QTest::newRow("drive relative") << u"D:x.wav"_s << u"drive letter"_s;
        QTest::newRow("UNC share") << u"\\\\server\\share\\x.wav"_s << u"absolute"_s;
        QTest::newRow("UNC share, slashes") << u"//server/share/x.wav"_s << u"absolute"_s;
        QTest::newRow("root of the drive") << u"\\x.wav"_s << u"absolute"_s;
        QTest::newRow("absolute") << u"/home/someone/x.wav"_s << u"absolute"_s;
        QTest::newRow("up, backslash") << u"..\\x.wav"_s << u"\"..\""_s;
        QTest::newRow("up inside, backslashes") << u"a\\..\\..\\b.wav"_s << u"\"..\""_s;
        QTest::newRow("up, mixed separators") << u"a/..\\..\\b.wav"_s << u"\"..\""_s;
        QTest::newRow("dot component") << u"a\\.\\b.wav"_s << u"\".\""_s;
        QTest::newRow("empty component") << u"a\\\\b.wav"_s << u"empty"_s;
        QTest::newRow("trailing separator") << u"a\\"_s << u"empty"_s;
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("control character") << u"a\tb.wav"_s << u"control character"_s;
    }

    void refusesPathsLeavingTheLibrary()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const QString refused = AssetPath::unsafeReason(path);
        QVERIFY2(refused.contains(reason), qPrintable(path + u": "_s + refused));
    }

    void acceptsPlainRelativePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("slash") << u"Nova Lark/Glass Harbour/01 Glass Harbour.flac"_s;
        QTest::newRow("backslash") << u"Nova Lark\\01 Glass Harbour.flac"_s;
        QTest::newRow("no folder") << u"take.wav"_s;
        QTest::newRow("dots in a name") << u"a..b/..take.wav"_s;
    }

    void acceptsPlainRelativePaths()
    {
        QFETCH(QString, path);
        QCOMPARE(AssetPath::unsafeReason(path), QString());
    }

    void backslashesAreSeparatorsOnEverySystem()
    {
        QCOMPARE(AssetPath::normalized(u"Mixes\\Nova\\a.wav"_s), u"Mixes/Nova/a.wav"_s);
        QCOMPARE(AssetPath::normalized(u"Mixes/a.wav"_s), u"Mixes/a.wav"_s);
        const QString root = u"/music/library"_s;
        QCOMPARE(AssetPath::resolve(root, u"Mixes\\a.wav"_s), u"/music/library/Mixes/a.wav"_s);
        QCOMPARE(AssetPath::resolve(root, u"Mixes\\a.wav"_s), AssetPath::resolve(root, u"Mixes/a.wav"_s));
        QCOMPARE(AssetPath::resolve(root + u'/', u"a.wav"_s), u"/music/library/a.wav"_s);
    }

    void aFoundNameWithABackslashCannotBeStored()
    {
        // Linux allows "a\b.wav" as one name, but stored it would mean a/b.wav.
        QVERIFY(AssetPath::foundFileReason(u"Mixes/a\\b.wav"_s).contains(u"backslash"_s));
        QCOMPARE(AssetPath::foundFileReason(u"Mixes/a b.wav"_s), QString());
    }

    void resolvedFilesStayInsideTheRoot()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"library/Mixes"_s));
        const QString root = dir.filePath(u"library"_s);
        QFile inside(root + u"/Mixes/a.wav"_s);
        QVERIFY(inside.open(QIODevice::WriteOnly));
        inside.close();
        QFile outside(dir.filePath(u"b.wav"_s));
        QVERIFY(outside.open(QIODevice::WriteOnly));
        outside.close();
        QCOMPARE(AssetPath::outsideRootReason(root, AssetPath::resolve(root, u"Mixes\\a.wav"_s)), QString());
        QVERIFY(!AssetPath::outsideRootReason(root, AssetPath::resolve(root, u"..\\b.wav"_s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAssetPath)
#include "tst_assetpath.moc"
