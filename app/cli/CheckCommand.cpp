// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CheckCommand.h"
#include "Output.h"

#include "analysis/FileAnalysis.h"
#include "audio/DecoderTable.h"
#include "platform/Terminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QtConcurrent>

#include <cmath>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

struct Outcome {
    QString path;
    std::optional<AnalysisResult> result;
    QString error;
};

// Files as given, folders expanded (sorted, so output is stable); missing paths are outcomes.
QList<Outcome> collect(const QStringList &paths)
{
    QList<Outcome> outcomes;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (Audio::audioFormatFor(file))
                    found.append(file);
            }
            found.sort();
            for (const QString &file : std::as_const(found))
                outcomes.append({ file, std::nullopt, {} });
        } else if (info.exists()) {
            outcomes.append({ path, std::nullopt, {} });
        } else {
            outcomes.append({ path, std::nullopt,
                path + u": "_s + QCoreApplication::translate("CheckCommand", "no such file or folder") });
        }
    }
    return outcomes;
}

QJsonValue number(double value, int decimals = 2)
{
    if (!std::isfinite(value))
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject toJson(const Outcome &outcome)
{
    QJsonObject object { { u"path"_s, outcome.path } };
    if (!outcome.result) {
        object.insert(u"error"_s, outcome.error);
        return object;
    }
    const AnalysisResult &r = *outcome.result;
    object.insert(u"container"_s, r.container);
    object.insert(u"encoding"_s, r.encoding);
    object.insert(u"sampleRate"_s, r.sampleRate);
    object.insert(u"bitDepth"_s, r.bitDepth);
    object.insert(u"channels"_s, r.channels);
    object.insert(u"frames"_s, r.frames);
    object.insert(u"durationSeconds"_s, number(r.durationSeconds, 3));
    object.insert(u"integratedLufs"_s, number(r.integratedLufs));
    object.insert(u"loudnessRangeLu"_s, number(r.loudnessRangeLu));
    object.insert(u"maxMomentaryLufs"_s, number(r.maxMomentaryLufs));
    object.insert(u"maxShortTermLufs"_s, number(r.maxShortTermLufs));
    object.insert(u"samplePeakDbfs"_s, number(r.samplePeakDbfs));
    object.insert(u"truePeakDbtp"_s, number(r.truePeakDbtp));
    object.insert(u"clipRuns"_s, r.clipRuns);
    object.insert(u"clippedSamples"_s, r.clippedSamples);
    object.insert(
        u"firstClipSeconds"_s, r.firstClipSeconds < 0 ? QJsonValue::Null : number(r.firstClipSeconds, 3));
    object.insert(u"dcOffset"_s, number(r.dcOffset, 6));
    object.insert(u"leadingSilenceSeconds"_s, number(r.leadingSilenceSeconds, 3));
    object.insert(u"trailingSilenceSeconds"_s, number(r.trailingSilenceSeconds, 3));
    object.insert(u"correlation"_s, r.hasCorrelation ? number(r.correlation, 3) : QJsonValue::Null);
    object.insert(u"nonFiniteSamples"_s, r.nonFiniteSamples);
    return object;
}

QString level(double value, const QString &unit)
{
    return std::isfinite(value) ? u"%1 %2"_s.arg(value, 0, 'f', 1).arg(unit) : u"-inf %1"_s.arg(unit);
}

QString clock(double seconds)
{
    const int minutes = int(seconds / 60);
    return u"%1:%2"_s.arg(minutes).arg(seconds - minutes * 60, 5, 'f', 2, QChar(u'0'));
}

void printText(const Outcome &outcome)
{
    if (!outcome.result) {
        print(stderr, outcome.error);
        return;
    }
    const AnalysisResult &r = *outcome.result;
    QStringList lines { QDir::toNativeSeparators(outcome.path) };
    const auto row = [&](const QString &label, const QString &value) {
        lines.append(u"  %1 %2"_s.arg(label.leftJustified(12), value));
    };
    row(QCoreApplication::translate("CheckCommand", "format"),
        u"%1, %2, %3 Hz, %4 ch, %5"_s.arg(r.container, r.encoding)
            .arg(r.sampleRate)
            .arg(r.channels)
            .arg(clock(r.durationSeconds)));
    row(QCoreApplication::translate("CheckCommand", "loudness"),
        QCoreApplication::translate(
            "CheckCommand", "%1 integrated, range %2, max short-term %3, max momentary %4")
            .arg(level(r.integratedLufs, u"LUFS"_s), level(r.loudnessRangeLu, u"LU"_s),
                level(r.maxShortTermLufs, u"LUFS"_s), level(r.maxMomentaryLufs, u"LUFS"_s)));
    row(QCoreApplication::translate("CheckCommand", "peaks"),
        QCoreApplication::translate("CheckCommand", "sample %1, true %2")
            .arg(level(r.samplePeakDbfs, u"dBFS"_s), level(r.truePeakDbtp, u"dBTP"_s)));
    row(QCoreApplication::translate("CheckCommand", "clipping"),
        r.clipRuns == 0 ? QCoreApplication::translate("CheckCommand", "none")
                        : QCoreApplication::translate("CheckCommand", "%1 runs (%2 samples), first at %3")
                              .arg(r.clipRuns)
                              .arg(r.clippedSamples)
                              .arg(clock(r.firstClipSeconds)));
    row(QCoreApplication::translate("CheckCommand", "DC offset"),
        u"%1 %"_s.arg(100.0 * r.dcOffset, 0, 'f', 3));
    row(QCoreApplication::translate("CheckCommand", "silence"),
        QCoreApplication::translate("CheckCommand", "leading %1 s, trailing %2 s")
            .arg(r.leadingSilenceSeconds, 0, 'f', 2)
            .arg(r.trailingSilenceSeconds, 0, 'f', 2));
    if (r.hasCorrelation)
        row(QCoreApplication::translate("CheckCommand", "correlation"),
            QString::number(r.correlation, 'f', 2));
    if (r.nonFiniteSamples > 0)
        row(QCoreApplication::translate("CheckCommand", "warning"),
            QCoreApplication::translate("CheckCommand", "%1 NaN/Inf samples were read as silence")
                .arg(r.nonFiniteSamples));
    print(stdout, lines.join(u'\n'));
}

} // namespace

