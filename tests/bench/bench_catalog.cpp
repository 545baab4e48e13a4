// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// A large catalog in the track table (DESIGN.md §10: 100 000 tracks open and scroll smoothly,
// search-as-you-type answers within 50 ms, memory under 400 MB). Prints the figures.
//   scripts/dev exec bench_catalog [TRACKS]
//   scripts/dev exec bench_catalog --open CATALOG [--translations QM] (a session's open, by part,
//   and its memory; with QM installed, as a user of that language sees it)
//   scripts/dev exec bench_catalog --open CATALOG --whole (opened as the window does: its parts
//   read at once)
//   scripts/dev exec bench_catalog --write TRACKS CATALOG [--in-use] (a generated catalog to open
//   again; --in-use: with what a label records per track, analyses, provenance, credits, clearances)
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "catalog/CatalogThread.h"
#include "catalog/ImportWriter.h"
#include "catalog/SqlTransaction.h"
#include "catalog/TrackQueries.h"
#include "catalog/TrackSearchText.h"
#include "editing/EditHistory.h"
#include "quality/QualityCatalog.h"
#include "quality/QualityListModel.h"
#include "rights/ReadinessMatrixModel.h"
#include "rights/RightsQueries.h"
#include "tracks/BulkTrackEdit.h"
#include "tracks/TrackFilterModel.h"
#include "tracks/TrackListing.h"
#include "tracks/TrackSelection.h"
#include "tracks/TrackTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

double residentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

double milliseconds(QElapsedTimer &timer)
{
    const double ms = timer.nsecsElapsed() / 1e6;
    timer.restart();
    return ms;
}

// Writes a generated catalog of count tracks into store.
bool writeCatalog(const CatalogStore &store, int count, QString *error)
{
    const QList<ImportedFile> files = Test::generatedFiles(count);
    ImportWriter writer(store.connection());
    ImportWriter::Counts counts;
    for (qsizetype start = 0; start < files.size(); start += 1000) {
        if (!writer.writeBatch(files.mid(start, 1000), &counts, error))
            return false;
    }
    return true;
}

// What a label's catalog holds beside its files, for every track of store: its master analysed,
// an AI provenance record, a credit and a clearance item. The rights and quality pages keep
// these per track, so a catalog without them understates their memory (--write … --in-use).
bool recordWhatALabelRecords(const CatalogStore &store, QString *error)
{
    QSqlDatabase db = store.connection();
    const QStringList statements {
        u"UPDATE assets SET content_hash = printf('%064d', id) WHERE content_hash IS NULL"_s,
        u"INSERT INTO analyses (asset_id, content_hash, decoded, container, sample_rate, bit_depth, "
        "channels, duration_s, integrated_lufs, loudness_range_lu, sample_peak_dbfs, true_peak_dbtp, "
        "clip_runs, clipped_samples, first_clip_s, leading_silence_s, trailing_silence_s) "
        "SELECT id, content_hash, 1, 'FLAC', 44100, 16, 2, 150 + id % 90, -9 - (id % 80) / 10.0, 6.5, "
        "-0.5 - (id % 20) / 10.0, -0.3 - (id % 20) / 10.0, id % 3, (id % 3) * 4, "
        "CASE WHEN id % 3 = 0 THEN -1 ELSE 12.5 END, 0.1, 0.8 FROM assets WHERE kind = 'master'"_s,
        u"INSERT INTO provenance (track_id, origin, tool, model_version, plan, paid_at_generation, "
        "generated_on, song_id, prompt, stems) SELECT id, 'ai_assisted', 'Suno', 'v4.5', 'Pro', 1, "
        "'2026-03-01', 'song-' || id, 'slow tidal pop, glass and harbour lights, take ' || id, 'native' "
        "FROM tracks"_s,
        u"INSERT INTO credits (track_id, party_id, role) SELECT id, primary_artist_id, 'MainArtist' "
        "FROM tracks WHERE primary_artist_id IS NOT NULL"_s,
        u"INSERT INTO clearance_items (track_id, kind, status, counterparty_id, territory, valid_from) "
        "SELECT id, 'ai_tool_licence', 'cleared', primary_artist_id, 'Worldwide', '2026-03-01' FROM tracks"_s,
    };
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return transaction.commit();
}

