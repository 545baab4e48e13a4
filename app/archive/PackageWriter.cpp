// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "PackageWriter.h"

#include "ArchiveLogging.h"
#include "EntryName.h"
#include "Manifest.h"
#include "PackageVerifier.h"
#include "hash/Sha256.h"
#include "platform/FileReplace.h"
#include "platform/FileSync.h"

#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Imprint::Archive
{

namespace
{

constexpr qint64 ChunkSize = qint64(1) << 20;
// KZip writes 32-bit sizes and offsets (no ZIP64), so a ZIP must stay well under 4 GiB.
constexpr qint64 MaxZipBytes = (qint64(4) << 30) - (qint64(64) << 20);

KCompressionDevice::CompressionType compressionFor(PackageFormat format)
{
    switch (format) {
    case PackageFormat::TarGz:
        return KCompressionDevice::GZip;
    case PackageFormat::TarXz:
        return KCompressionDevice::Xz;
    case PackageFormat::TarZst:
        return KCompressionDevice::Zstd;
    default:
        return KCompressionDevice::None;
    }
}

bool isZip(PackageFormat format)
{
    return format == PackageFormat::ZipStored || format == PackageFormat::ZipDeflated;
}

// Every name once, safe, and not the manifest's; sources are regular readable files.
QString checkRequest(const PackageRequest &request, qint64 *total)
{
    QSet<QString> names { ManifestName.toString() };
    const auto checkName = [&](const QString &name) -> QString {
        if (const QString reason = unsafeNameReason(name); !reason.isEmpty() || name.endsWith(u'/'))
            return QCoreApplication::translate("Archive", "%1: not a valid path inside a package (%2)")
                .arg(name, reason);
        if (names.contains(name))
            return QCoreApplication::translate("Archive", "%1: appears twice in the package").arg(name);
        names.insert(name);
        return {};
    };
    *total = 0;
    for (const PackageItem &item : request.items) {
        if (QString error = checkName(item.archivePath); !error.isEmpty())
            return error;
        const QFileInfo info(item.sourcePath);
        if (!info.isFile() || !info.isReadable())
            return QCoreApplication::translate("Archive", "%1: not a readable file").arg(item.sourcePath);
        *total += info.size();
    }
    for (const PackagePayload &payload : request.payloads) {
        if (QString error = checkName(payload.archivePath); !error.isEmpty())
            return error;
        *total += payload.data.size();
    }
    if (isZip(request.format) && *total > MaxZipBytes)
        return QCoreApplication::translate("Archive", "%1: ZIP packages are limited to 4 GiB; choose tar.zst")
            .arg(request.outputPath);
    return {};
}

class Writer
{
public:
    Writer(const PackageRequest &request, const std::atomic_bool &cancel, const ProgressFn &progress,
        qint64 total)
        : m_request(request)
        , m_cancel(cancel)
        , m_progress(progress)
        , m_total(total)
    {
    }

    // Returns an error, or empty; m_cancelled tells a cancel apart.
    QString write(QFile &file)
    {
        std::unique_ptr<KCompressionDevice> compressor;
        std::unique_ptr<KArchive> archive;
        if (isZip(m_request.format)) {
            auto zip = std::make_unique<KZip>(&file);
            zip->setCompression(m_request.format == PackageFormat::ZipStored ? KZip::NoCompression
                                                                             : KZip::DeflateCompression);
            archive = std::move(zip);
        } else {
            compressor = std::make_unique<KCompressionDevice>(&file, false, compressionFor(m_request.format));
            archive = std::make_unique<KTar>(compressor.get());
        }
        if (!archive->open(QIODevice::WriteOnly))
            return QCoreApplication::translate("Archive", "%1: cannot write (%2)")
                .arg(file.fileName(), archive->errorString());
        for (const PackageItem &item : m_request.items) {
            if (QString error = addFile(*archive, item); !error.isEmpty() || m_cancelled)
                return error;
        }
        for (const PackagePayload &payload : m_request.payloads) {
            if (QString error = addBytes(*archive, payload.archivePath, payload.data); !error.isEmpty())
                return error;
        }
        if (QString error = addBytes(*archive, ManifestName.toString(), formatManifest(m_manifest), false);
            !error.isEmpty())
            return error;
        if (!archive->close())
            return QCoreApplication::translate("Archive", "%1: cannot finish the archive (%2)")
                .arg(file.fileName(), archive->errorString());
        if (compressor && compressor->isOpen())
            compressor->close();
        return {};
    }

    QList<ManifestLine> manifest() const { return m_manifest; }
    bool cancelled() const { return m_cancelled; }

private:
    QString addFile(KArchive &archive, const PackageItem &item)
    {
        QFile source(item.sourcePath);
        if (!source.open(QIODevice::ReadOnly))
            return u"%1: %2"_s.arg(item.sourcePath, source.errorString());
        const QFileInfo info(source);
        const qint64 size = source.size();
        if (!archive.prepareWriting(item.archivePath, {}, {}, size, 0100644, info.lastRead(),
                info.lastModified(), info.birthTime()))
            return QCoreApplication::translate("Archive", "%1: cannot add to the package (%2)")
                .arg(item.archivePath, archive.errorString());
        Sha256 hash;
        QByteArray buffer(ChunkSize, Qt::Uninitialized);
        qint64 written = 0;
        while (written < size) {
            const qint64 n = source.read(buffer.data(), qMin(ChunkSize, size - written));
            if (n <= 0)
                return QCoreApplication::translate("Archive", "%1: changed or unreadable while packaging")
                    .arg(item.sourcePath);
            hash.addData(QByteArrayView(buffer.constData(), n));
            if (!archive.writeData(buffer.constData(), n))
                return QCoreApplication::translate("Archive", "%1: cannot write to the package (%2)")
                    .arg(item.archivePath, archive.errorString());
            written += n;
            m_done += n;
            if (m_progress)
                m_progress(m_done, m_total);
            if (m_cancel.load()) {
                m_cancelled = true;
                return {};
            }
        }
        if (!source.atEnd())
            return QCoreApplication::translate("Archive", "%1: changed while packaging").arg(item.sourcePath);
        if (!archive.finishWriting(size))
            return QCoreApplication::translate("Archive", "%1: cannot write to the package (%2)")
                .arg(item.archivePath, archive.errorString());
        m_manifest.append({ item.archivePath, hash.result().toHex() });
        return {};
    }

    QString addBytes(KArchive &archive, const QString &name, const QByteArray &data, bool listed = true)
    {
        const QDateTime now = QDateTime::currentDateTime();
        if (!archive.writeFile(name, data, 0100644, {}, {}, now, now, now))
            return QCoreApplication::translate("Archive", "%1: cannot write to the package (%2)")
                .arg(name, archive.errorString());
        if (listed) {
            m_manifest.append({ name, Sha256::hash(data).toHex() });
            m_done += data.size();
            if (m_progress)
                m_progress(m_done, m_total);
        }
        return {};
    }

    const PackageRequest &m_request;
    const std::atomic_bool &m_cancel;
    const ProgressFn &m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_cancelled = false;
    QList<ManifestLine> m_manifest;
};

// The re-read package must hold exactly what was hashed while writing.
QString compareWithWritten(const VerifyResult &verified, const QList<ManifestLine> &written)
{
    if (!verified.error.isEmpty())
        return verified.error;
    for (const EntryCheck &entry : verified.entries) {
        if (entry.status != EntryCheck::Status::Ok)
            return QCoreApplication::translate("Archive", "%1: %2 after writing (%3)")
                .arg(entry.path, statusName(entry.status), entry.reason);
    }
    if (verified.entries.size() != written.size())
        return QCoreApplication::translate("Archive", "the package holds %1 entries instead of %2")
            .arg(verified.entries.size())
            .arg(written.size());
    for (qsizetype i = 0; i < written.size(); ++i) {
        if (verified.entries.at(i).path != written.at(i).path
            || verified.entries.at(i).actual.toLatin1() != written.at(i).sha256)
            return QCoreApplication::translate("Archive", "%1: differs from the source after writing")
                .arg(written.at(i).path);
    }
    return {};
}

} // namespace

PackageResult writePackage(
    const PackageRequest &request, const std::atomic_bool &cancel, const ProgressFn &progress)
{
    PackageResult result;
    qint64 total = 0;
    result.error = checkRequest(request, &total);
    if (!result.error.isEmpty())
        return result;

    const QString partial = request.outputPath + u".partial"_s;
    QFile file(partial);
    auto removePartial = qScopeGuard([&] {
        file.close();
        QFile::remove(partial);
    });
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        result.error = u"%1: %2"_s.arg(partial, file.errorString());
        return result;
    }
    Writer writer(request, cancel, progress, total);
    result.error = writer.write(file);
    result.cancelled = writer.cancelled();
    if (!result.ok())
        return result;
    // The package is durable before it gets its final name. KArchive may have closed the file.
    if (!file.isOpen() && !file.open(QIODevice::ReadOnly)) {
        result.error = u"%1: %2"_s.arg(partial, file.errorString());
        return result;
    }
    if (!Platform::syncFile(file)) {
        result.error = u"%1: %2"_s.arg(partial, file.errorString());
        return result;
    }
    file.close();

    const VerifyResult verified = verifyPackage(partial, &cancel);
    if (cancel.load()) {
        result.cancelled = true;
        return result;
    }
    result.error = compareWithWritten(verified, writer.manifest());
    result.entries = verified.entries;
    if (!result.error.isEmpty()) {
        qCWarning(lcArchive) << "package failed verification:" << result.error;
        return result;
    }
    // Replaces an older package with the same name atomically.
    if (QString reason; !Platform::replaceFile(partial, request.outputPath, &reason)) {
        qCWarning(lcArchive).noquote()
            << "cannot rename" << partial << "to" << request.outputPath << ":" << reason;
        result.error = QCoreApplication::translate("Archive", "%1: cannot rename the finished package")
                           .arg(request.outputPath);
        return result;
    }
    removePartial.dismiss();
    result.size = QFileInfo(request.outputPath).size();
    qCInfo(lcArchive) << "wrote" << request.outputPath << result.size << "bytes," << result.entries.size()
                      << "entries verified";
    return result;
}

} // namespace Imprint::Archive
