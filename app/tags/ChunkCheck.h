// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

namespace Imprint::Tags
{

enum class ChunkEndian { Little /* RIFF/WAV */, Big /* IFF/AIFF */ };

/// Walks the top-level chunks of a RIFF or AIFF file and refuses one whose chunks run past the
/// end. Both TagLib and libsndfile quietly clamp such a chunk, so a truncated WAV would otherwise
/// be tagged (and a tag appended where the header still claims audio) without a word.
bool checkChunks(const QString &path, ChunkEndian endian, QString *reason);

} // namespace Imprint::Tags
