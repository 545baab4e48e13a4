// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "TestBackend.h"
#include "TestCatalog.h"
#include "media/ArtworkImport.h"
#include "media/ImageFacts.h"
#include "releases/ArtworkCheck.h"
#include "releases/ReleasePlanController.h"

#include <QCryptographicHash>
#include <QImage>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

/// A release's cover (issue 12): checked by content (JPEG or PNG, RGB, square, 3000 px, size),
/// copied into the library without overwriting anything, linked undoably.
class TestArtworkCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_images;

    // A generated image saved as format under name (the name's suffix need not match).
    QString image(const QString &name, int width, int height, QImage::Format format, const char *as)
    {
        QImage picture(width, height, QImage::Format_RGB32);
        picture.fill(QColor(200, 80, 40));
        for (int y = 0; y < height; y += 7) // something for the encoder to keep
            picture.setPixelColor(y % width, y, Qt::white);
        if (format != QImage::Format_RGB32)
            picture = picture.convertToFormat(format);
        const QString path = m_images.filePath(name);
        if (!picture.save(path, as))
            qWarning() << "cannot write" << path;
        return path;
    }

    static QString sha256(const QString &path)
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theRulesOnPlainFacts()
    {
        ArtworkCheck::ImageFacts facts { u"/x/cover.jpg"_s, 2'000'000, true, {}, u"JPEG"_s, 3000, 3000,
            u"rgb"_s };
        QVERIFY(ArtworkCheck::judge(facts).accepted());
        QVERIFY(ArtworkCheck::judge(facts).warnings.isEmpty());
        auto small = facts;
        small.width = small.height = 1400;
        QVERIFY(ArtworkCheck::judge(small).accepted());
        QVERIFY(ArtworkCheck::judge(small).warnings.join(u' ').contains(u"3000"_s));
        auto wide = facts;
        wide.width = 4000;
        QVERIFY(ArtworkCheck::judge(wide).warnings.join(u' ').contains(u"square"_s));
        auto big = facts;
        big.fileSize = ArtworkCheck::MaxFileBytes + 1;
        QVERIFY(ArtworkCheck::judge(big).refusal.contains(u"20 MB"_s));
        auto cmyk = facts;
        cmyk.colour = u"cmyk"_s;
        QVERIFY(ArtworkCheck::judge(cmyk).refusal.contains(u"CMYK"_s));
        auto gif = facts;
        gif.format = u"GIF"_s;
        QVERIFY(ArtworkCheck::judge(gif).refusal.contains(u"GIF"_s));
        auto damaged = facts;
        damaged.decoded = false;
        damaged.error = u"premature end"_s;
        QVERIFY(ArtworkCheck::judge(damaged).refusal.contains(u"damaged"_s));
        QCOMPARE(ArtworkCheck::libraryFolder(u"AC/DC"_s, u"Back: In Black?"_s),
            u"Artwork/AC_DC/Back_ In Black_"_s);
    }

    void imagesAreReadByContent()
    {
        const auto square
            = Media::readImageFacts(image(u"square.jpg"_s, 3000, 3000, QImage::Format_RGB32, "JPEG"));
        QCOMPARE(square.format, u"JPEG"_s);
        QVERIFY(square.decoded);
        QCOMPARE(square.colour, u"rgb"_s);
        QCOMPARE(square.width, 3000);
        QVERIFY(ArtworkCheck::judge(square).accepted());
        QVERIFY(ArtworkCheck::judge(square).warnings.isEmpty());

        // A PNG named .jpg is a PNG, and a JPEG named .png a JPEG.
        const auto png
            = Media::readImageFacts(image(u"really-png.jpg"_s, 300, 300, QImage::Format_RGB32, "PNG"));
        QCOMPARE(png.format, u"PNG"_s);
        QVERIFY(ArtworkCheck::judge(png).accepted());
        const auto jpeg
            = Media::readImageFacts(image(u"really-jpeg.png"_s, 300, 200, QImage::Format_RGB32, "JPEG"));
        QCOMPARE(jpeg.format, u"JPEG"_s);
        QVERIFY(ArtworkCheck::judge(jpeg).warnings.join(u' ').contains(u"300×200"_s));

        const auto grey
            = Media::readImageFacts(image(u"grey.png"_s, 300, 300, QImage::Format_Grayscale8, "PNG"));
        QCOMPARE(grey.colour, u"greyscale"_s);
        QVERIFY(ArtworkCheck::judge(grey).refusal.contains(u"greyscale"_s));
        const auto greyJpeg
            = Media::readImageFacts(image(u"grey.jpg"_s, 300, 300, QImage::Format_Grayscale8, "JPEG"));
        QCOMPARE(greyJpeg.colour, u"greyscale"_s);
        const auto indexed
            = Media::readImageFacts(image(u"indexed.png"_s, 300, 300, QImage::Format_Indexed8, "PNG"));
        QCOMPARE(indexed.colour, u"indexed"_s);
        QVERIFY(ArtworkCheck::judge(indexed).refusal.contains(u"indexed"_s));
        const auto bmp
            = Media::readImageFacts(image(u"cover.bmp.jpg"_s, 300, 300, QImage::Format_RGB32, "BMP"));
        QCOMPARE(bmp.format, u"BMP"_s);
        QVERIFY(ArtworkCheck::judge(bmp).refusal.contains(u"BMP"_s));

        QFile text(m_images.filePath(u"notes.jpg"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a picture at all");
        text.close();
        const auto notImage = Media::readImageFacts(text.fileName());
        QVERIFY(notImage.format.isEmpty());
        QVERIFY(ArtworkCheck::judge(notImage).refusal.contains(u"notes.jpg is not an image"_s));
    }

    void cmykJpegsAreRefused()
    {
        const QString path = image(u"cmyk.jpg"_s, 300, 300, QImage::Format_CMYK8888, "JPEG");
        const auto facts = Media::readImageFacts(path);
        if (facts.colour == u"rgb")
            QSKIP("this Qt writes CMYK images to JPEG as RGB");
        QCOMPARE(facts.colour, u"cmyk"_s);
        QVERIFY(ArtworkCheck::judge(facts).refusal.contains(u"CMYK"_s));
    }

    void coversAreCopiedWithoutOverwritingAnything()
    {
        Test::TestCatalog catalog(3);
        CatalogStore store = catalog.store();
        const qint64 release
            = Test::scalar(store, u"SELECT id FROM releases WHERE title = 'Glass Harbour'"_s);
        const QString first = image(u"first.png"_s, 400, 400, QImage::Format_RGB32, "PNG");
        const QString root = QDir(catalog.folder()).filePath(u"library"_s);
        if (Test::onPostgres()) {
            // A team catalog has nothing "beside" it: this computer's folder is chosen first.
            const auto refused = Media::importArtwork(store, release, first);
            QVERIFY(!refused.ok);
            QVERIFY2(refused.error.contains(u"File › Library Folder…"_s), qPrintable(refused.error));
            QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE kind = 'artwork'"_s), 0);
            QVERIFY(store.libraryRoot().isEmpty());
            store.setLocalLibraryRoot(root);
        }
        auto result = Media::importArtwork(store, release, first);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.stored.relativePath, u"Artwork/Nova Lark/Glass Harbour/cover.png"_s);
        QVERIFY(result.warnings.join(u' ').contains(u"3000"_s));
        // No library folder yet: it starts beside the catalog file.
        QCOMPARE(store.libraryRoot(), root);
        const QString copied = QDir(root).filePath(result.stored.relativePath);
        QCOMPARE(sha256(copied), sha256(first));
        QCOMPARE(result.stored.sha256, sha256(first));
        QSqlQuery query(store.connection());
        QVERIFY(query.exec(
            u"SELECT kind, release_id, width, height, content_hash, format FROM assets WHERE id = %1"_s.arg(
                result.stored.assetId)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"artwork"_s);
        QCOMPARE(query.value(1).toLongLong(), release);
        QCOMPARE(query.value(2).toInt(), 400);
        QCOMPARE(query.value(3).toInt(), 400);
        QCOMPARE(query.value(4).toString(), sha256(first));
        QCOMPARE(query.value(5).toString(), u"PNG"_s);

        // The same image again is the same asset; another one gets the next name.
        const auto again = Media::importArtwork(store, release, first);
        QCOMPARE(again.stored.assetId, result.stored.assetId);
        const QString second = image(u"second.png"_s, 500, 500, QImage::Format_RGB32, "PNG");
        const auto other = Media::importArtwork(store, release, second);
        QVERIFY2(other.ok, qPrintable(other.error));
        QCOMPARE(other.stored.relativePath, u"Artwork/Nova Lark/Glass Harbour/cover-2.png"_s);
        QCOMPARE(sha256(copied), sha256(first));
        QVERIFY(QDir(QDir(root).filePath(u"Artwork/Nova Lark/Glass Harbour"_s))
                    .entryList(QDir::Files | QDir::Hidden)
                    .size()
            == 2); // no temporary files left

        const auto refused = Media::importArtwork(
            store, release, image(u"grey2.png"_s, 300, 300, QImage::Format_Grayscale8, "PNG"));
        QVERIFY(!refused.ok);
        QVERIFY(refused.error.contains(u"grey2.png"_s));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE kind = 'artwork'"_s), 2);
    }

    void settingArtworkIsUndoable()
    {
        Test::TestCatalog catalog(3);
        CatalogStore store = catalog.store();
        if (Test::onPostgres()) // this computer's folder for the team catalog's files
            store.setLocalLibraryRoot(QDir(catalog.folder()).filePath(u"library"_s));
        CatalogSession session(store);
        session.reload();
        session.waitForIdle();
        QCoreApplication::processEvents();
        ReleaseCatalog *releases = session.releases();
        const qint64 release
            = Test::scalar(catalog.store(), u"SELECT id FROM releases WHERE title = 'Glass Harbour'"_s);
        releases->setCurrentReleaseId(release);

        ReleasePlanController media;
        media.setSession(&session);
        QSignalSpy finished(&media, &ReleasePlanController::finished);
        QVERIFY(media.setArtwork(
            release, QUrl::fromLocalFile(image(u"small.jpg"_s, 1200, 1200, QImage::Format_RGB32, "JPEG"))));
        QVERIFY(finished.wait(10000));
        QVERIFY2(media.succeeded(), qPrintable(media.message()));
        QVERIFY(media.message().contains(u"3000"_s)); // taken, with the warning
        QTRY_VERIFY(
            releases->current().value(u"artworkUrl"_s).toUrl().toLocalFile().endsWith(u"cover.jpg"_s));
        QCOMPARE(releases->current().value(u"artworkSize"_s).toString(), u"1200 × 1200"_s);
        QVERIFY(releases->current().value(u"artworkWarning"_s).toString().contains(u"3000"_s));

        QVERIFY(media.setArtwork(
            release, QUrl::fromLocalFile(image(u"big.png"_s, 3000, 3000, QImage::Format_RGB32, "PNG"))));
        QVERIFY(finished.wait(10000));
        QVERIFY2(media.succeeded(), qPrintable(media.message()));
        QTRY_VERIFY(
            releases->current().value(u"artworkUrl"_s).toUrl().toLocalFile().endsWith(u"cover.png"_s));
        QCOMPARE(releases->current().value(u"artworkWarning"_s).toString(), QString());
        QCOMPARE(session.history()->undoText().contains(u"Artwork"_s), true);

        session.history()->undo(); // the previous cover again
        session.waitForIdle();
        QTRY_VERIFY(
            releases->current().value(u"artworkUrl"_s).toUrl().toLocalFile().endsWith(u"cover.jpg"_s));
        session.history()->undo(); // none
        session.waitForIdle();
        QTRY_COMPARE(releases->current().value(u"artworkUrl"_s).toUrl(), QUrl());
        QCOMPARE(Test::scalar(
                     catalog.store(), u"SELECT count(*) FROM releases WHERE artwork_asset_id IS NOT NULL"_s),
            0);
        session.history()->redo();
        session.waitForIdle();
        QTRY_VERIFY(
            releases->current().value(u"artworkUrl"_s).toUrl().toLocalFile().endsWith(u"cover.jpg"_s));

        // Refused: nothing changes, the message names the file and the reason.
        QVERIFY(media.setArtwork(release,
            QUrl::fromLocalFile(image(u"palette.png"_s, 3000, 3000, QImage::Format_Indexed8, "PNG"))));
        QVERIFY(finished.wait(10000));
        QVERIFY(!media.succeeded());
        QVERIFY2(media.message().contains(u"palette.png"_s) && media.message().contains(u"indexed"_s),
            qPrintable(media.message()));
        session.waitForIdle();
        QVERIFY(releases->current().value(u"artworkUrl"_s).toUrl().toLocalFile().endsWith(u"cover.jpg"_s));
    }
};

QTEST_GUILESS_MAIN(TestArtworkCheck)

#include "tst_artworkcheck.moc"
