// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Writes a full TagSet into N generated FLAC files (default 1000 short ones, and a tenth as many
// 12-second takes) through the verified atomic writer: one file at a time, on every core, and on
// every core with the catalog's hashes of the audio and of the bytes analysed (as the catalog's
// write-tags has them for analysed files: the original is hashed as it is copied, the copy after),
// and prints files/s and the ratios. Each write copies, tags, reads back and proves the audio
// unchanged (decoding the copy, and the original unless its hash is known), so this measures the
// whole safe path, not TagLib alone.
//   scripts/dev exec bench_tags [COUNT]
#include "AudioFixtures.h"
#include "audio/AudioIdentity.h"
#include "hash/Sha256.h"
#include "tags/TagWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

double timedWrite(const QList<Tags::TagWriteRequest> &requests, int threads, int &failed)
{
    std::atomic_bool cancel = false;
    QElapsedTimer timer;
    timer.start();
    const QList<Tags::TagWriteResult> results = Tags::writeTags(requests, false, cancel, {}, threads);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    for (const auto &result : results)
        failed += result.status == Tags::TagWriteStatus::Written ? 0 : 1;
    return seconds;
}

// Three sets of copies of seed: one written a file at a time (the reference), one on every core,
// one on every core with the seed's hashes given as the catalog would give them.
int benchmark(const QTemporaryDir &dir, const QString &seed, const char *what, int count)
{
    QString error;
    const std::optional<QByteArray> seedAudio = Audio::audioHash(seed, &error);
    if (!seedAudio) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString seedBytes = QString::fromLatin1(Sha256::hashFile(seed, &error).toHex());
    const auto requestsFor = [&](const QString &set, const QByteArray &knownAudio) {
        QList<Tags::TagWriteRequest> requests;
        for (int i = 0; i < count; ++i) {
            const QString path = dir.filePath(u"%1-%2.flac"_s.arg(set).arg(i, 4, 10, QChar(u'0')));
            QFile::copy(seed, path);
            Tags::TagWriteRequest request;
            request.path = path;
            request.tags = Testing::fullTagSet();
            request.tags.trackNumber = i % 99 + 1;
            request.knownAudioHash = knownAudio;
            request.knownContentHash = knownAudio.isEmpty() ? QString() : seedBytes;
            requests.append(request);
        }
        return requests;
    };
    int failed = 0;
    const QString name = QFileInfo(seed).baseName();
    const double oneAtATime = timedWrite(requestsFor(name + u"-one"_s, {}), 1, failed);
    const double everyCore = timedWrite(requestsFor(name + u"-all"_s, {}), 0, failed);
    const double known = timedWrite(requestsFor(name + u"-known"_s, *seedAudio), 0, failed);
    std::printf("bench_tags: %d FLAC files (%s) tagged and verified: one at a time %.2f s (%.0f files/s), "
                "on %d cores %.2f s (%.0f files/s, %.2fx), and with the catalog's hashes %.2f s "
                "(%.0f files/s, %.2fx), %d failed\n",
        count, what, oneAtATime, count / oneAtATime, QThread::idealThreadCount(), everyCore,
        count / everyCore, oneAtATime / everyCore, known, count / known, oneAtATime / known, failed);
    return failed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    QString error;
    const QString shortFile = Testing::makeAudioFile(dir.path(), u"short"_s, u"flac"_s, &error);
    const QString take = Testing::makeTakeFile(dir.path(), u"take"_s, u"flac"_s, 1, 1.0, &error);
    if (shortFile.isEmpty() || take.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const int failed = benchmark(dir, shortFile, "0.5 s stereo each", count)
        + benchmark(dir, take, "12 s stereo each", std::max(count / 10, 1));
    return failed == 0 ? 0 : 1;
}
