// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AudioProbe.h"

#include "audio/AudioIdentity.h"
#include "audio/AudioReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace Imprint::Audio
{

namespace
{

// ProbeResult::audioKey: this much audio from the first sample louder than silence (two steps
// of 16-bit audio: dither is silence), if there is one within the first soundWithinSeconds.
constexpr double keySeconds = 0.5;
constexpr int soundWithinSeconds = 30;
constexpr float silence = 2.0f / 32768;

// The readers' errors start with the file name; the importer lists the name beside the reason,
// in the user's language where the reader's words are known (the library's detail stays as is).
QString withoutPath(const QString &error, const QString &path)
{
    const QString reason = AudioReader::reasonOf(error, path);
    const QString cannotDecode = u"cannot decode: "_s;
    if (reason.startsWith(cannotDecode))
        return QCoreApplication::translate("AudioProbe", "cannot decode: %1")
            .arg(reason.mid(cannotDecode.size()));
    return reason;
}

} // namespace

ProbeResult probeDecodable(const QString &absolutePath)
{
    ProbeResult result;
    AudioReader reader;
    QString error;
    if (!reader.open(absolutePath, &error)) {
        result.reason = withoutPath(error, absolutePath);
        return result;
    }
    result.info = reader.info();
    const bool sndfile = reader.backend() == Backend::Sndfile;
    if (sndfile && result.info.frames <= 0) {
        result.reason = QCoreApplication::translate("AudioProbe", "the file contains no audio");
        return result;
    }
    // The key: half a second of the audio from its first sound on (where it starts is part of
    // it), hashed. Only libsndfile's lengths are exact (FFmpeg may estimate one from the file's
    // size, which a retag changes), so only they go into it. Leading silence is skipped: many
    // takes start with the same second of nothing. A file silent for its first half minute
    // gets no key.
    constexpr qint64 tailFrames = 4096;
    std::vector<float> buffer(size_t(tailFrames) * size_t(result.info.channels));
    const qint64 keyFrames = qint64(keySeconds * result.info.sampleRate);
    const qint64 soundWithin = qint64(soundWithinSeconds) * result.info.sampleRate;
    AudioIdentityBuilder head(result.info.sampleRate, result.info.channels, false);
    qint64 headRead = 0;
    qint64 soundStart = -1;
    qint64 hashed = 0;
    qint64 read = 0;
    while (hashed < keyFrames && (soundStart >= 0 || headRead < soundWithin)
        && (read = reader.read(buffer.data(), tailFrames, &error)) > 0) {
        qint64 from = 0;
        if (soundStart < 0) {
            const auto loud
                = std::ranges::find_if(buffer.cbegin(), buffer.cbegin() + read * result.info.channels,
                    [](float sample) { return std::abs(sample) > silence; });
            from = (loud - buffer.cbegin()) / result.info.channels;
            if (from < read)
                soundStart = headRead + from;
        }
        if (soundStart >= 0) {
            const qint64 frames = std::min(read - from, keyFrames - hashed);
            head.add(buffer.data() + from * result.info.channels, frames);
            hashed += frames;
        }
        headRead += read;
    }
    if (read < 0) {
        result.reason = withoutPath(error, absolutePath);
        return result;
    }
    if (soundStart >= 0) {
        result.audioKey = head.finish().pcmHash + '@' + QByteArray::number(soundStart);
        if (sndfile)
            result.audioKey += ':' + QByteArray::number(result.info.frames);
    }

    // Decoding the last block proves the data is all there without decoding the whole file
    // (unless the key took all of it). libsndfile seeks exactly, so a failed seek means the data
    // ends early; a stream FFmpeg cannot seek is decoded on from where the key ended instead.
    const bool decodedToTheEnd = read == 0;
    qint64 start = 0;
    bool seeked = false;
    qint64 decoded = headRead;
    if (!decodedToTheEnd) {
        start = std::max<qint64>(0, result.info.frames - tailFrames);
        seeked = reader.seekNearEnd(tailFrames);
        if (sndfile && !seeked) {
            result.reason
                = QCoreApplication::translate("AudioProbe", "the file is truncated: its audio ends early");
            return result;
        }
        decoded = seeked ? 0 : headRead;
        while ((read = reader.read(buffer.data(), tailFrames, &error)) > 0)
            decoded += read;
        if (read < 0) {
            result.reason = withoutPath(error, absolutePath);
            return result;
        }
    }
    if (sndfile && decoded < result.info.frames - start) {
        result.reason
            = QCoreApplication::translate("AudioProbe", "the file is truncated: its audio ends early");
        return result;
    }
    if (!sndfile && !seeked && result.info.frames <= 0)
        result.info.frames = decoded; // a stream without a length: now it has one
    if (result.info.frames <= 0) {
        result.reason = QCoreApplication::translate("AudioProbe", "the file contains no audio");
        return result;
    }
    result.durationMs = result.info.frames * 1000 / result.info.sampleRate;
    result.decodable = true;
    return result;
}

} // namespace Imprint::Audio
