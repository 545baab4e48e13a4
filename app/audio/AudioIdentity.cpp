// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AudioIdentity.h"

#include "audio/AudioReader.h"

#include <vector>

namespace Imprint::Audio
{

AudioIdentityBuilder::AudioIdentityBuilder(int sampleRate, int channels)
    : m_channels(channels)
{
    const qint32 header[] = { sampleRate, channels };
    m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(header), sizeof header));
    m_fingerprinting = m_fingerprinter.start(sampleRate, channels);
}

void AudioIdentityBuilder::add(const float *interleaved, qint64 frames)
{
    m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(interleaved),
        qsizetype(frames) * m_channels * qsizetype(sizeof(float))));
    if (m_fingerprinting)
        m_fingerprinting = m_fingerprinter.feed(interleaved, frames);
}

AudioIdentity AudioIdentityBuilder::finish()
{
    return AudioIdentity { m_hash.result().toHex(), m_fingerprinter.finish() };
}

std::optional<AudioIdentity> identifyAudio(const QString &path, QString *reason)
{
    AudioReader reader;
    if (!reader.open(path, reason))
        return std::nullopt;
    const StreamInfo &info = reader.info();
    AudioIdentityBuilder identity(info.sampleRate, info.channels);
    constexpr qint64 BlockFrames = 8192;
    std::vector<float> block(size_t(BlockFrames) * size_t(info.channels));
    qint64 got = 0;
    while ((got = reader.read(block.data(), BlockFrames, reason)) > 0)
        identity.add(block.data(), got);
    if (got < 0)
        return std::nullopt;
    return identity.finish();
}

} // namespace Imprint::Audio
