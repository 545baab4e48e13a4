// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Analysis speed (DESIGN.md §10): Imprint's single-threaded analysis (all measurements,
// true peak included) against `ffmpeg -af ebur128=peak=true` on the same 10-minute files in
// the same run; the 16-bit file also as ALAC and WavPack, which FFmpeg decodes. Prints ×real time and the
// ratio; it does not pass or fail. Also times the stems null test (the mix and four stems of the same length,
// read side by side), and what the audio's identity (its hash and fingerprint, made in the same
// pass) adds to an analysis.
//   scripts/dev exec bench_analysis [MINUTES]
#include "TestSignals.h"
#include "analysis/FileAnalysis.h"
#include "analysis/StemNullTest.h"
#include "audio/AudioReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

// Streams a PCM WAV to disk: ten minutes of float samples would not fit comfortably in memory.
bool writeWav(const QString &path, int rate, int bits, int minutes)
{
    const std::vector<float> minute = TestSignals::musicLike(rate, 60.0, 42);
    const qint64 frames = qint64(minute.size() / 2) * minutes;
    const int bytesPerSample = bits / 8;
    const auto dataBytes = quint32(frames * 2 * bytesPerSample);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray header;
    const auto u32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        header.append(b, 4);
    };
    const auto u16 = [&](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        header.append(b, 2);
    };
    header.append("RIFF");
    u32(36 + dataBytes);
    header.append("WAVEfmt ");
    u32(16);
    u16(1);
    u16(2);
    u32(quint32(rate));
    u32(quint32(rate * 2 * bytesPerSample));
    u16(quint16(2 * bytesPerSample));
    u16(quint16(bits));
    header.append("data");
    u32(dataBytes);
    file.write(header);
    const double scale = std::ldexp(1.0, bits - 1);
    QByteArray chunk;
    for (int m = 0; m < minutes; ++m) {
        // Each minute a little louder or quieter, so the file is not one repeated level.
        const double gain = std::pow(10.0, (double(m % 4) - 2.0) / 20.0);
        chunk.resize(qsizetype(minute.size()) * bytesPerSample);
        char *out = chunk.data();
        for (float sample : minute) {
            const auto v
                = qint32(std::clamp(std::lround(sample * gain * scale), -long(scale), long(scale) - 1));
            for (int b = 0; b < bytesPerSample; ++b)
                *out++ = char((v >> (8 * b)) & 0xff);
        }
        file.write(chunk);
    }
    return file.error() == QFile::NoError;
}

double decodeOnlySeconds(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    Audio::AudioReader reader;
    QString error;
    if (!reader.open(path, &error))
        return -1;
    std::vector<float> block(4096 * size_t(reader.info().channels));
    while (reader.read(block.data(), 4096, &error) > 0) { }
    return timer.nsecsElapsed() / 1e9;
}

struct Ffmpeg {
    double seconds = -1;
    QString integrated;
    QString truePeak;
};

Ffmpeg runFfmpeg(const QString &path)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(u"ffmpeg"_s,
        { u"-hide_banner"_s, u"-nostats"_s, u"-i"_s, path, u"-af"_s, u"ebur128=peak=true"_s, u"-f"_s,
            u"null"_s, u"-"_s });
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return {};
    Ffmpeg result;
    result.seconds = timer.nsecsElapsed() / 1e9;
    const QString log = QString::fromUtf8(process.readAllStandardError());
    static const QRegularExpression integrated(uR"(I:\s+(-?[\d.]+) LUFS)"_s);
    static const QRegularExpression peak(uR"(Peak:\s+(-?[\d.]+) dBFS)"_s);
    QRegularExpressionMatch m = integrated.match(log, log.lastIndexOf(u"Summary"_s));
    result.integrated = m.hasMatch() ? m.captured(1) : u"?"_s;
    m = peak.match(log, log.lastIndexOf(u"Summary"_s));
    result.truePeak = m.hasMatch() ? m.captured(1) : u"?"_s;
    return result;
}

