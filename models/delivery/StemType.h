// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>
#include <QStringList>

// Stem types of a stem pack (DESIGN.md §3: asset kind "stem" with a stem type), detected from the
// names AI tools and collaborators give their files: "03 - Lead Vox.wav", "Song_BV_2.flac",
// "SynthBass.wav", "Glass Harbour (Drums).wav".
namespace Imprint::StemType
{

/// Every type stemTypeForName() returns, in the order a mix engineer lists them.
QStringList all();

/// The stem type a file name stands for: one of all(). Case does not matter; spaces, "_", "-",
/// ".", brackets, "+" and camel case separate words; numbers (a track number, "Vox 2") are
/// ignored. When several words name a type, the last one wins, because the head noun comes last
/// ("Synth Bass" is bass, "Bass Drum" is drums, "Lead Guitar" is guitar). A folder in the path
/// is used when the file's own name says nothing ("Drums/Kick 1.wav" is drums via "kick", and
/// "Vocals/Take 3.wav" via the folder). "other" when nothing matches.
QString stemTypeForName(const QString &path);

} // namespace Imprint::StemType
