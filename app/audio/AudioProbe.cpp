// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AudioProbe.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sndfile.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Imprint::Audio
{

ProbeResult probeDecodable(const QString &absolutePath)
{
    ProbeResult result;
    const QString suffix = QFileInfo(absolutePath).suffix().toLower();
    if (suffix == u"m4a" || suffix == u"mp4" || suffix == u"aac") {
        result.supported = false;
        result.decodable = true;
        return result;
    }
    SF_INFO info {};
    SNDFILE *file = sf_open(QFile::encodeName(absolutePath).constData(), SFM_READ, &info);
    if (!file) {
        result.reason = QCoreApplication::translate("AudioProbe", "cannot decode: %1")
                            .arg(QString::fromUtf8(sf_strerror(nullptr)));
        return result;
    }
    result.frames = info.frames;
    result.sampleRate = info.samplerate;
    if (info.frames <= 0 || info.channels <= 0) {
        result.reason = QCoreApplication::translate("AudioProbe", "the file contains no audio");
        sf_close(file);
        return result;
    }
    // Decoding the last block proves the data is all there without decoding the whole file.
    constexpr sf_count_t tailFrames = 4096;
    const sf_count_t start = std::max<sf_count_t>(0, info.frames - tailFrames);
    std::vector<float> buffer(size_t(tailFrames) * size_t(info.channels));
    const bool seeked = sf_seek(file, start, SEEK_SET) == start;
    const sf_count_t wanted = info.frames - start;
    const sf_count_t read = seeked ? sf_readf_float(file, buffer.data(), wanted) : 0;
    if (!seeked || read < wanted) {
        result.reason
            = QCoreApplication::translate("AudioProbe", "the file is truncated: its audio ends early");
        sf_close(file);
        return result;
    }
    sf_close(file);
    result.decodable = true;
    return result;
}

} // namespace Imprint::Audio
