// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// RightsQueries, the facts the readiness rules read: one track's, a list's (a release's), every
// track's, or every track's in parts (the rights page's reload, issue 18).
#include "RightsQueries.h"

#include "catalog/StringPool.h"
#include "quality/SharedQualityRows.h"
#include "rights/QualityVerdicts.h"

#include <QDir>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::RightsQueries
{

namespace
{

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// Which tracks a read covers: every track, one track, or the ids from first to last.
struct TrackRange {
    qint64 first = 0;
    qint64 last = 0;

    bool everything() const { return first == 0 && last == 0; }
    // A column's condition. Not "? = 0 OR column = ?": with that, SQLite cannot use the column's
    // index, and one track's facts cost a scan of the whole catalog.
    QString filter(const QString &column) const
    {
        if (everything())
            return u"1 = 1"_s; // PostgreSQL wants a boolean
        return first == last ? column + u" = ?"_s : column + u" BETWEEN ? AND ?"_s;
    }
};

// Runs sql row by row. Its placeholders, if any, are all the track filter (TrackRange::filter).
template<typename Row>
bool forEachRow(QSqlDatabase db, const QString &sql, TrackRange range, QString *error, Row &&row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // A statement the server refuses says why here (exec() would only say it has none).
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    const bool single = range.first == range.last;
    for (qsizetype i = 0, n = sql.count(u'?'); i < n; ++i)
        query.addBindValue(single || i % 2 == 0 ? range.first : range.last);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next())
        row(query);
    return true;
}

} // namespace

