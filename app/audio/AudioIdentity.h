// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

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

/// Decodes path to its end, streaming. nullopt with *reason when it cannot be decoded.
std::optional<AudioIdentity> identifyAudio(const QString &path, QString *reason);

} // namespace Imprint::Audio
