// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

// Value types shared by the archive layer: package formats, limits for hostile archives and the
// results callers see. None of them mention KArchive, so the rest of the app can use them freely.
namespace Imprint::Archive
{

enum class PackageFormat { ZipStored, ZipDeflated, TarGz, TarXz, TarZst };

/// The format a file name asks for (".zip" deflated, ".tar.gz"/".tgz", ".tar.xz", ".tar.zst").
std::optional<PackageFormat> formatForFileName(const QString &fileName);
QString formatName(PackageFormat format);

/// Done and total bytes of a long operation.
using ProgressFn = std::function<void(qint64 done, qint64 total)>;

/// The name every package stores its SHA-256 manifest under, at the archive's root.
inline constexpr QStringView ManifestName = u"MANIFEST.sha256";

/// Caps for reading an archive nobody vouched for. The defaults fit a release's stems or a
/// catalog backup; a stem pack from an AI tool is far smaller.
struct ExtractLimits {
    qint64 maxTotalBytes = qint64(64) << 30; // decompressed content, all entries together
    int maxEntries = 20000;
    // Decompressed bytes per archive byte. Audio deflates by 1.1–3×; a bomb by 1000× and more.
    double maxRatio = 200.0;
    // The ratio is only judged past this many decompressed bytes, so tiny text files pass.
    qint64 ratioGraceBytes = qint64(64) << 20;

    /// Whether inflated decompressed bytes out of an archive of archiveSize bytes stay within
    /// the total and the ratio cap.
    bool allows(qint64 inflated, qint64 archiveSize) const
    {
        return inflated <= maxTotalBytes
            && (inflated <= ratioGraceBytes || inflated <= maxRatio * double(archiveSize));
    }
};

struct ExtractResult {
    QString error; // empty on success; otherwise names the entry and the reason
    QStringList files; // relative paths written under the target, in archive order
    QStringList skipped; // "name: reason" for harmless entries left out (links inside the archive)
    qint64 bytes = 0;
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// One entry of a package compared with its manifest.
struct EntryCheck {
    enum class Status { Ok, Mismatch, Missing, Unlisted, Invalid };
    QString path;
    Status status = Status::Ok;
    QString expected; // hex SHA-256 from the manifest
    QString actual; // hex SHA-256 of the archived bytes
    QString reason;
};

QString statusName(EntryCheck::Status status);

struct VerifyResult {
    QString error; // the package as a whole could not be read or has no usable manifest
    QList<EntryCheck> entries;
    bool ok() const;
    /// "N entries verified" or the failures, one line each.
    QString describe() const;
};

} // namespace Imprint::Archive
