// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TestBackend.h"
#include "TestCatalog.h"
#include "catalog/CatalogStore.h"
#include "demo/DemoLibrary.h"
#include "import/Importer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <taglib/fileref.h>
#include <taglib/tpropertymap.h>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir demoDir;
    QString library;

    static bool copyFolder(const QString &from, const QString &to)
    {
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = to + source.mid(from.size());
            if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
                return false;
        }
        return true;
    }

    ImportSummary import(const CatalogStore &store, const QString &folder)
    {
        std::atomic_bool cancel = false;
        return Importer(store).run(folder, cancel);
    }

    // The demo library copied to folder and imported into a new catalog at catalogPath.
    CatalogStore importedCopy(const QString &folder, const QString &catalogPath)
    {
        const CatalogStore store(catalogPath);
        QString error;
        if (!copyFolder(library, folder) || !store.open(&error) || !import(store, folder).ok())
            qWarning() << "cannot import a copy of the demo library into" << catalogPath << error;
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        library = demoDir.filePath(u"library"_s);
        QString error;
        QVERIFY2(Demo::generateDemoLibrary(library, &error), qPrintable(error));
    }

    void importsTheDemoLibrary()
    {
        QTemporaryDir dir;
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QString error;
        QVERIFY(store.open(&error));
        const ImportSummary summary = import(store, library);
        QVERIFY2(summary.ok(), qPrintable(summary.fatalError));
        QCOMPARE(summary.added, 14 + 11 + 3);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 14);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM releases"_s), 3);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE kind = 'stem'"_s), 11);
        QCOMPARE(
            Test::scalar(store, u"SELECT count(*) FROM releases WHERE artwork_asset_id IS NOT NULL"_s), 3);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM releases WHERE release_type = 'album'"_s), 1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks WHERE version = 'Radio Edit'"_s), 1);
        QCOMPARE(
            Test::scalar(store, u"SELECT bit_depth FROM assets WHERE rel_path LIKE '%Static Bloom.wav'"_s),
            24);
        // Paths are relative to the library root, which the first import set.
        QCOMPARE(store.libraryRoot(), QFileInfo(library).canonicalFilePath());
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE rel_path LIKE '/%'"_s), 0);
        store.closeThreadConnection();
    }

    void reimportingDuplicatesNothingAndUpdatesChangedFiles()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"takes"_s);
        const CatalogStore store = importedCopy(copy, Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 14);

        ImportSummary again = import(store, copy);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 28);

        // A file Remove took off its track waits in the library's hidden .imprint-removed folder
        // for an undo (TrackFiles): Import Folder does not read it.
        const auto seen = [](const ImportSummary &summary) {
            return summary.added + summary.updated + summary.unchanged + summary.failed + summary.skipped;
        };
        const int before = seen(again);
        const QString held = copy + u"/.imprint-removed/Nova Lark/Glass Harbour/Stems/bass.flac"_s;
        QVERIFY(QDir().mkpath(QFileInfo(held).absolutePath()));
        QVERIFY(QFile::copy(copy + u"/Nova Lark/Glass Harbour/01 Glass Harbour.flac"_s, held));
        again = import(store, copy);
        QCOMPARE(seen(again), before);
        QVERIFY(QFile::remove(held));

        // Retitle one file the way another tag editor would.
        const QString file = copy + u"/Nova Lark/Glass Harbour/01 Glass Harbour.flac"_s;
        {
            TagLib::FileRef ref(QFile::encodeName(file).constData());
            QVERIFY(!ref.isNull());
            auto properties = ref.properties();
            properties.replace("GENRE", TagLib::StringList(TagLib::String("Ambient")));
            ref.setProperties(properties);
            QVERIFY(ref.save());
        }
        QFile(file).setFileTime(
            QDateTime::currentDateTimeUtc().addSecs(5), QFileDevice::FileModificationTime);
        again = import(store, copy);
        QCOMPARE(again.updated, 1);
        QCOMPARE(again.added, 0);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 14);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks WHERE genre = 'Ambient'"_s), 1);
        store.closeThreadConnection();
    }

    // Files copied or restored without their times: bytes that hash to what the catalog
    // recorded are not read again (their tags and analysis hold), only the time is new. A file
    // retagged in place, its size kept, is read again.
    void aFileWithOnlyANewTimeIsNotReadAgain()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"takes"_s);
        const CatalogStore store = importedCopy(copy, Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 14);
        const QString touched = u"Mara Vell/Tidal Memory/06 Lanterns.wav"_s;
        const QString retagged = u"Nova Lark/Glass Harbour/01 Glass Harbour.flac"_s;
        const auto sha256 = [&](const QString &relative) {
            QFile file(copy + u'/' + relative);
            return file.open(QIODevice::ReadOnly)
                ? QString::fromLatin1(
                      QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex())
                : QString();
        };
        QSqlQuery query(store.connection());
        query.prepare(u"UPDATE assets SET content_hash = ? WHERE rel_path = ?"_s);
        for (const QString &relative : { touched, retagged }) {
            query.addBindValue(sha256(relative));
            query.addBindValue(relative);
            QVERIFY(query.exec());
        }
        const QString hashBefore = sha256(touched);

        const qint64 sizeBefore = QFileInfo(copy + u'/' + retagged).size();
        {
            TagLib::FileRef ref(QFile::encodeName(copy + u'/' + retagged).constData());
            auto properties = ref.properties();
            properties.replace("GENRE", TagLib::StringList(TagLib::String("Ambient")));
            ref.setProperties(properties);
            QVERIFY(ref.save());
        }
        QCOMPARE(QFileInfo(copy + u'/' + retagged).size(), sizeBefore); // FLAC's padding took it
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(10);
        for (const QString &relative : { touched, retagged }) {
            QFile file(copy + u'/' + relative);
            QVERIFY(file.open(QIODevice::ReadWrite)
                && file.setFileTime(later, QFileDevice::FileModificationTime));
        }

        const ImportSummary again = import(store, copy);
        QVERIFY2(again.ok(), qPrintable(again.fatalError));
        QCOMPARE(again.updated, 1);
        QCOMPARE(again.unchanged, 27);
        QCOMPARE(
            Test::scalar(store,
                u"SELECT count(*) FROM assets WHERE rel_path = '%1' AND content_hash = '%2' AND mtime_ms = %3"_s
                    .arg(touched, hashBefore)
                    .arg(later.toMSecsSinceEpoch())),
            1);
        QCOMPARE(Test::scalar(store,
                     u"SELECT count(*) FROM assets WHERE rel_path = '%1' AND content_hash IS NULL"_s.arg(
                         retagged)),
            1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks WHERE genre = 'Ambient'"_s), 1);
        QCOMPARE(import(store, copy).unchanged, 28);
        store.closeThreadConnection();
    }

    void badFilesAreReportedAndTheRestIsImported()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"mixed"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(
            library + u"/Nova Lark/Glass Harbour/01 Glass Harbour.flac"_s, folder + u"/good.flac"_s));
        QFile noise(folder + u"/noise.flac"_s);
        QVERIFY(noise.open(QIODevice::WriteOnly));
        noise.write(QByteArray(4096, 'x'));
        noise.close();
        QFile source(folder + u"/good.flac"_s);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile truncated(folder + u"/truncated.flac"_s);
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(source.read(source.size() / 3));
        truncated.close();
        QFile notes(folder + u"/notes.txt"_s);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("lyrics draft");
        notes.close();

        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QString error;
        QVERIFY(store.open(&error));
        const ImportSummary summary = import(store, folder);
        QVERIFY(summary.ok());
        QCOMPARE(summary.added, 1);
        QCOMPARE(summary.failed, 2);
        QCOMPARE(summary.skipped, 1);
        QStringList reported;
        for (const ImportProblem &problem : summary.problems) {
            QVERIFY2(!problem.reason.isEmpty(), qPrintable(problem.path));
            reported.append(QFileInfo(problem.path).fileName());
        }
        reported.sort();
        QCOMPARE(reported, (QStringList { u"noise.flac"_s, u"notes.txt"_s, u"truncated.flac"_s }));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 1);
        store.closeThreadConnection();
    }

    void aNameWithABackslashIsSkipped()
    {
#ifdef Q_OS_WIN
        QSKIP("Windows names cannot hold a backslash");
#endif
        // Stored as it is, "take\\2.flac" would mean take/2.flac on Windows and to Imprint.
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"takes"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString source = library + u"/Nova Lark/Glass Harbour/01 Glass Harbour.flac"_s;
        QVERIFY(QFile::copy(source, folder + u"/good.flac"_s));
        QVERIFY(QFile::copy(source, folder + u"/take\\2.flac"_s));
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QString error;
        QVERIFY(store.open(&error));
        const ImportSummary summary = import(store, folder);
        QVERIFY(summary.ok());
        QCOMPARE(summary.added, 1);
        QCOMPARE(summary.skipped, 1);
        QCOMPARE(summary.problems.size(), 1);
        QCOMPARE(QFileInfo(summary.problems.constFirst().path).fileName(), u"take\\2.flac"_s);
        QVERIFY(summary.problems.constFirst().reason.contains(u"backslash"_s));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE rel_path LIKE '%\\%'"_s), 0);
        store.closeThreadConnection();
    }

    void aCancelledImportKeepsWholeBatchesAndCanBeRunAgain()
    {
        QTemporaryDir dir;
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QString error;
        QVERIFY(store.open(&error));
        std::atomic_bool cancel = false;
        Importer importer(store);
        importer.setBatchSize(4);
        importer.setBatchCallback([&cancel] { cancel = true; }); // cancel after the first batch
        const ImportSummary first = importer.run(library, cancel);
        QVERIFY(first.cancelled);
        QCOMPARE(first.added, 4);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets"_s), 4);
        const ImportSummary second = import(store, library);
        QVERIFY(!second.cancelled);
        QCOMPARE(second.added, 24);
        QCOMPARE(second.unchanged, 4);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks"_s), 14);
        store.closeThreadConnection();
    }

    void aMissingFolderIsAClearError()
    {
        QTemporaryDir dir;
        const CatalogStore store(Test::catalogLocation(dir, u"catalog.sqlite"_s));
        QString error;
        QVERIFY(store.open(&error));
        const ImportSummary summary = import(store, dir.filePath(u"does-not-exist"_s));
        QVERIFY(!summary.ok());
        QVERIFY2(summary.fatalError.contains(u"does-not-exist"_s), qPrintable(summary.fatalError));
        store.closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
