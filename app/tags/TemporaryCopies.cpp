// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TemporaryCopies.h"

#include "Logging.h"
#include "platform/FileLock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Imprint::Tags::TemporaryCopies
{

namespace
{

// Removes one copy unless a writer holds it.
bool removeUnlessInUse(const QString &path)
{
    // A writer holds its copy locked until it is renamed into place or removed.
    const Platform::FileLock lock(path, Platform::FileLock::Wait::No);
    return lock.isLocked() && QFile::remove(path);
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
    : m_lock(path, Platform::FileLock::Wait::UntilFree)
{
}

InUse::~InUse() = default;

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
