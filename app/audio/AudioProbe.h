// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "audio/StreamInfo.h"

#include <QString>

namespace Imprint::Audio
{

/// Whether a file decodes to its end, and its audio properties as the decoder sees them. A tag
/// reader trusts the header; a file cut short by a failed copy or download still has a good
/// header, so the importer asks this, and takes rate, channels, bit depth and length from here.
struct ProbeResult {
    bool decodable = false;
    StreamInfo info;
    qint64 durationMs = 0;
    /// The start of the audio (half a second from its first sound), hashed as AudioIdentity::pcmHash
    /// hashes all of it, with where the sound starts and the exact length where the decoder
    /// knows it: a file renamed and retagged keeps it, so an import knows it as the missing file
    /// it was before it is ever analysed. Empty for a file silent for its first 30 seconds.
    QByteArray audioKey;
    QString reason; ///< why not, without the file name
};

ProbeResult probeDecodable(const QString &absolutePath);

} // namespace Imprint::Audio
