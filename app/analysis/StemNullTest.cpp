// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "StemNullTest.h"

#include "audio/AudioReader.h"

#include <QCoreApplication>

#include <cmath>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

// lupdate records these under StemNullTest.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StemNullTest)
};

constexpr qint64 BlockFrames = 4096;

QString kilohertz(int rate)
{
    return Text::tr("%1 kHz").arg(QString::number(rate / 1000.0, 'g', 4));
}

// One input file and its current block.
struct Source {
    QString name;
    Audio::AudioReader reader;
    std::vector<float> block;
    qint64 frames = 0; ///< decoded so far
    bool ended = false;
};

// Reads up to wanted frames (fewer only at the end of the file); false on a decoding error.
bool fill(Source &source, qint64 wanted, qint64 *got, QString *error)
{
    *got = 0;
    const int channels = source.reader.info().channels;
    while (!source.ended && *got < wanted) {
        const qint64 n = source.reader.read(source.block.data() + *got * channels, wanted - *got, error);
        if (n < 0)
            return false;
        if (n == 0)
            source.ended = true;
        *got += n;
    }
    source.frames += *got;
    return true;
}

double sample(float value)
{
    return std::isfinite(value) ? double(value) : 0.0;
}

} // namespace

StemNullTestResult nullTestStems(
    const QString &mixPath, const QList<StemInput> &stems, const std::atomic_bool *cancel)
{
    StemNullTestResult result;
    if (stems.isEmpty()) {
        result.error = Text::tr("there are no stems");
        return result;
    }
    Source mix;
    mix.name = Text::tr("the mix");
    QString error;
    if (!mix.reader.open(mixPath, &error)) {
        result.error = error;
        return result;
    }
    const Audio::StreamInfo mixInfo = mix.reader.info();
    const int channels = mixInfo.channels;
    result.mix = { mix.name, mixInfo.sampleRate, channels, 0 };

    std::vector<std::unique_ptr<Source>> sources;
    QStringList blocking;
    for (const StemInput &input : stems) {
        auto source = std::make_unique<Source>();
        source->name = input.name;
        if (!source->reader.open(input.path, &error)) {
            blocking.append(Text::tr("stem “%1” cannot be read (%2)").arg(input.name, error));
            result.stems.append({ input.name, 0, 0, 0 });
            continue;
        }
        const Audio::StreamInfo &info = source->reader.info();
        result.stems.append({ input.name, info.sampleRate, info.channels, 0 });
        if (info.sampleRate != mixInfo.sampleRate)
            blocking.append(Text::tr("stem “%1” is at %2, the mix at %3")
                    .arg(input.name, kilohertz(info.sampleRate), kilohertz(mixInfo.sampleRate)));
        else if (info.channels != channels && info.channels != 1)
            blocking.append(Text::tr("stem “%1” has %2 channels, the mix %3")
                    .arg(input.name)
                    .arg(info.channels)
                    .arg(channels));
        sources.push_back(std::move(source));
    }
    if (!blocking.isEmpty()) {
        result.error = blocking.join(u"; "_s);
        return result;
    }

    mix.block.resize(size_t(BlockFrames * channels));
    for (auto &source : sources)
        source->block.resize(size_t(BlockFrames * source->reader.info().channels));
    std::vector<double> residual(size_t(BlockFrames * channels));
    double mixEnergy = 0;
    double residualEnergy = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.error = Text::tr("cancelled");
            return result;
        }
        qint64 longest = 0;
        qint64 mixGot = 0;
        if (!fill(mix, BlockFrames, &mixGot, &error)) {
            result.error = error;
            return result;
        }
        longest = mixGot;
        for (qint64 i = 0; i < mixGot * channels; ++i) {
            const double value = sample(mix.block[size_t(i)]);
            residual[size_t(i)] = value;
            mixEnergy += value * value;
        }
        std::fill(residual.begin() + mixGot * channels, residual.end(), 0.0);
        for (auto &source : sources) {
            qint64 got = 0;
            if (!fill(*source, BlockFrames, &got, &error)) {
                result.error = Text::tr("stem “%1”: %2").arg(source->name, error);
                return result;
            }
            longest = std::max(longest, got);
            const int stemChannels = source->reader.info().channels;
            const float *in = source->block.data();
            for (qint64 frame = 0; frame < got; ++frame) {
                double *out = residual.data() + frame * channels;
                if (stemChannels == 1) {
                    const double value = sample(in[frame]);
                    for (int c = 0; c < channels; ++c)
                        out[c] -= value;
                } else {
                    for (int c = 0; c < channels; ++c)
                        out[c] -= sample(in[frame * channels + c]);
                }
            }
        }
        if (longest == 0)
            break;
        for (qint64 i = 0; i < longest * channels; ++i)
            residualEnergy += residual[size_t(i)] * residual[size_t(i)];
        result.frames += longest;
    }

    result.mix.frames = mix.frames;
    for (size_t i = 0; i < sources.size(); ++i) {
        const Source &source = *sources[i];
        result.stems[qsizetype(i)].frames = source.frames;
        if (source.frames != mix.frames) {
            const double seconds = double(std::abs(source.frames - mix.frames)) / mixInfo.sampleRate;
            result.findings.append(Text::tr("stem “%1” is %2 s %3 than the mix")
                    .arg(source.name, QString::number(seconds, 'f', 3),
                        source.frames < mix.frames ? Text::tr("shorter") : Text::tr("longer")));
        }
    }
    if (mixEnergy <= 0 && residualEnergy > 0) {
        result.error = Text::tr("the mix is silent");
        return result;
    }
    result.measured = true;
    result.residualDb
        = residualEnergy > 0 ? 10.0 * std::log10(residualEnergy / mixEnergy) : StemNullTestResult::ExactNull;
    return result;
}

} // namespace Imprint
