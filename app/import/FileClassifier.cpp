// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "FileClassifier.h"

#include "audio/DecoderTable.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Imprint::FileClassifier
{

std::optional<Classification> classify(const QString &relativePath)
{
    const QFileInfo info(relativePath);
    const QString suffix = info.suffix().toLower();
    if (suffix == u"jpg" || suffix == u"jpeg" || suffix == u"png")
        return Classification { ImportedFile::Kind::Artwork, {} };
    if (!Audio::audioFormatFor(relativePath))
        return std::nullopt;
    const QStringList folders = relativePath.split(u'/').mid(0, relativePath.count(u'/'));
    for (const QString &folder : folders) {
        if (folder.compare(u"stems"_s, Qt::CaseInsensitive) == 0)
            return Classification { ImportedFile::Kind::Stem, info.completeBaseName().toLower() };
    }
    return Classification { ImportedFile::Kind::Master, {} };
}

} // namespace Imprint::FileClassifier
