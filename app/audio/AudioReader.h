// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "audio/Decoder.h"
#include "audio/DecoderTable.h"

#include <memory>

namespace Imprint::Audio
{

/// Streams any audio file as interleaved float blocks, through the decoder the decoder table
/// names for it: libsndfile for what it reads, FFmpeg for the rest. Import, check, stems and
/// the tag writer's audio hash all read through this, so they agree on what decodes.
class AudioReader
{
public:
    AudioReader();
    ~AudioReader();
    AudioReader(const AudioReader &) = delete;
    AudioReader &operator=(const AudioReader &) = delete;

    /// Errors are "<file>: <reason>".
    bool open(const QString &path, QString *error);
    /// The reason of such an error, for callers that name the file themselves.
    static QString reasonOf(const QString &error, const QString &path);
    const StreamInfo &info() const { return m_decoder->info(); }
    /// As Decoder::read(): frames read, 0 at the end, -1 on an error or a truncated file.
    qint64 read(float *interleaved, qint64 maxFrames, QString *error)
    {
        return m_decoder->read(interleaved, maxFrames, error);
    }
    bool seekNearEnd(qint64 frames) { return m_decoder->seekNearEnd(frames); }
    /// Which library decodes the open file.
    Backend backend() const { return m_backend; }

private:
    std::unique_ptr<Decoder> m_decoder;
    Backend m_backend = Backend::Sndfile;
};

} // namespace Imprint::Audio