struct EditTimes {
    double tableShown = 0; ///< the track table is in: the window can be used
    double open = 0; ///< a session reads everything its pages show, on the catalog thread
    double guiWorst = 0; ///< setTrackField on the GUI thread: the table shows the new value
    double saveMedian = 0; ///< from the edit until the catalog has committed it
    double saveWorst = 0;
};

// Opens session as the window does and notes when the track table and every page's data are in.
void openAsTheWindowDoes(CatalogSession &session, EditTimes &times)
{
    QElapsedTimer timer;
    timer.start();
    // The parts come back one by one through the event loop, as in the window.
    QEventLoop loop;
    QObject::connect(&session, &CatalogSession::reloaded, &loop, &QEventLoop::quit);
    QObject::connect(session.trackTable(), &QAbstractItemModel::modelReset, &loop, [&] {
        if (times.tableShown == 0)
            times.tableShown = timer.nsecsElapsed() / 1e6;
    });
    session.reload();
    loop.exec();
    times.open = timer.nsecsElapsed() / 1e6;
}

// Reads everything again, as after an edit that concerns every track (the AI terms table), and
// returns the longest time the GUI thread was busy in one go meanwhile: a heartbeat timer
// notes every gap between its ticks.
double worstStallOfAReload(CatalogSession &session)
{
    QEventLoop loop;
    QObject::connect(&session, &CatalogSession::reloaded, &loop, &QEventLoop::quit);
    QElapsedTimer sinceTick;
    double worst = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&] {
        worst = std::max(worst, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.start();
    });
    heartbeat.start();
    sinceTick.start();
    session.reload();
    loop.exec();
    return std::max(worst, sinceTick.nsecsElapsed() / 1e6);
}

