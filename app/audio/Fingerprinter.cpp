// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Fingerprinter.h"

#include <chromaprint.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Imprint::Audio
{

struct Fingerprinter::Context {
    ChromaprintContext *chromaprint = chromaprint_new(CHROMAPRINT_ALGORITHM_DEFAULT);
    int channels = 0;
    qint64 framesLeft = 0;
    bool failed = false;
    std::vector<int16_t> block;

    ~Context() { chromaprint_free(chromaprint); }
};

// Chromaprint's context is made by start(), not here: most builders of an identity (the
// import's audio key, the hash of a whole file) want no fingerprint, and it costs more to make
// than hashing a short file.
Fingerprinter::Fingerprinter() = default;

Fingerprinter::~Fingerprinter() = default;

bool Fingerprinter::start(int sampleRate, int channels)
{
    m_context = std::make_unique<Context>();
    Context &c = *m_context;
    c.channels = channels;
    c.framesLeft = qint64(sampleRate) * MaxSeconds;
    c.failed = !c.chromaprint || sampleRate <= 0 || channels <= 0
        || !chromaprint_start(c.chromaprint, sampleRate, 1);
    return !c.failed;
}

bool Fingerprinter::feed(const float *interleaved, qint64 frames)
{
    if (!m_context)
        return false;
    Context &c = *m_context;
    if (c.failed || c.framesLeft <= 0)
        return false;
    frames = std::min(frames, c.framesLeft);
    c.block.resize(size_t(frames));
    // Chromaprint reads 16-bit samples and hears in mono: downmixed here, in one pass, it has half
    // the samples (or fewer) to convert and resample to its 11025 Hz.
    const float scale = 32767.0f / float(c.channels);
    for (qint64 f = 0; f < frames; ++f) {
        const float *frame = interleaved + f * c.channels;
        float sum = 0;
        for (int channel = 0; channel < c.channels; ++channel)
            sum += frame[channel];
        c.block[size_t(f)] = int16_t(std::clamp(sum * scale, -32768.0f, 32767.0f));
    }
    if (!chromaprint_feed(c.chromaprint, c.block.data(), int(frames))) {
        c.failed = true;
        return false;
    }
    c.framesLeft -= frames;
    return c.framesLeft > 0;
}

QList<quint32> Fingerprinter::finish()
{
    QList<quint32> result;
    if (!m_context)
        return result;
    Context &c = *m_context;
    if (c.failed || !chromaprint_finish(c.chromaprint))
        return result;
    uint32_t *raw = nullptr;
    int size = 0;
    if (chromaprint_get_raw_fingerprint(c.chromaprint, &raw, &size) && raw) {
        result.reserve(size);
        for (int i = 0; i < size; ++i)
            result.append(raw[i]);
    }
    chromaprint_dealloc(raw);
    return result;
}

} // namespace Imprint::Audio
