// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

// Shared by the container adapters only: TagSet <-> TagLib's unified property keys. TagLib maps
// these keys to ID3v2 frames (TIPL/TMCL, TXXX), Vorbis fields and MP4 atoms; what differs between
// families is captured by KeyStyle.

#include "tags/TagSet.h"

#include <taglib/tfile.h>
#include <taglib/tpropertymap.h>
#include <taglib/tvariant.h>

#include <QString>

namespace Imprint::Tags
{

enum class KeyStyle {
    Id3, ///< version in SUBTITLE (TIT3), "3/12" numbers, musicians as PERFORMER:<instrument>
    Vorbis, ///< version in VERSION, TRACKTOTAL/DISCTOTAL fields, musicians as PERFORMER:<instrument>
    Mp4, ///< like Id3, but musicians as PERFORMER values "Name (instrument)" (atoms have no sub-keys)
};

TagLib::String toTagLib(const QString &text);
QString fromTagLib(const TagLib::String &text);

/// The tags in a property map and picture list (TagLib's "PICTURE" complex property).
TagSet tagsFromProperties(
    const TagLib::PropertyMap &properties, const TagLib::List<TagLib::VariantMap> &pictures, KeyStyle style);

/// existing with every key a TagSet owns replaced by tags' values; unknown keys are kept.
TagLib::PropertyMap mergedProperties(TagLib::PropertyMap existing, const TagSet &tags, KeyStyle style);

TagLib::List<TagLib::VariantMap> picturesFor(const TagCover &cover);

/// Reads from a TagLib::File or TagLib::Tag (both have the same property interface).
template<class Target>
TagSet readTags(const Target &target, KeyStyle style)
{
    return tagsFromProperties(target.properties(), target.complexProperties("PICTURE"), style);
}

/// Applies tags to a TagLib::File or TagLib::Tag (without saving). False with a reason when the
/// format refuses a field.
template<class Target>
bool applyTags(Target &target, const TagSet &tags, KeyStyle style, QString *reason)
{
    const TagLib::PropertyMap rejected
        = target.setProperties(mergedProperties(target.properties(), tags, style));
    if (!rejected.isEmpty()) {
        *reason = QStringLiteral("the tag format cannot hold: %1")
                      .arg(fromTagLib(rejected.toString()).simplified());
        return false;
    }
    if (!target.setComplexProperties("PICTURE", picturesFor(tags.cover)) && !tags.cover.isEmpty()) {
        *reason = QStringLiteral("the tag format cannot hold the cover art");
        return false;
    }
    return true;
}

} // namespace Imprint::Tags
