// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TemporaryCopies.h"

#include "Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Imprint::Tags::TemporaryCopies
{

namespace
{

#ifdef Q_OS_UNIX
int openForLock(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
}
#endif

// Removes one copy unless a writer holds it.
bool removeUnlessInUse(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = openForLock(path);
    if (fd < 0)
        return false;
    // A writer holds its copy locked until it is renamed into place or removed.
    const bool removed = ::flock(fd, LOCK_EX | LOCK_NB) == 0 && QFile::remove(path);
    ::close(fd);
    return removed;
#else
    return QFile::remove(path);
#endif
}

} // namespace

QString nameTemplate(const QFileInfo &target)
{
    return u".%1.imprint-XXXXXX.%2"_s.arg(target.completeBaseName(), target.suffix());
}

bool isCopyName(const QString &fileName)
{
    // QTemporaryFile fills XXXXXX with letters and digits.
    static const QRegularExpression pattern(u"^\\..*\\.imprint-[A-Za-z0-9]{6}\\.[^.]*$"_s);
    return pattern.match(fileName).hasMatch();
}

InUse::InUse(const QString &path)
{
#ifdef Q_OS_UNIX
    m_fd = openForLock(path);
    if (m_fd >= 0 && ::flock(m_fd, LOCK_EX) != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
#else
    Q_UNUSED(path)
#endif
}

InUse::~InUse()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

QStringList removeStale(const QString &folder, std::chrono::seconds minimumAge)
{
    QStringList removed;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-minimumAge.count());
    const QFileInfoList candidates = QDir(folder).entryInfoList(
        { u".*.imprint-*"_s }, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QFileInfo &info : candidates) {
        if (!isCopyName(info.fileName()) || info.lastModified(QTimeZone::UTC) > before)
            continue;
        if (removeUnlessInUse(info.absoluteFilePath())) {
            qCInfo(lcTags).noquote() << "removed the stale temporary copy" << info.absoluteFilePath();
            removed.append(info.absoluteFilePath());
        }
    }
    return removed;
}

} // namespace Imprint::Tags::TemporaryCopies
