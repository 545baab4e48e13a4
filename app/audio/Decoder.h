// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "audio/StreamInfo.h"

#include <QString>

namespace Imprint::Audio
{

/// One decoding library behind one interface: SndfileReader (libsndfile) and FfmpegReader
/// (FFmpeg). AudioReader picks one per file from the decoder table. Errors are
/// "<file>: <reason>".
class Decoder
{
public:
    virtual ~Decoder() = default;
    Decoder(const Decoder &) = delete;
    Decoder &operator=(const Decoder &) = delete;

    virtual bool open(const QString &path, QString *error) = 0;
    virtual const StreamInfo &info() const = 0;
    /// Reads up to maxFrames frames into interleaved (maxFrames × channels floats, integer
    /// samples divided by 2^(bits-1)). Returns the frames read, 0 at the end, -1 on a decoding
    /// error or when the data ends before the header said it would (a truncated file).
    virtual qint64 read(float *interleaved, qint64 maxFrames, QString *error) = 0;
    /// Jumps close to the last frames so that reading on proves the file decodes to its end
    /// without decoding all of it. False when the stream cannot seek (then read from where it is).
    virtual bool seekNearEnd(qint64 frames) = 0;

protected:
    Decoder() = default;
};

} // namespace Imprint::Audio
