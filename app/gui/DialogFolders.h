// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

namespace Imprint::DialogFolders
{

/// Where a file dialog of this kind starts when it has no remembered folder: the user's Music
/// folder for audio ("import", "audio"), Pictures for "images", Downloads for stem packs
/// ("stems"), Documents for everything else;
/// the home folder when that one does not exist.
QString fallback(const QString &kind);

} // namespace Imprint::DialogFolders
