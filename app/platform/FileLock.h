// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>
#include <QtGlobal>

namespace Imprint::Platform
{

/// An exclusive lock on an existing file, held while the object lives, that other processes
/// asking for the same lock respect; the system drops it when its holder is killed. It never
/// keeps anyone from reading, writing or removing the file. A symbolic link is not followed.
class FileLock
{
public:
    enum class Wait {
        UntilFree, ///< wait while another process holds the lock
        No, ///< give up at once when it is held
    };

    FileLock(const QString &path, Wait wait);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    /// False when the file could not be opened or (with Wait::No) another process holds it.
    bool isLocked() const { return m_handle != -1; }

private:
    qintptr m_handle = -1; // a file descriptor; a HANDLE on Windows
};

} // namespace Imprint::Platform