// Edits a track's title the way the track pane does, then waits for the catalog thread to
// commit it: the save round trip. Then undoes it, which is the same path.
EditTimes editRoundTrips(const CatalogStore &store, int edits)
{
    EditTimes times;
    QElapsedTimer timer;
    CatalogSession session(store);
    openAsTheWindowDoes(session, times);
    QList<double> saves;
    for (int i = 0; i < edits; ++i) {
        const int row = (i * 7919) % session.trackTable()->rowCount();
        const qint64 id = session.trackTable()->index(row, 0).data(TrackTableModel::IdRole).toLongLong();
        timer.start();
        session.setTrackField(id, u"title"_s, u"Edited %1"_s.arg(i));
        times.guiWorst = std::max(times.guiWorst, timer.nsecsElapsed() / 1e6);
        session.waitForIdle();
        saves.append(timer.nsecsElapsed() / 1e6);
        timer.start();
        session.history()->undo();
        session.waitForIdle();
        saves.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(saves.begin(), saves.end());
    times.saveMedian = saves.at(saves.size() / 2);
    times.saveWorst = saves.last();
    return times;
}

// GUI-thread time of derived updates, the catalog thread's work left out: what the window
// cannot do while it runs.
struct GuiTime {
    QElapsedTimer timer;
    double ms = 0;
    void start() { timer.start(); }
    void stop() { ms += timer.nsecsElapsed() / 1e6; }
};

// Delivers the catalog thread's results (on this, the GUI thread) until none are left.
void settle(CatalogSession &session, GuiTime *gui)
{
    for (int round = 0; round < 3; ++round) {
        session.catalogThread()->waitForIdle();
        gui->start();
        session.waitForIdle();
        gui->stop();
    }
}

struct DerivedTimes {
    double editWorst = 0; ///< an edit and what it brings up to date (issue 18: targeted)
    double editMedian = 0;
    double fullRefresh = 0; ///< every track judged again, as each edit did before issue 18
};

// Issue 18: a title edit, the refresh of what depends on it and its results, on the GUI thread.
DerivedTimes derivedUpdateTimes(const CatalogStore &store, int edits)
{
    DerivedTimes times;
    CatalogSession session(store);
    session.reload();
    GuiTime ignored;
    settle(session, &ignored);
    QList<double> each;
    for (int i = 0; i < edits; ++i) {
        const int row = (i * 7919) % session.trackTable()->rowCount();
        const qint64 id = session.trackTable()->index(row, 0).data(TrackTableModel::IdRole).toLongLong();
        GuiTime gui;
        gui.start();
        session.setTrackField(id, u"title"_s, u"Edited %1"_s.arg(i));
        session.flushDerivedRefresh(); // what the timer does 400 ms later
        gui.stop();
        settle(session, &gui);
        each.append(gui.ms);
    }
    std::sort(each.begin(), each.end());
    times.editMedian = each.at(each.size() / 2);
    times.editWorst = each.last();
    GuiTime full;
    full.start();
    session.rights()->reload();
    session.quality()->reload();
    session.deliveries()->reload();
    full.stop();
    settle(session, &full);
    times.fullRefresh = full.ms;
    return times;
}

// What each page's data adds to a session's open, one after the other on the catalog thread,
// and the memory the open session holds (issue 18: paged loading is what brings both down).
// Run in a process of its own (--open CATALOG): memory freed by earlier sessions would hide
// what this one takes.
void sessionOpenByPart(const CatalogStore &store)
{
    const double before = residentMegabytes();
    CatalogSession session(store);
    const auto timed = [&session](const char *part, auto reload) {
        QElapsedTimer timer;
        timer.start();
        reload();
        session.waitForIdle();
        session.waitForIdle();
        std::printf(
            "  %-12s %8.0f ms, %6.0f MB resident\n", part, timer.nsecsElapsed() / 1e6, residentMegabytes());
    };
    std::printf("session open by part:\n");
    timed("releases", [&] { session.releases()->reload(); });
    timed("planning", [&] { session.planning()->reload(); });
    timed("rights", [&] { session.rights()->reload(); });
    timed("quality", [&] { session.quality()->reload(); });
    timed("credits", [&] { session.credits()->reload(); });
    timed("versions", [&] { session.versions()->reload(); });
    timed("deliveries", [&] { session.deliveries()->reload(); });
    timed("tracks", [&] { session.reloadTracks(); });
    std::printf("memory of the open session: %.0f MB more, %.0f MB resident (target < 400 MB in all)\n",
        residentMegabytes() - before, residentMegabytes());
    // What the rights page does on the GUI thread for the track in view, several times per
    // selection: find its row (the last track, the far end of a walk over every row).
    const ReadinessMatrixModel *matrix = session.rights()->matrix();
    if (matrix->rowCount() > 0) {
        const qint64 last
            = matrix->index(matrix->rowCount() - 1, 0).data(ReadinessMatrixModel::TrackIdRole).toLongLong();
        QElapsedTimer timer;
        timer.start();
        int found = 0;
        for (int i = 0; i < 1000; ++i)
            found += session.rights()->rowOfTrack(last) >= 0;
        std::printf("the rights page finds the track in view: %.2f us (%d of 1000)\n",
            timer.nsecsElapsed() / 1e3 / 1000, found);
    }
    // The same on the quality page, whose selected track's checks look its row up several times.
    const QualityListModel *quality = session.quality()->model();
    if (quality->rowCount() > 0) {
        const qint64 last
            = quality->index(quality->rowCount() - 1).data(QualityListModel::TrackIdRole).toLongLong();
        QElapsedTimer timer;
        timer.start();
        int found = 0;
        for (int i = 0; i < 1000; ++i)
            found += quality->rowOfTrack(last) >= 0;
        std::printf("the quality page finds the track in view: %.2f us (%d of 1000)\n",
            timer.nsecsElapsed() / 1e3 / 1000, found);
    }
}

// The same, in a new process on the catalog at path.
void sessionOpenInItsOwnProcess(const QString &path)
{
    std::fflush(stdout);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), { u"--open"_s, path });
    child.waitForFinished(-1);
}

