// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

namespace Imprint::Audio
{

/// What a stream's header says, in the same words whichever library decodes it.
struct StreamInfo {
    QString container; ///< "WAV", "RF64", "W64", "FLAC", "AIFF", "OGG", "MP3", "M4A", "WavPack", …
    QString encoding; ///< "PCM 16-bit", "float 32-bit", "Vorbis", "AAC", "ALAC 24-bit", …
    int sampleRate = 0;
    int channels = 0;
    int bitDepth = 0; ///< 0 for lossy encodings
    bool floatingPoint = false;
    qint64 frames = 0; ///< as announced; the decoded count can be lower for broken files
};

} // namespace Imprint::Audio
