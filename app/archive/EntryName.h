// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

namespace Imprint::Archive
{

/// The longest entry name accepted, in UTF-8 bytes: Linux's PATH_MAX. Longer names cannot be
/// created anyway, and checking them would cost time and memory an attacker chooses.
inline constexpr qsizetype MaxNameBytes = 4096;
/// The most folder levels an entry name may have; real packages use a handful.
inline constexpr qsizetype MaxNameDepth = 256;

/// Why an archive entry name must not be used as a relative path, or an empty string if it is
/// safe: absolute paths, drive letters, "." and ".." components, backslashes, empty components,
/// control characters, and names beyond MaxNameBytes or MaxNameDepth are all refused. A trailing
/// "/" (a directory entry) is allowed. Linear in the name's length.
QString unsafeNameReason(const QString &name);

/// name without its leading "./" components: `tar -C folder -cf pack.tar .` stores "./" and
/// "./a.wav", which mean the archive's root and "a.wav". "./" itself becomes empty; ".." and
/// "." further in are left for unsafeNameReason to refuse.
QString withoutLeadingDot(const QString &name);

/// name as it can be shown in a message: a hostile name of megabytes is cut to its start.
QString shownName(const QString &name);

/// Whether a link stored at linkName pointing at target stays inside the archive's root,
/// resolving the target against the link's folder without touching the disk.
bool linkStaysInside(const QString &linkName, const QString &target);

} // namespace Imprint::Archive
