// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "audio/Fingerprinter.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Imprint::Audio
{

/// What identifies a recording whatever its file is called or tagged: found by decoding it once.
struct AudioIdentity {
    /// XXH3-128 (32 hex digits) of the sample rate, channel count and every decoded sample as the
    /// decoder table gives it: the same audio under another name or with other tags hashes the
    /// same. A hash that tells recordings apart, at memory speed; not a check against tampering.
    QByteArray pcmHash;
    /// Chromaprint's fingerprint of the start (Fingerprinter); empty for very short audio.
    QList<quint32> fingerprint;
};

/// Makes an AudioIdentity from the blocks a decoder gives, for whoever decodes the file anyway
/// (the analysis): how the audio is cut into blocks does not change the result.
class AudioIdentityBuilder
{
public:
    /// Without fingerprint, only the hash is made (the fingerprint costs more than the hash).
    AudioIdentityBuilder(int sampleRate, int channels, bool fingerprint = true);
    ~AudioIdentityBuilder();
    AudioIdentityBuilder(const AudioIdentityBuilder &) = delete;
    AudioIdentityBuilder &operator=(const AudioIdentityBuilder &) = delete;

    void add(const float *interleaved, qint64 frames);
    AudioIdentity finish();

private:
    struct Hash; // xxHash's state, in the .cpp only
    std::unique_ptr<Hash> m_hash;
    Fingerprinter m_fingerprinter;
    int m_channels = 0;
    bool m_fingerprint = false; ///< asked for, and Chromaprint started
    bool m_feeding = false; ///< Chromaprint still wants audio
};

/// AudioIdentity::pcmHash of path, decoded to its end, streaming (no fingerprint): the import's
/// check whether a new file is a missing one moved, and the tag writer's proof that a write left
/// the audio alone. nullopt with *reason (without the file name) when it cannot be decoded to its
/// end or holds no audio.
std::optional<QByteArray> audioHash(const QString &path, QString *reason);

} // namespace Imprint::Audio
