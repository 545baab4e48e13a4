// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ArchiveTypes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Imprint::Archive
{

std::optional<PackageFormat> formatForFileName(const QString &fileName)
{
    const QString name = fileName.toLower();
    if (name.endsWith(u".zip"))
        return PackageFormat::ZipDeflated;
    if (name.endsWith(u".tar.gz") || name.endsWith(u".tgz"))
        return PackageFormat::TarGz;
    if (name.endsWith(u".tar.xz"))
        return PackageFormat::TarXz;
    if (name.endsWith(u".tar.zst"))
        return PackageFormat::TarZst;
    return std::nullopt;
}

QString formatName(PackageFormat format)
{
    switch (format) {
    case PackageFormat::ZipStored:
        return u"zip (stored)"_s;
    case PackageFormat::ZipDeflated:
        return u"zip (deflated)"_s;
    case PackageFormat::TarGz:
        return u"tar.gz"_s;
    case PackageFormat::TarXz:
        return u"tar.xz"_s;
    case PackageFormat::TarZst:
        return u"tar.zst"_s;
    }
    return {};
}

QString statusName(EntryCheck::Status status)
{
    switch (status) {
    case EntryCheck::Status::Ok:
        return u"ok"_s;
    case EntryCheck::Status::Mismatch:
        return u"mismatch"_s;
    case EntryCheck::Status::Missing:
        return u"missing"_s;
    case EntryCheck::Status::Unlisted:
        return u"unlisted"_s;
    case EntryCheck::Status::Invalid:
        return u"invalid"_s;
    }
    return {};
}

bool VerifyResult::ok() const
{
    if (!error.isEmpty())
        return false;
    for (const EntryCheck &entry : entries) {
        if (entry.status != EntryCheck::Status::Ok)
            return false;
    }
    return true;
}

QString VerifyResult::describe() const
{
    if (!error.isEmpty())
        return error;
    QStringList lines;
    for (const EntryCheck &entry : entries) {
        if (entry.status != EntryCheck::Status::Ok)
            lines.append(u"%1: %2%3"_s.arg(entry.path, statusName(entry.status),
                entry.reason.isEmpty() ? QString() : u" ("_s + entry.reason + u')'));
    }
    if (lines.isEmpty())
        return QCoreApplication::translate("Archive", "%n entries verified", nullptr, int(entries.size()));
    return lines.join(u'\n');
}

} // namespace Imprint::Archive
