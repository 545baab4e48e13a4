// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/ImportedFile.h"

#include <QString>

namespace Imprint::Tags
{

/// Reads the tags (and the bit rate) with TagLib into file. False with a reason when TagLib
/// does not read the format or the file; the importer then takes the name as the title.
/// Audio properties come from the decoder (Audio::probeDecodable), not from here.
bool readTags(const QString &absolutePath, ImportedFile &file, QString *reason);

/// Reads tags and audio properties with TagLib into file (whose path fields the caller has
/// filled). Returns false with a reason a musician understands when the file is not audio,
/// is damaged, or reports impossible properties.
bool readAudioFile(const QString &absolutePath, ImportedFile &file, QString *reason);

/// The file name extensions (lower case, without dot) TagLib's reader is tried on by the fuzz
/// target; what is imported as audio is Audio::decoderTable()'s business.
const QStringList &audioExtensions();

} // namespace Imprint::Tags
