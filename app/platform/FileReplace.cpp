// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "FileReplace.h"

#include <QFile>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#endif

namespace Imprint::Platform
{

bool replaceFile(const QString &from, const QString &to, QString *reason)
{
#ifdef Q_OS_WIN
    // WRITE_THROUGH: the call returns once the new name is on the disk.
    if (::MoveFileExW(reinterpret_cast<const wchar_t *>(from.utf16()),
            reinterpret_cast<const wchar_t *>(to.utf16()),
            MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    if (reason)
        *reason = qt_error_string(int(::GetLastError()));
    return false;
#else
    // rename(2) replaces the target atomically, even while another program has it open.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    if (reason)
        *reason = qt_error_string(errno);
    return false;
#endif
}

} // namespace Imprint::Platform
