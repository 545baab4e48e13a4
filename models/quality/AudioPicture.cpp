// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AudioPicture.h"

#include "quality/QualityCheck.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Imprint::AudioPicture
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AudioPicture)
};

// Extends the last marker when this place follows it closely, else starts a new one.
void addPlace(
    QList<Marker> &list, Marker::Kind kind, double start, double end, double level, double mergeSeconds)
{
    if (!list.isEmpty() && start - list.last().endSeconds <= mergeSeconds) {
        Marker &last = list.last();
        ++last.count;
        last.levelDbtp = std::max(last.levelDbtp, level);
        last.endSeconds = std::max(last.endSeconds, end);
    } else {
        list.append({ kind, start, end, 1, level });
    }
}

QString markerText(const Marker &marker, std::optional<double> ceiling)
{
    const QString from = formatClock(marker.seconds);
    const QString to = formatClock(marker.endSeconds);
    const bool span = to != from;
    if (marker.kind == Marker::Kind::Clipping) {
        if (marker.count == 1)
            return Text::tr("Clipping at %1").arg(from);
        return span ? Text::tr("%n clipping runs from %1 to %2", nullptr, marker.count).arg(from, to)
                    : Text::tr("%n clipping runs at %1", nullptr, marker.count).arg(from);
    }
    const QString level = formatLevel(marker.levelDbtp);
    const QString limit = formatLevel(ceiling.value_or(0));
    return span ? Text::tr("True peak up to %1 dBTP from %2 to %3, over the %4 dBTP ceiling")
                      .arg(level, from, to, limit)
                : Text::tr("True peak %1 dBTP at %2, over the %3 dBTP ceiling").arg(level, from, limit);
}

QString clockLabel(double seconds)
{
    const qint64 whole = qint64(std::llround(seconds));
    if (whole >= 3600)
        return u"%1:%2:%3"_s.arg(whole / 3600)
            .arg(whole / 60 % 60, 2, 10, QChar(u'0'))
            .arg(whole % 60, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(whole / 60).arg(whole % 60, 2, 10, QChar(u'0'));
}

QVariant levelOrNull(float value)
{
    return std::isfinite(value) ? QVariant(double(value)) : QVariant();
}

QVariantList toList(const std::vector<float> &values)
{
    QVariantList list;
    list.reserve(qsizetype(values.size()));
    for (float value : values)
        list.append(levelOrNull(value));
    return list;
}

} // namespace

QList<Marker> markers(const AnalysisRecord &record, const QualityProfile &profile, double mergeSeconds)
{
    QList<Marker> clipping;
    for (float start : record.clipStarts)
        addPlace(clipping, Marker::Kind::Clipping, start, start, 0, mergeSeconds);

    QList<Marker> overs;
    const AnalysisFacts &facts = record.facts;
    const std::optional<double> ceiling = profile.truePeakCeiling(facts.integratedLufs);
    const size_t buckets = record.truePeaks.size();
    if (ceiling && buckets > 0 && facts.sampleRate > 0) {
        // The analysis made buckets of a whole number of frames covering the file, the last
        // one partly filled.
        const double frames = std::round(facts.durationSeconds * facts.sampleRate);
        const double bucketSeconds = std::ceil(frames / double(buckets)) / facts.sampleRate;
        const float threshold = float(std::pow(10.0, *ceiling / 20.0));
        for (size_t i = 0; i < buckets; ++i) {
            const float peak = record.truePeaks[i];
            if (peak <= threshold)
                continue;
            const double start = double(i) * bucketSeconds;
            addPlace(overs, Marker::Kind::TruePeak, start,
                std::min(start + bucketSeconds, facts.durationSeconds), 20.0 * std::log10(peak),
                mergeSeconds);
        }
    }
    QList<Marker> all = clipping + overs;
    std::stable_sort(
        all.begin(), all.end(), [](const Marker &a, const Marker &b) { return a.seconds < b.seconds; });
    return all;
}

