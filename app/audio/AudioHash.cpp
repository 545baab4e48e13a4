// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AudioHash.h"

#include "audio/AudioReader.h"
#include "audio/DecoderTable.h"
#include "hash/Sha256.h"

#include <QFile>

#include <sndfile.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Imprint::Audio
{

namespace
{

// FFmpeg's formats hash the decoded floats: the same decoder gives the same samples, bit for bit.
std::optional<QByteArray> decodedFloatHash(const QString &path, QString *reason)
{
    AudioReader reader;
    QString error;
    if (!reader.open(path, &error)) {
        *reason = u"the audio cannot be decoded: %1"_s.arg(error);
        return std::nullopt;
    }
    const StreamInfo &info = reader.info();
    Sha256 hash;
    const qint32 header[] = { info.sampleRate, info.channels };
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(header), sizeof header));
    constexpr qint64 BlockFrames = 8192;
    std::vector<float> block(size_t(BlockFrames) * size_t(info.channels));
    qint64 total = 0;
    qint64 got = 0;
    while ((got = reader.read(block.data(), BlockFrames, &error)) > 0) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(block.data()),
            qsizetype(got) * info.channels * qsizetype(sizeof(float))));
        total += got;
    }
    if (got < 0) {
        *reason = u"the audio is damaged or truncated: %1"_s.arg(error);
        return std::nullopt;
    }
    if (total == 0) {
        *reason = u"the file contains no audio"_s;
        return std::nullopt;
    }
    return hash.result();
}

} // namespace

std::optional<QByteArray> decodedAudioHash(const QString &path, QString *reason, bool *unsupported)
{
    if (unsupported)
        *unsupported = false;
    if (const auto format = audioFormatFor(path); format && format->backend == Backend::Ffmpeg)
        return decodedFloatHash(path, reason);
    SF_INFO info {};
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    if (!file) {
        const int code = sf_error(nullptr);
        if (unsupported)
            *unsupported = code == SF_ERR_UNRECOGNISED_FORMAT;
        *reason = u"the audio cannot be decoded: %1"_s.arg(QString::fromUtf8(sf_strerror(nullptr)));
        return std::nullopt;
    }
    if (info.channels <= 0 || info.channels > 256) {
        sf_close(file);
        *reason = u"the audio cannot be decoded: impossible channel count %1"_s.arg(info.channels);
        return std::nullopt;
    }
    Sha256 hash;
    const qint32 header[] = { info.samplerate, info.channels };
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(header), sizeof header));

    constexpr sf_count_t BlockFrames = 8192;
    std::vector<int> block(size_t(BlockFrames) * size_t(info.channels));
    sf_count_t total = 0;
    for (;;) {
        const sf_count_t got = sf_readf_int(file, block.data(), BlockFrames);
        if (got <= 0)
            break;
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(block.data()),
            qsizetype(got) * info.channels * qsizetype(sizeof(int))));
        total += got;
    }
    const int error = sf_error(file);
    sf_close(file);
    // Seekable formats report their length up front: fewer frames means the file is cut short.
    if (error != SF_ERR_NO_ERROR || (info.seekable && info.frames > 0 && total < info.frames)) {
        *reason = u"the audio is damaged or truncated: %1 of %2 frames decoded"_s.arg(total).arg(info.frames);
        return std::nullopt;
    }
    if (total == 0) {
        *reason = u"the file contains no audio"_s;
        return std::nullopt;
    }
    return hash.result();
}

} // namespace Imprint::Audio
