// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Imprint
{

/// Every field a TagSet holds, in display order. The names (fieldName()) are stable: the CLI,
/// JSON reports and the later CSV exchange use them.
enum class TagField {
    Title,
    Version,
    Artists,
    Album,
    AlbumArtist,
    TrackNumber,
    TrackTotal,
    DiscNumber,
    DiscTotal,
    Date,
    Genre,
    Isrc,
    Barcode,
    Label,
    CatalogNumber,
    Bpm,
    Key,
    Composers,
    Lyricists,
    Credits,
    Musicians,
    ProducedNotice,
    Copyright,
    Explicit,
    Lyrics,
    Language,
    Cover,
};

/// Front cover art as stored in a file.
struct TagCover {
    QByteArray data;
    QString mimeType; ///< "image/jpeg" or "image/png"
    bool isEmpty() const { return data.isEmpty(); }
    friend bool operator==(const TagCover &, const TagCover &) = default;
};

/// The advisory flag of stores (iTunes "rtng"): unknown is "not stated", not "clean".
enum class ExplicitFlag { Unknown, Explicit, Clean };

/// The metadata Imprint writes into audio files, independent of the container: the adapters
/// in app/tags/ translate it to ID3v2, RIFF INFO, Vorbis comments or MP4 atoms.
///
/// A TagSet is the complete wanted state of the fields it knows: an empty field means "not in
/// the file". Tags Imprint does not know (comments, ReplayGain, encoder) are left alone by writers.
struct TagSet {
    QString title;
    QString version; ///< "Radio Edit", "Instrumental"…: ID3 TIT3, Vorbis VERSION
    QStringList artists;
    QString album;
    QString albumArtist;
    int trackNumber = 0, trackTotal = 0, discNumber = 0, discTotal = 0; ///< 0: not set
    QString date; ///< ISO 8601, "2026" or "2026-03-14"
    QString genre;
    QString isrc;
    QString barcode; ///< UPC/EAN of the release
    QString label;
    QString catalogNumber;
    int bpm = 0; ///< whole beats per minute (MP4 holds no fractions); 0: not set
    QString key; ///< musical key, "Am", "F#"
    QStringList composers;
    QStringList lyricists;
    /// Involved people by role (ID3 TIPL): keys from creditRoles(), in lower case.
    QMap<QString, QStringList> credits;
    /// Musicians by instrument (ID3 TMCL), instrument in lower case: {"guitar": ["Ana"]}.
    QMap<QString, QStringList> musicians;
    QString producedNotice; ///< ℗ line, "2026 Nova Lark"
    QString copyright; ///< © line
    ExplicitFlag explicitFlag = ExplicitFlag::Unknown;
    QString lyrics;
    QString language; ///< ISO 639-2, "eng"
    TagCover cover;

    friend bool operator==(const TagSet &, const TagSet &) = default;

    /// Trimmed text, no empty list entries or empty credit roles, lower-case role and
    /// instrument names: what a file reads back after a write.
    TagSet normalized() const;

    /// The field as one line of text (lists joined with "; ", credits as "role=Name; …",
    /// the cover as "image/png, 1234 bytes").
    QString text(TagField field) const;
    /// Sets a field from the text form text() gives (the cover cannot be set this way).
    /// Returns false with a reason for a malformed value.
    bool setText(TagField field, const QString &value, QString *reason);
};

/// A field whose value differs between two tag sets.
struct TagChange {
    TagField field;
    QString before, after; ///< TagSet::text() of each side
};

/// The fields that differ from `before` to `after`, in TagField order: the preview of a write.
QList<TagChange> diffTags(const TagSet &before, const TagSet &after);

/// "title", "trackNumber", "isrc", "cover"…
QString fieldName(TagField field);
/// The field called name (case-insensitive), or nullopt.
std::optional<TagField> fieldFromName(const QString &name);
QList<TagField> allTagFields();

/// The credit roles tags can carry across every container (TagLib/Picard names, lower case):
/// producer, engineer, mixer, arranger, djmixer, remixer, masteringengineer.
const QStringList &creditRoles();

} // namespace Imprint
