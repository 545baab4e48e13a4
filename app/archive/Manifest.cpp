// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Manifest.h"

#include "ArchiveTypes.h"
#include "EntryName.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Imprint::Archive
{

QByteArray formatManifest(const QList<ManifestLine> &lines)
{
    QByteArray text;
    for (const ManifestLine &line : lines)
        text += line.sha256 + "  " + line.path.toUtf8() + '\n';
    return text;
}

std::optional<QList<ManifestLine>> parseManifest(const QByteArray &text, QString *error)
{
    QList<ManifestLine> lines;
    QSet<QString> seen;
    int number = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++number;
        if (raw.isEmpty())
            continue;
        const auto fail = [&](const QString &reason) {
            *error = QCoreApplication::translate("Archive", "%1 line %2: %3")
                         .arg(ManifestName.toString(), QString::number(number), reason);
            return std::nullopt;
        };
        // sha256sum marks binary mode with '*' instead of the second space.
        if (raw.size() < 67 || raw.at(64) != ' ' || (raw.at(65) != ' ' && raw.at(65) != '*'))
            return fail(QCoreApplication::translate("Archive", "not '<sha256>  <path>'"));
        const QByteArray hash = raw.left(64).toLower();
        for (const char c : hash) {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                return fail(QCoreApplication::translate("Archive", "not a SHA-256 in hex"));
        }
        const QString path = QString::fromUtf8(raw.mid(66));
        if (const QString reason = unsafeNameReason(path); !reason.isEmpty())
            return fail(u"%1: %2"_s.arg(path, reason));
        if (seen.contains(path))
            return fail(QCoreApplication::translate("Archive", "%1 is listed twice").arg(path));
        seen.insert(path);
        lines.append({ path, hash });
    }
    return lines;
}

} // namespace Imprint::Archive
