// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/ImportedFile.h"

#include <QString>

#include <optional>

namespace Imprint::FileClassifier
{

struct Classification {
    ImportedFile::Kind kind = ImportedFile::Kind::Master;
    QString stemType;
};

/// What a file in an imported folder is, from its path relative to the folder: audio (a format
/// of Audio::decoderTable()) in a folder named "Stems" is a stem whose type is the file's base
/// name; other audio is a master; JPEG and PNG images are artwork. Nothing for anything else.
std::optional<Classification> classify(const QString &relativePath);

} // namespace Imprint::FileClassifier
