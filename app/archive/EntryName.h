// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

namespace Imprint::Archive
{

/// Why an archive entry name must not be used as a relative path, or an empty string if it is
/// safe: absolute paths, drive letters, "." and ".." components, backslashes, empty components and
/// control characters are all refused. A trailing "/" (a directory entry) is allowed.
QString unsafeNameReason(const QString &name);

/// Whether a link stored at linkName pointing at target stays inside the archive's root,
/// resolving the target against the link's folder without touching the disk.
bool linkStaysInside(const QString &linkName, const QString &target);

} // namespace Imprint::Archive
