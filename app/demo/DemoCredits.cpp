// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DemoCredits.h"

#include "catalog/PartyQueries.h"
#include "credits/CreditQueries.h"
#include "identifiers/Isni.h"
#include "identifiers/Iswc.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::Demo
{

namespace
{

struct DemoParty {
    QStringView name;
    QStringView sortName;
    QStringView isniDigits; ///< 15 digits; the check character is computed
    QStringView ipi;
    QStringView pro;
};

// Invented people and companies; their identifiers are well-formed but belong to nobody.
constexpr DemoParty demoParties[] = {
    { u"Ilo Park", u"Park, Ilo", u"000000049182736", u"00731925846", u"PRS" },
    { u"Tessa Quill", u"Quill, Tessa", u"000000046372819", u"00528193746", u"GEMA" },
    { u"Juno", u"", u"", u"", u"" },
    { u"Sable Audio", u"", u"", u"", u"" },
};

struct DemoWriter {
    QStringView party;
    QStringView role;
    int basisPoints;
};

struct DemoWork {
    QStringView title;
    QStringView iswcDigits; ///< 9 digits, or empty: the check digit is computed
    QList<DemoWriter> writers;
};

QList<DemoWork> demoWorks()
{
    return {
        { u"Glass Harbour", u"172645390",
            { { u"Nova Lark", u"Composer", 5000 }, { u"Tessa Quill", u"Lyricist", 3000 },
                { u"Ilo Park", u"Composer", 2000 } } },
        { u"Harbour Lights", u"172645391",
            { { u"Mara Vell", u"ComposerLyricist", 6000 }, { u"Ilo Park", u"Composer", 4000 } } },
        { u"Paper Satellites", u"",
            { { u"Mara Vell", u"ComposerLyricist", 5000 }, { u"Juno", u"Lyricist", 2500 },
                { u"Ilo Park", u"Composer", 2500 } } },
    };
}

struct Track {
    qint64 id;
    QString title;
    QString version;
    QString artist; ///< the release's primary artist's name
};

std::optional<QList<Track>> tracksOf(QSqlDatabase db, const QString &release, QString *error)
{
    QSqlQuery query(db);
    // The release's artist is the main artist ("Mara Vell", not the track's "Mara Vell feat. Juno").
    query.prepare(u"SELECT t.id, t.title, t.version, coalesce(rp.name, p.name, '') FROM releases r "
                  "JOIN release_tracks rt ON rt.release_id = r.id JOIN tracks t ON t.id = rt.track_id "
                  "LEFT JOIN parties p ON p.id = t.primary_artist_id "
                  "LEFT JOIN parties rp ON rp.id = r.primary_artist_id WHERE r.title = ? "
                  "ORDER BY rt.disc_number, rt.track_number"_s);
    query.addBindValue(release);
    if (!query.exec()) {
        *error = release;
        return std::nullopt;
    }
    QList<Track> tracks;
    while (query.next())
        tracks.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString() });
    return tracks;
}

bool creditRelease(QSqlDatabase db, const QString &release, QString *error)
{
    const auto tracks = tracksOf(db, release, error);
    if (!tracks)
        return false;
    const bool single = release == u"Glass Harbour";
    for (const Track &track : *tracks) {
        if (track.artist.isEmpty())
            continue;
        QList<CreditRow> credits { { 0, track.artist, u"MainArtist"_s, {}, false } };
        if (track.title == u"Paper Satellites")
            credits.append({ 0, u"Juno"_s, u"FeaturedArtist"_s, {}, false });
        credits.append({ 0, u"Ilo Park"_s, u"Producer"_s, {}, false });
        if (single) {
            // The single's synth parts were generated with an AI tool and the vocal is sung.
            credits.append({ 0, track.artist, u"Vocalist"_s, {}, false });
            credits.append({ 0, u"Ilo Park"_s, u"Musician"_s, u"Synthesizer"_s, true });
        }
        credits.append({ 0, u"Sable Audio"_s, u"MasteringEngineer"_s, {}, false });
        if (!CreditQueries::replaceCredits(db, track.id, credits, error))
            return false;
        const QList<ShareRow> shares = single
            ? QList<ShareRow> { { 0, track.artist, {}, 7000 }, { 0, u"Ilo Park"_s, {}, 3000 } }
            : QList<ShareRow> { { 0, track.artist, {}, 10000 } };
        if (!CreditQueries::replaceMasterShares(db, track.id, shares, error))
            return false;
    }
    return true;
}

} // namespace

bool creditDemoCatalog(const CatalogStore &store, QString *error)
{
    QSqlDatabase db = store.connection(error);
    if (!db.isValid())
        return false;
    for (const DemoParty &party : demoParties) {
        const qint64 id = PartyQueries::findOrCreate(db, party.name.toString(), error);
        if (id == 0)
            return false;
        QString isni;
        if (!party.isniDigits.isEmpty())
            isni = party.isniDigits.toString() + Isni::checkCharacter(party.isniDigits);
        const std::pair<QString, QString> fields[] = { { u"sortName"_s, party.sortName.toString() },
            { u"isni"_s, isni }, { u"ipi"_s, party.ipi.toString() }, { u"pro"_s, party.pro.toString() } };
        for (const auto &[field, value] : fields) {
            if (!CreditQueries::updatePartyField(db, id, field, value, error))
                return false;
        }
    }
    for (const QString &release : { u"Glass Harbour"_s, u"Tidal Memory"_s }) {
        if (!creditRelease(db, release, error))
            return false;
    }
    for (const DemoWork &work : demoWorks()) {
        const qint64 id = CreditQueries::createWork(db, work.title.toString(), error);
        if (id == 0)
            return false;
        if (!work.iswcDigits.isEmpty()) {
            const QString iswc
                = u"T"_s + work.iswcDigits.toString() + QString::number(Iswc::checkDigit(work.iswcDigits));
            if (!CreditQueries::updateWorkField(db, id, u"iswc"_s, iswc, error))
                return false;
        }
        QList<ShareRow> shares;
        for (const DemoWriter &writer : work.writers)
            shares.append({ 0, writer.party.toString(), writer.role.toString(), writer.basisPoints });
        if (!CreditQueries::replaceWorkShares(db, id, shares, error))
            return false;
        // Every recording of the title (original, instrumental, radio edit) records the work.
        QSqlQuery query(db);
        query.prepare(u"UPDATE tracks SET work_id = ? WHERE title = ?"_s);
        query.addBindValue(id);
        query.addBindValue(work.title.toString());
        if (!query.exec()) {
            *error = work.title.toString();
            return false;
        }
    }
    // Versions (an instrumental, a radio edit) are made from the recording without a version
    // name of the same title and artist.
    QSqlQuery versions(db);
    if (!versions.exec(u"UPDATE tracks SET original_track_id = (SELECT o.id FROM tracks o "
                       "WHERE o.title = tracks.title AND o.primary_artist_id IS tracks.primary_artist_id "
                       "AND o.version = '' ORDER BY o.id LIMIT 1) "
                       "WHERE version <> '' AND original_track_id IS NULL"_s)) {
        *error = versions.lastError().text();
        return false;
    }
    return true;
}

} // namespace Imprint::Demo
