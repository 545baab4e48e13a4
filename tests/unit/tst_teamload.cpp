// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Issue 16, item 6: a team catalog under load. Eight clients, each with its own connection and
// thread, make 500 edits at once to the titles and artists of a few tracks they share. Each edit
// is made on the value that client last read, as a user's is on the value shown: it is either
// applied or refused as a conflict, never written over a change the client had not seen. The
// titles every client wrote are unique, so each track's applied edits must form one chain from
// its first title to the stored one: two edits made on the same value would be a lost update.
// Then a client is killed (SIGKILL) in the middle of a transaction: what the server acknowledged
// before stays, what it had not committed is gone, and its lock does not block anyone.
// PostgreSQL only: a catalog file has one client at a time.
#include "TestBackend.h"
#include "TestCatalog.h"
#include "catalog/CatalogStore.h"
#include "catalog/TrackQueries.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <cstdio>
#include <latch>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

constexpr int Clients = 8;
constexpr int EditsPerClient = 500;
constexpr int SharedTracks = 6;

struct Edit {
    qint64 track = 0;
    QString expected;
    QString value;
};

struct ClientRun {
    QList<Edit> appliedTitles;
    int applied = 0;
    int conflicts = 0;
    QStringList errors;
};

QString storedField(QSqlDatabase db, qint64 track, TrackQueries::EditableField field, QString *error)
{
    const auto rows = TrackQueries::tracks(db, { track }, error);
    return rows && !rows->isEmpty() ? TrackQueries::fieldText(rows->constFirst(), field) : QString();
}

// One client: reads a track's field, then edits it on what it read. Every fifth edit names a new
// artist (a party created by whichever client is first); the others set a title of its own. The
// clients start editing together once all are connected (start), so a loaded machine does not run
// them one after another.
void editAsClient(
    const CatalogStore &store, int client, const QList<qint64> &tracks, std::latch &start, ClientRun *run)
{
    QString error;
    QSqlDatabase db = store.connection(&error);
    start.arrive_and_wait();
    if (!db.isValid()) {
        run->errors.append(error);
        return;
    }
    QRandomGenerator random(quint32(client + 1));
    for (int n = 0; n < EditsPerClient; ++n) {
        const qint64 track = tracks.at(random.bounded(int(tracks.size())));
        const bool artist = n % 5 == 4;
        const auto field = artist ? TrackQueries::EditableField::Artist : TrackQueries::EditableField::Title;
        const QString expected = storedField(db, track, field, &error);
        if (random.bounded(2) == 0)
            QThread::yieldCurrentThread(); // others may edit what was read in between
        // The clients go at about the same pace: each new artist is named by several at once.
        const QString value
            = artist ? u"Load Artist %1"_s.arg(n / 5) : u"Client %1 edit %2"_s.arg(client).arg(n);
        std::optional<QString> stale;
        if (TrackQueries::updateTrackFieldIf(db, track, field, expected, value, &stale, &error)) {
            ++run->applied;
            if (!artist)
                run->appliedTitles.append({ track, expected, value });
        } else if (stale) {
            ++run->conflicts;
        } else {
            run->errors.append(error);
        }
    }
}

// Its own connection, closed when it is done.
ClientRun runClient(const CatalogStore &store, int client, const QList<qint64> &tracks, std::latch &start)
{
    ClientRun run;
    editAsClient(store, client, tracks, start, &run);
    store.closeThreadConnection(); // after the connection's last handle is gone
    return run;
}

// The child process of aKilledClientLosesNothingAcknowledged: edits titles, printing each one the
// server acknowledged, then holds a transaction open with one more until it is killed.
int editUntilKilled(const QString &address)
{
    const CatalogStore store(address);
    QString error;
    QSqlDatabase db = store.connection(&error);
    if (!db.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlQuery ids(db);
    QList<qint64> tracks;
    if (ids.exec(u"SELECT id FROM tracks ORDER BY id"_s)) {
        while (ids.next())
            tracks.append(ids.value(0).toLongLong());
    }
    if (tracks.isEmpty())
        return 1;
    for (int n = 1; n <= 100; ++n) {
        const qint64 track = tracks.at(n % tracks.size());
        const QString expected = storedField(db, track, TrackQueries::EditableField::Title, &error);
        std::optional<QString> stale;
        if (!TrackQueries::updateTrackFieldIf(db, track, TrackQueries::EditableField::Title, expected,
                u"Acknowledged %1"_s.arg(n), &stale, &error))
            return 1;
        std::printf("%d %lld\n", n, track);
        std::fflush(stdout);
    }
    QSqlQuery query(db);
    if (!query.exec(u"BEGIN"_s)
        || !query.exec(
            u"UPDATE tracks SET title = 'Never acknowledged' WHERE id = %1"_s.arg(tracks.constFirst())))
        return 1;
    std::printf("holding\n");
    std::fflush(stdout);
    QThread::sleep(std::chrono::seconds(60));
    return 0;
}

} // namespace

class TestTeamLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!Test::onPostgres())
            QSKIP("a team catalog on a server only");
    }

    void eightClientsLoseNoEdit()
    {
        Test::TestCatalog catalog(SharedTracks + 2);
        QVERIFY(catalog.isValid());
        const CatalogStore store = catalog.store();
        QSqlDatabase db = store.connection();
        QList<qint64> tracks;
        QHash<qint64, QString> firstTitle;
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT id, title FROM tracks ORDER BY id LIMIT %1"_s.arg(SharedTracks)));
            while (query.next()) {
                tracks.append(query.value(0).toLongLong());
                firstTitle.insert(tracks.constLast(), query.value(1).toString());
            }
        }
        QCOMPARE(tracks.size(), SharedTracks);

        QList<ClientRun> runs(Clients);
        std::vector<std::unique_ptr<QThread>> threads;
        std::latch start(Clients);
        for (int client = 0; client < Clients; ++client) {
            threads.emplace_back(QThread::create([&runs, &start, store, client, tracks] {
                runs[client] = runClient(store, client, tracks, start);
            }));
            threads.back()->start();
        }
        for (const auto &thread : threads)
            QVERIFY(thread->wait(std::chrono::minutes(5)));

        int applied = 0;
        int conflicts = 0;
        QHash<qint64, QHash<QString, QString>> chains; // track: title edited → title written
        for (const ClientRun &run : std::as_const(runs)) {
            QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(u"; "_s)));
            applied += run.applied;
            conflicts += run.conflicts;
            for (const Edit &edit : run.appliedTitles) {
                QVERIFY2(!chains[edit.track].contains(edit.expected),
                    qPrintable(u"track %1: two edits were applied on “%2” (a lost update)"_s.arg(edit.track)
                            .arg(edit.expected)));
                chains[edit.track].insert(edit.expected, edit.value);
            }
        }
        qInfo("%d edits applied, %d refused as conflicts", applied, conflicts);
        QCOMPARE(applied + conflicts, Clients * EditsPerClient);
        QVERIFY(conflicts > 0); // the clients did get in each other's way

        for (qint64 track : std::as_const(tracks)) {
            // From the first title, each applied edit leads to the next, and the last is stored.
            const QHash<QString, QString> &chain = chains.value(track);
            QString title = firstTitle.value(track);
            qsizetype steps = 0;
            while (chain.contains(title) && steps <= chain.size()) {
                title = chain.value(title);
                ++steps;
            }
            QCOMPARE(steps, chain.size());
            QString error;
            QCOMPARE(storedField(db, track, TrackQueries::EditableField::Title, &error), title);
        }

        // Integrity: one party per name, however many clients created it at once; every track's
        // artist is the party it points at.
        QCOMPARE(Test::scalar(store,
                     u"SELECT count(*) FROM (SELECT lower(name) FROM parties GROUP BY lower(name) "
                     "HAVING count(*) > 1) AS twice"_s),
            0);
        QCOMPARE(Test::scalar(store,
                     u"SELECT count(*) FROM tracks t LEFT JOIN parties p ON p.id = t.primary_artist_id "
                     "WHERE t.display_artist IS NOT NULL AND t.display_artist <> '' "
                     "AND (p.id IS NULL OR lower(p.name) <> lower(t.display_artist))"_s),
            0);
    }

    void aKilledClientLosesNothingAcknowledged()
    {
        Test::TestCatalog catalog(4);
        QVERIFY(catalog.isValid());
        const CatalogStore store = catalog.store();
        QProcess client;
        client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        client.start(QCoreApplication::applicationFilePath(), { u"--edit-until-killed"_s, store.path() });
        QVERIFY(client.waitForStarted());
        QHash<qint64, int> lastAcknowledged;
        bool holding = false;
        while (!holding && client.state() == QProcess::Running) {
            if (!client.canReadLine() && !client.waitForReadyRead(30000))
                break;
            while (client.canReadLine()) {
                const QString line = QString::fromUtf8(client.readLine()).trimmed();
                if (line == u"holding") {
                    holding = true;
                    break;
                }
                const QStringList parts = line.split(u' ');
                QCOMPARE(parts.size(), 2);
                lastAcknowledged.insert(parts.at(1).toLongLong(), parts.at(0).toInt());
            }
        }
        QVERIFY2(holding, "the client reached its open transaction");
        client.kill(); // SIGKILL: no goodbye to the server
        QVERIFY(client.waitForFinished());
        QCOMPARE(client.exitStatus(), QProcess::CrashExit);

        QSqlDatabase db = store.connection();
        QVERIFY(!lastAcknowledged.isEmpty());
        for (auto it = lastAcknowledged.cbegin(); it != lastAcknowledged.cend(); ++it) {
            QString error;
            QCOMPARE(storedField(db, it.key(), TrackQueries::EditableField::Title, &error),
                u"Acknowledged %1"_s.arg(it.value()));
        }
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks WHERE title = 'Never acknowledged'"_s), 0);
        // The dead client's row lock went with it: the track it held is edited at once.
        const qint64 held = Test::scalar(store, u"SELECT min(id) FROM tracks"_s);
        QString error;
        std::optional<QString> stale;
        const QString expected = storedField(db, held, TrackQueries::EditableField::Title, &error);
        QVERIFY2(TrackQueries::updateTrackFieldIf(db, held, TrackQueries::EditableField::Title, expected,
                     u"After the crash"_s, &stale, &error),
            qPrintable(error));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--edit-until-killed") == 0)
        return editUntilKilled(QString::fromLocal8Bit(argv[2]));
    TestTeamLoad test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamload.moc"
