// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Metadata exports of a large catalog (issue 18): the streaming writers against building the
// whole document in memory first, as export-metadata did; time and peak resident memory of each,
// measured in the same process (the peak is reset between runs through /proc/self/clear_refs).
//   scripts/dev exec bench_export [TRACKS]
#include "TestCatalog.h"
#include "catalog/ImportWriter.h"
#include "exchange/CatalogJson.h"
#include "exchange/MetadataExport.h"
#include "exchange/TrackCsv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <malloc.h>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

double statusMegabytes(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

// Peak resident memory from here on starts at the current size.
void resetPeak()
{
    QFile refs(u"/proc/self/clear_refs"_s);
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

struct Run {
    double ms = 0;
    double peakMb = 0; ///< above the resident size at the start
    qint64 bytes = 0;
};

Run measure(const QString &path, const std::function<bool()> &write)
{
    // Memory an earlier run freed would otherwise be reused without showing in the peak.
    malloc_trim(0);
    resetPeak();
    const double before = statusMegabytes("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    if (!write())
        std::fprintf(stderr, "export to %s failed\n", qPrintable(path));
    Run run;
    run.ms = timer.nsecsElapsed() / 1e6;
    run.peakMb = statusMegabytes("VmHWM:") - before;
    run.bytes = QFileInfo(path).size();
    QFile::remove(path);
    return run;
}

bool saveWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

void report(const char *format, const Run &streamed, const Run &whole)
{
    std::printf("%s: %.0f MB; streamed %7.0f ms, peak +%6.1f MB | in memory %7.0f ms, peak +%7.1f MB "
                "(%.0fx the memory)\n",
        format, streamed.bytes / 1e6, streamed.ms, streamed.peakMb, whole.ms, whole.peakMb,
        whole.peakMb / std::max(streamed.peakMb, 0.1));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 100'000;
    QTemporaryDir dir;
    const CatalogStore store(dir.filePath(u"catalog.sqlite"_s));
    QString error;
    if (!store.open(&error))
        return 1;
    const QList<ImportedFile> files = Test::generatedFiles(count);
    ImportWriter writer(store.connection());
    ImportWriter::Counts counts;
    for (qsizetype start = 0; start < files.size(); start += 1000) {
        if (!writer.writeBatch(files.mid(start, 1000), &counts, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("bench_export: catalog of %d tracks\n", count);
    {
        const QSqlDatabase db = store.connection();
        const QString json = dir.filePath(u"catalog.json"_s);
        const QString csv = dir.filePath(u"tracks.csv"_s);
        const Run jsonStreamed = measure(
            json, [&] { return MetadataExport::toFile(db, MetadataExport::Format::Json, json, &error); });
        const Run jsonWhole = measure(json, [&] {
            return saveWhole(
                json, QJsonDocument(CatalogJson::exportCatalog(db, &error)).toJson(QJsonDocument::Indented));
        });
        report("JSON", jsonStreamed, jsonWhole);
        const Run csvStreamed = measure(
            csv, [&] { return MetadataExport::toFile(db, MetadataExport::Format::Csv, csv, &error); });
        const Run csvWhole
            = measure(csv, [&] { return saveWhole(csv, TrackCsv::exportTracks(db, &error).toUtf8()); });
        report("CSV ", csvStreamed, csvWhole);
    }
    store.closeThreadConnection();
    return 0;
}
