// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Picks the adapter for a file. The first bytes decide, not the name: a FLAC file named .wav must
// not be handed to the WAV writer.
#include "TagAdapter.h"

#include "audio/AudioHash.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Imprint::Tags
{

std::optional<QByteArray> TagAdapter::audioHash(const QString &path, QString *reason) const
{
    return Audio::decodedAudioHash(path, reason);
}

const TagAdapter *adapterFor(const QString &path, QString *reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = QFileInfo::exists(path) ? u"cannot open: %1"_s.arg(file.errorString())
                                          : u"the file does not exist"_s;
        return nullptr;
    }
    const QByteArray head = file.read(12);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WAVE")
        return &wavAdapter();
    if (head.startsWith("FORM") && (head.mid(8, 4) == "AIFF" || head.mid(8, 4) == "AIFC"))
        return &aiffAdapter();
    if (head.startsWith("fLaC"))
        return &flacAdapter();
    if (head.startsWith("OggS"))
        return &oggAdapter();
    if (head.mid(4, 4) == "ftyp")
        return &mp4Adapter();
    // An ID3v2 tag can precede FLAC as well as MPEG audio; the name settles that rare case.
    if (head.startsWith("ID3"))
        return suffix == u"flac" ? &flacAdapter() : &mp3Adapter();
    const bool mpegSync
        = head.size() >= 2 && quint8(head.at(0)) == 0xFF && (quint8(head.at(1)) & 0xE0) == 0xE0;
    if (mpegSync)
        return &mp3Adapter();
    if (head.startsWith("RF64"))
        *reason = u"RF64/BW64 WAV files are not supported for tag writing"_s;
    else if (head.size() < 12)
        *reason = u"the file is too short to be audio"_s;
    else
        *reason = u"unsupported format: not WAV, AIFF, FLAC, Ogg, MP3 or M4A"_s;
    return nullptr;
}

} // namespace Imprint::Tags
