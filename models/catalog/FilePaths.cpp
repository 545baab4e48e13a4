// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "FilePaths.h"

#include <QDir>

namespace Imprint
{

QString FilePaths::name(const QUrl &url)
{
    return url.fileName(QUrl::FullyDecoded);
}

QString FilePaths::shown(const QUrl &url)
{
    if (url.isLocalFile())
        return QDir::toNativeSeparators(url.toLocalFile());
    return url.toDisplayString(QUrl::PreferLocalFile);
}

} // namespace Imprint
