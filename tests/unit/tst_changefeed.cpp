// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Issue 16, item 3: other people's changes to a team catalog appear in the open views as they
// commit them (LISTEN/NOTIFY), row by row, without reading the whole table again. "Another
// person" here is a connection of the test's own that says it is another client, as a second
// machine's would. The server cases run on PostgreSQL only (a file has nothing to listen to).
#include "CatalogSession.h"
#include "RemoteChanges.h"
#include "TestBackend.h"
#include "TestCatalog.h"
#include "catalog/CatalogChangeFeed.h"
#include "quality/QualityCatalog.h"
#include "releases/ReleaseCatalog.h"
#include "tracks/TrackTableModel.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestChangeFeed : public QObject
{
    Q_OBJECT

    // Runs sql on this thread's connection as another client would (its changes are not ours).
    static void asSomeoneElse(const CatalogStore &store, const QString &sql)
    {
        QSqlQuery query(store.connection());
        QVERIFY2(
            query.exec(u"SET imprint.client TO 'another-machine'"_s), qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }

    static QString shown(CatalogSession &session, qint64 track, TrackTableModel::Role role)
    {
        TrackTableModel *table = session.trackTable();
        return table->data(table->index(table->rowOf(track), 0), role).toString();
    }

    // A team catalog open in a session that follows others' changes, and its first track.
    struct Open {
        explicit Open(int tracks)
            : catalog(tracks)
            , session(catalog.store())
        {
        }
        Test::TestCatalog catalog;
        CatalogSession session;
        qint64 track = 0;
    };

    static void open(Open &open)
    {
        Test::loadSession(open.session);
        TrackTableModel *table = open.session.trackTable();
        open.track = table->data(table->index(0, 0), TrackTableModel::IdRole).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(open.session.followsOthers(), 5000);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aNoticeNamesTheTableAndTheIdsOfItsRow()
    {
        QCOMPARE(CatalogChange::parse(u"abc tracks 42  7 3"_s),
            (CatalogChange { u"abc"_s, u"tracks"_s, 42, 0, 7, 3 }));
        QCOMPARE(CatalogChange::parse(u" release_tracks 5 2  "_s),
            (CatalogChange { QString(), u"release_tracks"_s, 5, 2, 0, 0 }));
        // Not Imprint's: too few or many parts, no table, an id that is not one.
        for (const QString &other : { u""_s, u"tracks 1"_s, u"a tracks 1 2 3 4 5"_s, u"a  1 2 3 4"_s,
                 u"a tracks x 2 3 4"_s, u"a tracks -1 2 3 4"_s })
            QVERIFY2(!CatalogChange::parse(other), qPrintable(other));
    }

    void eachChangeIsReadAgainWhereItShows()
    {
        const auto change = [](const QString &table, qint64 track, qint64 release = 0, qint64 asset = 0) {
            return CatalogChange { u"c"_s, table, track, release, asset, 0 };
        };
        // A track's own field: its row, its pane, its readiness.
        RemoteChanges remote = RemoteChanges::of({ change(u"tracks"_s, 4) });
        QCOMPARE(remote.rows.tracks, QSet<qint64>({ 4 }));
        QCOMPARE(remote.derived.tracks, QSet<qint64>({ 4 }));
        QCOMPARE(remote.trackDetails, QSet<qint64>({ 4 }));
        QVERIFY(!remote.releases && !remote.planning && !remote.works && !remote.deliveries);
        // A release renamed: the releases page, the calendar and its tracks' rows.
        remote = RemoteChanges::of({ change(u"releases"_s, 0, 9) });
        QVERIFY(remote.releases && remote.planning);
        QCOMPARE(remote.rows.releases, QSet<qint64>({ 9 }));
        QVERIFY(remote.rows.tracks.isEmpty());
        // A milestone: the calendar only.
        remote = RemoteChanges::of({ change(u"milestones"_s, 0, 9) });
        QVERIFY(remote.planning && !remote.releases && remote.rows.isEmpty() && remote.derived.isEmpty());
        // A clearance item: the track's readiness, not its row.
        remote = RemoteChanges::of({ change(u"clearance_items"_s, 4) });
        QVERIFY(remote.rows.isEmpty() && remote.trackDetails.isEmpty());
        QCOMPARE(remote.derived.tracks, QSet<qint64>({ 4 }));
        // An analysis: the audio checks of that file.
        remote = RemoteChanges::of({ change(u"analyses"_s, 0, 0, 6) });
        QCOMPARE(remote.derived.assets, QSet<qint64>({ 6 }));
        QVERIFY(remote.rows.isEmpty());
        // Publishing shares count for every track of the work.
        remote = RemoteChanges::of({ CatalogChange { u"c"_s, u"work_shares"_s, 0, 0, 0, 3 } });
        QVERIFY(remote.works && remote.derived.everything);
        remote = RemoteChanges::of({ change(u"deliveries"_s, 0, 9) });
        QVERIFY(remote.deliveries && remote.derived.isEmpty());
        // A delivery profile's thresholds: every verdict under them.
        remote = RemoteChanges::of({ change(u"quality_profiles"_s, 0) });
        QVERIFY(remote.derived.everything && remote.rows.isEmpty());
    }

    void aFileHasNothingToListenTo()
    {
        if (Test::onPostgres())
            QSKIP("a catalog file only");
        Test::TestCatalog catalog(2);
        CatalogChangeFeed feed(catalog.store());
        QSignalSpy changed(&feed, &CatalogChangeFeed::changed);
        QSignalSpy failed(&feed, &CatalogChangeFeed::failed);
        QTest::qWait(2 * CatalogChangeFeed::GatherMs);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!feed.isListening());
    }

    void theFeedPassesOnOtherPeoplesChangesOnly()
    {
        if (!Test::onPostgres())
            QSKIP("a team catalog only");
        Test::TestCatalog catalog(3);
        CatalogChangeFeed feed(catalog.store());
        QSignalSpy changed(&feed, &CatalogChangeFeed::changed);
        QSignalSpy failed(&feed, &CatalogChangeFeed::failed);
        const qint64 track = Test::scalar(catalog.store(), u"SELECT min(id) FROM tracks"_s);
        QTRY_VERIFY_WITH_TIMEOUT(feed.isListening(), 5000);
        {
            // Ours first (this process's client id), then theirs: only theirs comes through.
            QSqlQuery query(catalog.store().connection());
            QVERIFY(query.exec(u"UPDATE tracks SET genre = 'Ours' WHERE id = %1"_s.arg(track)));
        }
        asSomeoneElse(catalog.store(), u"UPDATE tracks SET genre = 'Theirs' WHERE id = %1"_s.arg(track));
        asSomeoneElse(catalog.store(), u"UPDATE tracks SET search_text = NULL"_s); // derived: nothing to show
        QVERIFY(changed.wait(5000));
        QCOMPARE(failed.count(), 0);
        const auto changes = changed.constFirst().constFirst().value<QList<CatalogChange>>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.constFirst().client, u"another-machine"_s);
        QCOMPARE(changes.constFirst().table, u"tracks"_s);
        QCOMPARE(changes.constFirst().trackId, track);
    }

    // A server restart or an outage ends the listening connection: the feed notices at its next
    // check, connects again as soon as the server answers, and says that changes were missed.
    void aLostConnectionIsOpenedAgainAndSaysChangesWereMissed()
    {
        if (!Test::onPostgres())
            QSKIP("a team catalog only");
        Test::TestCatalog catalog(3);
        CatalogChangeFeed feed(catalog.store(), 200);
        QSignalSpy changed(&feed, &CatalogChangeFeed::changed);
        QSignalSpy failed(&feed, &CatalogChangeFeed::failed);
        QSignalSpy resumed(&feed, &CatalogChangeFeed::resumed);
        QTRY_VERIFY_WITH_TIMEOUT(feed.isListening(), 5000);
        QSignalSpy listening(&feed, &CatalogChangeFeed::listeningChanged);
        QCOMPARE(resumed.count(), 0);
        const qint64 track = Test::scalar(catalog.store(), u"SELECT min(id) FROM tracks"_s);

        // The server ends every other client's connection to the catalog (an autovacuum worker may
        // be visiting too): the feed's is the only one.
        QSqlQuery query(catalog.store().connection());
        QVERIFY2(query.exec(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                            "AND backend_type = 'client backend'"_s)
                && query.next() && query.value(0).toInt() == 1,
            qPrintable(query.lastError().text()));
        // Stopped, said once, then listening again (the server answers at once: within a check).
        QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, 10000);
        QVERIFY(feed.isListening());
        QCOMPARE(listening.count(), 2);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(u"connection to the server was lost"_s),
            qPrintable(failed.constFirst().constFirst().toString()));
        asSomeoneElse(catalog.store(), u"UPDATE tracks SET genre = 'After' WHERE id = %1"_s.arg(track));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.constFirst().constFirst().value<QList<CatalogChange>>().constFirst().trackId, track);
    }

    void anEditElsewhereShowsInTheRowAndPaneWithoutReadingTheTable()
    {
        if (!Test::onPostgres())
            QSKIP("a team catalog only");
        Open five(5);
        open(five);
        auto &[catalog, session, track] = five;
        session.setCurrentTrackId(track);
        QSignalSpy resets(session.trackTable(), &QAbstractItemModel::modelReset);
        QSignalSpy paneChanges(&session, &CatalogSession::currentTrackChanged);

        asSomeoneElse(catalog.store(),
            u"UPDATE tracks SET title = 'Glass Harbour', bpm = 92.5 WHERE id = %1"_s.arg(track));
        QTRY_COMPARE_WITH_TIMEOUT(
            shown(session, track, TrackTableModel::TitleRole), u"Glass Harbour"_s, 5000);
        QCOMPARE(shown(session, track, TrackTableModel::BpmRole), u"92.5"_s);
        QCOMPARE(session.currentTrack().value(u"title"_s).toString(), u"Glass Harbour"_s);
        QVERIFY(paneChanges.count() > 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(session.trackCount(), 5);
    }

    // While others' changes cannot show, the session says why (the window's banner with Reload);
    // once the feed listens again the banner goes and the session reads what it missed.
    void aLostFeedIsSaidUntilItListensAgain()
    {
        if (!Test::onPostgres())
            QSKIP("a team catalog only");
        Open two(2);
        open(two);
        auto &[catalog, session, track] = two;
        QCOMPARE(session.liveUpdatesProblem(), QString());
        QSignalSpy problems(&session, &CatalogSession::liveUpdatesProblemChanged);
        QSignalSpy reloads(&session, &CatalogSession::reloaded);

        // Only the feed's connection ends: its last statement is its LISTEN or its check.
        QSqlQuery query(catalog.store().connection());
        QVERIFY2(query.exec(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                            "AND (query ILIKE 'LISTEN%' OR query = 'SELECT 1')"_s)
                && query.next() && query.value(0).toInt() == 1,
            qPrintable(query.lastError().text()));
        QTRY_VERIFY_WITH_TIMEOUT(!session.liveUpdatesProblem().isEmpty(), 15000);
        QVERIFY2(session.liveUpdatesProblem().contains(u"connection to the server was lost"_s),
            qPrintable(session.liveUpdatesProblem()));
        QTRY_COMPARE_WITH_TIMEOUT(session.liveUpdatesProblem(), QString(), 15000);
        QCOMPARE(problems.count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(reloads.count() > 0, 10000);
        QVERIFY(session.followsOthers());
    }

    void aReleaseRenamedElsewhereShowsOnItsPageAndInItsTracksRows()
    {
        if (!Test::onPostgres())
            QSKIP("a team catalog only");
        Open four(4);
        open(four);
        Test::TestCatalog &catalog = four.catalog;
        CatalogSession &session = four.session;
        const qint64 release = Test::scalar(catalog.store(), u"SELECT min(release_id) FROM release_tracks"_s);
        const qint64 track = Test::scalar(catalog.store(),
            u"SELECT min(track_id) FROM release_tracks WHERE release_id = %1"_s.arg(release));
        QSignalSpy resets(session.trackTable(), &QAbstractItemModel::modelReset);

        asSomeoneElse(catalog.store(),
            u"UPDATE releases SET title = 'Night Swim', label = 'Lark Records' WHERE id = %1"_s.arg(release));
        QTRY_COMPARE_WITH_TIMEOUT(
            session.releases()->model()->rowById(release)->title, u"Night Swim"_s, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(shown(session, track, TrackTableModel::LabelRole), u"Lark Records"_s, 5000);
        QCOMPARE(resets.count(), 0);
    }

    // A threshold someone else changed shows in the profile editor and judges the verdicts here.
    void aProfileEditedElsewhereShowsInTheEditor()
    {
        if (!Test::onPostgres())
            QSKIP("a team catalog only");
        Open one(1);
        open(one);
        auto &[catalog, session, track] = one;
        QualityProfile stricter = *QualityProfile::defaultFor(u"streaming"_s);
        stricter.warnTruePeakDbtp = -3;
        asSomeoneElse(catalog.store(),
            u"INSERT INTO quality_profiles (key, position, definition) VALUES ('streaming', 0, '%1')"_s.arg(
                QString::fromUtf8(QJsonDocument(stricter.toJson()).toJson(QJsonDocument::Compact))));
        const auto shownPeak = [&session] {
            for (const QVariant &field : session.quality()->profileFields(u"streaming"_s)) {
                if (field.toMap().value(u"name"_s).toString() == u"warnTruePeakDbtp")
                    return field.toMap().value(u"value"_s).toString();
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(shownPeak(), u"-3"_s, 5000);
    }

    void aTrackRemovedElsewhereLeavesTheTable()
    {
        if (!Test::onPostgres())
            QSKIP("a team catalog only");
        Open four(4);
        open(four);
        auto &[catalog, session, track] = four;

        asSomeoneElse(catalog.store(), u"DELETE FROM tracks WHERE id = %1"_s.arg(track));
        QTRY_COMPARE_WITH_TIMEOUT(session.trackCount(), 3, 5000);
        QCOMPARE(session.trackTable()->rowOf(track), -1);
    }

    // Someone imports in batches faster than this session reads its table: each batch brings
    // new tracks (so the table is read whole), but reads are not queued up one per batch: one
    // on its way, and one more after it for what it may have missed.
    void batchesAddedElsewhereAreNotReadOneByOne()
    {
        if (!Test::onPostgres())
            QSKIP("a team catalog only");
        Open three(3);
        open(three);
        auto &[catalog, session, track] = three;
        // Reads of the whole table, as the catalog thread logs them.
        static std::atomic<int> wholeReads = 0;
        QLoggingCategory::setFilterRules(u"imprint.catalog.debug=true"_s);
        static const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (message.contains(u"reading every track"_s))
                    ++wholeReads;
                else
                    previous(type, context, message);
            });
        const auto restore = qScopeGuard([] {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
        });

        QSemaphore held;
        session.catalogThread()->post([&held] { held.acquire(); });
        constexpr int batches = 6;
        for (int batch = 0; batch < batches; ++batch) {
            asSomeoneElse(catalog.store(), u"INSERT INTO tracks(title) VALUES ('Imported %1')"_s.arg(batch));
            QTest::qWait(2 * CatalogChangeFeed::GatherMs); // a batch of its own
        }
        held.release();
        QTRY_COMPARE_WITH_TIMEOUT(session.trackCount(), 3 + batches, 5000);
        session.waitForIdle();
        QCoreApplication::processEvents();
        session.waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(session.trackCount(), 3 + batches);
        QVERIFY2(wholeReads > 0 && wholeReads <= 2, qPrintable(QString::number(wholeReads)));
    }

    // Their change is read while my edit of the same track waits to be written: that read
    // misses my edit, so the row is read again after it (my own change is not announced back
    // to me). Without that the row would show the old genre while the catalog holds mine.
    void aReadThatMissedMyEditIsMadeAgain()
    {
        if (!Test::onPostgres())
            QSKIP("a team catalog only");
        Open three(3);
        open(three);
        auto &[catalog, session, track] = three;

        QSemaphore held;
        session.catalogThread()->post([&held] { held.acquire(); });
        asSomeoneElse(
            catalog.store(), u"UPDATE tracks SET version = 'Radio Edit' WHERE id = %1"_s.arg(track));
        QTest::qWait(5 * CatalogChangeFeed::GatherMs); // their change arrives; its read waits
        QVERIFY(session.setTrackField(track, u"genre"_s, u"Mine"_s));
        held.release();
        QTRY_COMPARE_WITH_TIMEOUT(shown(session, track, TrackTableModel::VersionRole), u"Radio Edit"_s, 5000);
        session.waitForIdle();
        QCoreApplication::processEvents();
        session.waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(shown(session, track, TrackTableModel::GenreRole), u"Mine"_s);
        QCOMPARE(Test::scalar(catalog.store(),
                     u"SELECT count(*) FROM tracks WHERE id = %1 AND genre = 'Mine'"_s.arg(track)),
            1);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
