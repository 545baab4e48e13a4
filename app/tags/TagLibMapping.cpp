// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TagLibMapping.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Imprint::Tags
{

namespace
{

// Keys whose values a TagSet owns. On write they are all removed first, so a field emptied in the
// TagSet disappears from the file instead of keeping a stale value.
const char *const OwnedKeys[] = { "TITLE", "SUBTITLE", "VERSION", "ARTIST", "ALBUM", "ALBUMARTIST",
    "TRACKNUMBER", "TRACKTOTAL", "TOTALTRACKS", "DISCNUMBER", "DISCTOTAL", "TOTALDISCS", "DATE", "GENRE",
    "ISRC", "BARCODE", "LABEL", "CATALOGNUMBER", "BPM", "INITIALKEY", "COMPOSER", "LYRICIST",
    "PRODUCEDNOTICE", "COPYRIGHT", "ITUNESADVISORY", "LYRICS", "LANGUAGE" };

const TagLib::String PerformerPrefix = "PERFORMER:";

QString first(const TagLib::PropertyMap &map, const TagLib::String &key)
{
    const TagLib::StringList values = map.value(key);
    return values.isEmpty() ? QString() : fromTagLib(values.front()).trimmed();
}

QStringList all(const TagLib::PropertyMap &map, const TagLib::String &key)
{
    QStringList list;
    for (const TagLib::String &value : map.value(key)) {
        const QString text = fromTagLib(value).trimmed();
        if (!text.isEmpty())
            list.append(text);
    }
    return list;
}

TagLib::StringList toList(const QStringList &values)
{
    TagLib::StringList list;
    for (const QString &value : values)
        list.append(toTagLib(value));
    return list;
}

// "3/12" → {3, 12}; "3" → {3, 0}
std::pair<int, int> numberPair(const QString &text)
{
    return { text.section(u'/', 0, 0).trimmed().toInt(), text.section(u'/', 1, 1).trimmed().toInt() };
}

void put(TagLib::PropertyMap &map, const char *key, const QString &value)
{
    if (!value.isEmpty())
        map.replace(key, TagLib::StringList(toTagLib(value)));
}

void put(TagLib::PropertyMap &map, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        map.replace(key, toList(values));
}

QString numberText(int number, int total)
{
    if (number <= 0 && total <= 0)
        return {};
    return total > 0 ? u"%1/%2"_s.arg(number).arg(total) : QString::number(number);
}

} // namespace

TagLib::String toTagLib(const QString &text)
{
    return TagLib::String(text.toStdString(), TagLib::String::UTF8);
}

QString fromTagLib(const TagLib::String &text)
{
    return QString::fromStdString(text.to8Bit(true));
}

TagSet tagsFromProperties(
    const TagLib::PropertyMap &map, const TagLib::List<TagLib::VariantMap> &pictures, KeyStyle style)
{
    TagSet tags;
    tags.title = first(map, "TITLE");
    tags.version = style == KeyStyle::Vorbis ? first(map, "VERSION") : QString();
    if (tags.version.isEmpty())
        tags.version = first(map, "SUBTITLE");
    tags.artists = all(map, "ARTIST");
    tags.album = first(map, "ALBUM");
    tags.albumArtist = first(map, "ALBUMARTIST");
    std::tie(tags.trackNumber, tags.trackTotal) = numberPair(first(map, "TRACKNUMBER"));
    std::tie(tags.discNumber, tags.discTotal) = numberPair(first(map, "DISCNUMBER"));
    // Vorbis keeps totals in fields of their own; two spellings are common.
    for (const char *key : { "TRACKTOTAL", "TOTALTRACKS" }) {
        if (tags.trackTotal == 0)
            tags.trackTotal = first(map, key).toInt();
    }
    for (const char *key : { "DISCTOTAL", "TOTALDISCS" }) {
        if (tags.discTotal == 0)
            tags.discTotal = first(map, key).toInt();
    }
    tags.date = first(map, "DATE");
    tags.genre = first(map, "GENRE");
    tags.isrc = first(map, "ISRC");
    tags.barcode = first(map, "BARCODE");
    tags.label = first(map, "LABEL");
    tags.catalogNumber = first(map, "CATALOGNUMBER");
    tags.bpm = qRound(first(map, "BPM").toDouble());
    tags.key = first(map, "INITIALKEY");
    tags.composers = all(map, "COMPOSER");
    tags.lyricists = all(map, "LYRICIST");
    for (const QString &role : creditRoles()) {
        const QStringList names = all(map, toTagLib(role.toUpper()));
        if (!names.isEmpty())
            tags.credits.insert(role, names);
    }
    if (style == KeyStyle::Mp4) {
        static const QRegularExpression nameAndInstrument(u"^(.+?)\\s*\\(([^()]+)\\)$"_s);
        for (const QString &value : all(map, "PERFORMER")) {
            const auto match = nameAndInstrument.match(value);
            if (match.hasMatch())
                tags.musicians[match.captured(2).trimmed().toLower()].append(match.captured(1).trimmed());
        }
    } else {
        for (const auto &[key, values] : map) {
            if (key.startsWith(PerformerPrefix) && key.size() > PerformerPrefix.size()) {
                const QString instrument = fromTagLib(key.substr(PerformerPrefix.size())).toLower();
                tags.musicians[instrument].append(all(map, key));
            }
        }
    }
    tags.producedNotice = first(map, "PRODUCEDNOTICE");
    tags.copyright = first(map, "COPYRIGHT");
    const int advisory = first(map, "ITUNESADVISORY").toInt();
    tags.explicitFlag = advisory == 1 || advisory == 4 ? ExplicitFlag::Explicit
        : advisory == 2                                ? ExplicitFlag::Clean
                                                       : ExplicitFlag::Unknown;
    tags.lyrics = first(map, "LYRICS");
    tags.language = first(map, "LANGUAGE");

    // The front cover, or the only picture there is.
    const TagLib::VariantMap *chosen = nullptr;
    for (const TagLib::VariantMap &picture : pictures) {
        if (!chosen || picture.value("pictureType").toString() == "Front Cover")
            chosen = &picture;
    }
    if (chosen) {
        const TagLib::ByteVector data = chosen->value("data").toByteVector();
        tags.cover.data = QByteArray(data.data(), qsizetype(data.size()));
        tags.cover.mimeType = fromTagLib(chosen->value("mimeType").toString());
    }
    return tags.normalized();
}

TagLib::PropertyMap mergedProperties(TagLib::PropertyMap map, const TagSet &wanted, KeyStyle style)
{
    const TagSet tags = wanted.normalized();
    for (const char *key : OwnedKeys)
        map.erase(key);
    for (const QString &role : creditRoles())
        map.erase(toTagLib(role.toUpper()));
    TagLib::StringList performerKeys;
    for (const auto &[key, values] : map) {
        if (key == "PERFORMER" ? style == KeyStyle::Mp4 : key.startsWith(PerformerPrefix))
            performerKeys.append(key);
    }
    for (const TagLib::String &key : performerKeys)
        map.erase(key);

    put(map, "TITLE", tags.title);
    put(map, style == KeyStyle::Vorbis ? "VERSION" : "SUBTITLE", tags.version);
    put(map, "ARTIST", tags.artists);
    put(map, "ALBUM", tags.album);
    put(map, "ALBUMARTIST", tags.albumArtist);
    if (style == KeyStyle::Vorbis) {
        put(map, "TRACKNUMBER", numberText(tags.trackNumber, 0));
        put(map, "TRACKTOTAL", numberText(tags.trackTotal, 0));
        put(map, "DISCNUMBER", numberText(tags.discNumber, 0));
        put(map, "DISCTOTAL", numberText(tags.discTotal, 0));
    } else {
        put(map, "TRACKNUMBER", numberText(tags.trackNumber, tags.trackTotal));
        put(map, "DISCNUMBER", numberText(tags.discNumber, tags.discTotal));
    }
    put(map, "DATE", tags.date);
    put(map, "GENRE", tags.genre);
    put(map, "ISRC", tags.isrc);
    put(map, "BARCODE", tags.barcode);
    put(map, "LABEL", tags.label);
    put(map, "CATALOGNUMBER", tags.catalogNumber);
    put(map, "BPM", tags.bpm > 0 ? QString::number(tags.bpm) : QString());
    put(map, "INITIALKEY", tags.key);
    put(map, "COMPOSER", tags.composers);
    put(map, "LYRICIST", tags.lyricists);
    for (auto it = tags.credits.cbegin(); it != tags.credits.cend(); ++it)
        map.replace(toTagLib(it.key().toUpper()), toList(it.value()));
    if (style == KeyStyle::Mp4) {
        QStringList performers;
        for (auto it = tags.musicians.cbegin(); it != tags.musicians.cend(); ++it) {
            for (const QString &name : it.value())
                performers.append(u"%1 (%2)"_s.arg(name, it.key()));
        }
        put(map, "PERFORMER", performers);
    } else {
        for (auto it = tags.musicians.cbegin(); it != tags.musicians.cend(); ++it)
            map.replace(PerformerPrefix + toTagLib(it.key().toUpper()), toList(it.value()));
    }
    put(map, "PRODUCEDNOTICE", tags.producedNotice);
    put(map, "COPYRIGHT", tags.copyright);
    if (tags.explicitFlag != ExplicitFlag::Unknown)
        put(map, "ITUNESADVISORY", tags.explicitFlag == ExplicitFlag::Explicit ? u"1"_s : u"2"_s);
    put(map, "LYRICS", tags.lyrics);
    put(map, "LANGUAGE", tags.language);
    return map;
}

TagLib::List<TagLib::VariantMap> picturesFor(const TagCover &cover)
{
    TagLib::List<TagLib::VariantMap> pictures;
    if (cover.isEmpty())
        return pictures;
    TagLib::VariantMap picture;
    picture.insert(
        "data", TagLib::ByteVector(cover.data.constData(), static_cast<unsigned>(cover.data.size())));
    picture.insert("mimeType", toTagLib(cover.mimeType));
    picture.insert("pictureType", TagLib::String("Front Cover"));
    picture.insert("description", TagLib::String());
    pictures.append(picture);
    return pictures;
}

} // namespace Imprint::Tags
