// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AudioIdentity.h"

#include "audio/AudioReader.h"
#include "audio/Fingerprinter.h"
#include "hash/Sha256.h"

#include <vector>

namespace Imprint::Audio
{

std::optional<AudioIdentity> identifyAudio(const QString &path, QString *reason)
{
    AudioReader reader;
    if (!reader.open(path, reason))
        return std::nullopt;
    const StreamInfo &info = reader.info();
    Sha256 hash;
    const qint32 header[] = { info.sampleRate, info.channels };
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(header), sizeof header));
    Fingerprinter fingerprinter;
    bool fingerprinting = fingerprinter.start(info.sampleRate, info.channels);

    constexpr qint64 BlockFrames = 8192;
    std::vector<float> block(size_t(BlockFrames) * size_t(info.channels));
    qint64 got = 0;
    while ((got = reader.read(block.data(), BlockFrames, reason)) > 0) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(block.data()),
            qsizetype(got) * info.channels * qsizetype(sizeof(float))));
        if (fingerprinting)
            fingerprinting = fingerprinter.feed(block.data(), got);
    }
    if (got < 0)
        return std::nullopt;
    return AudioIdentity { hash.result().toHex(), fingerprinter.finish() };
}

} // namespace Imprint::Audio
