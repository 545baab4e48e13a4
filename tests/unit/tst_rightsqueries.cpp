// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TestCatalog.h"
#include "quality/AnalysisRepository.h"
#include "quality/SharedQualityRows.h"
#include "rights/ClearanceBoardModel.h"
#include "rights/Readiness.h"
#include "rights/RightsQueries.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

const QDate today(2026, 3, 2);

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    qWarning() << sql << query.lastError().text();
    return false;
}

// A document under the library root, registered as an asset with its real size and time.
qint64 addDocument(const CatalogStore &store, const QString &root, const QString &relPath, qint64 trackId)
{
    QDir(root).mkpath(QFileInfo(relPath).path());
    QFile file(QDir(root).filePath(relPath));
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write("%PDF-1.4 signed " + relPath.toUtf8());
    file.close();
    const QFileInfo info(file.fileName());
    QSqlQuery query(store.connection());
    query.prepare(u"INSERT INTO assets(rel_path, kind, track_id, size, mtime_ms, format) "
                  "VALUES (?, 'document', ?, ?, ?, 'PDF')"_s);
    query.addBindValue(relPath);
    query.addBindValue(trackId);
    query.addBindValue(info.size());
    query.addBindValue(info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch());
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

// Masters measured, every third a FLAC where a sync library wants WAV: verdicts that differ
// from track to track.
bool measureMasters(QSqlDatabase db)
{
    QSqlQuery masters(db);
    if (!masters.exec(u"SELECT id FROM assets WHERE kind = 'master' ORDER BY track_id"_s))
        return false;
    QList<AnalysisRecord> records;
    while (masters.next()) {
        AnalysisRecord record = Test::deliverableAnalysis(masters.value(0).toLongLong());
        if (records.size() % 3 == 0)
            record.facts.container = u"FLAC"_s;
        records.append(record);
    }
    QString error;
    if (AnalysisRepository::save(db, records, &error))
        return true;
    qWarning() << error;
    return false;
}

qint64 trackId(const CatalogStore &store, const QString &title)
{
    QSqlQuery query(store.connection());
    query.prepare(u"SELECT id FROM tracks WHERE title = ?"_s);
    query.addBindValue(title);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

// The catalog of the golden test: generated tracks plus rights facts that exercise each use.
bool fillRights(const CatalogStore &store, const QString &root)
{
    QSqlDatabase db = store.connection();
    const qint64 song1 = trackId(store, u"Song 1"_s), song2 = trackId(store, u"Song 2"_s),
                 song3 = trackId(store, u"Song 3"_s), song5 = trackId(store, u"Song 5"_s),
                 song6 = trackId(store, u"Song 6"_s), song9 = trackId(store, u"Song 9"_s);
    if (!song1 || !song2 || !song3 || !song5 || !song6 || !song9)
        return false;
    const auto sql = [&](const QString &text) {
        return exec(db,
            QString(text)
                .replace(u"$1"_s, QString::number(song1))
                .replace(u"$2"_s, QString::number(song2))
                .replace(u"$3"_s, QString::number(song3))
                .replace(u"$5"_s, QString::number(song5))
                .replace(u"$6"_s, QString::number(song6))
                .replace(u"$9"_s, QString::number(song9)));
    };
    bool ok
        = sql(u"INSERT INTO parties(id, name, pro, ipi) VALUES (101, 'Mara Vell', 'GEMA', '00014107338'), "
              "(102, 'Vell Songs', 'GEMA', '00014107339'), (103, 'Suno', NULL, NULL), "
              "(104, 'Loop Co', NULL, NULL)"_s)
        // Song 1: generated on Suno's free plan, so not for streaming.
        && sql(u"INSERT INTO provenance(track_id, origin, tool, plan, paid_at_generation, generated_on) "
               "VALUES ($1, 'ai_generated', 'Suno', 'Basic (free)', 0, '2025-02-01')"_s)
        // Song 2: human, with a sample still pending.
        && sql(u"INSERT INTO provenance(track_id, origin) VALUES ($2, 'human')"_s)
        && sql(u"INSERT INTO clearance_items(track_id, kind, counterparty_id, status, valid_until) "
               "VALUES ($2, 'sample', 104, 'pending', '2026-03-20')"_s)
        // Song 5: Udio after its terms changed; Song 6: a date before the tool existed.
        && sql(u"INSERT INTO provenance(track_id, origin, tool, plan, generated_on) "
               "VALUES ($5, 'ai_assisted', 'Udio', 'Standard', '2025-11-05'), "
               "($6, 'ai_assisted', 'Suno', 'Pro', '2021-06-01')"_s)
        // Song 3: documented as far as the catalog can tell; only the audio checks are missing.
        && sql(u"UPDATE tracks SET has_vocals = 1, bpm = 96, musical_key = 'A minor', mood = 'wistful' "
               "WHERE id = $3"_s)
        && sql(u"INSERT INTO works(id, title, iswc) VALUES (201, 'Song 3', 'T-034.524.680-1')"_s)
        && sql(u"UPDATE tracks SET work_id = 201 WHERE id = $3"_s)
        && sql(u"INSERT INTO work_shares(work_id, party_id, role, share_bp) VALUES "
               "(201, 101, 'ComposerLyricist', 5000), (201, 102, 'OriginalPublisher', 5000)"_s)
        && sql(u"INSERT INTO credits(track_id, party_id, role, ai_used) VALUES ($3, 101, 'MainArtist', 0), "
               "($3, 103, 'Vocalist', 1)"_s)
        && sql(u"INSERT INTO master_shares(track_id, party_id, share_bp) VALUES ($3, 101, 10000)"_s)
        && sql(u"INSERT INTO provenance(track_id, origin, tool, model_version, plan, paid_at_generation, "
               "generated_on, song_id, prompt, stems) VALUES ($3, 'ai_assisted', 'Suno', 'v4.5', 'Pro', 1, "
               "'2025-06-01', 'a1b2', 'wistful synth ballad', 'native')"_s)
        && sql(u"INSERT INTO assets(id, rel_path, kind, track_id, size, mtime_ms) VALUES "
               "(301, 'Mara Vell/Tidal Memory/Song 3 (Instrumental).flac', 'instrumental', $3, 1, 1), "
               "(302, 'Mara Vell/Tidal Memory/Stems/drums.wav', 'stem', $3, 1, 1), "
               "(303, 'Mara Vell/Tidal Memory/cover.jpg', 'artwork', NULL, 1, 1)"_s)
        && sql(u"UPDATE assets SET format = 'JPEG', width = 3000, height = 3000 WHERE id = 303"_s)
        && sql(
            u"UPDATE releases SET upc = '4006381333931', release_date = '2026-05-01', label = 'Tidewater', "
            "genre = 'Electronic', language = 'en', p_line = '℗ 2026 Tidewater', "
            "c_line = '© 2026 Tidewater', explicit = 0, artwork_asset_id = 303 WHERE title = 'Tidal Memory'"_s);
    if (!ok)
        return false;
    const qint64 splitSheet = addDocument(store, root, u"Documents/split-sheet.pdf"_s, song3);
    const qint64 agreement = addDocument(store, root, u"Documents/master-agreement.pdf"_s, song3);
    const qint64 drafts = addDocument(store, root, u"Documents/lyric-drafts.pdf"_s, song3);
    // Song 9: a licence whose document was edited after it was attached.
    const qint64 edited = addDocument(store, root, u"Documents/song9-licence.pdf"_s, song9);
    ok = splitSheet && agreement && drafts && edited
        && sql(
            u"INSERT INTO clearance_items(track_id, kind, counterparty_id, status, document_asset_id) VALUES "
            "($3, 'publishing', 102, 'cleared', %1), ($3, 'master_ownership', 101, 'cleared', %2)"_s
                .arg(splitSheet)
                .arg(agreement))
        && sql(
            u"INSERT INTO human_contributions(id, track_id, element, party_id) VALUES (401, $3, 'lyrics', 101)"_s)
        && sql(u"INSERT INTO contribution_evidence(contribution_id, asset_id) VALUES (401, %1)"_s.arg(drafts))
        && sql(u"INSERT INTO provenance(track_id, origin) VALUES ($9, 'human')"_s)
        && sql(
            u"INSERT INTO clearance_items(track_id, kind, counterparty_id, status, document_asset_id) VALUES "
            "($9, 'sample', 104, 'cleared', %1)"_s.arg(edited));
    QFile file(QDir(root).filePath(u"Documents/song9-licence.pdf"_s));
    return ok && file.open(QIODevice::Append) && file.write(" (amended)") > 0;
}

// The JSON of every verdict, with document paths instead of the temporary folder.
QByteArray verdictsJson(const QList<TrackFacts> &facts)
{
    QJsonArray tracks;
    for (const TrackFacts &track : facts) {
        QJsonObject json = Readiness::toJson(Readiness::evaluate(track));
        json.insert(u"title"_s, track.title);
        tracks.append(json);
    }
    return QJsonDocument(tracks).toJson(QJsonDocument::Indented);
}

// The first differing lines, numbered, so a failure shows what changed.
QString lineDiff(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> a = expected.split('\n'), b = actual.split('\n');
    QString out;
    int shown = 0;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()) && shown < 12; ++i) {
        const QByteArray left = a.value(i), right = b.value(i);
        if (left == right)
            continue;
        out += u"line %1\n  - %2\n  + %3\n"_s.arg(i + 1).arg(
            QString::fromUtf8(left.trimmed()), QString::fromUtf8(right.trimmed()));
        ++shown;
    }
    return out;
}

} // namespace

class TestRightsQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void goldenVerdictsOverAGeneratedCatalog()
    {
        Test::TestCatalog catalog(12);
        QVERIFY(catalog.isValid());
        const QString root = catalog.folder() + u"/library"_s;
        QVERIFY(QDir().mkpath(root));
        QVERIFY(fillRights(catalog.store(), root));
        QString error;
        const auto facts = RightsQueries::trackFacts(catalog.store().connection(), root, today, 0, &error);
        QVERIFY2(facts, qPrintable(error));
        QCOMPARE(facts->size(), 12);
        const QByteArray actual = verdictsJson(*facts);

        const QString golden = QStringLiteral(IMPRINT_TEST_DATA) + u"/readiness_golden.json"_s;
        if (qEnvironmentVariableIsSet("IMPRINT_UPDATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual);
            QSKIP("golden file rewritten");
        }
        QFile in(golden);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(golden));
        const QByteArray expected = in.readAll();
        QVERIFY2(expected == actual,
            qPrintable(u"verdicts differ from %1 (rerun with IMPRINT_UPDATE_GOLDEN=1 if intended):\n%2"_s.arg(
                golden, lineDiff(expected, actual))));
    }

    void factsTellTheStoriesOfTheGoldenCatalog()
    {
        Test::TestCatalog catalog(12);
        const QString root = catalog.folder() + u"/library"_s;
        QVERIFY(QDir().mkpath(root));
        QVERIFY(fillRights(catalog.store(), root));
        const auto facts = RightsQueries::trackFacts(catalog.store().connection(), root, today, 0, nullptr);
        QVERIFY(facts);
        const auto byTitle = [&](const QString &title) {
            return *std::find_if(
                facts->cbegin(), facts->cend(), [&](const TrackFacts &f) { return f.title == title; });
        };
        const TrackFacts song1 = byTitle(u"Song 1"_s);
        QVERIFY(song1.terms);
        QVERIFY(!song1.terms->commercialUse);
        QVERIFY(song1.terms->example);
        const TrackFacts song3 = byTitle(u"Song 3"_s);
        QVERIFY(song3.release);
        QCOMPARE(song3.release->artworkWidth, 3000);
        QCOMPARE(song3.workShares.size(), 2);
        QCOMPARE(song3.contributions.size(), 1);
        QCOMPARE(song3.documents.size(), 3);
        for (const DocumentFact &document : song3.documents)
            QVERIFY(document.present && !document.changed);
        QVERIFY(song3.hasInstrumental);
        QCOMPARE(song3.stemCount, 1);
        const auto readiness = Readiness::evaluate(song3);
        QCOMPARE(readiness[Readiness::Use::Sync].verdict, Readiness::Verdict::NotChecked);
        QCOMPARE(readiness[Readiness::Use::Commercial].verdict, Readiness::Verdict::NotChecked);
        const TrackFacts song9 = byTitle(u"Song 9"_s);
        QCOMPARE(song9.documents.size(), 1);
        QVERIFY(song9.documents.cbegin()->changed);
        QCOMPARE(byTitle(u"Song 6"_s).toolKnownSince, QDate(2023, 12, 20));

        // An instrumental made from a recording (a version of it, linked from either side)
        // counts as its instrumental, as the audio checks count it.
        const TrackFacts song4 = byTitle(u"Song 4"_s);
        QVERIFY(!song4.hasInstrumental);
        QSqlQuery link(catalog.store().connection());
        QVERIFY(
            link.exec(u"UPDATE tracks SET version = 'Instrumental', original_track_id = %1 WHERE id = %2"_s
                    .arg(song4.trackId)
                    .arg(byTitle(u"Song 5"_s).trackId)));
        const auto linked
            = RightsQueries::trackFacts(catalog.store().connection(), root, today, song4.trackId, nullptr);
        QVERIFY(linked && linked->size() == 1);
        QVERIFY(linked->first().hasInstrumental);

        // One track alone gives the same facts.
        const auto one
            = RightsQueries::trackFacts(catalog.store().connection(), root, today, song3.trackId, nullptr);
        QVERIFY(one && one->size() == 1);
        QCOMPARE(one->first().clearances.size(), 2);
    }

    // The release preflight and the track pane read one track at a time, through the indexes;
    // each must judge exactly as the whole-catalog read does (documents, verdicts and all).
    void eachTrackAloneGivesTheSameVerdicts()
    {
        Test::TestCatalog catalog(12);
        const QString root = catalog.folder() + u"/library"_s;
        QVERIFY(QDir().mkpath(root));
        QVERIFY(fillRights(catalog.store(), root));
        QSqlDatabase db = catalog.store().connection();
        const auto all = RightsQueries::trackFacts(db, root, today, 0, nullptr);
        QVERIFY(all && all->size() == 12);
        for (const TrackFacts &facts : *all) {
            const auto one = RightsQueries::trackFacts(db, root, today, facts.trackId, nullptr);
            QVERIFY(one && one->size() == 1);
            QCOMPARE(one->first().documents.size(), facts.documents.size());
            QCOMPARE(one->first().qualityVerdicts, facts.qualityVerdicts);
            QCOMPARE(verdictsJson(*one), verdictsJson({ facts }));
        }
    }

    // The rights page reads a catalog in parts (a whole large catalog's facts would not fit):
    // every track comes once, in id order, judged as the whole-catalog read judges it, a part
    // of one track and a gap in the ids included.
    void aCatalogReadInPartsGivesTheSameFacts()
    {
        Test::TestCatalog catalog(12);
        const QString root = catalog.folder() + u"/library"_s;
        QVERIFY(QDir().mkpath(root));
        QVERIFY(fillRights(catalog.store(), root));
        QSqlDatabase db = catalog.store().connection();
        QSqlQuery gap(db);
        QVERIFY(gap.exec(u"DELETE FROM tracks WHERE id = (SELECT min(id) + 1 FROM tracks)"_s));
        QVERIFY(measureMasters(db));
        const auto all = RightsQueries::trackFacts(db, root, today, 0, nullptr);
        QVERIFY(all && all->size() == 11);
        QSet<QString> sync;
        for (const TrackFacts &facts : *all)
            sync.insert(facts.qualityVerdicts.value(u"sync"_s).left(4));
        QCOMPARE(sync, (QSet<QString> { u"pass"_s, u"fail"_s }));
        // The audio verdicts read by the parts' read itself, from rows nobody has started yet
        // (it reads them), and from rows a quality reload started alongside.
        for (const QString &verdicts : { u"own read"_s, u"rows not started"_s, u"rows started"_s }) {
            SharedQualityRows rows(catalog.store());
            if (verdicts == u"rows started"_s)
                rows.start();
            QList<qsizetype> partSizes;
            QList<TrackFacts> parts;
            QVERIFY(RightsQueries::trackFactsInParts(db, root, today, 5, nullptr,
                verdicts == u"own read"_s ? nullptr : &rows, [&](QList<TrackFacts> &&part) {
                    partSizes.append(part.size());
                    parts.append(std::move(part));
                }));
            QCOMPARE(partSizes, (QList<qsizetype> { 5, 5, 1 }));
            QCOMPARE(parts.size(), all->size());
            for (qsizetype i = 0; i < parts.size(); ++i) {
                QCOMPARE(parts[i].trackId, all->at(i).trackId);
                QCOMPARE(parts[i].clearances.size(), all->at(i).clearances.size());
                QCOMPARE(parts[i].documents.size(), all->at(i).documents.size());
                QCOMPARE(parts[i].qualityVerdicts, all->at(i).qualityVerdicts);
                QCOMPARE(bool(parts[i].release), bool(all->at(i).release));
            }
            QCOMPARE(verdictsJson(parts), verdictsJson(*all));
        }
    }

    // A release's preflight, the rights report and the rights page's refresh read a list of
    // tracks in runs of nearby ids: each track as a read of its own gives it, in the list's
    // order, once, without the ids that are not tracks and without the others in a run.
    void aListOfTracksGivesEachTracksOwnFacts()
    {
        Test::TestCatalog catalog(12);
        const QString root = catalog.folder() + u"/library"_s;
        QVERIFY(QDir().mkpath(root));
        QVERIFY(fillRights(catalog.store(), root));
        QSqlDatabase db = catalog.store().connection();
        QVERIFY(measureMasters(db));
        // A track far from the others in id: a run of its own.
        QVERIFY(exec(db, u"INSERT INTO tracks(id, title) VALUES (40000, 'Far Away')"_s));
        const auto all = RightsQueries::trackFacts(db, root, today, 0, nullptr);
        QVERIFY(all && all->size() == 13);
        const qint64 first = all->at(0).trackId;
        const qint64 third = all->at(2).trackId;
        const qint64 last = all->at(11).trackId;
        const QList<qint64> asked { last, 40000, first, 999999, third, 0, last };
        QString error;
        const auto listed = RightsQueries::trackFactsOf(db, root, today, asked, &error);
        QVERIFY2(listed, qPrintable(error));
        QList<qint64> ids;
        for (const TrackFacts &facts : *listed)
            ids.append(facts.trackId);
        QCOMPARE(ids, (QList<qint64> { last, 40000, first, third }));
        QSet<QString> sync;
        for (const TrackFacts &facts : *listed) {
            const auto one = RightsQueries::trackFacts(db, root, today, facts.trackId, nullptr);
            QVERIFY(one && one->size() == 1);
            QCOMPARE(facts.title, one->first().title);
            QCOMPARE(facts.clearances.size(), one->first().clearances.size());
            QCOMPARE(facts.documents.size(), one->first().documents.size());
            QCOMPARE(facts.qualityVerdicts, one->first().qualityVerdicts);
            QCOMPARE(verdictsJson({ facts }), verdictsJson(*one));
            sync.insert(facts.qualityVerdicts.value(u"sync"_s).left(4));
        }
        QCOMPARE(sync, (QSet<QString> { u"pass"_s, u"fail"_s, QString() })); // the far track: none
        const auto none = RightsQueries::trackFactsOf(db, root, today, {}, &error);
        QVERIFY(none && none->isEmpty());
    }

    // A track on several releases is judged with the earliest-dated one, an undated one last;
    // the tracks of one release share its facts.
    void theEarliestDatedReleaseIsTheTracks()
    {
        Test::TestCatalog catalog(3);
        QSqlDatabase db = catalog.store().connection();
        QSqlQuery query(db);
        const qint64 song1 = trackId(catalog.store(), u"Song 1"_s);
        const qint64 song2 = trackId(catalog.store(), u"Song 2"_s);
        QVERIFY(song1 && song2);
        for (const QString &statement :
            { u"INSERT INTO releases(id, title, status) VALUES (501, 'Undated Live', 'idea')"_s,
                u"INSERT INTO releases(id, title, status, release_date, upc) VALUES "
                "(502, 'Later Best Of', 'scheduled', '2027-09-01', '4006381333931'), "
                "(503, 'First Single', 'scheduled', '2027-02-05', '')"_s,
                u"DELETE FROM release_tracks WHERE track_id IN (%1, %2)"_s.arg(song1).arg(song2),
                u"INSERT INTO release_tracks(release_id, track_id) VALUES (501, %1), (502, %1), (503, %1), "
                "(501, %2), (502, %2)"_s.arg(song1)
                    .arg(song2) }) {
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        for (const qint64 id : { qint64(0), song1, song2 }) {
            const auto facts = RightsQueries::trackFacts(db, {}, today, id, nullptr);
            QVERIFY(facts);
            for (const TrackFacts &track : *facts) {
                if (track.trackId != song1 && track.trackId != song2)
                    continue;
                QVERIFY(track.release);
                const bool first = track.trackId == song1;
                QCOMPARE(track.release->id, first ? 503 : 502);
                QCOMPARE(track.release->title, first ? u"First Single"_s : u"Later Best Of"_s);
                QCOMPARE(track.release->releaseDate, first ? QDate(2027, 2, 5) : QDate(2027, 9, 1));
                QCOMPARE(track.release->upc, first ? QString() : u"4006381333931"_s);
            }
        }
    }

    // A large catalog repeats a few releases, terms and names over every track: each is held
    // once (issue 18), and a track whose copy is changed gets a copy of its own.
    void whatTracksHaveInCommonIsHeldOnce()
    {
        Test::TestCatalog catalog(4);
        QSqlDatabase db = catalog.store().connection();
        const qint64 song1 = trackId(catalog.store(), u"Song 1"_s);
        const qint64 song2 = trackId(catalog.store(), u"Song 2"_s);
        QVERIFY(exec(db, u"UPDATE tracks SET musical_key = 'F# minor', mood = 'calm, warm'"_s));
        // Song 2 on Song 1's release.
        QVERIFY(exec(db, u"DELETE FROM release_tracks WHERE track_id = %1"_s.arg(song2)));
        QVERIFY(exec(db,
            u"INSERT INTO release_tracks(release_id, track_id, track_number) SELECT release_id, %1, 2 "
            "FROM release_tracks WHERE track_id = %2"_s.arg(song2)
                .arg(song1)));
        QVERIFY(exec(db,
            u"INSERT INTO provenance(track_id, origin, tool, plan, paid_at_generation, generated_on) "
            "VALUES (%1, 'ai_generated', 'Suno', 'Pro', 1, '2026-01-20'), "
            "(%2, 'ai_generated', 'Suno', 'Pro', 1, '2026-01-20')"_s.arg(song1)
                .arg(song2)));
        const auto facts = RightsQueries::trackFacts(db, {}, today, 0, nullptr);
        QVERIFY(facts && facts->size() == 4);
        const TrackFacts &first = facts->at(0);
        const TrackFacts &second = facts->at(1);
        QCOMPARE(first.trackId, song1);
        QCOMPARE(second.trackId, song2);
        QVERIFY(first.release && second.release);
        QCOMPARE(first.release->id, second.release->id);
        QCOMPARE(std::as_const(first).release.operator->(), std::as_const(second).release.operator->());
        QVERIFY(first.terms && second.terms);
        QCOMPARE(std::as_const(first).terms.operator->(), std::as_const(second).terms.operator->());
        QCOMPARE(first.key, u"F# minor"_s);
        QCOMPARE(first.key.constData(), second.key.constData());
        QCOMPARE(first.mood.constData(), second.mood.constData());
        QCOMPARE(first.provenance->tool.constData(), second.provenance->tool.constData());

        TrackFacts changed = first;
        changed.release.edit().upc = u"4006381333931"_s;
        changed.provenance.edit().plan = u"Premier"_s;
        QCOMPARE(changed.release->upc, u"4006381333931"_s);
        QVERIFY(first.release->upc != u"4006381333931"_s);
        QCOMPARE(first.provenance->plan, u"Pro"_s);
        QCOMPARE(std::as_const(first).release.operator->(), std::as_const(second).release.operator->());
    }

    void termsAreThoseInForceOnTheGenerationDate()
    {
        Test::TestCatalog catalog(1);
        QSqlDatabase db = catalog.store().connection();
        const auto before = RightsQueries::termsInForce(db, u"udio"_s, u"Standard"_s, QDate(2025, 10, 28));
        QVERIFY(before && before->commercialUse);
        const auto after = RightsQueries::termsInForce(db, u"Udio"_s, u"Standard"_s, QDate(2025, 10, 29));
        QVERIFY(after && !after->commercialUse);
        QVERIFY(!RightsQueries::termsInForce(db, u"Suno"_s, u"Pro"_s, QDate(2022, 1, 1)));
        QVERIFY(!RightsQueries::termsInForce(db, u"Nobody"_s, u"Pro"_s, QDate(2025, 1, 1)));
        QCOMPARE(RightsQueries::toolKnownSince(db, u"Suno"_s), QDate(2023, 12, 20));
    }

    void provenanceEditsAreCheckedAndCreateTheRecord()
    {
        Test::TestCatalog catalog(1);
        QSqlDatabase db = catalog.store().connection();
        const qint64 id = trackId(catalog.store(), u"Song 1"_s);
        QString error;
        QVERIFY(!RightsQueries::updateProvenanceField(db, id, u"origin"_s, u"robot"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!RightsQueries::updateProvenanceField(db, id, u"generatedOn"_s, u"1 March"_s, &error));
        QVERIFY(!RightsQueries::updateProvenanceField(db, id, u"track_id"_s, u"2"_s, &error));
        QCOMPARE(Test::scalar(catalog.store(), u"SELECT count(*) FROM provenance"_s), 0);
        QVERIFY2(
            RightsQueries::updateProvenanceField(db, id, u"tool"_s, u" Suno "_s, &error), qPrintable(error));
        QVERIFY(RightsQueries::updateProvenanceField(db, id, u"origin"_s, u"ai_generated"_s, &error));
        QVERIFY(RightsQueries::updateProvenanceField(db, id, u"generatedOn"_s, u"2025-02-01"_s, &error));
        QVERIFY(RightsQueries::updateProvenanceField(db, id, u"paidAtGeneration"_s, QString(), &error));
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT origin, tool, generated_on, paid_at_generation IS NULL FROM provenance"_s)
            && query.next());
        QCOMPARE(query.value(0).toString(), u"ai_generated"_s);
        QCOMPARE(query.value(1).toString(), u"Suno"_s);
        QCOMPARE(query.value(2).toString(), u"2025-02-01"_s);
        QVERIFY(query.value(3).toBool());
    }

    void clearanceStatusAndBoard()
    {
        Test::TestCatalog catalog(2);
        QSqlDatabase db = catalog.store().connection();
        const qint64 id = trackId(catalog.store(), u"Song 1"_s);
        QVERIFY(exec(db, u"INSERT INTO parties(id, name) VALUES (901, 'Loop Co')"_s));
        QVERIFY(exec(db,
            u"INSERT INTO clearance_items(id, track_id, kind, counterparty_id, status, valid_until) "
            "VALUES (1, %1, 'sample', 901, 'pending', '2026-04-01'), "
            "(2, %1, 'artwork_licence', NULL, 'missing', NULL), "
            "(3, %1, 'featured_artist', NULL, 'cleared', NULL)"_s.arg(id)));
        QString error;
        auto board = RightsQueries::clearanceBoard(db, &error);
        QVERIFY2(board, qPrintable(error));
        QCOMPARE(board->size(), 2); // the cleared item without an end date is done
        QCOMPARE(board->at(0).status, u"missing"_s);
        QCOMPARE(board->at(1).counterparty, u"Loop Co"_s);
        QCOMPARE(board->at(1).validUntil, QDate(2026, 4, 1));
        QVERIFY(!RightsQueries::updateClearanceStatus(db, 1, u"maybe"_s, &error));
        QVERIFY(!RightsQueries::updateClearanceStatus(db, 99, u"cleared"_s, &error));
        QVERIFY(RightsQueries::updateClearanceStatus(db, 2, u"cleared"_s, &error));
        board = RightsQueries::clearanceBoard(db, &error);
        QCOMPARE(board->size(), 1);
    }

    // A split sheet cleared without its signed document still blocks the rules that ask for it,
    // so the board keeps it (and says why); other kinds are done once cleared.
    void boardKeepsClearedItemsWaitingForTheirDocument()
    {
        Test::TestCatalog catalog(2);
        QSqlDatabase db = catalog.store().connection();
        const qint64 id = trackId(catalog.store(), u"Song 1"_s);
        QVERIFY(exec(db,
            u"INSERT INTO assets(id, rel_path, kind, track_id, size, mtime_ms) VALUES "
            "(801, 'Documents/master.pdf', 'document', %1, 10, 0)"_s.arg(id)));
        QVERIFY(exec(db,
            u"INSERT INTO clearance_items(id, track_id, kind, status, document_asset_id) VALUES "
            "(1, %1, 'publishing', 'cleared', NULL), (2, %1, 'master_ownership', 'cleared', 801), "
            "(3, %1, 'sample', 'cleared', NULL), (4, %1, 'mechanical_licence', 'requested', NULL)"_s.arg(
                id)));
        QString error;
        const auto board = RightsQueries::clearanceBoard(db, &error);
        QVERIFY2(board, qPrintable(error));
        QCOMPARE(board->size(), 2);
        QCOMPARE(board->at(0).id, qint64(4)); // requested comes before cleared
        QVERIFY(board->at(0).documentMissing); // shown as open for its status, not its document
        QCOMPARE(board->at(1).id, qint64(1));
        QVERIFY(board->at(1).documentMissing);

        ClearanceBoardModel model;
        model.setRows(*board, QDate(2026, 1, 1));
        QVERIFY(!model.data(model.index(0), ClearanceBoardModel::NeedsDocumentRole).toBool());
        QVERIFY(model.data(model.index(1), ClearanceBoardModel::NeedsDocumentRole).toBool());
        model.setStatus(4, u"cleared"_s); // marked cleared on the board: now it waits for the document
        QVERIFY(model.data(model.index(0), ClearanceBoardModel::NeedsDocumentRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestRightsQueries)
#include "tst_rightsqueries.moc"
