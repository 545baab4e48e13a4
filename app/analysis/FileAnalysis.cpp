// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "FileAnalysis.h"

#include "Analyzer.h"
#include "audio/AudioIdentity.h"
#include "audio/AudioLogging.h"
#include "audio/AudioReader.h"

#include <QElapsedTimer>

#include <vector>

using namespace Qt::StringLiterals;

namespace Imprint
{

std::optional<AnalysisResult> analyzeFile(
    const QString &path, const std::atomic_bool *cancel, QString *error, AudioIdentityParts identityParts)
{
    QElapsedTimer timer;
    timer.start();
    Audio::AudioReader reader;
    if (!reader.open(path, error))
        return std::nullopt;
    const Audio::StreamInfo &info = reader.info();

    Analysis::Analyzer::Format format;
    format.sampleRate = info.sampleRate;
    format.channels = info.channels;
    format.bitDepth = info.floatingPoint ? 0 : info.bitDepth;
    format.floatingPoint = info.floatingPoint;
    format.expectedFrames = info.frames;
    Analysis::Analyzer analyzer(format);
    // The same decode gives the audio's identity (a moved file is found by it; likely duplicates).
    std::optional<Audio::AudioIdentityBuilder> identity;
    if (identityParts != AudioIdentityParts::None)
        identity.emplace(
            info.sampleRate, info.channels, identityParts == AudioIdentityParts::HashAndFingerprint);

    std::vector<float> block(size_t(Analysis::Analyzer::BlockFrames) * size_t(info.channels));
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            if (error)
                *error = path + u": cancelled"_s;
            return std::nullopt;
        }
        const qint64 got = reader.read(block.data(), Analysis::Analyzer::BlockFrames, error);
        if (got < 0)
            return std::nullopt;
        if (got == 0)
            break;
        analyzer.add(block.data(), int(got));
        if (identity)
            identity->add(block.data(), got);
    }

    AnalysisResult result;
    result.container = info.container;
    result.encoding = info.encoding;
    result.bitDepth = info.bitDepth;
    analyzer.finish(result);
    if (identity) {
        Audio::AudioIdentity audio = identity->finish();
        result.audioHash = QString::fromLatin1(audio.pcmHash);
        result.fingerprint = std::move(audio.fingerprint);
    }
    qCDebug(lcAudio) << "analysed" << path << "in" << timer.elapsed() << "ms";
    return result;
}

} // namespace Imprint
