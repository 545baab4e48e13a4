// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CreatedFolders.h"

#include <QDir>
#include <QFileInfo>

namespace Imprint::Archive
{

bool CreatedFolders::create(const QString &path)
{
    QStringList missing;
    for (QString level = QDir::cleanPath(QFileInfo(path).absoluteFilePath()); !QFileInfo::exists(level);
        level = QFileInfo(level).path())
        missing.prepend(level);
    for (const QString &level : std::as_const(missing)) {
        if (QDir().mkdir(level))
            m_created.append(level);
        else if (!QFileInfo(level).isDir())
            return false;
        // else created meanwhile by someone else: not ours to remove
    }
    return QFileInfo(path).isDir();
}

void CreatedFolders::removeAll()
{
    for (auto level = m_created.crbegin(); level != m_created.crend(); ++level) {
        if (!QDir().rmdir(*level))
            break; // not empty: its parents are not either
    }
    m_created.clear();
}

} // namespace Imprint::Archive
