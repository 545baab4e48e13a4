// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "catalog/CatalogReadAhead.h"
#include "catalog/CatalogThread.h"
#include "quality/QualityCatalog.h"
#include "quality/QualityListModel.h"
#include "rights/ReadinessMatrixModel.h"
#include "rights/RightsCatalog.h"
#include "tracks/TrackTableModel.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Imprint;
using namespace Qt::StringLiterals;

namespace
{

struct Seen {
    int tracks = -1;
    Qt::HANDLE thread = nullptr;
    QString connection;
};

Seen seeTracks(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM tracks"_s) || !q.next()) {
        *error = q.lastError().text();
        return {};
    }
    return { q.value(0).toInt(), QThread::currentThreadId(), db.connectionName() };
}

} // namespace

class TestCatalogReadAhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStartedReadRunsOnAThreadAndConnectionOfItsOwn()
    {
        Test::TestCatalog catalog(3);
        QSqlDatabase db = catalog.store().connection();
        CatalogRead<Seen> read(catalog.store(), seeTracks);
        QVERIFY(!read.isStarted() && !read.isReady());
        read.start();
        read.start(); // once at most
        QVERIFY(read.isStarted());
        // Ready once its thread has read, without asking for the result (the rights read reads
        // on meanwhile).
        QTRY_VERIFY(read.isReady());
        QString error;
        const Seen seen = read.result(db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seen.tracks, 3);
        QVERIFY(seen.thread != QThread::currentThreadId());
        QVERIFY(seen.connection != db.connectionName());
        // Its connection ended with its thread.
        QVERIFY(!QSqlDatabase::contains(seen.connection));
    }

    void aReadNeverStartedRunsOnTheConnectionGivenOnce()
    {
        Test::TestCatalog catalog(3);
        QSqlDatabase db = catalog.store().connection();
        int runs = 0;
        CatalogRead<Seen> read(catalog.store(), [&runs](QSqlDatabase connection, QString *error) {
            ++runs;
            return seeTracks(connection, error);
        });
        QString error;
        QVERIFY(!read.isReady());
        QCOMPARE(read.result(db, &error).tracks, 3);
        QVERIFY(read.isReady() && !read.isStarted());
        const Seen again = read.result(db, &error);
        QCOMPARE(runs, 1);
        QCOMPARE(again.thread, QThread::currentThreadId());
        QCOMPARE(again.connection, db.connectionName());
    }

    // Two threads ask for a read nobody started (the rights read asks for the audio-check rows
    // before the session has started them): it runs once, and a start() after that does nothing.
    void aReadAskedForByTwoThreadsRunsOnce()
    {
        Test::TestCatalog catalog(3);
        const CatalogStore store = catalog.store();
        QAtomicInt runs = 0;
        CatalogRead<int> read(store, [&runs](QSqlDatabase connection, QString *error) {
            runs.fetchAndAddOrdered(1);
            QThread::msleep(100);
            return seeTracks(connection, error).tracks;
        });
        int theirs = 0;
        std::unique_ptr<QThread> asker(QThread::create([&] {
            QString error;
            theirs = read.result(store.connection(), &error);
            store.closeThreadConnection();
        }));
        asker->start();
        QString error;
        const int mine = read.result(store.connection(), &error);
        QVERIFY(asker->wait(10000));
        read.start();
        QCOMPARE(mine, 3);
        QCOMPARE(theirs, 3);
        QCOMPARE(runs.loadAcquire(), 1);
    }

    void itSeesWhatWasCommittedBeforeItStarted()
    {
        Test::TestCatalog catalog(3);
        QSqlDatabase db = catalog.store().connection();
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"DELETE FROM tracks WHERE id = (SELECT max(id) FROM tracks)"_s),
            qPrintable(q.lastError().text()));
        CatalogRead<Seen> read(catalog.store(), seeTracks);
        read.start();
        QString error;
        QCOMPARE(read.result(db, &error).tracks, 2);
    }

    // A thread that cannot connect (a team catalog's server at its limit of connections) leaves
    // the read to the catalog thread's connection.
    void aReadThatCannotConnectRunsOnTheConnectionGiven()
    {
        Test::TestCatalog catalog(3);
        QTemporaryDir dir;
        CatalogRead<Seen> read(CatalogStore(dir.filePath(u"no such folder/catalog.sqlite"_s)), seeTracks);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not connect.*no such folder"_s));
        read.start();
        QSqlDatabase db = catalog.store().connection();
        QString error;
        const Seen seen = read.result(db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seen.tracks, 3);
        QCOMPARE(seen.thread, QThread::currentThreadId());
    }

    void aReadStillRunningIsWaitedForWhenDropped()
    {
        Test::TestCatalog catalog(3);
        QAtomicInt finished = 0;
        {
            CatalogRead<int> read(catalog.store(), [&finished](QSqlDatabase, QString *) {
                QThread::msleep(100);
                finished.storeRelease(1);
                return 1;
            });
            read.start();
        }
        QCOMPARE(finished.loadAcquire(), 1);
    }

    // Closing the window ends the catalog thread: a write still in its queue is made first.
    void theCatalogThreadRunsWhatWasPostedBeforeItEnds()
    {
        Test::TestCatalog catalog(3);
        const CatalogStore store = catalog.store();
        {
            CatalogThread thread(store);
            thread.post([] { QThread::msleep(200); });
            for (int i = 0; i < 50; ++i)
                thread.post(
                    [store, i] { store.setSetting(u"test.queued.%1"_s.arg(i), u"written"_s, nullptr); });
        }
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM settings WHERE key LIKE 'test.queued.%'"_s), 50);
    }

    // The session's reload reads the rights and the audio checks on threads of their own: what
    // was edited just before, and posted before the reload, is in every page it fills.
    void aReloadRightAfterAnEditShowsTheEditOnEveryPage()
    {
        Test::TestCatalog catalog(5);
        CatalogSession session(catalog.store());
        Test::loadSession(session);
        session.waitForIdle();
        const qint64 id = session.trackTable()->index(2, 0).data(TrackTableModel::IdRole).toLongLong();
        // The catalog thread busy: the edit's write waits in its queue when the reload is posted.
        session.catalogThread()->post([] { QThread::msleep(300); });
        QVERIFY(session.setTrackField(id, u"title"_s, u"Renamed Before The Reload"_s));
        QSignalSpy reloaded(&session, &CatalogSession::reloaded);
        session.reload();
        QVERIFY(reloaded.wait(10000));

        const ReadinessMatrixModel *matrix = session.rights()->matrix();
        const int rightsRow = session.rights()->rowOfTrack(id);
        QVERIFY(rightsRow >= 0);
        QCOMPARE(matrix->index(rightsRow, 0).data(ReadinessMatrixModel::TitleRole).toString().left(25),
            u"Renamed Before The Reload"_s);
        const QualityListModel *quality = session.quality()->model();
        bool found = false;
        for (int row = 0; row < quality->rowCount(); ++row) {
            const QModelIndex index = quality->index(row, 0);
            if (index.data(QualityListModel::TrackIdRole).toLongLong() == id) {
                QCOMPARE(index.data(QualityListModel::TitleRole).toString().left(25),
                    u"Renamed Before The Reload"_s);
                found = true;
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestCatalogReadAhead)
#include "tst_catalogreadahead.moc"
