// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AudioFixtures.h"
#include "TestBackend.h"
#include "TestCatalog.h"
#include "catalog/CatalogStore.h"
#include "import/Importer.h"
#include "import/LibraryConsolidation.h"
#include "import/LibraryCopy.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

// Issue 17, item 7: files from outside the library are copied in (verified, originals kept), so
// backups and deliveries find every file the catalog refers to.
class TestLibraryCopy : public QObject
{
    Q_OBJECT

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static QString take(const QString &folder, const QString &name)
    {
        QString error;
        QDir().mkpath(folder);
        const QString path = Testing::makeAudioFile(folder, name, u"wav"_s, &error);
        if (path.isEmpty())
            qWarning() << error;
        return path;
    }

    static QStringList hiddenFiles(const QString &folder)
    {
        return QDir(folder)
            .entryList(QDir::Files | QDir::Hidden | QDir::System)
            .filter(QRegularExpression(u"^\\."_s));
    }

    static QString storedPath(const CatalogStore &store, const QString &like)
    {
        QString error;
        QSqlQuery query(store.connection());
        query.prepare(u"SELECT rel_path FROM assets WHERE rel_path LIKE ?"_s);
        query.addBindValue(like);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    static ImportSummary import(const CatalogStore &store, const QString &folder, bool copy)
    {
        std::atomic_bool cancel = false;
        Importer importer(store);
        importer.setCopyIntoLibrary(copy);
        return importer.run(folder, cancel);
    }

    /// A catalog whose first import made libraryPath (under dir) its library, with one take.
    struct World {
        QTemporaryDir dir;
        QString library;
        CatalogStore store { Test::catalogLocation(dir, u"catalog.sqlite"_s) };

        explicit World(const QString &libraryPath = u"lib"_s)
            : library(dir.filePath(libraryPath))
        {
        }
        ~World() { store.closeThreadConnection(); }
        bool setUp()
        {
            QString error;
            return !take(library, u"first"_s).isEmpty() && store.open(&error)
                && import(store, library, false).ok();
        }
    };

private Q_SLOTS:
    void insideMeansTheFolderOrBelowIt()
    {
        QVERIFY(LibraryCopy::isInside(u"/m/lib"_s, u"/m/lib"_s));
        QVERIFY(LibraryCopy::isInside(u"/m/lib"_s, u"/m/lib/a/b.wav"_s));
        QVERIFY(!LibraryCopy::isInside(u"/m/lib"_s, u"/m/lib2/b.wav"_s)); // a prefix is not a folder
        QVERIFY(!LibraryCopy::isInside(u"/m/lib"_s, u"/m/lib/../x.wav"_s));
        QVERIFY(LibraryCopy::isInside(u"/"_s, u"/x.wav"_s));
    }

    void aCopyKeepsTheFoldersNameAndLayout()
    {
        QCOMPARE(LibraryCopy::destinationFor(u"/m/lib"_s, u"/d/Takes"_s, u"/d/Takes/a/b.wav"_s),
            u"/m/lib/Takes/a/b.wav"_s);
        QCOMPARE(LibraryCopy::destinationFor(u"/m/lib"_s, u"/"_s, u"/b.wav"_s), u"/m/lib/Imported/b.wav"_s);
        QCOMPARE(LibraryConsolidation::insidePathFor(u"../Other/a.wav"_s), u"Other/a.wav"_s);
        QCOMPARE(LibraryConsolidation::insidePathFor(u"../../x/Takes/a.wav"_s), u"x/Takes/a.wav"_s);
        QCOMPARE(LibraryConsolidation::insidePathFor(u"/mnt/x/Takes/a.wav"_s), u"Takes/a.wav"_s);
        QCOMPARE(LibraryConsolidation::insidePathFor(u"..\\Other\\a.wav"_s), u"Other/a.wav"_s);
    }

    void aVerifiedCopyHasTheBytesAndTimeOfItsOriginal()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"in/a.bin"_s);
        QByteArray bytes(3 * (1 << 20) + 17, '\0'); // more than one block
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i * 7 % 251);
        QVERIFY(writeFile(source, bytes));
        const QString target = dir.filePath(u"lib/in/a.bin"_s);
        const std::atomic_bool never = false;
        QCOMPARE(LibraryCopy::copyVerified(source, target, never).outcome, LibraryCopy::Outcome::Copied);
        QCOMPARE(Testing::fileBytes(target), bytes);
        QCOMPARE(
            QFileInfo(target).lastModified(QTimeZone::UTC), QFileInfo(source).lastModified(QTimeZone::UTC));
        QCOMPARE(Testing::fileBytes(source), bytes);
        QVERIFY2(hiddenFiles(dir.filePath(u"lib/in"_s)).isEmpty(), "a temporary copy was left");
        // The same file again is recognised, not copied a second time.
        QCOMPARE(
            LibraryCopy::copyVerified(source, target, never).outcome, LibraryCopy::Outcome::AlreadyThere);
    }

    void aFileInTheWayIsNeverReplaced()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"a.bin"_s);
        const QString target = dir.filePath(u"lib/a.bin"_s);
        QVERIFY(writeFile(source, "the take"));
        QVERIFY(writeFile(target, "another file of the user"));
        const std::atomic_bool never = false;
        QCOMPARE(LibraryCopy::copyVerified(source, target, never).outcome, LibraryCopy::Outcome::Taken);
        QCOMPARE(Testing::fileBytes(target), "another file of the user"_ba);
    }

    void aCancelledCopyLeavesNothing()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"a.bin"_s);
        QVERIFY(writeFile(source, QByteArray(1 << 21, 'x')));
        const std::atomic_bool cancelled = true;
        const QString target = dir.filePath(u"lib/a.bin"_s);
        QCOMPARE(
            LibraryCopy::copyVerified(source, target, cancelled).outcome, LibraryCopy::Outcome::Cancelled);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(hiddenFiles(dir.filePath(u"lib"_s)).isEmpty());
    }

    void anUnreadableSourceIsNamed()
    {
        QTemporaryDir dir;
        const std::atomic_bool never = false;
        const LibraryCopy::Result result
            = LibraryCopy::copyVerified(dir.filePath(u"gone.wav"_s), dir.filePath(u"lib/gone.wav"_s), never);
        QCOMPARE(result.outcome, LibraryCopy::Outcome::Failed);
        QVERIFY2(result.error.contains(u"gone.wav"_s), qPrintable(result.error));
    }

    void aFolderOutsideTheLibraryIsRefusedUnlessCopied()
    {
        World world;
        QVERIFY(world.setUp());
        const CatalogStore &store = world.store;
        const QString &library = world.library;
        const QString outside = world.dir.filePath(u"Takes"_s);
        const QString original = take(outside + u"/sub"_s, u"second"_s);
        QVERIFY(!original.isEmpty());
        const QByteArray bytes = Testing::fileBytes(original);

        const ImportSummary refused = import(store, outside, false);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.fatalError.contains(u"outside the catalog's library folder"_s)
                && refused.fatalError.contains(u"--copy"_s),
            qPrintable(refused.fatalError));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets"_s), 1);
        QVERIFY(Importer(store).needsCopy(outside));
        QVERIFY(!Importer(store).needsCopy(library));

        const ImportSummary copied = import(store, outside, true);
        QVERIFY2(copied.ok(), qPrintable(copied.fatalError));
        QCOMPARE(copied.added, 1);
        const QString inLibrary = library + u"/Takes/sub/second.wav"_s;
        QCOMPARE(Testing::fileBytes(inLibrary), bytes);
        QCOMPARE(Testing::fileBytes(original), bytes);
        QCOMPARE(storedPath(store, u"%second.wav"_s), u"Takes/sub/second.wav"_s);

        const ImportSummary again = import(store, outside, true);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, 1);

        // A different file already at the copy's place stays, and the take is reported.
        const QString third = take(outside, u"third"_s);
        QVERIFY(writeFile(library + u"/Takes/third.wav"_s, "the user's own file"));
        const ImportSummary clash = import(store, outside, true);
        QCOMPARE(clash.failed, 1);
        QCOMPARE(clash.problems.size(), 1);
        QCOMPARE(clash.problems.constFirst().path, QFileInfo(third).canonicalFilePath());
        QVERIFY2(clash.problems.constFirst().reason.contains(u"different file"_s),
            qPrintable(clash.problems.constFirst().reason));
        QCOMPARE(Testing::fileBytes(library + u"/Takes/third.wav"_s), "the user's own file"_ba);
    }

    void aFolderAroundTheLibraryCopiesOnlyWhatIsOutside()
    {
        World world(u"Music/lib"_s);
        QVERIFY(world.setUp());
        const CatalogStore &store = world.store;
        const QString &library = world.library;
        const QString parent = world.dir.filePath(u"Music"_s);
        QVERIFY(!take(parent, u"beside"_s).isEmpty());
        const ImportSummary summary = import(store, parent, true);
        QVERIFY2(summary.ok(), qPrintable(summary.fatalError));
        QCOMPARE(summary.added, 1);
        QCOMPARE(summary.unchanged, 1);
        QVERIFY(QFileInfo::exists(library + u"/Music/beside.wav"_s));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets"_s), 2);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE rel_path LIKE '%..%'"_s), 0);
    }

    void aFileChosenForATrackIsCopiedIn()
    {
        World world;
        QVERIFY(world.setUp());
        const CatalogStore &store = world.store;
        const QString &library = world.library;
        const QString chosen = take(world.dir.filePath(u"Downloads"_s), u"master"_s);
        // A track with audio keeps it: the chosen file is not bound, and its copy does not stay.
        const qint64 withAudio = Test::scalar(store, u"SELECT id FROM tracks"_s);
        const BindResult refused = Importer(store).bindFile(chosen, withAudio);
        QVERIFY(!refused.ok);
        QVERIFY(!QFileInfo::exists(library + u"/Downloads/master.wav"_s));

        QSqlQuery query(store.connection());
        QVERIFY(query.exec(u"INSERT INTO tracks (title) VALUES ('Planned')"_s));
        const qint64 trackId = query.lastInsertId().toLongLong();
        const BindResult result = Importer(store).bindFile(chosen, trackId);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.relativePath, u"Downloads/master.wav"_s);
        QVERIFY(result.copied);
        QCOMPARE(Testing::fileBytes(library + u"/Downloads/master.wav"_s), Testing::fileBytes(chosen));
    }

    void consolidationCopiesOldOutsidePathsIn()
    {
        World world;
        QVERIFY(world.setUp());
        const CatalogStore &store = world.store;
        const QString &library = world.library;
        const QString beside = take(world.dir.filePath(u"Other"_s), u"beside"_s);
        QVERIFY(import(store, world.dir.filePath(u"Other"_s), true).ok());
        // As catalogs stored a second folder before imports copied: beside the library.
        QVERIFY(QFile::remove(library + u"/Other/beside.wav"_s));
        QSqlQuery query(store.connection());
        QVERIFY(query.exec(
            u"UPDATE assets SET rel_path = '../Other/beside.wav' WHERE rel_path LIKE '%beside%'"_s));
        QVERIFY(query.exec(u"INSERT INTO assets (kind, rel_path, size, mtime_ms) "
                           "SELECT kind, '../Gone/missing.wav', size, mtime_ms FROM assets LIMIT 1"_s));
        QCOMPARE(LibraryConsolidation(store).countOutside(), 2);

        std::atomic_bool cancel = false;
        int lastDone = -1;
        LibraryConsolidation consolidation(store);
        consolidation.setProgressCallback([&](int done, int, const QString &) { lastDone = done; });
        const ConsolidationSummary summary = consolidation.run(cancel);
        QCOMPARE(summary.outside, 2);
        QCOMPARE(summary.copied, 1);
        QCOMPARE(lastDone, 2);
        QCOMPARE(summary.problems.size(), 1);
        QVERIFY2(summary.problems.constFirst().contains(u"missing.wav"_s),
            qPrintable(summary.problems.join(u'\n')));
        QVERIFY(!summary.ok());
        QCOMPARE(Testing::fileBytes(library + u"/Other/beside.wav"_s), Testing::fileBytes(beside));
        QCOMPARE(storedPath(store, u"%beside.wav"_s), u"Other/beside.wav"_s);
        QCOMPARE(LibraryConsolidation(store).countOutside(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLibraryCopy)
#include "tst_librarycopy.moc"
