// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "FfmpegReader.h"

#include "audio/AudioLogging.h"
#include "audio/FfmpegLog.h"

#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
}

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::Audio
{

struct FfmpegReader::Handle {
    AVFormatContext *format = nullptr;
    AVCodecContext *codec = nullptr;
    AVPacket *packet = nullptr;
    AVFrame *frame = nullptr;
    AVStream *stream = nullptr;
    bool demuxed = false; // every packet sent, the decoder is draining
    ~Handle()
    {
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&codec);
        avformat_close_input(&format);
    }
};

namespace
{

QString errorText(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

// The names StreamInfo uses, so a report reads the same whichever library decoded the file.
QString containerName(const AVInputFormat *format)
{
    const QString names = QString::fromLatin1(format->name);
    if (names.contains(u"mp4"_s))
        return u"M4A"_s;
    static const QList<std::pair<QString, QString>> known { { u"wv"_s, u"WavPack"_s }, { u"ape"_s, u"APE"_s },
        { u"tta"_s, u"TTA"_s }, { u"mpc"_s, u"Musepack"_s }, { u"mpc8"_s, u"Musepack"_s },
        { u"asf"_s, u"WMA"_s }, { u"ogg"_s, u"OGG"_s }, { u"wav"_s, u"WAV"_s }, { u"w64"_s, u"W64"_s },
        { u"aiff"_s, u"AIFF"_s }, { u"flac"_s, u"FLAC"_s }, { u"mp3"_s, u"MP3"_s }, { u"aac"_s, u"AAC"_s },
        { u"caf"_s, u"CAF"_s }, { u"matroska,webm"_s, u"Matroska"_s } };
    for (const auto &[name, container] : known) {
        if (names == name)
            return container;
    }
    return names.section(u',', 0, 0).toUpper();
}

QString codecName(AVCodecID id)
{
    switch (id) {
    case AV_CODEC_ID_AAC:
        return u"AAC"_s;
    case AV_CODEC_ID_ALAC:
        return u"ALAC"_s;
    case AV_CODEC_ID_WAVPACK:
        return u"WavPack"_s;
    case AV_CODEC_ID_APE:
        return u"Monkey's Audio"_s;
    case AV_CODEC_ID_TTA:
        return u"TTA"_s;
    case AV_CODEC_ID_MUSEPACK7:
    case AV_CODEC_ID_MUSEPACK8:
        return u"Musepack"_s;
    case AV_CODEC_ID_OPUS:
        return u"Opus"_s;
    case AV_CODEC_ID_VORBIS:
        return u"Vorbis"_s;
    case AV_CODEC_ID_MP3:
        return u"MP3"_s;
    case AV_CODEC_ID_FLAC:
        return u"FLAC"_s;
    case AV_CODEC_ID_WMAV1:
    case AV_CODEC_ID_WMAV2:
        return u"WMA"_s;
    case AV_CODEC_ID_WMAPRO:
        return u"WMA Pro"_s;
    case AV_CODEC_ID_WMALOSSLESS:
        return u"WMA Lossless"_s;
    default:
        break;
    }
    const AVCodecDescriptor *descriptor = avcodec_descriptor_get(id);
    return descriptor ? QString::fromLatin1(descriptor->name).toUpper() : u"other"_s;
}

bool isFloat(AVSampleFormat format)
{
    const AVSampleFormat packed = av_get_packed_sample_fmt(format);
    return packed == AV_SAMPLE_FMT_FLT || packed == AV_SAMPLE_FMT_DBL;
}

void describe(const AVCodecContext *codec, const AVCodecParameters *parameters, StreamInfo &info)
{
    const AVCodecDescriptor *descriptor = avcodec_descriptor_get(parameters->codec_id);
    const bool lossless = descriptor && (descriptor->props & AV_CODEC_PROP_LOSSLESS);
    const QString name = codecName(parameters->codec_id);
    if (!lossless) {
        info.encoding = name;
        return;
    }
    info.floatingPoint = isFloat(codec->sample_fmt);
    info.bitDepth = parameters->bits_per_raw_sample > 0 ? parameters->bits_per_raw_sample
                                                        : av_get_bytes_per_sample(codec->sample_fmt) * 8;
    if (name.startsWith(u"PCM_"_s))
        info.encoding = (info.floatingPoint ? u"float %1-bit"_s : u"PCM %1-bit"_s).arg(info.bitDepth);
    else
        info.encoding = u"%1 %2-bit"_s.arg(name).arg(info.bitDepth);
}

// Samples as floats: integers divided by 2^(bits-1), so 24-bit audio decoded into 32-bit words
// reads the same as from libsndfile.
float toFloat(uint8_t v)
{
    return (float(v) - 128.0f) / 128.0f;
}
float toFloat(int16_t v)
{
    return float(v) / 32768.0f;
}
float toFloat(int32_t v)
{
    return float(double(v) / 2147483648.0);
}
float toFloat(int64_t v)
{
    return float(double(v) / 9223372036854775808.0);
}
float toFloat(float v)
{
    return v;
}
float toFloat(double v)
{
    return float(v);
}

template<typename Sample>
void interleave(const AVFrame &frame, size_t channels, bool planar, float *out)
{
    const auto frames = size_t(frame.nb_samples);
    if (!planar) {
        const auto *in = reinterpret_cast<const Sample *>(frame.extended_data[0]);
        for (size_t i = 0; i < frames * channels; ++i)
            out[i] = toFloat(in[i]);
        return;
    }
    for (size_t c = 0; c < channels; ++c) {
        const auto *in = reinterpret_cast<const Sample *>(frame.extended_data[c]);
        for (size_t f = 0; f < frames; ++f)
            out[f * channels + c] = toFloat(in[f]);
    }
}

// False for a sample format FFmpeg has not had so far.
bool interleaveAny(const AVFrame &frame, size_t channels, float *out)
{
    const auto format = AVSampleFormat(frame.format);
    const bool planar = av_sample_fmt_is_planar(format);
    switch (av_get_packed_sample_fmt(format)) {
    case AV_SAMPLE_FMT_U8:
        interleave<uint8_t>(frame, channels, planar, out);
        return true;
    case AV_SAMPLE_FMT_S16:
        interleave<int16_t>(frame, channels, planar, out);
        return true;
    case AV_SAMPLE_FMT_S32:
        interleave<int32_t>(frame, channels, planar, out);
        return true;
    case AV_SAMPLE_FMT_S64:
        interleave<int64_t>(frame, channels, planar, out);
        return true;
    case AV_SAMPLE_FMT_FLT:
        interleave<float>(frame, channels, planar, out);
        return true;
    case AV_SAMPLE_FMT_DBL:
        interleave<double>(frame, channels, planar, out);
        return true;
    default:
        return false;
    }
}

} // namespace

FfmpegReader::FfmpegReader() = default;
FfmpegReader::~FfmpegReader() = default;

bool FfmpegReader::fail(QString *error, const QString &reason) const
{
    if (error)
        *error = m_path + u": "_s + reason;
    return false;
}

bool FfmpegReader::open(const QString &path, QString *error)
{
    routeFfmpegLog();
    m_path = path;
    m_info = {};
    m_pending.clear();
    m_pendingOffset = 0;
    m_position = 0;
    m_decodedEnd = 0;
    m_handle.reset();
    auto handle = std::make_unique<Handle>();
    int code = avformat_open_input(&handle->format, QFile::encodeName(path).constData(), nullptr, nullptr);
    if (code < 0)
        return fail(error, u"cannot decode: %1"_s.arg(errorText(code)));
    code = avformat_find_stream_info(handle->format, nullptr);
    if (code < 0)
        return fail(error, u"cannot decode: %1"_s.arg(errorText(code)));
    const AVCodec *decoder = nullptr;
    const int index = av_find_best_stream(handle->format, AVMEDIA_TYPE_AUDIO, -1, -1, &decoder, 0);
    if (index == AVERROR_DECODER_NOT_FOUND)
        return fail(error, u"cannot decode: no decoder for its audio encoding"_s);
    if (index < 0)
        return fail(error, u"cannot decode: no audio stream"_s);
    // Cover art and other streams are not read at all.
    for (unsigned i = 0; i < handle->format->nb_streams; ++i)
        handle->format->streams[i]->discard = int(i) == index ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    handle->stream = handle->format->streams[index];
    const AVCodecParameters *parameters = handle->stream->codecpar;
    handle->codec = avcodec_alloc_context3(decoder);
    handle->packet = av_packet_alloc();
    handle->frame = av_frame_alloc();
    if (!handle->codec || !handle->packet || !handle->frame)
        return fail(error, u"cannot decode: out of memory"_s);
    code = avcodec_parameters_to_context(handle->codec, parameters);
    // Files are analysed one per core already; one decoding thread each.
    handle->codec->thread_count = 1;
    if (code >= 0)
        code = avcodec_open2(handle->codec, decoder, nullptr);
    if (code < 0)
        return fail(error, u"cannot decode: %1"_s.arg(errorText(code)));
    if (parameters->ch_layout.nb_channels < 1 || parameters->sample_rate < 1)
        return fail(error, u"cannot decode: no audio channels"_s);

    m_info.container = containerName(handle->format->iformat);
    m_info.sampleRate = parameters->sample_rate;
    m_info.channels = parameters->ch_layout.nb_channels;
    describe(handle->codec, parameters, m_info);
    m_lossless = m_info.bitDepth > 0;
    const AVRational perFrame { 1, m_info.sampleRate };
    if (handle->stream->duration > 0)
        m_info.frames = av_rescale_q(handle->stream->duration, handle->stream->time_base, perFrame);
    else if (handle->format->duration > 0)
        m_info.frames = av_rescale(handle->format->duration, m_info.sampleRate, AV_TIME_BASE);
    // A length guessed from the bit rate is no promise; one from the container's index is.
    m_checkLength
        = m_info.frames > 0 && handle->format->duration_estimation_method != AVFMT_DURATION_FROM_BITRATE;
    m_handle = std::move(handle);
    return true;
}

FfmpegReader::More FfmpegReader::decodeMore(QString *error)
{
    Handle &h = *m_handle;
    for (;;) {
        int code = avcodec_receive_frame(h.codec, h.frame);
        if (code == 0) {
            const bool corrupt = (h.frame->flags & AV_FRAME_FLAG_CORRUPT) || h.frame->decode_error_flags;
            if (corrupt && m_lossless) {
                fail(error, u"cannot decode after %1 frames: the audio data is damaged"_s.arg(m_position));
                return More::Failed;
            }
            return convertFrame(error) ? More::Frame : More::Failed;
        }
        if (code == AVERROR_EOF)
            return More::End;
        if (code != AVERROR(EAGAIN)) {
            fail(error, u"cannot decode after %1 frames: %2"_s.arg(m_position).arg(errorText(code)));
            return More::Failed;
        }
        if (h.demuxed)
            return More::End;
        code = av_read_frame(h.format, h.packet);
        if (code == AVERROR_EOF) {
            h.demuxed = true;
            avcodec_send_packet(h.codec, nullptr); // drain what the decoder holds
            continue;
        }
        if (code < 0) {
            fail(error, u"cannot read after %1 frames: %2"_s.arg(m_position).arg(errorText(code)));
            return More::Failed;
        }
        if (h.packet->stream_index == h.stream->index) {
            code = avcodec_send_packet(h.codec, h.packet);
            // A lossy stream plays on past a damaged frame, as every player does; a lossless
            // one must decode bit for bit.
            if (code == AVERROR_INVALIDDATA && !m_lossless) {
                qCDebug(lcDecoder) << m_path << "skipped a damaged frame after" << m_position << "frames";
                code = 0;
            }
            if (code < 0 && code != AVERROR(EAGAIN)) {
                av_packet_unref(h.packet);
                fail(error, u"cannot decode after %1 frames: %2"_s.arg(m_position).arg(errorText(code)));
                return More::Failed;
            }
        }
        av_packet_unref(h.packet);
    }
}

bool FfmpegReader::convertFrame(QString *error)
{
    const AVFrame &frame = *m_handle->frame;
    if (frame.ch_layout.nb_channels != m_info.channels || frame.sample_rate != m_info.sampleRate) {
        av_frame_unref(m_handle->frame);
        return fail(error, u"cannot decode: the stream changes its channels or sample rate"_s);
    }
    const auto channels = size_t(m_info.channels);
    const auto frames = size_t(frame.nb_samples);
    // Keep what is left of the last frame, then append this one interleaved.
    m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(m_pendingOffset));
    m_pendingOffset = 0;
    const size_t start = m_pending.size();
    m_pending.resize(start + frames * channels);
    if (!interleaveAny(frame, channels, m_pending.data() + start)) {
        av_frame_unref(m_handle->frame);
        return fail(error, u"cannot decode: unknown sample format"_s);
    }
    const AVStream *stream = m_handle->stream;
    if (frame.pts != AV_NOPTS_VALUE) {
        const qint64 origin = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
        m_decodedEnd
            = av_rescale_q(frame.pts - origin, stream->time_base, AVRational { 1, m_info.sampleRate })
            + qint64(frames);
    } else {
        m_decodedEnd += qint64(frames);
    }
    av_frame_unref(m_handle->frame);
    return true;
}

