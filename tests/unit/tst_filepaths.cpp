// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// A file named in a message (the preview bar's "Cannot play …"): its name decoded, its path with
// this system's separators and a network share's server kept.
#include "catalog/FilePaths.h"

#include <QDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestFilePaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFileIsNamedDecoded()
    {
        QCOMPARE(FilePaths::name(QUrl::fromLocalFile(u"/music/Glass Harbour 100%.flac"_s)),
            u"Glass Harbour 100%.flac"_s);
        QCOMPARE(FilePaths::name(QUrl(u"file:///music/S%C3%BC%C3%9F.wav"_s)), u"Süß.wav"_s);
        QCOMPARE(FilePaths::name(QUrl()), QString());
    }

    void aPathIsShownAsThisSystemWritesIt()
    {
        QCOMPARE(FilePaths::shown(QUrl::fromLocalFile(u"/music/take one.flac"_s)),
            QDir::toNativeSeparators(u"/music/take one.flac"_s));
        // A team library on a share: the server stays in the path (\\nas\share\… on Windows).
        QCOMPARE(FilePaths::shown(QUrl(u"file://nas/share/take.flac"_s)),
            QDir::toNativeSeparators(u"//nas/share/take.flac"_s));
        QCOMPARE(
            FilePaths::shown(QUrl(u"https://example.org/take.flac"_s)), u"https://example.org/take.flac"_s);
        QCOMPARE(FilePaths::shown(QUrl()), QString());
    }
};

QTEST_GUILESS_MAIN(TestFilePaths)
#include "tst_filepaths.moc"
