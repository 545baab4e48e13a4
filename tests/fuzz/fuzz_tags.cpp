// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// The tag reading adapter (what import and write-tags read through TagLib) against any bytes.
// The first byte picks the file name extension, so one corpus reaches every format's parser;
// the rest is the file.
#include "FuzzTarget.h"

#include "AudioFixtures.h"

#include "audio/AudioFile.h"
#include "catalog/ImportedFile.h"
#include "tags/TagLibReader.h"
#include "tags/TagWriter.h"

#include <QDir>
#include <QFile>

#include <cstdlib>

using namespace Imprint;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    if (size == 0)
        return 0;
    const QStringList &extensions = Tags::audioExtensions();
    const QString extension = extensions.at(data[0] % extensions.size());
    const QString path = QDir(Fuzz::scratchDir()).filePath(u"input."_s + extension);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1)) != qint64(size - 1))
            Fuzz::fail("cannot write the input", path);
    }
    ImportedFile imported;
    QString reason;
    if (!Tags::readAudioFile(path, imported, &reason) && reason.isEmpty())
        Fuzz::fail("import refused a file without a reason");
    QString error;
    if (!Tags::readFileTags(path, &error) && error.isEmpty())
        Fuzz::fail("reading tags failed without a reason");
    return 0;
}

namespace
{

// A short tagged file of container, with the extension's index as the first byte.
QByteArray taggedFile(Audio::Container container, const QString &extension)
{
    const QString path = QDir(Fuzz::scratchDir()).filePath(u"seed."_s + extension);
    Audio::PcmFormat format;
    format.sampleRate = 8000;
    format.channels = 1;
    format.container = container;
    std::vector<float> samples(400);
    for (size_t i = 0; i < samples.size(); ++i)
        samples[i] = float(i % 40) / 40.0f - 0.5f;
    QString error;
    if (!Audio::writeAudioFile(path, format, samples, &error)
        || !Tags::writeFileTags(path, Testing::fullTagSet()).ok())
        return {};
    QFile file(path);
    QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    QFile::remove(path);
    if (bytes.isEmpty())
        return {};
    return char(Tags::audioExtensions().indexOf(extension)) + bytes;
}

} // namespace

QList<QByteArray> Imprint::Fuzz::seeds()
{
    ensureApplication();
    QList<QByteArray> all { taggedFile(Audio::Container::Wav, u"wav"_s),
        taggedFile(Audio::Container::Flac, u"flac"_s), taggedFile(Audio::Container::Aiff, u"aiff"_s) };
    // Headers of the formats Imprint cannot write here, enough to reach their parsers.
    const auto withExtension = [](const QString &extension, const QByteArray &bytes) -> QByteArray {
        return char(Tags::audioExtensions().indexOf(extension)) + bytes;
    };
    all.append(withExtension(u"mp3"_s,
        "ID3\x04\x00\x00\x00\x00\x00\x15TIT2\x00\x00\x00\x0b\x00\x00\x03Salt Ember"_ba
            + QByteArray::fromHex("fffb9064") + QByteArray(413, '\0')));
    all.append(withExtension(
        u"ogg"_s, "OggS\x00\x02"_ba + QByteArray(22, '\0') + "\x01vorbis"_ba + QByteArray(40, '\0')));
    all.append(
        withExtension(u"m4a"_s, QByteArray::fromHex("00000018667479704d34412000000000") + "M4A mp42isom"_ba));
    // A WavPack block header (version 4.10, 400 samples) and an APEv2 footer: the adapter is
    // chosen by content, whatever the name.
    all.append(withExtension(u"wav"_s,
        "wvpk"_ba + QByteArray::fromHex("18000000100400009001000000000000900100000500000000000000")
            + "APETAGEX"_ba + QByteArray::fromHex("d0070000200000000000000000000000") + QByteArray(8, '\0')));
    all.removeAll(QByteArray());
    return all;
}
