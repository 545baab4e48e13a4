// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "FileLock.h"

#include <QFile>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace Imprint::Platform
{

#ifdef Q_OS_WIN

namespace
{

// Windows locks are mandatory for the bytes they cover, so the lock covers one byte far past
// any real file's end: the writer's own reads and writes through other handles go on.
constexpr DWORD LockOffsetHigh = 0x40000000;

OVERLAPPED lockPosition()
{
    OVERLAPPED position {};
    position.OffsetHigh = LockOffsetHigh;
    return position;
}

} // namespace

FileLock::FileLock(const QString &path, Wait wait)
{
    // Sharing everything, so the lock alone decides; the file can still be removed meanwhile.
    const HANDLE handle = ::CreateFileW(reinterpret_cast<const wchar_t *>(path.utf16()), GENERIC_READ,
        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
        FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return;
    OVERLAPPED position = lockPosition();
    const DWORD flags = LOCKFILE_EXCLUSIVE_LOCK | (wait == Wait::No ? LOCKFILE_FAIL_IMMEDIATELY : 0);
    if (!::LockFileEx(handle, flags, 0, 1, 0, &position)) {
        ::CloseHandle(handle);
        return;
    }
    m_handle = reinterpret_cast<qintptr>(handle);
}

FileLock::~FileLock()
{
    if (m_handle == -1)
        return;
    const auto handle = reinterpret_cast<HANDLE>(m_handle);
    OVERLAPPED position = lockPosition();
    ::UnlockFileEx(handle, 0, 1, 0, &position);
    ::CloseHandle(handle);
}

#else

FileLock::FileLock(const QString &path, Wait wait)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return;
    // flock, not fcntl: an fcntl lock would vanish when any descriptor of the file in this
    // process is closed, such as the writer's own.
    if (::flock(fd, LOCK_EX | (wait == Wait::No ? LOCK_NB : 0)) != 0) {
        ::close(fd);
        return;
    }
    m_handle = fd;
}

FileLock::~FileLock()
{
    if (m_handle != -1)
        ::close(int(m_handle));
}

#endif

} // namespace Imprint::Platform
