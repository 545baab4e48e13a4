// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AudioIdentity.h"

#include "audio/AudioReader.h"

#include <QCoreApplication>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <vector>

namespace Imprint::Audio
{

struct AudioIdentityBuilder::Hash {
    XXH3_state_t state;
};

AudioIdentityBuilder::AudioIdentityBuilder(int sampleRate, int channels, bool fingerprint)
    : m_hash(std::make_unique<Hash>())
    , m_channels(channels)
{
    XXH3_128bits_reset(&m_hash->state);
    const qint32 header[] = { sampleRate, channels };
    XXH3_128bits_update(&m_hash->state, header, sizeof header);
    m_fingerprint = fingerprint && m_fingerprinter.start(sampleRate, channels);
    m_feeding = m_fingerprint;
}

AudioIdentityBuilder::~AudioIdentityBuilder() = default;

void AudioIdentityBuilder::add(const float *interleaved, qint64 frames)
{
    XXH3_128bits_update(&m_hash->state, interleaved, size_t(frames) * size_t(m_channels) * sizeof(float));
    if (m_feeding)
        m_feeding = m_fingerprinter.feed(interleaved, frames); // false once it has its start
}

AudioIdentity AudioIdentityBuilder::finish()
{
    XXH128_canonical_t digest;
    XXH128_canonicalFromHash(&digest, XXH3_128bits_digest(&m_hash->state));
    const QByteArray hash(reinterpret_cast<const char *>(digest.digest), sizeof digest.digest);
    return AudioIdentity { hash.toHex(), m_fingerprint ? m_fingerprinter.finish() : QList<quint32>() };
}

std::optional<QByteArray> audioHash(const QString &path, QString *reason)
{
    AudioReader reader;
    QString error;
    if (!reader.open(path, &error)) {
        *reason = AudioReader::reasonOf(error, path);
        return std::nullopt;
    }
    const StreamInfo &info = reader.info();
    AudioIdentityBuilder identity(info.sampleRate, info.channels, false);
    constexpr qint64 BlockFrames = 8192;
    std::vector<float> block(size_t(BlockFrames) * size_t(info.channels));
    qint64 frames = 0;
    qint64 got = 0;
    while ((got = reader.read(block.data(), BlockFrames, &error)) > 0) {
        identity.add(block.data(), got);
        frames += got;
    }
    if (got < 0) {
        *reason = AudioReader::reasonOf(error, path);
        return std::nullopt;
    }
    if (frames == 0) {
        *reason = QCoreApplication::translate("AudioProbe", "the file contains no audio");
        return std::nullopt;
    }
    return identity.finish().pcmHash;
}

} // namespace Imprint::Audio