int runCheck(const QStringList &paths, bool json, const std::atomic_bool &interrupted)
{
    if (paths.isEmpty()) {
        print(stderr,
            QCoreApplication::translate("CheckCommand", "usage: imprint check FILE|FOLDER... [--json]"));
        return 2;
    }
    QList<Outcome> outcomes = collect(paths);
    const bool terminal = !json && Platform::isTerminal(stderr) && outcomes.size() > 1;
    std::atomic_int done = 0;
    QMutex progress;
    const auto total = outcomes.size();
    // One file per core; results keep their order.
    QtConcurrent::blockingMap(outcomes, [&](Outcome &outcome) {
        if (!outcome.error.isEmpty())
            return;
        outcome.result = analyzeFile(outcome.path, &interrupted, &outcome.error);
        const int finished = ++done;
        if (terminal) {
            const QMutexLocker lock(&progress);
            std::fprintf(stderr, "\r%s",
                qPrintable(QCoreApplication::translate("CheckCommand", "Analysing… %1/%2")
                        .arg(finished)
                        .arg(total)));
            std::fflush(stderr);
        }
    });
    if (terminal)
        std::fputs("\n", stderr);

    qsizetype failed = 0;
    for (const Outcome &outcome : std::as_const(outcomes))
        failed += outcome.result ? 0 : 1;
    if (json) {
        QJsonArray files;
        for (const Outcome &outcome : std::as_const(outcomes))
            files.append(toJson(outcome));
        const QJsonObject summary { { u"analysed"_s, total - failed }, { u"failed"_s, failed },
            { u"cancelled"_s, interrupted.load() }, { u"files"_s, files } };
        std::fputs(QJsonDocument(summary).toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        for (const Outcome &outcome : std::as_const(outcomes))
            printText(outcome);
    }
    std::fflush(stdout);
    if (interrupted)
        return 130;
    return failed ? 1 : 0;
}

} // namespace Imprint::CommandLine
