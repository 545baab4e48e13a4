// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

namespace Imprint::Platform
{

/// Gives the file from the name to in one step, replacing a file already called to: a reader
/// sees the old file or the new one, never a mix. Both must be on the same drive. False with
/// *reason set on failure (on Windows, also while another program holds to open without
/// allowing its removal). QFile::rename, by contrast, never replaces a file.
bool replaceFile(const QString &from, const QString &to, QString *reason);

} // namespace Imprint::Platform
