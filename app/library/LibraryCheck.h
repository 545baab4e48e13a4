// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Imprint
{

struct LibraryCheckResult {
    QString folder; ///< the folder checked
    int total = 0; ///< files the catalog refers to
    int found = 0; ///< of those, in the folder at their stored relative path
    int verified = 0; ///< of the found, with the SHA-256 the catalog recorded for them
    QStringList missing; ///< relative paths not in the folder
    QStringList changed; ///< there, with another SHA-256 than recorded (edited since, or another file)
    QStringList unreadable; ///< "path: reason"
    bool cancelled = false;
    QString fatalError; ///< set when it could not run at all

    /// Every file there, none changed or unreadable, and the check ran to its end.
    bool ok() const
    {
        return fatalError.isEmpty() && !cancelled && missing.isEmpty() && changed.isEmpty()
            && unreadable.isEmpty();
    }
    /// Whether the folder holds any of the catalog's files: a library, not some other folder.
    bool looksLikeTheLibrary() const { return found > 0 || total == 0; }
    QString describe() const;
};

/// Whether a folder is this catalog's library (issue 16): every file the catalog refers to is
/// looked for at its relative path under the folder and, when the catalog recorded its SHA-256
/// (at analysis), hashed and compared, so a mount point that holds another library, an older
/// copy or half-synced files is told apart from the right one. A missing file is named, never
/// skipped. Blocking: run it off the GUI thread.
class LibraryCheck
{
public:
    using Progress = std::function<void(int done, int total, const QString &currentFile)>;

    explicit LibraryCheck(const CatalogStore &store);
    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }

    LibraryCheckResult run(const QString &folder, const std::atomic_bool &cancel);

private:
    CatalogStore m_store;
    Progress m_progress;
};

} // namespace Imprint
