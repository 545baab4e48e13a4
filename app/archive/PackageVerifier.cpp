// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "PackageVerifier.h"

#include "ArchiveWalker.h"
#include "EntryName.h"
#include "Manifest.h"
#include "hash/Sha256.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Imprint::Archive
{

namespace
{

constexpr qint64 ChunkSize = qint64(1) << 20;
constexpr qint64 MaxManifestSize = qint64(64) << 20;

} // namespace

VerifyResult verifyPackage(const QString &path, const std::atomic_bool *cancel, const ProgressFn &progress)
{
    VerifyResult result;
    auto walker = ArchiveWalker::open(path, &result.error);
    if (!walker)
        return result;

    QHash<QString, QByteArray> hashes;
    QStringList order;
    QList<EntryCheck> invalid;
    QByteArray manifestText;
    bool haveManifest = false;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    ArchiveEntry entry;
    while (walker->next(&entry)) {
        if (cancel && cancel->load()) {
            result.error = QCoreApplication::translate("Archive", "%1: verification cancelled").arg(path);
            return result;
        }
        if (const QString reason = unsafeNameReason(entry.name); !reason.isEmpty()) {
            invalid.append({ entry.name, EntryCheck::Status::Invalid, {}, {}, reason });
            continue;
        }
        if (entry.kind == EntryKind::Directory)
            continue;
        if (entry.kind != EntryKind::File) {
            invalid.append({ entry.name, EntryCheck::Status::Invalid, {}, {},
                QCoreApplication::translate("Archive", "link or special file") });
            continue;
        }
        if (hashes.contains(entry.name)) {
            invalid.append({ entry.name, EntryCheck::Status::Invalid, {}, {},
                QCoreApplication::translate("Archive", "duplicate entry") });
            continue;
        }
        const bool isManifest = entry.name == ManifestName;
        if (isManifest && entry.size > MaxManifestSize) {
            result.error
                = QCoreApplication::translate("Archive", "%1: %2 is implausibly large").arg(path, entry.name);
            return result;
        }
        Sha256 hash;
        qint64 n;
        while ((n = walker->read(buffer.data(), buffer.size())) > 0) {
            hash.addData(QByteArrayView(buffer.constData(), n));
            if (isManifest)
                manifestText.append(buffer.constData(), n);
            if (progress)
                progress(walker->streamBytes(), walker->declaredBytes());
            if (cancel && cancel->load())
                break;
        }
        if (n < 0)
            break;
        if (isManifest) {
            haveManifest = true;
            continue;
        }
        hashes.insert(entry.name, hash.result().toHex());
        order.append(entry.name);
    }
    if (!walker->error().isEmpty()) {
        result.error = walker->error();
        return result;
    }
    if (!haveManifest) {
        result.error = QCoreApplication::translate("Archive", "%1: no %2 in the package")
                           .arg(path, ManifestName.toString());
        return result;
    }
    const auto manifest = parseManifest(manifestText, &result.error);
    if (!manifest)
        return result;

    QSet<QString> listed;
    for (const ManifestLine &line : *manifest) {
        listed.insert(line.path);
        EntryCheck check { line.path, EntryCheck::Status::Ok, QString::fromLatin1(line.sha256), {}, {} };
        const auto found = hashes.constFind(line.path);
        if (found == hashes.cend()) {
            check.status = EntryCheck::Status::Missing;
            check.reason
                = QCoreApplication::translate("Archive", "listed in the manifest but not in the package");
        } else {
            check.actual = QString::fromLatin1(*found);
            if (*found != line.sha256) {
                check.status = EntryCheck::Status::Mismatch;
                check.reason = QCoreApplication::translate("Archive", "SHA-256 differs from the manifest");
            }
        }
        result.entries.append(check);
    }
    for (const QString &name : std::as_const(order)) {
        if (!listed.contains(name))
            result.entries.append(
                { name, EntryCheck::Status::Unlisted, {}, QString::fromLatin1(hashes.value(name)),
                    QCoreApplication::translate("Archive", "not listed in the manifest") });
    }
    result.entries.append(invalid);
    return result;
}

} // namespace Imprint::Archive