qint64 FfmpegReader::read(float *interleaved, qint64 maxFrames, QString *error)
{
    if (!m_handle)
        return fail(error, u"not open"_s), -1;
    const auto channels = size_t(m_info.channels);
    qint64 written = 0;
    while (written < maxFrames) {
        const size_t available = (m_pending.size() - m_pendingOffset) / channels;
        if (available > 0) {
            const size_t take = std::min(available, size_t(maxFrames - written));
            std::copy_n(m_pending.data() + m_pendingOffset, take * channels,
                interleaved + written * qint64(channels));
            m_pendingOffset += take * channels;
            written += qint64(take);
            continue;
        }
        const More more = decodeMore(error);
        if (more == More::Failed)
            return -1;
        if (more == More::End)
            break;
    }
    m_position += written;
    if (written > 0)
        return written;
    // Lossy encoders pad and trim a little; a tenth of a second is far below any cut-off file.
    const qint64 slack = m_lossless ? m_info.sampleRate / 1000
                                    : std::max<qint64>(m_info.sampleRate / 10, m_info.frames / 200);
    if (m_checkLength && m_decodedEnd + slack < m_info.frames) {
        fail(error, u"truncated: %1 of %2 frames decode"_s.arg(m_decodedEnd).arg(m_info.frames));
        return -1;
    }
    return 0;
}

bool FfmpegReader::seekNearEnd(qint64 frames)
{
    if (!m_handle || m_info.frames <= 0)
        return false;
    const AVStream *stream = m_handle->stream;
    const qint64 target = std::max<qint64>(0, m_info.frames - frames);
    const qint64 origin = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
    const qint64 timestamp
        = origin + av_rescale_q(target, AVRational { 1, m_info.sampleRate }, stream->time_base);
    if (av_seek_frame(m_handle->format, stream->index, timestamp, AVSEEK_FLAG_BACKWARD) < 0)
        return false;
    avcodec_flush_buffers(m_handle->codec);
    m_handle->demuxed = false;
    m_pending.clear();
    m_pendingOffset = 0;
    m_position = target;
    m_decodedEnd = 0; // until a frame decodes there: nothing after the seek point proves the end
    return true;
}

} // namespace Imprint::Audio
