// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DecoderTable.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Imprint::Audio
{

const QList<AudioFormat> &decoderTable()
{
    static const QList<AudioFormat> table {
        { u"wav"_s, u"WAV"_s, Backend::Sndfile }, // RF64 and BW64 are often named .wav too
        { u"wave"_s, u"WAV"_s, Backend::Sndfile },
        { u"bwf"_s, u"WAV"_s, Backend::Sndfile },
        { u"rf64"_s, u"RF64"_s, Backend::Sndfile },
        { u"w64"_s, u"W64"_s, Backend::Sndfile },
        { u"aif"_s, u"AIFF"_s, Backend::Sndfile },
        { u"aiff"_s, u"AIFF"_s, Backend::Sndfile },
        { u"aifc"_s, u"AIFF"_s, Backend::Sndfile },
        { u"flac"_s, u"FLAC"_s, Backend::Sndfile },
        { u"caf"_s, u"CAF"_s, Backend::Sndfile },
        { u"ogg"_s, u"OGG"_s, Backend::Sndfile },
        { u"oga"_s, u"OGG"_s, Backend::Sndfile },
        { u"opus"_s, u"OPUS"_s, Backend::Sndfile },
        // libsndfile reads MP3 through mpg123, which prints its notes on damaged frames to
        // stderr and offers libsndfile no way to route them; FFmpeg's log is routed.
        { u"mp3"_s, u"MP3"_s, Backend::Ffmpeg },
        { u"m4a"_s, u"M4A"_s, Backend::Ffmpeg }, // AAC or ALAC
        { u"aac"_s, u"AAC"_s, Backend::Ffmpeg },
        { u"wv"_s, u"WavPack"_s, Backend::Ffmpeg },
        { u"ape"_s, u"APE"_s, Backend::Ffmpeg },
        { u"tta"_s, u"TTA"_s, Backend::Ffmpeg },
        { u"mpc"_s, u"Musepack"_s, Backend::Ffmpeg },
        { u"wma"_s, u"WMA"_s, Backend::Ffmpeg },
    };
    return table;
}

std::optional<AudioFormat> audioFormatFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const AudioFormat &format : decoderTable()) {
        if (format.extension == suffix)
            return format;
    }
    return std::nullopt;
}

QStringList audioExtensions()
{
    QStringList extensions;
    for (const AudioFormat &format : decoderTable())
        extensions.append(format.extension);
    return extensions;
}

} // namespace Imprint::Audio
