// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

namespace Imprint
{

/// What a scan learned about one file: where it is, what it is, its tags and properties.
struct ImportedFile {
    enum class Kind { Master, Stem, Artwork };

    QString relativePath; ///< relative to the library root
    qint64 size = 0;
    qint64 mtimeMs = 0;
    Kind kind = Kind::Master;
    QString stemType; ///< for stems: drums, bass, vocals…

    // tags
    QString title;
    QString version;
    QString artist;
    QString album;
    QString albumArtist;
    QString genre;
    QString isrc;
    QString label;
    QString releaseType; ///< single, ep, album, compilation; empty when not tagged
    int trackNumber = 0;
    int discNumber = 0;
    int year = 0;

    // audio properties (0 when unknown)
    QString format; ///< FLAC, WAV, AIFF, MP3, M4A, OGG, OPUS; JPEG, PNG for artwork
    int sampleRate = 0;
    int channels = 0;
    int bitDepth = 0;
    int bitrateKbps = 0;
    qint64 durationMs = 0;

    // what identifies the audio whatever the file is called or tagged (empty when unknown)
    QString audioHash; ///< XXH3-128 (hex) of the decoded samples: a moved file is found by it
    /// The same of its first seconds, with its length where exact (Audio::ProbeResult::audioKey):
    /// made by every import, it finds a moved file that was never analysed.
    QString audioKey;

    /// Only its time is new: its bytes hash to what the catalog recorded (copied or restored
    /// without times). writeBatch() records the time and keeps everything else, analysis too.
    bool sameBytes = false;

    // artwork
    int width = 0;
    int height = 0;
};

/// Size and modification time recorded for a file, to skip unchanged files on re-import.
struct FileStamp {
    qint64 size = 0;
    qint64 mtimeMs = 0;
    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

/// A file the catalog knows: its stamp, and the SHA-256 (hex) of its bytes once an analysis
/// hashed them (empty before).
struct KnownFile {
    FileStamp stamp;
    QString contentHash;
};

} // namespace Imprint
