// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

namespace Imprint::Audio
{

/// Sends FFmpeg's log to the imprint.audio.decoder category instead of stderr. Idempotent and
/// thread-safe; FfmpegReader calls it before it opens a file.
void routeFfmpegLog();

} // namespace Imprint::Audio
