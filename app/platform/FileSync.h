// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

class QFile;

namespace Imprint::Platform
{

/// Asks the system to put an open file's data on the disk before returning, so a rename that
/// follows cannot leave an empty file under the new name after a power cut. False when the
/// system reports an error; on systems without such a call (none we build for) it does nothing.
bool syncFile(QFile &file);

/// The same for a file or folder given by path: a folder's entry list, after a rename into it.
void syncToDisk(const QString &path);

} // namespace Imprint::Platform
