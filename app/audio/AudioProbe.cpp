// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AudioProbe.h"

#include "audio/AudioReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Imprint::Audio
{

namespace
{

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
    // Decoding the last block proves the data is all there without decoding the whole file.
    // libsndfile seeks exactly, so a failed seek means the data ends early; a stream FFmpeg
    // cannot seek is decoded from the start instead.
    constexpr qint64 tailFrames = 4096;
    const qint64 start = std::max<qint64>(0, result.info.frames - tailFrames);
    const bool seeked = reader.seekNearEnd(tailFrames);
    if (sndfile && !seeked) {
        result.reason
            = QCoreApplication::translate("AudioProbe", "the file is truncated: its audio ends early");
        return result;
    }
    std::vector<float> buffer(size_t(tailFrames) * size_t(result.info.channels));
    qint64 read = 0;
    qint64 decoded = 0;
    while ((read = reader.read(buffer.data(), tailFrames, &error)) > 0)
        decoded += read;
    if (read < 0) {
        result.reason = withoutPath(error, absolutePath);
        return result;
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
