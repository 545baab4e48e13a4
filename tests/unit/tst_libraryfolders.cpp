// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Issue 16, item 5: each computer has a team catalog's library at its own place. The folder is
// remembered per computer (LibraryFolders, in the configuration, never in the catalog) and
// checked against the catalog's files: each at its relative path, with the SHA-256 recorded.
#include "CatalogSession.h"
#include "TestBackend.h"
#include "TestCatalog.h"
#include "hash/Sha256.h"
#include "library/LibraryCheck.h"
#include "library/LibraryFolderController.h"
#include "library/LibraryFolders.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestLibraryFolders : public QObject
{
    Q_OBJECT

    static QStringList storedPaths(const CatalogStore &store)
    {
        QStringList paths;
        QSqlQuery query(store.connection());
        query.exec(u"SELECT rel_path FROM assets ORDER BY rel_path"_s);
        while (query.next())
            paths.append(query.value(0).toString());
        return paths;
    }

    // Every file of the catalog under root, with some bytes of its own; returns their paths.
    static QStringList writeLibrary(const CatalogStore &store, const QString &root)
    {
        const QStringList paths = storedPaths(store);
        for (const QString &path : paths) {
            const QString file = QDir(root).filePath(path);
            QDir().mkpath(QFileInfo(file).path());
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write((u"audio of "_s + path).toUtf8()) < 0)
                qWarning() << "cannot write" << file;
        }
        return paths;
    }

    // What an analysis records: the SHA-256 of the file as it is under root.
    static void recordHash(const CatalogStore &store, const QString &root, const QString &path)
    {
        QSqlQuery query(store.connection());
        query.prepare(u"UPDATE assets SET content_hash = ? WHERE rel_path = ?"_s);
        query.addBindValue(QString::fromLatin1(Sha256::hashFile(QDir(root).filePath(path)).toHex()));
        query.addBindValue(path);
        QVERIFY(query.exec());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Folders remembered by an earlier run (a test database's name may come again).
        QFile::remove(
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/imprintrc"_s);
    }

    void theCheckFindsVerifiesAndNamesWhatIsWrong()
    {
        Test::TestCatalog catalog(4);
        QVERIFY(catalog.isValid());
        QTemporaryDir library;
        const QStringList paths = writeLibrary(catalog.store(), library.path());
        QCOMPARE(paths.size(), 4);
        for (const QString &path : paths.first(3))
            recordHash(catalog.store(), library.path(), path);

        std::atomic_bool cancel = false;
        LibraryCheck check(catalog.store());
        QList<int> progress;
        check.setProgressCallback([&](int done, int, const QString &) { progress.append(done); });
        LibraryCheckResult result = check.run(library.path(), cancel);
        QVERIFY2(result.ok(), qPrintable(result.describe()));
        QCOMPARE(result.total, 4);
        QCOMPARE(result.found, 4);
        QCOMPARE(result.verified, 3); // the fourth was never analysed: nothing to compare with
        QCOMPARE(progress, (QList<int> { 0, 1, 2, 3, 4 }));
        // Without the English plural forms loaded, "%n file(s)" says "file(s)".
        QCOMPARE(result.describe(),
            u"4 of 4 file(s) found in %1: 3 the same as recorded (SHA-256)."_s.arg(
                QDir::toNativeSeparators(library.path())));

        // One file changed since it was analysed, one gone: each named.
        QFile changed(QDir(library.path()).filePath(paths.at(0)));
        QVERIFY(changed.open(QIODevice::Append));
        changed.write("!");
        changed.close();
        QVERIFY(QFile::remove(QDir(library.path()).filePath(paths.at(1))));
        result = check.run(library.path(), cancel);
        QVERIFY(!result.ok());
        QVERIFY(result.looksLikeTheLibrary());
        QCOMPARE(result.found, 3);
        QCOMPARE(result.verified, 1);
        QCOMPARE(result.changed, QStringList { paths.at(0) });
        QCOMPARE(result.missing, QStringList { paths.at(1) });
        QVERIFY2(result.describe().contains(u"1 missing"_s) && result.describe().contains(u"1 changed"_s),
            qPrintable(result.describe()));

        // A folder with none of them is not the library; one that is no folder is said so.
        QTemporaryDir other;
        result = check.run(other.path(), cancel);
        QVERIFY(!result.looksLikeTheLibrary());
        QCOMPARE(result.missing, paths);
        result = check.run(other.filePath(u"nothing-here"_s), cancel);
        QVERIFY(!result.fatalError.isEmpty());
        QVERIFY2(result.describe().contains(u"nothing-here"_s), qPrintable(result.describe()));

        cancel = true;
        result = check.run(library.path(), cancel);
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok());
        QVERIFY(result.describe().startsWith(u"Stopped before the end."_s));
    }

    void eachComputerRemembersItsOwnFolderForATeamCatalog()
    {
        if (!Test::onPostgres())
            QSKIP(
                "a team catalog is on a server: the PostgreSQL run (tst_libraryfolders_postgres) tests this");
        Test::TestCatalog catalog(3);
        QVERIFY(catalog.isValid());
        QString error;
        QVERIFY(catalog.store().setLibraryRoot(u"/mnt/first-machine"_s, &error));
        QTemporaryDir here;
        writeLibrary(catalog.store(), here.path());

        // Before: this computer has none of its own, and the catalog's own folder is used.
        const CatalogStore before = LibraryFolders::withLocalFolder(CatalogStore(catalog.store().path()));
        QVERIFY(before.localLibraryRoot().isEmpty());
        QCOMPARE(before.libraryRoot(), u"/mnt/first-machine"_s);

        QVERIFY2(LibraryFolders::use(catalog.store(), here.path(), &error), qPrintable(error));
        const CatalogStore after = LibraryFolders::withLocalFolder(CatalogStore(catalog.store().path()));
        QCOMPARE(after.libraryRoot(), QDir::cleanPath(here.path()));
        QCOMPARE(after.absoluteAssetPath(after.libraryRoot(), u"a/b.flac"_s), here.filePath(u"a/b.flac"_s));
        // The catalog, which the other computers read, still names the first machine's folder.
        QCOMPARE(after.setting(u"library_root"), u"/mnt/first-machine"_s);
        // Another team catalog on the same server has nothing from this one.
        const QString otherAddress = catalog.store().path() + u"&application_name=other"_s;
        QVERIFY(LibraryFolders::folder(otherAddress).isEmpty());
    }

    void aCatalogFileKeepsItsFolderItself()
    {
        if (Test::onPostgres())
            QSKIP("a catalog file: the SQLite run (tst_libraryfolders) tests this");
        Test::TestCatalog catalog(2);
        QVERIFY(catalog.isValid());
        QTemporaryDir moved;
        QString error;
        QVERIFY2(LibraryFolders::use(catalog.store(), moved.path(), &error), qPrintable(error));
        QCOMPARE(catalog.store().setting(u"library_root"), QDir::cleanPath(moved.path()));
        QVERIFY(LibraryFolders::folder(catalog.store().path()).isEmpty());
        QVERIFY(LibraryFolders::withLocalFolder(catalog.store()).localLibraryRoot().isEmpty());
    }

    // The window says when the catalog's folder is not on this computer, and the dialog's
    // controller checks another one off the GUI thread and makes it the library.
    void theSessionSaysWhenTheFolderIsNotHereAndTheControllerSetsIt()
    {
        Test::TestCatalog catalog(3);
        QVERIFY(catalog.isValid());
        QString error;
        QVERIFY(catalog.store().setLibraryRoot(u"/nonexistent/Label Library"_s, &error));
        CatalogSession session(catalog.store());
        Test::loadSession(session);
        QVERIFY(session.isLibraryFolderMissing());
        QCOMPARE(session.libraryFolder(), u"/nonexistent/Label Library"_s);

        QTemporaryDir here;
        writeLibrary(catalog.store(), here.path());
        LibraryFolderController controller;
        controller.setSession(&session);
        QSignalSpy finished(&controller, &LibraryFolderController::finished);
        QSignalSpy used(&controller, &LibraryFolderController::folderUsed);
        controller.useCheckedFolder(); // nothing checked yet: nothing to use
        QVERIFY(!controller.isRunning());
        controller.check(QUrl::fromLocalFile(here.path()));
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY(!controller.isRunning());
        QVERIFY(controller.allFound());
        QVERIFY(controller.looksLikeTheLibrary());
        QCOMPARE(controller.total(), 3);
        QCOMPARE(controller.done(), 3);
        QCOMPARE(controller.checkedFolder(), QUrl::fromLocalFile(QDir::cleanPath(here.path())));
        QVERIFY(controller.problems().isEmpty());
        QVERIFY(controller.isComplete());
        controller.useCheckedFolder(); // saved off the GUI thread
        QVERIFY(controller.isSaving());
        QVERIFY(!controller.isRunning());
        QVERIFY(used.wait(10000));
        QCOMPARE(used.count(), 1);
        QVERIFY(!controller.isSaving());

        // Opened again (the window restarts on the catalog), the files are found there.
        CatalogSession reopened(LibraryFolders::withLocalFolder(CatalogStore(catalog.store().path())));
        Test::loadSession(reopened);
        QVERIFY(!reopened.isLibraryFolderMissing());
        QCOMPARE(reopened.libraryFolder(), QDir::cleanPath(here.path()));
    }
};

QTEST_GUILESS_MAIN(TestLibraryFolders)
#include "tst_libraryfolders.moc"
