// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DialogFolders.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Imprint::DialogFolders
{

QString fallback(const QString &kind)
{
    QStandardPaths::StandardLocation location = QStandardPaths::DocumentsLocation;
    if (kind == "import"_L1 || kind == "audio"_L1)
        location = QStandardPaths::MusicLocation;
    else if (kind == "images"_L1)
        location = QStandardPaths::PicturesLocation;
    else if (kind == "stems"_L1) // packs sent by collaborators or AI tools arrive as downloads
        location = QStandardPaths::DownloadLocation;
    for (const QString &folder : QStandardPaths::standardLocations(location)) {
        if (QFileInfo(folder).isDir())
            return folder;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace Imprint::DialogFolders
