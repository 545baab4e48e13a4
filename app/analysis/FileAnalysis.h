// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "AnalysisResult.h"

#include <atomic>
#include <optional>

namespace Imprint
{

/// What an analysis also makes, in the same decode, to identify the audio (issue 15): nothing for
/// a file outside the catalog, the hash of its samples for any catalogued file (a moved file is
/// found by it), and the acoustic fingerprint too for masters and mixes (likely duplicates).
enum class AudioIdentityParts { None, Hash, HashAndFingerprint };

/// Decodes a file once, streaming, and measures everything in AnalysisResult. Runs on the
/// calling thread; call it from a worker. Returns nothing and sets *error ("<file>: <reason>")
/// when the file cannot be decoded to its end or when *cancel becomes true (checked per block).
std::optional<AnalysisResult> analyzeFile(const QString &path, const std::atomic_bool *cancel, QString *error,
    AudioIdentityParts identity = AudioIdentityParts::None);

} // namespace Imprint
