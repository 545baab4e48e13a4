// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

// A minimal TagLib adapter used by the demo generator (the full tag editor lives elsewhere).
namespace Imprint::Tags
{

struct BasicTags {
    QString title, version, artist, album, albumArtist, genre, isrc, releaseType, label;
    int trackNumber = 0, discNumber = 0, year = 0;
};

// Writes the non-empty fields (and numbers > 0) through TagLib's property interface, replacing those
// keys and leaving other tags alone. The version goes to VERSION in Vorbis comments (FLAC, Ogg) and to
// SUBTITLE (ID3v2 TIT3) everywhere else. WAV files get an ID3v2 tag (their RIFF INFO chunk is kept as
// it is). Returns false and sets *error ("<file>: <reason>") when the file cannot be opened or saved.
bool writeBasicTags(const QString &path, const BasicTags &tags, QString *error);

} // namespace Imprint::Tags
