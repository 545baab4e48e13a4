// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

namespace Imprint
{

/// A release type as the user reads it, in their language: "single" → "Single", "ep" → "EP",
/// "album" → "Album", "compilation" → "Compilation". An unknown stored type is shown as it is.
QString releaseTypeName(const QString &type);

} // namespace Imprint
