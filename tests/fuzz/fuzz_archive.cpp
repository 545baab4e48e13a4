// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// The safe extractor (import-stems, restore) and the TAR and ZIP walkers under it, against any
// bytes. Built twice: fuzz_tar starts from TAR seeds, fuzz_zip (FUZZ_ZIP) from ZIP seeds; both
// detect the format from the bytes as a user's file would be. The oracle is the extractor's
// promise: on refusal nothing is left in or next to the target, on success every reported file
// is inside it.
#include "FuzzTarget.h"

#include "archive/PackageWriter.h"
#include "archive/SafeExtractor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cstdlib>

using namespace Imprint;
using namespace Qt::StringLiterals;

namespace
{

// The scratch folder holds only the input between runs; anything else is a leftover.
QStringList entriesBesideInput(const QDir &scratch)
{
    QStringList names
        = scratch.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.removeAll(u"input"_s);
    return names;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QDir scratch(Fuzz::scratchDir());
    const QString input = scratch.filePath(u"input"_s);
    const QString target = scratch.filePath(u"out"_s);
    {
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            Fuzz::fail("cannot write the input", input);
    }
    Archive::ExtractLimits limits; // small, so a bomb costs milliseconds, not minutes
    limits.maxTotalBytes = qint64(16) << 20;
    limits.maxEntries = 2000;
    limits.ratioGraceBytes = qint64(1) << 20;
    const std::atomic_bool cancel = false;
    const Archive::ExtractResult result = Archive::extractSafely(input, target, limits, cancel);
    if (!result.ok()) {
        if (result.error.isEmpty())
            Fuzz::fail("a refusal without a reason");
        if (!entriesBesideInput(scratch).isEmpty())
            Fuzz::fail("a refusal left files behind", entriesBesideInput(scratch).join(u", "));
        return 0;
    }
    const QString root = QDir(target).canonicalPath() + u'/';
    for (const QString &file : result.files) {
        const QFileInfo written(QDir(target).filePath(file));
        if (!written.exists() || !written.canonicalFilePath().startsWith(root))
            Fuzz::fail("a reported file is missing or outside the target", file);
    }
    QDir(target).removeRecursively();
    return 0;
}

namespace
{

#ifndef FUZZ_ZIP // the TAR seeds are made by hand

// A plain ustar header; what KArchive and GNU tar write, minus the fields the walker ignores.
QByteArray tarHeader(const QByteArray &name, qint64 size, char type = '0', const QByteArray &link = {})
{
    QByteArray header(512, '\0');
    auto put = [&header](int offset, const QByteArray &value) {
        header.replace(offset, value.size(), value);
    };
    put(0, name.left(100));
    put(100, "0000644");
    put(108, "0000000");
    put(116, "0000000");
    put(124, QByteArray::number(size, 8).rightJustified(11, '0'));
    put(136, "00000000000");
    header[156] = type;
    put(157, link.left(100));
    put(257, "ustar");
    put(263, "00");
    put(148, "        ");
    int sum = 0;
    for (const char c : std::as_const(header))
        sum += uchar(c);
    put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + '\0' + ' ');
    return header;
}

QByteArray tarEntry(
    const QByteArray &name, const QByteArray &content, char type = '0', const QByteArray &link = {})
{
    QByteArray entry = tarHeader(name, content.size(), type, link) + content;
    entry.append(QByteArray((512 - content.size() % 512) % 512, '\0'));
    return entry;
}

QByteArray paxEntry(const QByteArray &path, const QByteArray &content)
{
    const QByteArray record = " path=" + path + '\n';
    // A PAX record's length counts its own digits.
    qsizetype length = record.size() + 1;
    while (QByteArray::number(length).size() + record.size() != length)
        ++length;
    return tarEntry("PaxHeader", QByteArray::number(length) + record, 'x') + tarEntry("ignored", content);
}

QByteArray endOfTar()
{
    return QByteArray(1024, '\0');
}

#endif

QByteArray packageBytes(Archive::PackageFormat format)
{
    const QString path = QDir(Fuzz::scratchDir()).filePath(u"seed-package"_s);
    Archive::PackageRequest request;
    request.outputPath = path;
    request.format = format;
    request.payloads = { { u"Stems/Drums.wav"_s, QByteArray(3000, 'd') }, { u"Stems/Bass.wav"_s, "bass"_ba },
        { u"notes/readme.txt"_s, "hello"_ba } };
    const std::atomic_bool cancel = false;
    if (!Archive::writePackage(request, cancel).ok())
        return {};
    QFile file(path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    QFile::remove(path);
    return bytes;
}

} // namespace

QList<QByteArray> Imprint::Fuzz::seeds()
{
    ensureApplication();
    QList<QByteArray> all;
#ifdef FUZZ_ZIP
    all.append(packageBytes(Archive::PackageFormat::ZipStored));
    all.append(packageBytes(Archive::PackageFormat::ZipDeflated));
#else
    all.append(tarEntry("Drums.wav", QByteArray(700, 'd')) + tarEntry("Bass.wav", "bass") + endOfTar());
    // What `tar -C stems -cf p.tar .` writes: a "./" folder and "./"-prefixed names.
    all.append(tarEntry("./", {}, '5') + tarEntry("./Vox.wav", "vox") + endOfTar());
    all.append(tarEntry("a/", {}, '5') + tarEntry("a/link", {}, '2', "../b")
        + tarEntry("a/hard", {}, '1', "a/x") + endOfTar());
    all.append(paxEntry(QByteArray("a/").repeated(40) + "deep.wav", "deep") + endOfTar());
    all.append(tarEntry("../escape.wav", "x") + tarEntry("/abs.wav", "y") + endOfTar());
    all.append(tarEntry("cut.wav", QByteArray(2000, 'c')).left(1200)); // truncated mid-entry
    all.append(packageBytes(Archive::PackageFormat::TarGz));
#endif
    all.removeAll(QByteArray());
    return all;
}
