// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Import throughput on a generated folder of small tagged FLAC files (DESIGN.md §10:
// at least 3000 files/s on a 2-core machine). Prints the figures; it does not pass or fail.
//   scripts/dev exec bench_import [FILES] [SECONDS] (each file SECONDS long: 0.5 by default;
//   the import decodes the first ten seconds of each file and its last block)
#include "audio/AudioFile.h"
#include "catalog/CatalogStore.h"
#include "import/Importer.h"
#include "tags/BasicTagWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThreadPool>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Imprint;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int files = argc > 1 ? std::atoi(argv[1]) : 2000;
    const double seconds = argc > 2 ? std::atof(argv[2]) : 0.5;
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"takes"_s);

    // One short tagged FLAC, copied under many names with different tags.
    std::vector<float> samples(size_t(44100 * seconds) * 2);
    for (size_t i = 0; i < samples.size(); ++i)
        samples[i] = 0.25f * float(std::sin(double(i / 2) * 2.0 * M_PI * 440.0 / 44100.0));
    QString error;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < files; ++i) {
        const QString path
            = u"%1/Artist %2/Release %3/%4 Take.flac"_s.arg(folder).arg(i % 40).arg(i % 200).arg(i);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (i == 0) {
            if (!Audio::writeAudioFile(path, { 44100, 2, 16, Audio::Container::Flac }, samples, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        } else if (!QFile::copy(u"%1/Artist 0/Release 0/0 Take.flac"_s.arg(folder), path)) {
            return 1;
        }
        Tags::BasicTags tags;
        tags.title = u"Take %1"_s.arg(i);
        tags.artist = u"Artist %1"_s.arg(i % 40);
        tags.album = u"Release %1"_s.arg(i % 200);
        tags.trackNumber = i / 200 + 1;
        tags.isrc = u"QZK6H26%1"_s.arg(i + 1, 5, 10, QChar(u'0'));
        if (!Tags::writeBasicTags(path, tags, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf(
        "generated %d tagged FLAC files of %.1f s in %.1f s\n", files, seconds, timer.elapsed() / 1000.0);

    const CatalogStore store(dir.filePath(u"catalog.sqlite"_s));
    if (!store.open(&error))
        return 1;
    std::atomic_bool cancel = false;
    timer.restart();
    const ImportSummary first = Importer(store).run(folder, cancel);
    const double firstSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    const ImportSummary again = Importer(store).run(folder, cancel);
    const double againSeconds = timer.nsecsElapsed() / 1e9;
    if (!first.ok() || first.added != files || again.unchanged != files) {
        std::fprintf(stderr, "import did not take every file: added %d, failed %d %s\n", first.added,
            first.failed, qPrintable(first.fatalError));
        return 1;
    }
    std::printf("threads: %d\n", QThreadPool::globalInstance()->maxThreadCount());
    std::printf("first import:   %d files in %.3f s = %.0f files/s (target >= 3000)\n", files, firstSeconds,
        files / firstSeconds);
    std::printf("re-import:      %d unchanged files in %.3f s = %.0f files/s\n", files, againSeconds,
        files / againSeconds);
    return 0;
}
