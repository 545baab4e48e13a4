// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Writes a full TagSet into N generated FLAC files (default 1000) through the verified atomic
// writer and prints files/s. Each write copies, tags, reads back and hashes the decoded audio of
// both the original and the copy, so this measures the whole safe path, not TagLib alone.
//   scripts/dev exec bench_tags [COUNT]
#include "AudioFixtures.h"
#include "tags/TagWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Imprint;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    QString error;
    const QString seed = Testing::makeAudioFile(dir.path(), u"seed"_s, u"flac"_s, &error);
    if (seed.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QList<Tags::TagWriteRequest> requests;
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(u"file%1.flac"_s.arg(i, 4, 10, QChar(u'0')));
        QFile::copy(seed, path);
        TagSet tags = Testing::fullTagSet();
        tags.trackNumber = i % 99 + 1;
        requests.append({ path, tags, {} });
    }
    std::atomic_bool cancel = false;
    QElapsedTimer timer;
    timer.start();
    const QList<Tags::TagWriteResult> results = Tags::writeTags(requests, false, cancel);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    int failed = 0;
    for (const auto &result : results)
        failed += result.ok() ? 0 : 1;
    std::printf("bench_tags: %d FLAC files (0.5 s stereo each) tagged and verified in %.2f s: %.0f files/s, "
                "%d failed\n",
        count, seconds, count / seconds, failed);
    return failed == 0 ? 0 : 1;
}
