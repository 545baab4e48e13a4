// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Picks the adapter for a file. The first bytes decide, not the name: a FLAC file named .wav must
// not be handed to the WAV writer.
#include "TagAdapter.h"

#include "audio/AudioIdentity.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Imprint::Tags
{

namespace
{

QString untaggedFormat(const QByteArray &head)
{
    if (head.startsWith("RF64") || head.startsWith("BW64"))
        return u"RF64/BW64 WAV"_s;
    if (head.startsWith("riff")) // Sony Wave64 starts with a GUID whose first bytes spell this
        return u"W64 (Sony Wave64)"_s;
    if (head.startsWith("MAC "))
        return u"APE (Monkey's Audio)"_s;
    if (head.startsWith("TTA1"))
        return u"TTA"_s;
    if (head.startsWith("MPCK") || head.startsWith("MP+"))
        return u"Musepack"_s;
    if (head.startsWith("\x30\x26\xB2\x75\x8E\x66\xCF\x11"))
        return u"WMA (ASF)"_s;
    if (head.startsWith("caff"))
        return u"CAF"_s;
    // ADTS shares MPEG audio's sync word; its layer bits are 00, which MPEG audio never uses.
    if (head.size() >= 2 && quint8(head.at(0)) == 0xFF && (quint8(head.at(1)) & 0xF6) == 0xF0)
        return u"AAC (ADTS)"_s;
    return {};
}

} // namespace

std::optional<QByteArray> TagAdapter::audioHash(const QString &path, QString *reason) const
{
    return Audio::audioHash(path, reason);
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
    if (head.startsWith("wvpk"))
        return &wavPackAdapter();
    // An ID3v2 tag can precede FLAC as well as MPEG audio; the name settles that rare case.
    if (head.startsWith("ID3"))
        return suffix == u"flac" ? &flacAdapter() : &mp3Adapter();
    // Audio Imprint imports but does not tag: refused by name, never handed to a writer that
    // would take it for something else.
    if (const QString format = untaggedFormat(head); !format.isEmpty()) {
        *reason = u"%1 files are not supported for tag writing"_s.arg(format);
        return nullptr;
    }
    const bool mpegSync
        = head.size() >= 2 && quint8(head.at(0)) == 0xFF && (quint8(head.at(1)) & 0xE0) == 0xE0;
    if (mpegSync)
        return &mp3Adapter();
    if (head.size() < 12)
        *reason = u"the file is too short to be audio"_s;
    else
        *reason = u"unsupported format: not WAV, AIFF, FLAC, Ogg, MP3, M4A or WavPack"_s;
    return nullptr;
}

} // namespace Imprint::Tags