namespace
{

using Verdicts = QHash<qint64, QMap<QString, QString>>;

// The terms in force per (tool, plan, date) and the date each tool is known from: few distinct
// ones over a catalog, so each is looked up once, whatever part of the catalog needs it.
struct TermsLookup {
    QHash<QString, SharedFact<ToolTermsFact>> terms;
    QHash<QString, QDate> known;
};

// The facts of the tracks in range, but for their audio verdicts (addVerdicts). With only (sorted
// ids), the range's other tracks are skipped after the first query: no rows, documents or terms.
std::optional<QList<TrackFacts>> readFacts(QSqlDatabase db, const QString &libraryRoot, const QDate &today,
    TrackRange range, TermsLookup &lookup, QString *error, const QList<qint64> *only = nullptr)
{
    QList<TrackFacts> list;
    QHash<qint64, qsizetype> index;
    QHash<qint64, SharedFact<ReleaseFacts>> releases;
    StringPool pooled; // the texts that repeat over many tracks
    const auto trackFilter = [range](const QString &column) {
        return range.filter(column);
    };
    const auto each = [&](const QString &sql, auto &&row) {
        return forEachRow(db, sql, range, error, [&](QSqlQuery &q) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.cend())
                row(list[*it], q);
        });
    };

    const bool ok
        = forEachRow(db,
              u"SELECT t.id, t.title, t.version, coalesce(nullif(t.display_artist, ''), p.name, ''), "
              "coalesce(t.isrc, ''), coalesce(t.has_vocals, -1), coalesce(t.bpm, 0), coalesce(t.musical_key, "
              "''), "
              "coalesce(t.mood, ''), coalesce(w.id, 0), coalesce(w.title, ''), "
              "EXISTS (SELECT 1 FROM tracks o WHERE o.isrc = t.isrc AND o.id <> t.id) "
              "FROM tracks t LEFT JOIN parties p ON p.id = t.primary_artist_id LEFT JOIN works w ON w.id = "
              "t.work_id "
              "WHERE %1 ORDER BY t.id"_s.arg(trackFilter(u"t.id"_s)),
              range, error,
              [&](QSqlQuery &q) {
                  const qint64 trackId = q.value(0).toLongLong();
                  if (only && !std::binary_search(only->cbegin(), only->cend(), trackId))
                      return;
                  TrackFacts facts;
                  facts.today = today;
                  facts.trackId = trackId;
                  facts.title = q.value(1).toString();
                  facts.version = pooled(q.value(2).toString());
                  facts.artist = pooled(q.value(3).toString());
                  facts.isrc = q.value(4).toString();
                  facts.hasVocals = q.value(5).toInt();
                  facts.bpm = q.value(6).toDouble();
                  facts.key = pooled(q.value(7).toString());
                  facts.mood = pooled(q.value(8).toString());
                  facts.workId = q.value(9).toLongLong();
                  facts.hasWork = facts.workId != 0;
                  facts.workTitle = pooled(q.value(10).toString());
                  facts.isrcDuplicate = q.value(11).toBool();
                  index.insert(facts.trackId, list.size());
                  list.append(std::move(facts));
              })
        // Each release once (an album's tracks share it), then the earliest-dated release each
        // track is on (undated ones last).
        && forEachRow(db,
            u"SELECT r.id, r.title, coalesce(r.release_type, ''), coalesce(r.upc, ''), "
            "coalesce(r.release_date, ''), r.status, coalesce(r.label, ''), coalesce(r.genre, ''), "
            "coalesce(r.language, ''), coalesce(r.p_line, ''), coalesce(r.c_line, ''), "
            "coalesce(r.explicit, -1), coalesce(a.id, 0), coalesce(a.format, ''), coalesce(a.width, 0), "
            "coalesce(a.height, 0) FROM releases r LEFT JOIN assets a ON a.id = r.artwork_asset_id "
            "WHERE r.id IN (SELECT release_id FROM release_tracks WHERE %1)"_s.arg(
                trackFilter(u"track_id"_s)),
            range, error,
            [&](QSqlQuery &q) {
                releases.insert(q.value(0).toLongLong(),
                    ReleaseFacts { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), dateOf(q.value(4)), q.value(5).toString(),
                        q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                        q.value(9).toString(), q.value(10).toString(), q.value(11).toInt(),
                        q.value(12).toLongLong(), q.value(13).toString(), q.value(14).toInt(),
                        q.value(15).toInt() });
            })
        && each(u"SELECT rt.track_id, rt.release_id FROM release_tracks rt JOIN releases r ON r.id = "
                u"rt.release_id "
                "WHERE %1 ORDER BY rt.track_id, r.release_date IS NULL, r.release_date, r.id"_s.arg(
                    trackFilter(u"rt.track_id"_s)),
            [&](TrackFacts &f, QSqlQuery &q) {
                if (!f.release)
                    f.release = releases.value(q.value(1).toLongLong());
            })
        && each(u"SELECT c.track_id, c.party_id, p.name, c.role, c.ai_used FROM credits c "
                "JOIN parties p ON p.id = c.party_id WHERE %1 ORDER BY c.track_id, c.position, c.id"_s.arg(
                    trackFilter(u"c.track_id"_s)),
            [&pooled](TrackFacts &f, QSqlQuery &q) {
                f.credits.append({ q.value(1).toLongLong(), pooled(q.value(2).toString()),
                    pooled(q.value(3).toString()), q.value(4).toBool() });
            })
        && each(u"SELECT m.track_id, m.party_id, p.name, m.share_bp FROM master_shares m "
                "JOIN parties p ON p.id = m.party_id WHERE %1 ORDER BY m.track_id, p.name"_s.arg(
                    trackFilter(u"m.track_id"_s)),
            [&pooled](TrackFacts &f, QSqlQuery &q) {
                f.masterShares.append(
                    { q.value(1).toLongLong(), pooled(q.value(2).toString()), q.value(3).toInt() });
            })
        && each(
            u"SELECT t.id, s.party_id, p.name, s.role, s.share_bp, coalesce(p.pro, ''), coalesce(p.ipi, '') "
            "FROM tracks t JOIN work_shares s ON s.work_id = t.work_id JOIN parties p ON p.id = s.party_id "
            "WHERE %1 ORDER BY t.id, p.name, s.role"_s.arg(trackFilter(u"t.id"_s)),
            [&pooled](TrackFacts &f, QSqlQuery &q) {
                f.workShares.append(
                    { q.value(1).toLongLong(), pooled(q.value(2).toString()), pooled(q.value(3).toString()),
                        q.value(4).toInt(), pooled(q.value(5).toString()), pooled(q.value(6).toString()) });
            })
        && each(u"SELECT v.track_id, v.origin, v.tool, v.model_version, v.plan, "
                u"coalesce(v.paid_at_generation, -1), "
                "coalesce(v.generated_on, ''), v.song_id, v.prompt, coalesce(v.stems, ''), v.is_cover, "
                "v.voice_likeness, coalesce(v.voice_consent_asset_id, 0) "
                "FROM provenance v WHERE %1"_s.arg(trackFilter(u"v.track_id"_s)),
            [&pooled](TrackFacts &f, QSqlQuery &q) {
                ProvenanceFacts p;
                p.origin = pooled(q.value(1).toString());
                p.tool = pooled(q.value(2).toString());
                p.modelVersion = pooled(q.value(3).toString());
                p.plan = pooled(q.value(4).toString());
                p.paidAtGeneration = q.value(5).toInt();
                p.generatedOn = dateOf(q.value(6));
                p.songId = q.value(7).toString();
                p.prompt = q.value(8).toString();
                p.stems = pooled(q.value(9).toString());
                p.isCover = q.value(10).toBool();
                p.voiceLikeness = pooled(q.value(11).toString());
                p.voiceConsentAssetId = q.value(12).toLongLong();
                f.provenance = p;
            })
        && each(u"SELECT i.track_id, i.id, i.kind, i.description, coalesce(i.owner_party_id, 0), "
                "coalesce(p.name, ''), i.permission, coalesce(i.asset_id, 0), i.notes "
                "FROM provenance_inputs i LEFT JOIN parties p ON p.id = i.owner_party_id "
                "WHERE %1 ORDER BY i.track_id, i.id"_s.arg(trackFilter(u"i.track_id"_s)),
            [&pooled](TrackFacts &f, QSqlQuery &q) {
                f.inputs.append({ q.value(1).toLongLong(), pooled(q.value(2).toString()),
                    q.value(3).toString(), q.value(4).toLongLong(), pooled(q.value(5).toString()),
                    pooled(q.value(6).toString()), q.value(7).toLongLong(), q.value(8).toString() });
            })
        && each(u"SELECT h.track_id, h.element, coalesce(p.name, ''), "
                "coalesce((SELECT group_concat(e.asset_id) FROM contribution_evidence e WHERE "
                "e.contribution_id = h.id), ''), h.id, h.description "
                "FROM human_contributions h LEFT JOIN parties p ON p.id = h.party_id "
                "WHERE %1 ORDER BY h.track_id, h.id"_s.arg(trackFilter(u"h.track_id"_s)),
            [&pooled](TrackFacts &f, QSqlQuery &q) {
                ContributionFact c { pooled(q.value(1).toString()), pooled(q.value(2).toString()), {},
                    q.value(4).toLongLong(), q.value(5).toString() };
                const QStringList ids = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
                for (const QString &id : ids)
                    c.evidenceAssetIds.append(id.toLongLong());
                f.contributions.append(std::move(c));
            })
        && each(u"SELECT c.track_id, c.id, c.kind, c.status, coalesce(c.counterparty_id, 0), "
                u"coalesce(p.name, ''), "
                "coalesce(c.document_asset_id, 0), c.territory, coalesce(c.valid_from, ''), "
                "coalesce(c.valid_until, ''), c.notes FROM clearance_items c LEFT JOIN parties p ON p.id = "
                "c.counterparty_id "
                "WHERE %1 ORDER BY c.track_id, c.id"_s.arg(trackFilter(u"c.track_id"_s)),
            [&pooled](TrackFacts &f, QSqlQuery &q) {
                f.clearances.append({ q.value(1).toLongLong(), pooled(q.value(2).toString()),
                    pooled(q.value(3).toString()), q.value(4).toLongLong(), pooled(q.value(5).toString()),
                    q.value(6).toLongLong(), pooled(q.value(7).toString()), dateOf(q.value(8)),
                    dateOf(q.value(9)), q.value(10).toString() });
            })
        && each(u"SELECT track_id, kind, count(*) FROM assets WHERE (%1) AND kind <> "
                u"'document' "
                "GROUP BY track_id, kind"_s.arg(trackFilter(u"track_id"_s)),
            [](TrackFacts &f, QSqlQuery &q) {
                const QString kind = q.value(1).toString();
                const int count = q.value(2).toInt();
                if (kind == u"master")
                    f.hasMaster = count > 0;
                else if (kind == u"instrumental")
                    f.hasInstrumental = count > 0;
                else if (kind == u"stem")
                    f.stemCount = count;
                else if (kind == u"cutdown")
                    f.cutdownCount = count;
            })
        // An instrumental is also a recording made from this one whose version says so (its own
        // row, as distributors want it), as the audio checks count it (AnalysisRepository).
        && each(
            u"SELECT original_track_id FROM tracks WHERE lower(version) LIKE '%instrumental%' AND (%1)"_s.arg(
                trackFilter(u"original_track_id"_s)),
            [](TrackFacts &f, QSqlQuery &) { f.hasInstrumental = true; })
        // Every document a rights record of the track points at.
        && each(
            u"SELECT d.track_id, a.id, a.rel_path, a.size, a.mtime_ms, coalesce(a.content_hash, '') FROM ("
            "  SELECT track_id, document_asset_id AS asset_id FROM clearance_items WHERE %1 "
            "  UNION SELECT track_id, voice_consent_asset_id FROM provenance WHERE %1 "
            "  UNION SELECT track_id, asset_id FROM provenance_inputs WHERE %1 "
            "  UNION SELECT h.track_id, e.asset_id FROM contribution_evidence e "
            "        JOIN human_contributions h ON h.id = e.contribution_id WHERE %2) d "
            "JOIN assets a ON a.id = d.asset_id"_s.arg(
                trackFilter(u"track_id"_s), trackFilter(u"h.track_id"_s)),
            [&libraryRoot](TrackFacts &f, QSqlQuery &q) {
                DocumentFact document { q.value(1).toLongLong(), q.value(2).toString(), false, false };
                document.contentHash = q.value(5).toString();
                if (!libraryRoot.isEmpty())
                    checkDocument(QDir(libraryRoot).filePath(document.path), q.value(3).toLongLong(),
                        q.value(4).toLongLong(), &document);
                f.documents.insert(document.assetId, document);
            });
    if (!ok)
        return std::nullopt;

    QHash<QString, SharedFact<ToolTermsFact>> &terms = lookup.terms;
    QHash<QString, QDate> &known = lookup.known;
    for (TrackFacts &facts : list) {
        if (!facts.provenance || !facts.provenance->isAi() || facts.provenance->tool.isEmpty())
            continue;
        const ProvenanceFacts &p = *facts.provenance;
        if (!known.contains(p.tool))
            known.insert(p.tool, toolKnownSince(db, p.tool));
        facts.toolKnownSince = known.value(p.tool);
        if (p.plan.isEmpty() || !p.generatedOn.isValid())
            continue;
        const QString key = p.tool + u'\n' + p.plan + u'\n' + QString::number(p.generatedOn.toJulianDay());
        if (!terms.contains(key))
            terms.insert(key, termsInForce(db, p.tool, p.plan, p.generatedOn));
        facts.terms = terms.value(key);
    }

    return list;
}

