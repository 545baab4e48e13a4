// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TagSet.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

constexpr std::array FieldNames {
    std::pair { TagField::Title, u"title" },
    std::pair { TagField::Version, u"version" },
    std::pair { TagField::Artists, u"artists" },
    std::pair { TagField::Album, u"album" },
    std::pair { TagField::AlbumArtist, u"albumArtist" },
    std::pair { TagField::TrackNumber, u"trackNumber" },
    std::pair { TagField::TrackTotal, u"trackTotal" },
    std::pair { TagField::DiscNumber, u"discNumber" },
    std::pair { TagField::DiscTotal, u"discTotal" },
    std::pair { TagField::Date, u"date" },
    std::pair { TagField::Genre, u"genre" },
    std::pair { TagField::Isrc, u"isrc" },
    std::pair { TagField::Barcode, u"barcode" },
    std::pair { TagField::Label, u"label" },
    std::pair { TagField::CatalogNumber, u"catalogNumber" },
    std::pair { TagField::Bpm, u"bpm" },
    std::pair { TagField::Key, u"key" },
    std::pair { TagField::Composers, u"composers" },
    std::pair { TagField::Lyricists, u"lyricists" },
    std::pair { TagField::Credits, u"credits" },
    std::pair { TagField::Musicians, u"musicians" },
    std::pair { TagField::ProducedNotice, u"producedNotice" },
    std::pair { TagField::Copyright, u"copyright" },
    std::pair { TagField::Explicit, u"explicit" },
    std::pair { TagField::Lyrics, u"lyrics" },
    std::pair { TagField::Language, u"language" },
    std::pair { TagField::Cover, u"cover" },
};

const auto ListSeparator = u"; "_s;

QStringList cleanList(const QStringList &values)
{
    QStringList clean;
    for (const QString &value : values) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty())
            clean.append(trimmed);
    }
    return clean;
}

QMap<QString, QStringList> cleanMap(const QMap<QString, QStringList> &map)
{
    QMap<QString, QStringList> clean;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QStringList names = cleanList(it.value());
        const QString key = it.key().trimmed().toLower();
        if (!key.isEmpty() && !names.isEmpty())
            clean[key].append(names);
    }
    return clean;
}

QString mapText(const QMap<QString, QStringList> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        for (const QString &name : it.value())
            parts.append(it.key() + u'=' + name);
    }
    return parts.join(ListSeparator);
}

bool parseMap(const QString &text, QMap<QString, QStringList> &map, QString *reason)
{
    QMap<QString, QStringList> parsed;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0) {
            *reason = u"expected role=Name, got \"%1\""_s.arg(part.trimmed());
            return false;
        }
        parsed[part.left(equals).trimmed().toLower()].append(part.mid(equals + 1).trimmed());
    }
    map = cleanMap(parsed);
    return true;
}

bool parseNumber(const QString &text, int &number, QString *reason)
{
    if (text.trimmed().isEmpty()) {
        number = 0;
        return true;
    }
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0) {
        *reason = u"expected a whole number, got \"%1\""_s.arg(text);
        return false;
    }
    number = value;
    return true;
}

QString numberText(int number)
{
    return number > 0 ? QString::number(number) : QString();
}

QString explicitText(ExplicitFlag flag)
{
    switch (flag) {
    case ExplicitFlag::Explicit:
        return u"explicit"_s;
    case ExplicitFlag::Clean:
        return u"clean"_s;
    case ExplicitFlag::Unknown:
        break;
    }
    return {};
}

} // namespace

TagSet TagSet::normalized() const
{
    TagSet n = *this;
    for (QString *text : { &n.title, &n.version, &n.album, &n.albumArtist, &n.date, &n.genre, &n.isrc,
             &n.barcode, &n.label, &n.catalogNumber, &n.key, &n.producedNotice, &n.copyright, &n.language })
        *text = text->trimmed();
    // Lyrics keep their inner line breaks; only the ends are noise.
    n.lyrics = n.lyrics.trimmed();
    n.artists = cleanList(n.artists);
    n.composers = cleanList(n.composers);
    n.lyricists = cleanList(n.lyricists);
    n.credits = cleanMap(n.credits);
    n.musicians = cleanMap(n.musicians);
    for (int *number : { &n.trackNumber, &n.trackTotal, &n.discNumber, &n.discTotal, &n.bpm })
        *number = qMax(0, *number);
    if (n.cover.isEmpty())
        n.cover = {};
    return n;
}

