// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

#include <optional>
#include <vector>

// The libsndfile adapter: the only place that includes sndfile.h.
namespace Imprint::Audio
{

enum class Container { Wav, Flac, Aiff };

struct PcmFormat {
    int sampleRate = 44100;
    int channels = 2;
    int bitDepth = 16; // 16 or 24 for writing; whatever the file holds when reading
    Container container = Container::Wav;
};

// Writes interleaved float frames (nominal range [-1, 1]; samples beyond full scale are clipped by the
// encoder, never wrapped) atomically: to "<path>.part" first, then renamed over path.
// A float x is stored as round(x * 2^(bitDepth-1)), clamped to the integer range, so values on that grid
// round-trip exactly through readAudioFile().
// Returns false and sets *error ("<file>: <reason>") on failure; no partial file is left behind.
bool writeAudioFile(
    const QString &path, const PcmFormat &format, const std::vector<float> &interleaved, QString *error);

struct DecodedAudio {
    PcmFormat format;
    std::vector<float> interleaved; // integer samples divided by 2^(bitDepth-1)
    qint64 frames = 0;
};

// Reads a whole file (for tests and small files only).
std::optional<DecodedAudio> readAudioFile(const QString &path, QString *error);

} // namespace Imprint::Audio
