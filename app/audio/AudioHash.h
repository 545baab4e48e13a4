// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Imprint::Audio
{

/// SHA-256 of every decoded frame (as 32-bit integers, so lossless formats hash exactly) together
/// with the sample rate and channel count. Streams the file in blocks: constant memory.
/// nullopt with a reason when libsndfile cannot open or fully decode the file; *unsupported
/// (if given) is set when libsndfile does not know the container at all. Formats the decoder
/// table gives to FFmpeg (M4A, MP3, WavPack…) hash FFmpeg's decoded float samples instead.
std::optional<QByteArray> decodedAudioHash(const QString &path, QString *reason, bool *unsupported = nullptr);

} // namespace Imprint::Audio
