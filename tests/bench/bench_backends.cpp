// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// A team catalog on PostgreSQL against a catalog file (issue 16, item 6): import, open and
// search on the same generated catalog, in one process, with the ratio of each figure; and how
// long another client's edit takes to show in an open session (LISTEN/NOTIFY, "within a
// second"). Needs the throwaway server:
//   scripts/pg-test-server start /tmp/pgb
//   IMPRINT_TEST_PG_URL=$(cat /tmp/pgb/url) scripts/dev exec bench_backends [TRACKS]
#include "CatalogSession.h"
#include "TestBackend.h"
#include "TestCatalog.h"
#include "catalog/ImportWriter.h"
#include "tracks/TrackListing.h"
#include "tracks/TrackTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

struct Figures {
    double import = 0; ///< the generated files written in batches of 1000, as an import does
    double open = 0; ///< a session reads everything its pages show
    double search = 0; ///< TrackListing::find (imprint tracks --search), median of the terms
    double showOthers = -1; ///< another client's edit until an open session shows it, median
};

double milliseconds(QElapsedTimer &timer)
{
    const double ms = timer.nsecsElapsed() / 1e6;
    timer.restart();
    return ms;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

// Another client's title edits, each timed until the session's table shows it.
double showOthersMs(const CatalogStore &store, CatalogSession &session)
{
    QSqlQuery other(store.connection());
    if (!other.exec(u"SET imprint.client TO 'bench-other-client'"_s))
        return -1;
    QThread::msleep(300); // the session's feed is listening
    QList<double> each;
    TrackTableModel *table = session.trackTable();
    for (int i = 0; i < 20; ++i) {
        const int row = (i * 7919) % table->rowCount();
        const qint64 id = table->data(table->index(row, 0), TrackTableModel::IdRole).toLongLong();
        const QString title = u"Changed elsewhere %1"_s.arg(i);
        QElapsedTimer timer;
        timer.start();
        if (!other.exec(u"UPDATE tracks SET title = '%1' WHERE id = %2"_s.arg(title).arg(id)))
            return -1;
        while (
            table->data(table->index(table->rowOf(id), 0), TrackTableModel::TitleRole).toString() != title) {
            if (timer.elapsed() > 10'000)
                return -1;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        each.append(timer.nsecsElapsed() / 1e6);
    }
    return median(each);
}

std::optional<Figures> measure(const QString &location, int count)
{
    Figures figures;
    const CatalogStore store(location);
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return std::nullopt;
    }
    const QList<ImportedFile> files = Test::generatedFiles(count);
    milliseconds(timer);
    {
        ImportWriter writer(store.connection());
        ImportWriter::Counts counts;
        for (qsizetype start = 0; start < files.size(); start += 1000) {
            if (!writer.writeBatch(files.mid(start, 1000), &counts, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return std::nullopt;
            }
        }
    }
    figures.import = milliseconds(timer);
    // Searches fill the search text the first time (as the first search after an import does).
    TrackListing::find(store.connection(), u"song"_s, &error);
    milliseconds(timer);
    CatalogSession session(store);
    session.reload();
    session.waitForIdle();
    session.waitForIdle();
    figures.open = milliseconds(timer);
    QList<double> searches;
    for (const QString &term : { u"song 4711"_s, u"instrumental"_s, u"artist 2"_s, u"no such track"_s }) {
        milliseconds(timer);
        TrackListing::find(store.connection(), term, &error);
        searches.append(milliseconds(timer));
    }
    figures.search = median(searches);
    if (store.isOnServer())
        figures.showOthers = showOthersMs(store, session);
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 100'000;
    if (qEnvironmentVariableIsEmpty("IMPRINT_TEST_PG_URL")) {
        std::fprintf(stderr, "IMPRINT_TEST_PG_URL is not set: start scripts/pg-test-server first\n");
        return 2;
    }
    QTemporaryDir dir;
    const auto file = measure(dir.filePath(u"catalog.sqlite"_s), count);
    qputenv("IMPRINT_TEST_BACKEND", "postgres");
    const auto server = measure(Test::catalogLocation(dir, QString()), count);
    if (!file || !server)
        return 1;
    std::printf("%d tracks          SQLite file   PostgreSQL   ratio\n", count);
    const auto line = [](const char *what, double a, double b) {
        std::printf("%-18s %9.0f ms %9.0f ms %7.2f\n", what, a, b, b / std::max(a, 0.001));
    };
    line("import", file->import, server->import);
    line("open (session)", file->open, server->open);
    std::printf("%-18s %9.1f ms %9.1f ms %7.2f\n", "search (median)", file->search, server->search,
        server->search / std::max(file->search, 0.001));
    std::printf("another client's edit shown in an open session, median of 20: %.0f ms (target < 1000)\n",
        server->showOthers);
    return 0;
}