// What the stored audio analyses say, for the rules that need the audio checks.
void addVerdicts(QList<TrackFacts> &list, const Verdicts &verdicts)
{
    for (TrackFacts &facts : list)
        facts.qualityVerdicts = verdicts.value(facts.trackId);
}

} // namespace

std::optional<QList<TrackFacts>> trackFacts(QSqlDatabase db, const QString &libraryRoot, const QDate &today,
    qint64 trackId, QString *error, SharedQualityRows *shared)
{
    const auto verdicts = QualityVerdicts::read(db, trackId, error, shared);
    if (!verdicts)
        return std::nullopt;
    TermsLookup lookup;
    auto list = readFacts(db, libraryRoot, today, TrackRange { trackId, trackId }, lookup, error);
    if (list)
        addVerdicts(*list, *verdicts);
    return list;
}

std::optional<QList<TrackFacts>> trackFactsOf(QSqlDatabase db, const QString &libraryRoot, const QDate &today,
    const QList<qint64> &trackIds, QString *error)
{
    // One read per run of ids: the rows of the tracks in a gap of a few ids are read and passed
    // over (cheaper than a read of their own), and a run spans a bounded number of ids (its
    // verdicts bind each id).
    constexpr qint64 gapAtMost = 32;
    constexpr qint64 spanAtMost = 1000;
    QList<qint64> sorted = trackIds;
    sorted.removeIf([](qint64 id) { return id <= 0; }); // a range from 0 to 0 is every track
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QHash<qint64, TrackFacts> byId;
    TermsLookup lookup;
    for (qsizetype start = 0, end = 0; start < sorted.size(); start = end) {
        end = start + 1;
        while (end < sorted.size() && sorted[end] - sorted[end - 1] <= gapAtMost
            && sorted[end] - sorted[start] < spanAtMost)
            ++end;
        const QList<qint64> wanted = sorted.mid(start, end - start);
        auto run = readFacts(db, libraryRoot, today, TrackRange { wanted.constFirst(), wanted.constLast() },
            lookup, error, &wanted);
        const auto verdicts = run ? QualityVerdicts::readOf(db, wanted, error) : std::nullopt;
        if (!verdicts)
            return std::nullopt;
        for (TrackFacts &facts : *run) {
            facts.qualityVerdicts = verdicts->value(facts.trackId);
            byId.insert(facts.trackId, std::move(facts));
        }
    }
    QList<TrackFacts> list;
    list.reserve(byId.size());
    for (const qint64 id : trackIds) {
        if (const auto it = byId.find(id); it != byId.end()) {
            list.append(std::move(*it));
            byId.erase(it);
        }
    }
    return list;
}

