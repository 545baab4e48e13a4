// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Writes a full TagSet into N generated FLAC files (default 1000) through the verified atomic
// writer, one file at a time and then on every core, and prints files/s and the ratio. Each write copies,
// tags, reads back and hashes the decoded audio of both the original and the copy, so this measures the whole
// safe path, not TagLib alone.
//   scripts/dev exec bench_tags [COUNT]
#include "AudioFixtures.h"
#include "tags/TagWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

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
    // Two sets of the same files: one written a file at a time (the reference), one on every core.
    const auto requestsFor = [&](const QString &set) {
        QList<Tags::TagWriteRequest> requests;
        for (int i = 0; i < count; ++i) {
            const QString path = dir.filePath(u"%1-%2.flac"_s.arg(set).arg(i, 4, 10, QChar(u'0')));
            QFile::copy(seed, path);
            TagSet tags = Testing::fullTagSet();
            tags.trackNumber = i % 99 + 1;
            requests.append({ path, tags, {} });
        }
        return requests;
    };
    int failed = 0;
    const auto timedWrite = [&](const QList<Tags::TagWriteRequest> &requests, int threads) {
        std::atomic_bool cancel = false;
        QElapsedTimer timer;
        timer.start();
        const QList<Tags::TagWriteResult> results = Tags::writeTags(requests, false, cancel, {}, threads);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        for (const auto &result : results)
            failed += result.status == Tags::TagWriteStatus::Written ? 0 : 1;
        return seconds;
    };
    const double oneAtATime = timedWrite(requestsFor(u"one"_s), 1);
    const double everyCore = timedWrite(requestsFor(u"all"_s), 0);
    std::printf("bench_tags: %d FLAC files (0.5 s stereo each) tagged and verified: one at a time %.2f s "
                "(%.0f files/s), on %d cores %.2f s (%.0f files/s, %.2fx), %d failed\n",
        count, oneAtATime, count / oneAtATime, QThread::idealThreadCount(), everyCore, count / everyCore,
        oneAtATime / everyCore, failed);
    return failed == 0 ? 0 : 1;
}
