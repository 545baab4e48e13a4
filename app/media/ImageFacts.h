// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "releases/ArtworkCheck.h"

namespace Imprint::Media
{

/// The image adapter (QtGui's QImageReader): format by content, never by the file name,
/// dimensions, colour model, and whether it decodes to its end. Blocking: call it off the GUI
/// thread.
ArtworkCheck::ImageFacts readImageFacts(const QString &path);

} // namespace Imprint::Media