QList<Tick> timeTicks(double durationSeconds, int maxTicks)
{
    static constexpr int steps[] = { 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200 };
    QList<Tick> ticks;
    if (!(durationSeconds > 0) || maxTicks < 1)
        return ticks;
    int step = steps[std::size(steps) - 1];
    for (int candidate : steps) {
        if (durationSeconds / candidate <= maxTicks) {
            step = candidate;
            break;
        }
    }
    for (double t = 0; t <= durationSeconds + 1e-9 && ticks.size() < maxTicks + 1; t += step)
        ticks.append({ t, clockLabel(t) });
    return ticks;
}

QVariantMap describe(const AnalysisRecord &record, const QualityProfile &profile)
{
    const AnalysisFacts &facts = record.facts;
    const double duration = facts.durationSeconds;
    QVariantMap picture { { u"duration"_s, duration }, { u"curveInterval"_s, record.curveIntervalSeconds },
        { u"curve"_s, toList(record.curve) }, { u"floorLufs"_s, FloorLufs },
        { u"ceilingLufs"_s, CeilingLufs } };
    QVariantList low, high;
    low.reserve(qsizetype(record.peakMin.size()));
    high.reserve(qsizetype(record.peakMax.size()));
    for (size_t i = 0; i < record.peakMin.size() && i < record.peakMax.size(); ++i) {
        low.append(double(record.peakMin[i]));
        high.append(double(record.peakMax[i]));
    }
    picture.insert(u"waveMin"_s, low);
    picture.insert(u"waveMax"_s, high);

    QVariantList lufsTicks;
    for (double value = FloorLufs; value <= CeilingLufs; value += 10)
        lufsTicks.append(QVariantMap { { u"value"_s, value }, { u"label"_s, formatLevel(value, 0) } });
    picture.insert(u"lufsTicks"_s, lufsTicks);

    // Broadcast has a target; streaming services play at their reference level.
    const std::optional<double> target = profile.targetLufs ? profile.targetLufs : profile.referenceLufs;
    picture.insert(u"target"_s, target ? QVariant(*target) : QVariant());
    if (target) {
        picture.insert(u"targetLabel"_s,
            (profile.targetLufs ? Text::tr("Target %1 LUFS") : Text::tr("Reference %1 LUFS"))
                .arg(formatLevel(*target, 0)));
    }

    // At most about one marker per 50th of the width, however long the file, so markers stay
    // apart enough to be pressed.
    const double mergeSeconds = std::max(0.1, duration / 50.0);
    const std::optional<double> ceiling = profile.truePeakCeiling(facts.integratedLufs);
    QVariantList list;
    for (const Marker &marker : markers(record, profile, mergeSeconds)) {
        list.append(QVariantMap {
            { u"kind"_s, marker.kind == Marker::Kind::Clipping ? u"clipping"_s : u"truePeak"_s },
            { u"seconds"_s, marker.seconds },
            { u"position"_s, duration > 0 ? std::clamp(marker.seconds / duration, 0.0, 1.0) : 0.0 },
            { u"endPosition"_s, duration > 0 ? std::clamp(marker.endSeconds / duration, 0.0, 1.0) : 0.0 },
            { u"label"_s, formatClock(marker.seconds) }, { u"text"_s, markerText(marker, ceiling) } });
    }
    picture.insert(u"markers"_s, list);
    picture.insert(u"markersKnown"_s, !facts.decoded || !record.truePeaks.empty());
    // Where clipping starts is kept for the first runs only (SignalStats::MaxClipStarts).
    if (facts.clipRuns > qint64(record.clipStarts.size()) && !record.clipStarts.empty()) {
        picture.insert(u"markersNote"_s,
            Text::tr("Clipping is marked for the first %1 of %2 runs.")
                .arg(QLocale().toString(qint64(record.clipStarts.size())),
                    QLocale().toString(facts.clipRuns)));
    }
    return picture;
}

} // namespace Imprint::AudioPicture
