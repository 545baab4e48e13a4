// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "audio/Decoder.h"

#include <memory>

namespace Imprint::Audio
{

/// Streams a file through libsndfile as interleaved float blocks. The streaming counterpart of
/// readAudioFile(): memory does not depend on the file's length. Use AudioReader, which picks
/// this or FFmpeg per file.
class SndfileReader final : public Decoder
{
public:
    SndfileReader();
    ~SndfileReader() override;

    bool open(const QString &path, QString *error) override;
    const StreamInfo &info() const override { return m_info; }
    qint64 read(float *interleaved, qint64 maxFrames, QString *error) override;
    bool seekNearEnd(qint64 frames) override;
    /// After a failed open(): libsndfile does not know the container or its encoding, so
    /// another decoder may.
    bool unknownFormat() const { return m_unknownFormat; }

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    QString m_path;
    StreamInfo m_info;
    qint64 m_position = 0; // the next frame read() returns
    bool m_unknownFormat = false;
    qint64 m_announcedDataBytes = -1; // from the header, when the file is shorter than that
    qint64 m_presentDataBytes = -1;
};

} // namespace Imprint::Audio
