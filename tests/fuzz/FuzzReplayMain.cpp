// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// The driver of a fuzz target in builds without libFuzzer:
//   fuzz_X                    runs every seed and deterministic mutations of it (the ctest test)
//   fuzz_X --write-seeds DIR  writes the seeds as files, the corpus scripts/dev fuzz starts from
//   fuzz_X FILE...            runs the given inputs, e.g. a crash file libFuzzer saved
#include "FuzzTarget.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

using namespace Imprint;

namespace
{

void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

// Damage of the kinds real files suffer: cut short, bytes flipped, a block repeated or dropped.
// Seeded, so a failure in CI reproduces on every machine.
int runMutations(const QByteArray &seed, quint32 seedNumber)
{
    QRandomGenerator random(seedNumber);
    int runs = 0;
    const qsizetype size = seed.size();
    for (const qsizetype cut : { size / 2, size - 1, qsizetype(16), qsizetype(1) }) {
        if (cut > 0 && cut < size) {
            run(seed.left(cut));
            ++runs;
        }
    }
    for (int i = 0; i < 64 && size > 0; ++i) {
        QByteArray mutated = seed;
        const int flips = 1 + random.bounded(4);
        for (int f = 0; f < flips; ++f) {
            const qsizetype at = random.bounded(mutated.size()); // earlier edits may have resized it
            switch (random.bounded(3)) {
            case 0:
                mutated[at] = char(mutated[at] ^ (1 << random.bounded(8)));
                break;
            case 1:
                mutated[at] = char(random.bounded(256)); // includes 0x00 and 0xff, the boundary bytes
                break;
            default: {
                const qsizetype length = qMin<qsizetype>(1 + random.bounded(64), mutated.size() - at);
                if (random.bounded(2))
                    mutated.insert(at, mutated.mid(at, length));
                else
                    mutated.remove(at, length);
            }
            }
            if (mutated.isEmpty())
                break;
        }
        run(mutated);
        ++runs;
    }
    return runs;
}

int writeSeeds(const QString &folder)
{
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(folder));
        return 1;
    }
    const QList<QByteArray> all = Fuzz::seeds();
    for (const QByteArray &seed : all) {
        // Named by content, as libFuzzer names its corpus files, so rewriting is idempotent.
        const QString name
            = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex());
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(seed) != seed.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }
    std::printf("%lld seeds in %s\n", qlonglong(all.size()), qPrintable(folder));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    Fuzz::ensureApplication();
    // From argv, not QCoreApplication::arguments(): ensureApplication() gives the application a
    // name only, as libFuzzer's runs (which own argv) need.
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (args.size() == 2 && args.first() == u"--write-seeds")
        return writeSeeds(args.at(1));
    if (!args.isEmpty()) {
        for (const QString &path : args) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            run(file.readAll());
            std::printf("ran %s\n", qPrintable(path));
        }
        return 0;
    }
    const QList<QByteArray> all = Fuzz::seeds();
    if (all.isEmpty()) {
        std::fprintf(stderr, "no seeds: the target's seed writer produced nothing\n");
        return 1;
    }
    int runs = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        run(all.at(i));
        runs += 1 + runMutations(all.at(i), quint32(i + 1));
    }
    run(QByteArray()); // the empty input
    std::printf(
        "ran %d inputs: %lld seeds, their mutations and the empty input\n", runs + 1, qlonglong(all.size()));
    return 0;
}