QString TagSet::text(TagField field) const
{
    switch (field) {
    case TagField::Title:
        return title;
    case TagField::Version:
        return version;
    case TagField::Artists:
        return artists.join(ListSeparator);
    case TagField::Album:
        return album;
    case TagField::AlbumArtist:
        return albumArtist;
    case TagField::TrackNumber:
        return numberText(trackNumber);
    case TagField::TrackTotal:
        return numberText(trackTotal);
    case TagField::DiscNumber:
        return numberText(discNumber);
    case TagField::DiscTotal:
        return numberText(discTotal);
    case TagField::Date:
        return date;
    case TagField::Genre:
        return genre;
    case TagField::Isrc:
        return isrc;
    case TagField::Barcode:
        return barcode;
    case TagField::Label:
        return label;
    case TagField::CatalogNumber:
        return catalogNumber;
    case TagField::Bpm:
        return numberText(bpm);
    case TagField::Key:
        return key;
    case TagField::Composers:
        return composers.join(ListSeparator);
    case TagField::Lyricists:
        return lyricists.join(ListSeparator);
    case TagField::Credits:
        return mapText(credits);
    case TagField::Musicians:
        return mapText(musicians);
    case TagField::ProducedNotice:
        return producedNotice;
    case TagField::Copyright:
        return copyright;
    case TagField::Explicit:
        return explicitText(explicitFlag);
    case TagField::Lyrics:
        return lyrics;
    case TagField::Language:
        return language;
    case TagField::Cover:
        return cover.isEmpty() ? QString() : u"%1, %2 bytes"_s.arg(cover.mimeType).arg(cover.data.size());
    }
    return {};
}

bool TagSet::setText(TagField field, const QString &value, QString *reason)
{
    const auto list = [&value] {
        return cleanList(value.split(u';'));
    };
    switch (field) {
    case TagField::Title:
        title = value;
        return true;
    case TagField::Version:
        version = value;
        return true;
    case TagField::Artists:
        artists = list();
        return true;
    case TagField::Album:
        album = value;
        return true;
    case TagField::AlbumArtist:
        albumArtist = value;
        return true;
    case TagField::TrackNumber:
        return parseNumber(value, trackNumber, reason);
    case TagField::TrackTotal:
        return parseNumber(value, trackTotal, reason);
    case TagField::DiscNumber:
        return parseNumber(value, discNumber, reason);
    case TagField::DiscTotal:
        return parseNumber(value, discTotal, reason);
    case TagField::Date:
        date = value;
        return true;
    case TagField::Genre:
        genre = value;
        return true;
    case TagField::Isrc:
        isrc = value;
        return true;
    case TagField::Barcode:
        barcode = value;
        return true;
    case TagField::Label:
        label = value;
        return true;
    case TagField::CatalogNumber:
        catalogNumber = value;
        return true;
    case TagField::Bpm:
        return parseNumber(value, bpm, reason);
    case TagField::Key:
        key = value;
        return true;
    case TagField::Composers:
        composers = list();
        return true;
    case TagField::Lyricists:
        lyricists = list();
        return true;
    case TagField::Credits: {
        QMap<QString, QStringList> parsed;
        if (!parseMap(value, parsed, reason))
            return false;
        for (auto it = parsed.cbegin(); it != parsed.cend(); ++it) {
            if (!creditRoles().contains(it.key())) {
                *reason
                    = u"unknown credit role \"%1\" (known: %2)"_s.arg(it.key(), creditRoles().join(u", "_s));
                return false;
            }
        }
        credits = parsed;
        return true;
    }
    case TagField::Musicians:
        return parseMap(value, musicians, reason);
    case TagField::ProducedNotice:
        producedNotice = value;
        return true;
    case TagField::Copyright:
        copyright = value;
        return true;
    case TagField::Explicit: {
        const QString flag = value.trimmed().toLower();
        if (flag == u"explicit" || flag == u"yes" || flag == u"1")
            explicitFlag = ExplicitFlag::Explicit;
        else if (flag == u"clean" || flag == u"no" || flag == u"0")
            explicitFlag = ExplicitFlag::Clean;
        else if (flag.isEmpty())
            explicitFlag = ExplicitFlag::Unknown;
        else {
            *reason = u"expected explicit, clean or nothing, got \"%1\""_s.arg(value);
            return false;
        }
        return true;
    }
    case TagField::Lyrics:
        lyrics = value;
        return true;
    case TagField::Language:
        language = value;
        return true;
    case TagField::Cover:
        *reason = u"the cover is set from an image file, not from text"_s;
        return false;
    }
    return false;
}

QList<TagChange> diffTags(const TagSet &before, const TagSet &after)
{
    QList<TagChange> changes;
    for (const TagField field : allTagFields()) {
        // The cover's text is only its size: compare the bytes.
        const bool differs = field == TagField::Cover ? before.cover != after.cover
                                                      : before.text(field) != after.text(field);
        if (differs)
            changes.append({ field, before.text(field), after.text(field) });
    }
    return changes;
}

QString fieldName(TagField field)
{
    for (const auto &[value, name] : FieldNames) {
        if (value == field)
            return QStringView(name).toString();
    }
    return {};
}

std::optional<TagField> fieldFromName(const QString &name)
{
    for (const auto &[value, fieldText] : FieldNames) {
        if (name.compare(QStringView(fieldText), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QList<TagField> allTagFields()
{
    QList<TagField> fields;
    for (const auto &entry : FieldNames)
        fields.append(entry.first);
    return fields;
}

const QStringList &creditRoles()
{
    static const QStringList roles { u"producer"_s, u"engineer"_s, u"mixer"_s, u"arranger"_s, u"djmixer"_s,
        u"remixer"_s, u"masteringengineer"_s };
    return roles;
}

} // namespace Imprint
