// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "tags/TagSet.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Imprint::Tags
{

/// Reads and writes a TagSet in one container family. One implementation per family, each in its
/// own file; they are the only code that includes TagLib (besides the import reader).
/// Errors are reasons without the file name: the caller adds it.
class TagAdapter
{
public:
    virtual ~TagAdapter() = default;

    /// "WAV", "AIFF", "FLAC", "Ogg", "MP3", "M4A", "WavPack".
    virtual QString formatName() const = 0;
    virtual std::optional<TagSet> read(const QString &path, QString *reason) const = 0;
    /// Writes tags into path in place (the caller gives it a temporary copy).
    virtual bool write(const QString &path, const TagSet &tags, QString *reason) const = 0;
    /// A hash that changes if and only if the audio changes: by default the audio's identity as
    /// the catalog keeps it (Audio::audioHash, every decoded frame as a float, which holds 24 of a
    /// 32-bit integer sample's bits: a tag write never rewrites some bits of samples); M4A hashes
    /// its raw payload.
    virtual std::optional<QByteArray> audioHash(const QString &path, QString *reason) const;
    /// Whether audioHash() is that identity, so the catalog's hash can stand for the original's.
    virtual bool hashesAudioIdentity() const { return true; }

protected:
    TagAdapter() = default;
};

const TagAdapter &wavAdapter();
const TagAdapter &aiffAdapter();
const TagAdapter &flacAdapter();
const TagAdapter &oggAdapter();
const TagAdapter &mp3Adapter();
const TagAdapter &mp4Adapter();
const TagAdapter &wavPackAdapter();

/// The adapter for a file, chosen by its first bytes (so a misnamed file still gets the right
/// one), or nullptr with a reason for unknown and unsupported formats.
const TagAdapter *adapterFor(const QString &path, QString *reason);

} // namespace Imprint::Tags
