// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AudioReader.h"

#include "audio/FfmpegReader.h"
#include "audio/SndfileReader.h"

#include <QFile>

namespace Imprint::Audio
{

namespace
{

// MPEG audio (an ID3v2 tag or a frame sync first): libsndfile would hand it to mpg123, which
// prints to stderr, so it goes to FFmpeg whatever the file is called.
bool startsLikeMpegAudio(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(3);
    if (head.startsWith("ID3"))
        return true;
    return head.size() >= 2 && quint8(head.at(0)) == 0xFF && (quint8(head.at(1)) & 0xE0) == 0xE0;
}

} // namespace

AudioReader::AudioReader() = default;
AudioReader::~AudioReader() = default;

QString AudioReader::reasonOf(const QString &error, const QString &path)
{
    const QString prefix = path + QStringLiteral(": ");
    return error.startsWith(prefix) ? error.mid(prefix.size()) : error;
}

bool AudioReader::open(const QString &path, QString *error)
{
    const std::optional<AudioFormat> format = audioFormatFor(path);
    // A file outside the table (given to `check` by name) is tried as libsndfile's first.
    if ((!format || format->backend == Backend::Sndfile) && !startsLikeMpegAudio(path)) {
        auto sndfile = std::make_unique<SndfileReader>();
        QString sndfileError;
        if (sndfile->open(path, &sndfileError)) {
            m_backend = Backend::Sndfile;
            m_decoder = std::move(sndfile);
            return true;
        }
        // Not libsndfile's container or encoding: FFmpeg may read it. A damaged file of a
        // format libsndfile knows keeps libsndfile's reason.
        if (!sndfile->unknownFormat()) {
            if (error)
                *error = sndfileError;
            return false;
        }
        auto ffmpeg = std::make_unique<FfmpegReader>();
        if (!ffmpeg->open(path, nullptr)) {
            if (error)
                *error = sndfileError;
            return false;
        }
        m_backend = Backend::Ffmpeg;
        m_decoder = std::move(ffmpeg);
        return true;
    }
    auto ffmpeg = std::make_unique<FfmpegReader>();
    if (!ffmpeg->open(path, error))
        return false;
    m_backend = Backend::Ffmpeg;
    m_decoder = std::move(ffmpeg);
    return true;
}

} // namespace Imprint::Audio