// One row: decode-only and analysis speed against ffmpeg's ebur128 on the same file.
bool measure(const QString &path, double duration)
{
    decodeOnlySeconds(path); // warm the page cache for everyone
    const double decode = decodeOnlySeconds(path);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto result = analyzeFile(path, nullptr, &error);
    const double ours = timer.nsecsElapsed() / 1e9;
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const Ffmpeg theirs = runFfmpeg(path);
    if (theirs.seconds < 0) {
        std::fprintf(stderr, "ffmpeg failed on %s (is it installed?)\n", qPrintable(path));
        return false;
    }
    std::printf("%-22s %10.0f %12.3f %12.0f %12.0f %7.2f×   %.1f LUFS / %.2f dBTP | %s LUFS / %s dBTP\n",
        qPrintable(QFileInfo(path).fileName()), duration / decode, ours, duration / ours,
        duration / theirs.seconds, theirs.seconds / ours, result->integratedLufs, result->truePeakDbtp,
        qPrintable(theirs.integrated), qPrintable(theirs.truePeak));
    // In the catalog the analysis also hashes the decoded audio, and fingerprints a master's start
    // (issue 15), in the same decode: what each adds to the analysis above.
    for (const auto &[parts, what] : { std::pair(AudioIdentityParts::Hash, "a stem's: + hash"),
             std::pair(AudioIdentityParts::HashAndFingerprint, "a master's: + hash, fingerprint") }) {
        timer.restart();
        if (!analyzeFile(path, nullptr, &error, parts)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("%-22s analysis in the catalog, %s: %.3f s, %+.0f %%\n", "", what, seconds,
            100.0 * (seconds - ours) / ours);
    }
    std::fflush(stdout);
    return true;
}

// ALAC in M4A or WavPack, by the name's suffix.
bool encode(const QString &wav, const QString &out)
{
    const QString codec = out.endsWith(u".m4a"_s) ? u"alac"_s : u"wavpack"_s;
    QProcess process;
    process.start(u"ffmpeg"_s,
        { u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-y"_s, u"-i"_s, wav, u"-c:a"_s, codec, out });
    return process.waitForFinished(-1) && process.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int minutes = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
    QTemporaryDir dir;
    struct Case {
        int rate;
        int bits;
    };
    std::printf("%-22s %10s %12s %12s %12s %8s   %s\n", "file", "decode×RT", "Imprint s", "Imprint×RT",
        "ffmpeg×RT", "ratio", "integrated / true peak (Imprint | ffmpeg)");
    for (const Case c : { Case { 44100, 16 }, Case { 48000, 24 } }) {
        const QString path = dir.filePath(u"%1min-%2-%3.wav"_s.arg(minutes).arg(c.rate).arg(c.bits));
        if (!writeWav(path, c.rate, c.bits, minutes)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        const double duration = minutes * 60.0;
        if (!measure(path, duration))
            return 1;
        // The null test reads five files of this length side by side (here the same file five
        // times, so only the speed means something).
        QElapsedTimer timer;
        timer.start();
        const QList<StemInput> stems { { u"a"_s, path }, { u"b"_s, path }, { u"c"_s, path },
            { u"d"_s, path } };
        const StemNullTestResult nulled = nullTestStems(path, stems);
        const double nullSeconds = timer.nsecsElapsed() / 1e9;
        if (!nulled.measured) {
            std::fprintf(stderr, "%s\n", qPrintable(nulled.error));
            return 1;
        }
        std::printf("%-22s null test, mix + 4 stems: %.3f s, %.0f× real time\n", "", nullSeconds,
            duration / nullSeconds);
        std::fflush(stdout);
        // Formats FFmpeg decodes (issue 15), made from the same audio: figures, not a bar.
        if (c.bits == 16) {
            for (const QString &suffix : { u"alac.m4a"_s, u"wv"_s }) {
                const QString encoded = dir.filePath(QFileInfo(path).completeBaseName() + u'.' + suffix);
                if (!encode(path, encoded) || !measure(encoded, duration))
                    return 1;
                QFile::remove(encoded);
            }
        }
        QFile::remove(path);
    }
    return 0;
}
