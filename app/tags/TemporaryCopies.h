// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "platform/FileLock.h"

#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Imprint::Tags::TemporaryCopies
{

/// The QTemporaryFile template of the hidden copy a file is tagged in, next to it:
/// ".NAME.imprint-XXXXXX.SUFFIX".
QString nameTemplate(const QFileInfo &target);

/// Whether a file name (without folder) is such a copy, so the importer never takes one.
bool isCopyName(const QString &fileName);

/// Marks a copy as being written for as long as it lives (a Platform::FileLock), so a cleanup
/// in another process leaves it alone. The system drops the lock of a killed writer.
class InUse
{
public:
    explicit InUse(const QString &path);
    ~InUse();
    InUse(const InUse &) = delete;
    InUse &operator=(const InUse &) = delete;

private:
    Platform::FileLock m_lock;
};

/// Copies that stay untouched this long and are not in use were left by a writer that was
/// killed. The age also covers the moment between creating a copy and locking it, and writers
/// of older Imprint versions that do not lock.
inline constexpr std::chrono::seconds staleAfter { 120 };

/// Removes the stale copies in folder (not its subfolders): Imprint's name, untouched for
/// minimumAge, not in use. Returns the removed paths.
QStringList removeStale(const QString &folder, std::chrono::seconds minimumAge = staleAfter);

} // namespace Imprint::Tags::TemporaryCopies
