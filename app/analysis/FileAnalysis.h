// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "AnalysisResult.h"

#include <atomic>
#include <optional>

namespace Imprint
{

/// Decodes a file once, streaming, and measures everything in AnalysisResult. Runs on the
/// calling thread; call it from a worker. Returns nothing and sets *error ("<file>: <reason>")
/// when the file cannot be decoded to its end or when *cancel becomes true (checked per block).
std::optional<AnalysisResult> analyzeFile(
    const QString &path, const std::atomic_bool *cancel, QString *error);

} // namespace Imprint