bool trackFactsInParts(QSqlDatabase db, const QString &libraryRoot, const QDate &today, qsizetype partSize,
    QString *error, SharedQualityRows *shared, const std::function<void(QList<TrackFacts> &&)> &take)
{
    // The audio verdicts come from the rows a quality reload reads alongside (shared), which are
    // read after the track table: parts are read meanwhile, and handed on once they are in. With
    // this many tracks waiting (a few KB each), the read takes those rows itself if nobody has
    // started them yet, and waits for them at twice as many in any case.
    constexpr qsizetype waitingAtMost = 32768;
    std::optional<Verdicts> verdicts;
    const auto readVerdicts = [&] {
        return (verdicts = QualityVerdicts::read(db, 0, error, shared)).has_value();
    };
    if (!shared && !readVerdicts())
        return false;
    QList<qint64> ids;
    if (!forEachRow(db, u"SELECT id FROM tracks ORDER BY id"_s, {}, error,
            [&ids](QSqlQuery &q) { ids.append(q.value(0).toLongLong()); }))
        return false;
    partSize = std::max<qsizetype>(partSize, 1);
    TermsLookup lookup;
    QList<QList<TrackFacts>> waiting;
    qsizetype waitingTracks = 0;
    for (qsizetype start = 0; start < ids.size(); start += partSize) {
        const TrackRange range { ids[start], ids[std::min(start + partSize, ids.size()) - 1] };
        auto part = readFacts(db, libraryRoot, today, range, lookup, error);
        if (!part)
            return false;
        waitingTracks += part->size();
        waiting.append(std::move(*part));
        if (!verdicts) { // so shared is there
            const bool last = start + partSize >= ids.size();
            const bool full = waitingTracks >= (shared->isStarted() ? 2 * waitingAtMost : waitingAtMost);
            if ((last || full || shared->isReady()) && !readVerdicts())
                return false;
        }
        if (verdicts) {
            for (QList<TrackFacts> &facts : waiting) {
                addVerdicts(facts, *verdicts);
                take(std::move(facts));
            }
            waiting.clear();
            waitingTracks = 0;
        }
    }
    return true;
}

} // namespace Imprint::RightsQueries
