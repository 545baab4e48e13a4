// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AudioFile.h"

#include "platform/FileReplace.h"

#include <QFile>

#include <sndfile.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Imprint::Audio
{

namespace
{

// Reading more than this many samples at once is a mistake: readAudioFile() is for small files.
constexpr qint64 MaxDecodedSamples = qint64(1) << 28;

// libsndfile talks to the file through a QFile, so Unicode paths work the same on every platform.
sf_count_t vioLength(void *user)
{
    return static_cast<QFile *>(user)->size();
}

sf_count_t vioSeek(sf_count_t offset, int whence, void *user)
{
    auto *file = static_cast<QFile *>(user);
    qint64 base = 0;
    if (whence == SEEK_CUR)
        base = file->pos();
    else if (whence == SEEK_END)
        base = file->size();
    if (!file->seek(base + offset))
        return -1;
    return file->pos();
}

sf_count_t vioRead(void *data, sf_count_t count, void *user)
{
    const qint64 got = static_cast<QFile *>(user)->read(static_cast<char *>(data), count);
    return got < 0 ? 0 : got;
}

sf_count_t vioWrite(const void *data, sf_count_t count, void *user)
{
    const qint64 put = static_cast<QFile *>(user)->write(static_cast<const char *>(data), count);
    return put < 0 ? 0 : put;
}

sf_count_t vioTell(void *user)
{
    return static_cast<QFile *>(user)->pos();
}

SF_VIRTUAL_IO qfileIo()
{
    SF_VIRTUAL_IO io {};
    io.get_filelen = vioLength;
    io.seek = vioSeek;
    io.read = vioRead;
    io.write = vioWrite;
    io.tell = vioTell;
    return io;
}

struct SndfileCloser {
    void operator()(SNDFILE *handle) const { sf_close(handle); }
};
using SndfileHandle = std::unique_ptr<SNDFILE, SndfileCloser>;

bool fail(QString *error, const QString &path, const QString &reason)
{
    if (error)
        *error = path + u": "_s + reason;
    return false;
}

QString sndfileError(SNDFILE *handle)
{
    return QString::fromUtf8(sf_strerror(handle));
}

int sndfileFormat(const PcmFormat &format)
{
    int major = 0;
    switch (format.container) {
    case Container::Wav:
        major = SF_FORMAT_WAV;
        break;
    case Container::Flac:
        major = SF_FORMAT_FLAC;
        break;
    case Container::Aiff:
        major = SF_FORMAT_AIFF;
        break;
    }
    switch (format.bitDepth) {
    case 16:
        return major | SF_FORMAT_PCM_16;
    case 24:
        return major | SF_FORMAT_PCM_24;
    default:
        return 0;
    }
}

} // namespace

bool writeAudioFile(
    const QString &path, const PcmFormat &format, const std::vector<float> &interleaved, QString *error)
{
    const int sfFormat = sndfileFormat(format);
    if (sfFormat == 0)
        return fail(error, path, u"unsupported bit depth %1 (16 or 24 only)"_s.arg(format.bitDepth));
    if (format.channels < 1 || format.sampleRate < 1)
        return fail(error, path,
            u"invalid format (%1 channels, %2 Hz)"_s.arg(format.channels).arg(format.sampleRate));
    if (interleaved.size() % static_cast<size_t>(format.channels) != 0)
        return fail(error, path, u"sample count is not a multiple of the channel count"_s);

    SF_INFO info {};
    info.samplerate = format.sampleRate;
    info.channels = format.channels;
    info.format = sfFormat;
    if (!sf_format_check(&info))
        return fail(error, path, u"libsndfile cannot write this format"_s);

    const QString partPath = path + u".part"_s;
    QFile file(partPath);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return fail(error, path, u"cannot create %1: %2"_s.arg(partPath, file.errorString()));

    QString reason;
    {
        SF_VIRTUAL_IO io = qfileIo();
        SndfileHandle handle(sf_open_virtual(&io, SFM_WRITE, &info, &file));
        if (!handle) {
            reason = sndfileError(nullptr);
        } else {
            // Out-of-range floats clip at full scale instead of wrapping around.
            sf_command(handle.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE);
            const auto frames
                = static_cast<sf_count_t>(interleaved.size() / static_cast<size_t>(format.channels));
            const sf_count_t written = sf_writef_float(handle.get(), interleaved.data(), frames);
            if (written != frames)
                reason = u"write failed: %1"_s.arg(sndfileError(handle.get()));
            const int closed = sf_close(handle.release());
            if (reason.isEmpty() && closed != 0)
                reason = QString::fromUtf8(sf_error_number(closed));
        }
    }
    if (reason.isEmpty() && file.error() != QFileDevice::NoError)
        reason = file.errorString();
    if (reason.isEmpty() && !file.flush())
        reason = file.errorString();
    file.close();
    if (reason.isEmpty())
        Platform::replaceFile(partPath, path, &reason);
    if (!reason.isEmpty()) {
        QFile::remove(partPath);
        return fail(error, path, reason);
    }
    return true;
}

std::optional<DecodedAudio> readAudioFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, path, file.errorString());
        return std::nullopt;
    }
    SF_INFO info {};
    SF_VIRTUAL_IO io = qfileIo();
    SndfileHandle handle(sf_open_virtual(&io, SFM_READ, &info, &file));
    if (!handle) {
        fail(error, path, sndfileError(nullptr));
        return std::nullopt;
    }

    DecodedAudio result;
    switch (info.format & SF_FORMAT_TYPEMASK) {
    case SF_FORMAT_WAV:
    case SF_FORMAT_WAVEX:
    case SF_FORMAT_RF64:
        result.format.container = Container::Wav;
        break;
    case SF_FORMAT_FLAC:
        result.format.container = Container::Flac;
        break;
    case SF_FORMAT_AIFF:
        result.format.container = Container::Aiff;
        break;
    default:
        fail(error, path, u"unsupported container"_s);
        return std::nullopt;
    }
    switch (info.format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8:
    case SF_FORMAT_PCM_U8:
        result.format.bitDepth = 8;
        break;
    case SF_FORMAT_PCM_16:
        result.format.bitDepth = 16;
        break;
    case SF_FORMAT_PCM_24:
        result.format.bitDepth = 24;
        break;
    case SF_FORMAT_PCM_32:
    case SF_FORMAT_FLOAT:
        result.format.bitDepth = 32;
        break;
    case SF_FORMAT_DOUBLE:
        result.format.bitDepth = 64;
        break;
    default:
        fail(error, path, u"unsupported sample encoding"_s);
        return std::nullopt;
    }
    result.format.sampleRate = info.samplerate;
    result.format.channels = info.channels;

    if (info.channels < 1 || info.frames < 0 || info.frames > MaxDecodedSamples / info.channels) {
        fail(error, path, u"file too large to decode in memory"_s);
        return std::nullopt;
    }
    result.interleaved.resize(static_cast<size_t>(info.frames * info.channels));
    const sf_count_t got = sf_readf_float(handle.get(), result.interleaved.data(), info.frames);
    if (got != info.frames) {
        fail(error, path, u"truncated: %1 of %2 frames decoded"_s.arg(got).arg(info.frames));
        return std::nullopt;
    }
    result.frames = info.frames;
    return result;
}

} // namespace Imprint::Audio
