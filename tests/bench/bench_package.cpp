// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Packaging throughput: ~1 GB of 16-bit stereo PCM (12 masters + 48 stems) as stored ZIP and as
// tar.zst, next to a plain chunked file copy of the same files and (where the tools are installed)
// the shell's tar | zstd with sha256sum of every file, measured in the same run (issue 18: backup
// and export within 2× of that).
//   scripts/dev exec bench_package [MEGABYTES]
#include "archive/PackageWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Imprint::Archive;

namespace
{

// A WAV header and a decaying chord with a little noise: audio-like data that compresses the way
// real music does (a few per cent to a third), unlike zeros or pure noise.
bool writeWav(const QString &path, qint64 bytes, int seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray header(
        "RIFF\0\0\0\0WAVEfmt \x10\0\0\0\x01\0\x02\0\x44\xac\0\0\x10\xb1\x02\0\x04\0\x10\0data\0\0\0\0", 44);
    file.write(header);
    std::vector<qint16> chunk(1 << 19);
    quint32 noise = 0x9e3779b9u * quint32(seed + 1);
    for (qint64 written = 0, frame = 0; written < bytes; written += qint64(chunk.size() * 2)) {
        for (size_t i = 0; i < chunk.size(); i += 2, ++frame) {
            noise = noise * 1664525u + 1013904223u;
            const double t = double(frame) / 44100.0;
            const double v
                = 0.3 * std::sin(2 * M_PI * (110.0 * (seed % 5 + 1)) * t) * std::exp(-std::fmod(t, 2.0))
                + 0.01 * (double(noise >> 16) / 65536.0 - 0.5);
            chunk[i] = chunk[i + 1] = qint16(v * 32767);
        }
        file.write(reinterpret_cast<const char *>(chunk.data()), qint64(chunk.size() * 2));
    }
    return file.error() == QFile::NoError;
}

double mbPerSecond(qint64 bytes, qint64 ms)
{
    return double(bytes) / 1e6 / (double(qMax<qint64>(ms, 1)) / 1000.0);
}

qint64 copyAll(const QList<PackageItem> &items, const QString &dir)
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (const PackageItem &item : items) {
        QFile in(item.sourcePath);
        QFile out(dir + u'/' + QString(item.archivePath).replace(u'/', u'_'));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return -1;
        qint64 n;
        while ((n = in.read(buffer.data(), buffer.size())) > 0)
            total += out.write(buffer.constData(), n);
        out.flush();
        ::fsync(out.handle()); // the packager syncs its output too
    }
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000;
    QTemporaryDir dir(QDir::currentPath() + u"/bench-package-XXXXXX"_s);
    QList<PackageItem> items;
    const qint64 perFile = megabytes * 1000 * 1000 / 60;
    for (int track = 0; track < 12; ++track) {
        for (int part = 0; part < 5; ++part) {
            const QString name = part == 0 ? u"Track %1/master.wav"_s.arg(track + 1)
                                           : u"Track %1/Stems/stem %2.wav"_s.arg(track + 1).arg(part);
            const QString path = dir.filePath(u"src-%1-%2.wav"_s.arg(track).arg(part));
            if (!writeWav(path, perFile, track * 5 + part))
                return 1;
            items.append({ path, name });
        }
    }
    QDir().mkpath(dir.filePath(u"copy"_s));
    QElapsedTimer timer;
    timer.start();
    const qint64 copied = copyAll(items, dir.filePath(u"copy"_s));
    const qint64 copyMs = timer.elapsed();
    std::printf("%-20s %8.0f MB in %6.1f s  %7.1f MB/s\n", "raw file copy", copied / 1e6, copyMs / 1000.0,
        mbPerSecond(copied, copyMs));
    QDir(dir.filePath(u"copy"_s)).removeRecursively();

    // The reference: what a careful shell user would run for a verified archive. zstd at its
    // default level (3), as KArchive's; sync, as the packager syncs its output.
    qint64 referenceMs = 0;
    {
        QProcess shell;
        shell.setWorkingDirectory(dir.path());
        timer.restart();
        shell.start(u"sh"_s,
            { u"-c"_s,
                u"tar -cf - src-*.wav | zstd -q -o reference.tar.zst && sha256sum src-*.wav > sums && sync"_s });
        if (shell.waitForFinished(-1) && shell.exitStatus() == QProcess::NormalExit
            && shell.exitCode() == 0) {
            referenceMs = timer.elapsed();
            std::printf("%-20s %8.0f MB in %6.1f s  %7.1f MB/s (tar | zstd, sha256sum, sync)\n",
                "shell reference", copied / 1e6, referenceMs / 1000.0, mbPerSecond(copied, referenceMs));
        } else {
            std::printf("%-20s not measured: %s\n", "shell reference",
                shell.readAllStandardError().trimmed().constData());
        }
        QFile::remove(dir.filePath(u"reference.tar.zst"_s));
    }

    for (const PackageFormat format : { PackageFormat::ZipStored, PackageFormat::TarZst }) {
        PackageRequest request;
        request.outputPath = dir.filePath(format == PackageFormat::ZipStored ? u"p.zip"_s : u"p.tar.zst"_s);
        request.format = format;
        request.items = items;
        std::atomic_bool cancel = false;
        timer.restart();
        const PackageResult result = writePackage(request, cancel);
        const qint64 ms = timer.elapsed();
        if (!result.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 1;
        }
        // Includes the verification pass: every entry re-read and hashed.
        std::printf("%-20s %8.0f MB in %6.1f s  %7.1f MB/s (package %.0f MB, written and verified)\n",
            qPrintable(formatName(format)), copied / 1e6, ms / 1000.0, mbPerSecond(copied, ms),
            result.size / 1e6);
        if (format == PackageFormat::TarZst && referenceMs > 0)
            std::printf("%-20s %.2f× the shell reference's time (target ≤ 2×)\n", "",
                double(ms) / double(referenceMs));
        QFile::remove(request.outputPath);
    }
    return 0;
}