// `imprint tracks --search TEXT` (issue 18): what a whole session took to list the matches,
// against TrackListing, which reads only the printed fields; same catalog, same process.
void listingAgainstSession(const CatalogStore &store, const QString &search)
{
    QElapsedTimer timer;
    timer.start();
    int sessionCount = 0;
    {
        CatalogSession session(store);
        session.tracks()->setSearchText(search);
        session.reload();
        session.waitForIdle();
        sessionCount = session.tracks()->rowCount();
    }
    const double sessionMs = milliseconds(timer);
    const auto listed = TrackListing::find(store.connection(), search, nullptr);
    const double listingMs = milliseconds(timer);
    std::printf("tracks --search \"%s\": session %8.0f ms, TrackListing %7.1f ms (%.0fx), %d / %d matches\n",
        qPrintable(search), sessionMs, listingMs, sessionMs / std::max(listingMs, 0.001), sessionCount,
        listed ? int(listed->size()) : -1);
}

// What readiness and the release preflight read for one track (RightsQueries::trackFacts, the
// audio verdicts included): it should cost the same in any catalog, whatever its size.
double oneTrackFactsMs(const CatalogStore &store)
{
    QSqlDatabase db = store.connection();
    QString error;
    const auto ids = TrackListing::find(db, QString(), &error);
    if (!ids || ids->isEmpty())
        return -1;
    const int probes = 10;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < probes; ++i) {
        const qint64 id = ids->at((i * 7919) % ids->size()).id;
        const auto facts = RightsQueries::trackFacts(db, QString(), QDate::currentDate(), id, &error);
        if (!facts || facts->size() != 1)
            return -1;
    }
    return timer.nsecsElapsed() / 1e6 / probes;
}

