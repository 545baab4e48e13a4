// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "SndfileReader.h"

#include <QFile>
#include <QRegularExpression>

#include <sndfile.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::Audio
{

struct SndfileReader::Handle {
    SNDFILE *file = nullptr;
    ~Handle()
    {
        if (file)
            sf_close(file);
    }
};

namespace
{

bool fail(QString *error, const QString &path, const QString &reason)
{
    if (error)
        *error = path + u": "_s + reason;
    return false;
}

QString containerName(int format)
{
    switch (format & SF_FORMAT_TYPEMASK) {
    case SF_FORMAT_WAV:
    case SF_FORMAT_WAVEX:
        return u"WAV"_s;
    case SF_FORMAT_RF64:
        return u"RF64"_s;
    case SF_FORMAT_W64:
        return u"W64"_s;
    case SF_FORMAT_AIFF:
        return u"AIFF"_s;
    case SF_FORMAT_FLAC:
        return u"FLAC"_s;
    case SF_FORMAT_OGG:
        return u"OGG"_s;
    case SF_FORMAT_MPEG:
        return u"MP3"_s;
    case SF_FORMAT_CAF:
        return u"CAF"_s;
    default:
        return u"other"_s;
    }
}

void describeEncoding(int format, StreamInfo &info)
{
    const auto pcm = [&](int bits) {
        info.bitDepth = bits;
        info.encoding = u"PCM %1-bit"_s.arg(bits);
    };
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8:
    case SF_FORMAT_PCM_U8:
        return pcm(8);
    case SF_FORMAT_PCM_16:
        return pcm(16);
    case SF_FORMAT_PCM_24:
        return pcm(24);
    case SF_FORMAT_PCM_32:
        return pcm(32);
    case SF_FORMAT_FLOAT:
        info.bitDepth = 32;
        info.floatingPoint = true;
        info.encoding = u"float 32-bit"_s;
        return;
    case SF_FORMAT_DOUBLE:
        info.bitDepth = 64;
        info.floatingPoint = true;
        info.encoding = u"float 64-bit"_s;
        return;
    case SF_FORMAT_VORBIS:
        info.encoding = u"Vorbis"_s;
        return;
    case SF_FORMAT_OPUS:
        info.encoding = u"Opus"_s;
        return;
    case SF_FORMAT_MPEG_LAYER_III:
        info.encoding = u"MP3"_s;
        return;
    default:
        info.encoding = u"other"_s;
        return;
    }
}

} // namespace

SndfileReader::SndfileReader() = default;
SndfileReader::~SndfileReader() = default;

bool SndfileReader::open(const QString &path, QString *error)
{
    m_path = path;
    m_position = 0;
    m_info = {};
    m_unknownFormat = false;
    SF_INFO info {};
    auto handle = std::make_unique<Handle>();
    handle->file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    if (!handle->file) {
        const int code = sf_error(nullptr);
        m_unknownFormat = code == SF_ERR_UNRECOGNISED_FORMAT || code == SF_ERR_UNSUPPORTED_ENCODING;
        return fail(error, path, u"cannot decode: %1"_s.arg(QString::fromUtf8(sf_strerror(nullptr))));
    }
    if (info.channels < 1 || info.samplerate < 1)
        return fail(error, path, u"cannot decode: no audio channels"_s);
    m_info.container = containerName(info.format);
    describeEncoding(info.format, m_info);
    m_info.sampleRate = info.samplerate;
    m_info.channels = info.channels;
    m_info.frames = info.frames;

    // For WAV and AIFF libsndfile quietly shortens a data chunk that runs past the end of the
    // file; its log keeps both sizes ("data : 352800 (should be 199956)"). A declared size of
    // 0 or 0xFFFFFFFF is a streaming writer's placeholder, not a truncation. W64 logs the
    // whole file's size ("riff : 576104 (should be 300000)").
    char log[4096] = {};
    sf_command(handle->file, SFC_GET_LOG_INFO, log, sizeof log);
    static const QRegularExpression chunk(uR"((?:data|SSND|riff) : (\d+) \(should be (\d+)\))"_s);
    const QRegularExpressionMatch match = chunk.match(QString::fromLatin1(log));
    if (match.hasMatch()) {
        const qint64 announced = match.captured(1).toLongLong();
        const qint64 present = match.captured(2).toLongLong();
        if (announced > present && announced != 0xFFFFFFFFLL && announced != 0) {
            m_announcedDataBytes = announced;
            m_presentDataBytes = present;
        }
    }
    m_handle = std::move(handle);
    return true;
}

qint64 SndfileReader::read(float *interleaved, qint64 maxFrames, QString *error)
{
    if (!m_handle)
        return fail(error, m_path, u"not open"_s), -1;
    const sf_count_t got = sf_readf_float(m_handle->file, interleaved, maxFrames);
    if (got < 0 || sf_error(m_handle->file) != SF_ERR_NO_ERROR) {
        fail(error, m_path,
            u"cannot decode after %1 of %2 frames: %3"_s.arg(m_position)
                .arg(m_info.frames)
                .arg(QString::fromUtf8(sf_strerror(m_handle->file))));
        return -1;
    }
    m_position += got;
    if (got > 0)
        return got;
    if (m_announcedDataBytes > 0) {
        fail(error, m_path,
            u"truncated: the header announces %1 bytes of audio, the file holds %2"_s
                .arg(m_announcedDataBytes)
                .arg(m_presentDataBytes));
        return -1;
    }
    // Compressed streams only estimate their length; lossless ones must deliver it all.
    if (m_info.bitDepth > 0 && m_info.frames > 0 && m_position < m_info.frames) {
        fail(error, m_path, u"truncated: %1 of %2 frames decode"_s.arg(m_position).arg(m_info.frames));
        return -1;
    }
    return 0;
}

bool SndfileReader::seekNearEnd(qint64 frames)
{
    if (!m_handle || m_info.frames <= 0)
        return false;
    const sf_count_t start = std::max<sf_count_t>(0, m_info.frames - frames);
    if (sf_seek(m_handle->file, start, SEEK_SET) != start)
        return false;
    m_position = start;
    return true;
}

} // namespace Imprint::Audio
