// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

#include <memory>

namespace Imprint::Audio
{

/// What a stream's header says.
struct StreamInfo {
    QString container; ///< "WAV", "FLAC", "AIFF", "OGG", "MP3", …
    QString encoding; ///< "PCM 16-bit", "float 32-bit", "Vorbis", …
    int sampleRate = 0;
    int channels = 0;
    int bitDepth = 0; ///< 0 for compressed encodings
    bool floatingPoint = false;
    qint64 frames = 0; ///< as announced; the decoded count can be lower for broken files
};

/// Streams a file through libsndfile as interleaved float blocks (integer samples divided by
/// 2^(bits-1)). The streaming counterpart of readAudioFile(): memory does not depend on the
/// file's length. Errors are "<file>: <reason>".
class SndfileReader
{
public:
    SndfileReader();
    ~SndfileReader();
    SndfileReader(const SndfileReader &) = delete;
    SndfileReader &operator=(const SndfileReader &) = delete;

    bool open(const QString &path, QString *error);
    const StreamInfo &info() const { return m_info; }

    /// Reads up to maxFrames frames into interleaved (maxFrames × channels floats). Returns the
    /// frames read, 0 at the end, -1 on a decoding error or when the data ends before the
    /// header said it would (a truncated file).
    qint64 read(float *interleaved, qint64 maxFrames, QString *error);

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    QString m_path;
    StreamInfo m_info;
    qint64 m_read = 0;
    qint64 m_announcedDataBytes = -1; // from the header, when the file is shorter than that
    qint64 m_presentDataBytes = -1;
};

} // namespace Imprint::Audio
