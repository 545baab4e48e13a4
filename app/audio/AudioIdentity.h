// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "audio/Fingerprinter.h"
#include "hash/Sha256.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Imprint::Audio
{

/// What identifies a recording whatever its file is called or tagged: found by decoding it once.
struct AudioIdentity {
    /// SHA-256 (hex) of the sample rate, channel count and every decoded sample as the decoder
    /// table gives it: the same audio under another name or with other tags hashes the same.
    QByteArray pcmHash;
    /// Chromaprint's fingerprint of the start (Fingerprinter); empty for very short audio.
    QList<quint32> fingerprint;
};

/// Makes an AudioIdentity from the blocks a decoder gives, for whoever decodes the file anyway
/// (the analysis): how the audio is cut into blocks does not change the result.
class AudioIdentityBuilder
{
public:
    AudioIdentityBuilder(int sampleRate, int channels);

    void add(const float *interleaved, qint64 frames);
    AudioIdentity finish();

private:
    Sha256 m_hash;
    Fingerprinter m_fingerprinter;
    int m_channels = 0;
    bool m_fingerprinting = false;
};

/// Decodes path to its end, streaming. nullopt with *reason when it cannot be decoded.
std::optional<AudioIdentity> identifyAudio(const QString &path, QString *reason);

} // namespace Imprint::Audio
