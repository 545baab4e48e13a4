// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "audio/Decoder.h"

#include <memory>
#include <vector>

namespace Imprint::Audio
{

/// Streams a file through FFmpeg (libavformat + libavcodec) as interleaved float blocks: the
/// formats libsndfile does not read (AAC and ALAC in M4A, WavPack, APE, TTA, Musepack, WMA…).
/// The only place that includes FFmpeg's headers; its log goes to imprint.audio.decoder.
class FfmpegReader final : public Decoder
{
public:
    FfmpegReader();
    ~FfmpegReader() override;

    bool open(const QString &path, QString *error) override;
    const StreamInfo &info() const override { return m_info; }
    qint64 read(float *interleaved, qint64 maxFrames, QString *error) override;
    bool seekNearEnd(qint64 frames) override;

private:
    enum class More { Frame, End, Failed };
    More decodeMore(QString *error);
    bool convertFrame(QString *error);
    bool fail(QString *error, const QString &reason) const;

    struct Handle;
    std::unique_ptr<Handle> m_handle;
    QString m_path;
    StreamInfo m_info;
    std::vector<float> m_pending; // decoded, not yet returned
    size_t m_pendingOffset = 0; // in floats
    qint64 m_position = 0; // frames returned since open or the last seek target
    qint64 m_decodedEnd = 0; // the stream position just past the last decoded frame
    bool m_checkLength = false; // the header's length is exact, so a shorter stream is truncated
    bool m_lossless = false;
};

} // namespace Imprint::Audio