// The largest release's tracks: their facts read as a list (a release's preflight, the rights
// report), against one read per track (as before issue 18's batching) on part of the same list.
void printReleaseFactsTimes(const CatalogStore &store)
{
    QSqlDatabase db = store.connection();
    QSqlQuery query(db);
    QList<qint64> ids;
    if (!query.exec(u"SELECT track_id FROM release_tracks WHERE release_id = (SELECT release_id FROM "
                    "release_tracks GROUP BY release_id ORDER BY count(*) DESC, release_id LIMIT 1) "
                    "ORDER BY disc_number, track_number, track_id"_s))
        return;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (ids.isEmpty())
        return;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const qsizetype probes = std::min<qsizetype>(ids.size(), 500);
    for (qsizetype i = 0; i < probes; ++i)
        RightsQueries::trackFacts(db, QString(), QDate::currentDate(), ids.at(i), &error);
    const double oneByOneMs = milliseconds(timer);
    const auto listed = RightsQueries::trackFactsOf(db, QString(), QDate::currentDate(), ids, &error);
    const double listMs = milliseconds(timer);
    std::printf("the largest release's %lld tracks' rights facts as one list: %8.1f ms, %.3f ms a track "
                "(one read a track: %.3f ms a track, %.1fx)\n",
        qlonglong(listed ? listed->size() : -1), listMs, listMs / ids.size(), oneByOneMs / probes,
        (oneByOneMs / probes) / (listMs / ids.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--open") == 0) {
        const CatalogStore opened(QString::fromLocal8Bit(argv[2]));
        // As a user of that language opens it: every message of every verdict is looked up.
        QTranslator translator;
        if (argc > 4 && qstrcmp(argv[3], "--translations") == 0) {
            if (!translator.load(QString::fromLocal8Bit(argv[4]))
                || !QCoreApplication::installTranslator(&translator)) {
                std::fprintf(stderr, "cannot load the translations %s\n", argv[4]);
                return 1;
            }
        }
        QString error;
        if (!opened.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (argc > 3 && qstrcmp(argv[3], "--whole") == 0) {
            CatalogSession session(opened);
            EditTimes times;
            openAsTheWindowDoes(session, times);
            std::printf(
                "session open, track table shown: %6.0f ms, every page's data: %6.0f ms, %.0f MB resident\n",
                times.tableShown, times.open, residentMegabytes());
            std::printf("read again: the GUI thread's longest stall %.0f ms\n", worstStallOfAReload(session));
            return 0;
        }
        sessionOpenByPart(opened);
        return 0;
    }
    if (argc > 3 && qstrcmp(argv[1], "--write") == 0) {
        const CatalogStore written(QString::fromLocal8Bit(argv[3]));
        QString error;
        if (!written.open(&error) || !writeCatalog(written, std::atoi(argv[2]), &error)
            || (argc > 4 && qstrcmp(argv[4], "--in-use") == 0 && !recordWhatALabelRecords(written, &error))) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    const int count = argc > 1 ? std::atoi(argv[1]) : 100'000;
    QTemporaryDir dir;
    const CatalogStore store(dir.filePath(u"catalog.sqlite"_s));
    QString error;
    if (!store.open(&error))
        return 1;

    QElapsedTimer timer;
    timer.start();
    if (!writeCatalog(store, count, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("catalog of %d tracks written in %.0f ms\n", count, milliseconds(timer));
    const double baseline = residentMegabytes();

    auto rows = TrackQueries::allTracks(store.connection(), &error);
    if (!rows)
        return 1;
    std::printf("load (catalog thread):       %8.1f ms\n", milliseconds(timer));
    TrackTableModel table;
    table.setRows(std::move(*rows));
    TrackFilterModel filter;
    filter.setSourceModel(&table);
    std::printf("model reset (GUI thread):    %8.1f ms\n", milliseconds(timer));

    // Search as you type: every prefix of the query is one keystroke.
    const QString query = u"song 4711"_s;
    double worst = 0;
    for (qsizetype length = 1; length <= query.size(); ++length) {
        filter.setSearchText(query.left(length));
        filter.index(0, 0); // the proxy maps lazily: make it do the work now
        const double ms = milliseconds(timer);
        std::printf("  \"%s\": %.1f ms, %d matches\n", qPrintable(query.left(length)), ms, filter.count());
        milliseconds(timer);
        worst = std::max(worst, ms);
    }
    std::printf(
        "search as you type, worst keystroke: %6.1f ms (target <= 50), %d matches\n", worst, filter.count());
    filter.setSearchText(QString());
    milliseconds(timer);
    filter.sortByColumn(TrackTableModel::TitleColumn);
    std::printf("sort by title:               %8.1f ms\n", milliseconds(timer));
    filter.sortByColumn(TrackTableModel::DurationColumn);
    std::printf("sort by duration:            %8.1f ms\n", milliseconds(timer));

    // Multi-selection editing (issue 3): 20 tracks, then every track, set to one genre. The GUI
    // side (table and undo step) and the catalog thread's single transaction are timed apart.
    {
        CatalogThread thread(store);
        BulkTrackEdit *bulkEdit = nullptr;
        EditHistory history([&bulkEdit](qint64, const QString &field, const QString &value, const QString &) {
            bulkEdit->applyField(field.mid(BulkTrackEdit::historyPrefix.size()), value);
        });
        TrackSelection selection(&table, &filter);
        BulkTrackEdit bulk(store, &thread, &history, &table, &selection, nullptr);
        bulkEdit = &bulk;
        milliseconds(timer);
        selection.select(filter.trackIdAt(0));
        selection.extendTo(filter.trackIdAt(19));
        const int mixed = int(bulk.mixedFields().size());
        std::printf(
            "select 20 (Shift+click), shared values: %6.1f ms, %d mixed\n", milliseconds(timer), mixed);
        bulk.apply({ { u"genre"_s, u"Bench"_s }, { u"artist"_s, u"Bench Artist"_s } });
        std::printf("bulk edit of 20, GUI side:   %8.1f ms\n", milliseconds(timer));
        thread.waitForIdle();
        std::printf("bulk edit of 20, saved:      %8.1f ms (one transaction)\n", milliseconds(timer));
        history.undo();
        thread.waitForIdle();
        std::printf("undo of 20, saved:           %8.1f ms\n", milliseconds(timer));
        selection.selectAllVisible();
        const int all = selection.count();
        bulk.values();
        std::printf("select all %d, shared values: %6.1f ms\n", all, milliseconds(timer));
        bulk.apply({ { u"genre"_s, u"Everything"_s } });
        std::printf("bulk edit of %d, GUI side: %8.1f ms\n", all, milliseconds(timer));
        thread.waitForIdle();
        std::printf("bulk edit of %d, saved:    %8.1f ms (one transaction)\n", all, milliseconds(timer));
        history.undo();
        thread.waitForIdle();
        std::printf("undo of %d, saved:         %8.1f ms\n", all, milliseconds(timer));
    }
    std::printf("memory: %.0f MB resident, %.0f MB for the loaded table (target < 400 MB in all)\n",
        residentMegabytes(), residentMegabytes() - baseline);

    // Editing a field stays interactive: the save round trip on this catalog, against the same
    // edits on a catalog of 1000 tracks in this process (the ratio is what the size costs).
    const EditTimes large = editRoundTrips(store, 20);
    const CatalogStore smallStore(dir.filePath(u"small.sqlite"_s));
    if (!smallStore.open(&error) || !writeCatalog(smallStore, 1000, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const EditTimes small = editRoundTrips(smallStore, 20);
    std::printf("session open, track table shown: %6.0f ms (target < 1000; 1000 tracks: %.0f ms)\n",
        large.tableShown, small.tableShown);
    std::printf(
        "session open (every page's data), %8.0f ms (1000 tracks: %.0f ms)\n", large.open, small.open);
    std::printf("edit a title (GUI thread), worst: %6.2f ms (1000 tracks: %.2f ms)\n", large.guiWorst,
        small.guiWorst);
    std::printf("save round trip, median: %6.2f ms, worst %.2f ms (1000 tracks: %.2f ms, ratio %.2f)\n",
        large.saveMedian, large.saveWorst, small.saveMedian, large.saveMedian / small.saveMedian);
    std::printf("one track's rights facts: %6.2f ms (1000 tracks: %.2f ms)\n", oneTrackFactsMs(store),
        oneTrackFactsMs(smallStore));
    printReleaseFactsTimes(store);
    sessionOpenInItsOwnProcess(store.path());
    const DerivedTimes derived = derivedUpdateTimes(store, 10);
    const DerivedTimes derivedSmall = derivedUpdateTimes(smallStore, 10);
    std::printf("edit a title, GUI thread with its derived updates: median %6.2f ms, worst %.2f ms "
                "(target < 16; 1000 tracks: %.2f ms)\n",
        derived.editMedian, derived.editWorst, derivedSmall.editWorst);
    std::printf("full refresh of every track's verdicts (each edit before issue 18), GUI thread: %8.1f ms "
                "(1000 tracks: %.1f ms)\n",
        derived.fullRefresh, derivedSmall.fullRefresh);

    // `imprint tracks --search` in SQL: the folded search text is filled once (store.open()
    // does it for existing rows; these were written after), then each search is one query.
    timer.restart();
    TrackSearchText::fill(store.connection(), &error);
    std::printf("search text filled for %d tracks: %8.1f ms\n", count, milliseconds(timer));
    for (const QString &search : { u"song 4711"_s, u"QZK6H2604711"_s, u"quiet"_s, u"nothing like it"_s }) {
        QList<double> runs;
        int found = -1;
        for (int run = 0; run < 5; ++run) {
            timer.restart();
            const auto listed = TrackListing::find(store.connection(), search, nullptr);
            runs.append(milliseconds(timer));
            found = listed ? int(listed->size()) : -1;
        }
        std::sort(runs.begin(), runs.end());
        std::printf("tracks --search \"%s\" at %d tracks: %7.1f ms median (target < 50), %d matches\n",
            qPrintable(search), count, runs.at(runs.size() / 2), found);
    }
    for (const QString &search : { u"song 4711"_s, u"quiet"_s, QString() })
        listingAgainstSession(store, search);
    smallStore.closeThreadConnection();
    store.closeThreadConnection();
    return 0;
}
