// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// SHA-256 throughput: the libcrypto adapter against QCryptographicHash on the same buffer in the
// same run (issue 18), in 1 MiB pieces as the file hashing feeds it. Prints MB/s and the ratio.
//   scripts/dev exec bench_sha256 [MEGABYTES]
#include "hash/Sha256.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Imprint;

namespace
{

constexpr qsizetype Piece = qsizetype(1) << 20;

template<typename Hash>
double bestMegabytesPerSecond(const QByteArray &data, Hash &&hashOnce, QByteArray *digest)
{
    double best = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        *digest = hashOnce(data);
        best = std::max(best, double(data.size()) / 1e6 / (double(timer.nsecsElapsed()) / 1e9));
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 256;
    QByteArray data(megabytes * Piece, Qt::Uninitialized);
    QRandomGenerator random(18);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);

    QByteArray ours, qts;
    const double adapter = bestMegabytesPerSecond(
        data,
        [](const QByteArray &bytes) {
            Sha256 sha;
            for (qsizetype at = 0; at < bytes.size(); at += Piece)
                sha.addData(QByteArrayView(bytes).sliced(at, std::min(Piece, bytes.size() - at)));
            return sha.result();
        },
        &ours);
    const double qt = bestMegabytesPerSecond(
        data,
        [](const QByteArray &bytes) {
            QCryptographicHash sha(QCryptographicHash::Sha256);
            for (qsizetype at = 0; at < bytes.size(); at += Piece)
                sha.addData(QByteArrayView(bytes).sliced(at, std::min(Piece, bytes.size() - at)));
            return sha.result();
        },
        &qts);
    std::printf("bench_sha256: %lld MiB, best of 3\n", static_cast<long long>(megabytes));
    std::printf("  Sha256 (libcrypto):   %8.1f MB/s\n", adapter);
    std::printf("  QCryptographicHash:   %8.1f MB/s\n", qt);
    std::printf("  ratio:                %8.2fx%s\n", adapter / qt, ours == qts ? "" : "  DIGESTS DIFFER");
    return ours == qts ? 0 : 1;
}
