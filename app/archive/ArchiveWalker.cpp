// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ArchiveWalker.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Imprint::Archive
{

std::unique_ptr<ArchiveWalker> ArchiveWalker::open(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return nullptr;
    }
    // Magic numbers, not file names: a stem pack called .zip may well be a tar.gz.
    const QByteArray head = file.read(512);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return openZipWalker(path, error);
    if (head.startsWith("\x1f\x8b"))
        return openTarWalker(path, StreamCompression::GZip, error);
    if (head.startsWith(QByteArrayView("\xfd"
                                       "7zXZ\x00",
            6)))
        return openTarWalker(path, StreamCompression::Xz, error);
    if (head.startsWith("\x28\xb5\x2f\xfd"))
        return openTarWalker(path, StreamCompression::Zstd, error);
    if (head.startsWith("BZh"))
        return openTarWalker(path, StreamCompression::BZip2, error);
    if (head.size() == 512 && head.mid(257, 5) == "ustar")
        return openTarWalker(path, StreamCompression::None, error);
    *error = QCoreApplication::translate("Archive", "%1: not a ZIP or TAR archive, or truncated").arg(path);
    return nullptr;
}

} // namespace Imprint::Archive
