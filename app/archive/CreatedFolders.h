// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QStringList>

namespace Imprint::Archive
{

/// Creates a folder and its missing parents, remembering which ones it created, so that an
/// operation that fails afterwards can take back exactly those and never a folder that was
/// there before.
class CreatedFolders
{
public:
    /// Like QDir::mkpath; false if a level cannot be created (the levels created stay recorded).
    bool create(const QString &path);

    /// Removes the recorded folders, deepest first. A folder something else wrote into meanwhile
    /// is not empty and stays, with its parents.
    void removeAll();

    QStringList created() const { return m_created; }

private:
    QStringList m_created; // absolute paths, shallowest first
};

} // namespace Imprint::Archive
