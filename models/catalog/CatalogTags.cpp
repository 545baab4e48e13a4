// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogTags.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::CatalogTags
{

namespace
{

ExplicitFlag explicitFlag(const QVariant &value)
{
    if (value.isNull())
        return ExplicitFlag::Unknown;
    return value.toInt() == 1 ? ExplicitFlag::Explicit : ExplicitFlag::Clean;
}

// DDEX-style credit roles → where tags keep them (ID3 TIPL roles, composer and lyricist frames).
void addCredit(TagSet &tags, const QString &role, const QString &name)
{
    if (role == u"Composer" || role == u"ComposerLyricist")
        tags.composers.append(name);
    if (role == u"Lyricist" || role == u"ComposerLyricist")
        tags.lyricists.append(name);
    static const QHash<QString, QString> tipl { { u"Producer"_s, u"producer"_s },
        { u"MixingEngineer"_s, u"mixer"_s }, { u"RecordingEngineer"_s, u"engineer"_s },
        { u"MasteringEngineer"_s, u"masteringengineer"_s }, { u"Arranger"_s, u"arranger"_s } };
    if (const auto it = tipl.constFind(role); it != tipl.constEnd())
        tags.credits[*it].append(name);
}

// The masters matching where (with :id bound when given), ordered by path, appended to result.
bool queryTargets(
    QSqlDatabase db, const QString &where, std::optional<qint64> id, QList<Target> &result, QString *error)
{
    QSqlQuery query(db);
    query.prepare(
        u"SELECT t.id, a.rel_path, t.title, t.version, t.display_artist, coalesce(t.isrc, ''), "
        "coalesce(t.genre, r.genre, ''), coalesce(t.bpm, 0), coalesce(t.musical_key, ''), "
        "coalesce(t.lyrics, ''), coalesce(t.language, r.language, ''), coalesce(t.explicit, r.explicit), "
        "coalesce(r.title, ''), coalesce(p.name, ''), coalesce(rt.disc_number, 0), "
        "coalesce(rt.track_number, 0), coalesce(r.upc, ''), coalesce(r.label, ''), "
        "coalesce(r.catalog_number, ''), coalesce(r.release_date, ''), coalesce(r.p_line, ''), "
        "coalesce(r.c_line, ''), "
        "(SELECT count(*) FROM release_tracks o WHERE o.release_id = r.id AND o.disc_number = "
        "rt.disc_number), "
        "(SELECT max(disc_number) FROM release_tracks o WHERE o.release_id = r.id), "
        "coalesce(a.audio_hash, ''), coalesce(a.content_hash, '') "
        "FROM assets a JOIN tracks t ON t.id = a.track_id "
        "LEFT JOIN release_tracks rt ON rt.track_id = t.id AND rt.release_id = "
        "    (SELECT min(release_id) FROM release_tracks WHERE track_id = t.id) "
        "LEFT JOIN releases r ON r.id = rt.release_id "
        "LEFT JOIN parties p ON p.id = r.primary_artist_id WHERE a.kind = 'master'"
        + where + u" ORDER BY a.rel_path"_s);
    if (id)
        query.bindValue(u":id"_s, *id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        Target target;
        target.trackId = query.value(0).toLongLong();
        target.relativePath = query.value(1).toString();
        TagSet &tags = target.tags;
        tags.title = query.value(2).toString();
        tags.version = query.value(3).toString();
        if (const QString artist = query.value(4).toString(); !artist.isEmpty())
            tags.artists = { artist };
        tags.isrc = query.value(5).toString();
        tags.genre = query.value(6).toString();
        tags.bpm = qRound(query.value(7).toDouble());
        tags.key = query.value(8).toString();
        tags.lyrics = query.value(9).toString();
        tags.language = query.value(10).toString();
        tags.explicitFlag = explicitFlag(query.value(11));
        tags.album = query.value(12).toString();
        tags.albumArtist = query.value(13).toString();
        tags.discNumber = query.value(14).toInt();
        tags.trackNumber = query.value(15).toInt();
        tags.barcode = query.value(16).toString();
        tags.label = query.value(17).toString();
        tags.catalogNumber = query.value(18).toString();
        tags.date = query.value(19).toString();
        tags.producedNotice = query.value(20).toString();
        tags.copyright = query.value(21).toString();
        if (tags.trackNumber > 0)
            tags.trackTotal = query.value(22).toInt();
        if (tags.discNumber > 0)
            tags.discTotal = query.value(23).toInt();
        target.audioHash = query.value(24).toString().toLatin1();
        target.contentHash = query.value(25).toString();
        result.append(std::move(target));
    }
    return true;
}

} // namespace

std::optional<QList<Target>> targets(QSqlDatabase db, const Selection &selection, QString *error)
{
    QList<Target> result;
    switch (selection.scope) {
    case Selection::Scope::All:
        if (!queryTargets(db, {}, std::nullopt, result, error))
            return std::nullopt;
        break;
    case Selection::Scope::Release:
        if (!queryTargets(db, u" AND r.id = :id"_s, selection.id, result, error))
            return std::nullopt;
        break;
    case Selection::Scope::Track:
        if (!queryTargets(db, u" AND t.id = :id"_s, selection.id, result, error))
            return std::nullopt;
        break;
    case Selection::Scope::Tracks: {
        // In chunks, so a selection of the whole table stays under SQLite's statement limits; the
        // ids are integers, so writing them into the statement is safe.
        constexpr qsizetype chunk = 500;
        QList<qint64> ids = selection.trackIds;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (qsizetype from = 0; from < ids.size(); from += chunk) {
            QStringList numbers;
            for (const qint64 id : ids.mid(from, chunk))
                numbers.append(QString::number(id));
            if (!queryTargets(
                    db, u" AND t.id IN (%1)"_s.arg(numbers.join(u',')), std::nullopt, result, error))
                return std::nullopt;
        }
        std::stable_sort(result.begin(), result.end(),
            [](const Target &a, const Target &b) { return a.relativePath < b.relativePath; });
        break;
    }
    }

    QSqlQuery credits(db);
    credits.prepare(u"SELECT c.role, p.name FROM credits c JOIN parties p ON p.id = c.party_id "
                    "WHERE c.track_id = ? ORDER BY c.position, c.id"_s);
    for (Target &target : result) {
        credits.addBindValue(target.trackId);
        if (!credits.exec()) {
            if (error)
                *error = credits.lastError().text();
            return std::nullopt;
        }
        while (credits.next())
            addCredit(target.tags, credits.value(0).toString(), credits.value(1).toString());
    }
    return result;
}

TagSet overlay(const TagSet &file, const TagSet &catalog)
{
    TagSet merged = file;
    for (const TagField field : allTagFields()) {
        if (field == TagField::Cover)
            continue;
        const QString value = catalog.text(field);
        QString reason;
        if (!value.isEmpty() && value != u"0"_s)
            merged.setText(field, value, &reason);
    }
    if (catalog.explicitFlag != ExplicitFlag::Unknown)
        merged.explicitFlag = catalog.explicitFlag;
    if (!catalog.cover.isEmpty())
        merged.cover = catalog.cover;
    return merged;
}

} // namespace Imprint::CatalogTags
