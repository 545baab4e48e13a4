// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Imprint::Audio
{

/// Which library decodes a file.
enum class Backend { Sndfile, Ffmpeg };

/// One row of the decoder table: the audio files Imprint imports and checks, by file name
/// extension. libsndfile decodes what it reads; FFmpeg decodes the rest, and also what
/// libsndfile turns down in a libsndfile row (a WAV holding an encoding it lacks).
struct AudioFormat {
    QString extension; ///< lower case, without the dot
    QString name; ///< "WAV", "M4A", "WavPack", …
    Backend backend = Backend::Sndfile;
};

const QList<AudioFormat> &decoderTable();

/// The row for a file name, by its extension (any case); nothing for files that are not audio.
std::optional<AudioFormat> audioFormatFor(const QString &fileName);

/// Every extension of the table, lower case, for file dialogs and messages.
QStringList audioExtensions();

} // namespace Imprint::Audio
