// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/ImportedFile.h"

#include <QString>

namespace Imprint::Tags
{

/// Reads tags and audio properties with TagLib into file (whose path fields the caller has
/// filled). Returns false with a reason a musician understands when the file is not audio,
/// is damaged, or reports impossible properties.
bool readAudioFile(const QString &absolutePath, ImportedFile &file, QString *reason);

/// The file name extensions (lower case, without dot) readAudioFile understands.
const QStringList &audioExtensions();

} // namespace Imprint::Tags
