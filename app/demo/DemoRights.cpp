// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DemoRights.h"

#include "catalog/SqlDialect.h"
#include "rights/RightsEdits.h"
#include "rights/RightsQueries.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::Demo
{

namespace
{

// A one-page PDF with a few lines of Helvetica: enough for a viewer to open, no fonts needed.
QByteArray minimalPdf(const QStringList &lines)
{
    QByteArray text = "BT /F1 12 Tf 56 780 Td 16 TL\n";
    for (const QString &line : lines) {
        QByteArray latin = line.toLatin1();
        latin.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        text += "(" + latin + ") Tj T*\n";
    }
    text += "ET";
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

class Builder
{
public:
    Builder(QSqlDatabase db, QString root, QDate today, QString *error)
        : m_db(db)
        , m_root(std::move(root))
        , m_today(today)
        , m_error(error)
    {
    }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
        return fail(query.lastError().text() + u" ("_s + sql + u')');
    }

    bool fail(const QString &reason)
    {
        if (m_error && m_error->isEmpty())
            *m_error = reason;
        m_ok = false;
        return false;
    }

    qint64 track(const QString &title, const QString &version = {})
    {
        QSqlQuery query(m_db);
        query.prepare(
            u"SELECT id FROM tracks WHERE title = ? AND coalesce(version, '') = coalesce(?, '') ORDER BY id LIMIT 1"_s);
        query.addBindValue(title);
        query.addBindValue(version);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    qint64 party(const QString &name, const QString &pro = {}, const QString &ipi = {})
    {
        const auto id = RightsEdits::partyByName(m_db, name, m_error);
        if (!id) {
            m_ok = false;
            return 0;
        }
        if (!pro.isEmpty())
            exec(u"UPDATE parties SET pro = ?, ipi = ? WHERE id = ?"_s, { pro, ipi, *id });
        return *id;
    }

    // A PDF written under Documents/<track>/ and attached as an asset with its hash.
    qint64 document(qint64 trackId, const QString &fileName, const QStringList &lines)
    {
        return document(trackId, u"Documents/%1"_s.arg(trackId), fileName, lines);
    }

    // A PDF written under folder and recorded as one of the track's documents, so the catalog
    // (and every backup of it) knows the file, whichever rights record it ends up proving.
    qint64 document(qint64 trackId, const QString &folder, const QString &fileName, const QStringList &lines)
    {
        QDir(m_root).mkpath(folder);
        const QString path = QDir(m_root).filePath(folder + u'/' + fileName);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(minimalPdf(lines)) < 0) {
            fail(path + u": "_s + file.errorString());
            return 0;
        }
        file.close();
        const auto id = RightsEdits::attachDocument(m_db, m_root, trackId, path, m_error);
        if (!id)
            m_ok = false;
        return id.value_or(0);
    }

    void provenance(qint64 trackId, const QVariantMap &fields)
    {
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (!RightsQueries::updateProvenanceField(
                    m_db, trackId, it.key(), it.value().toString(), m_error))
                m_ok = false;
        }
    }

    void clearance(qint64 trackId, const QString &kind, const QString &status, const QString &counterparty,
        qint64 document = 0, const QDate &from = {}, const QDate &until = {}, const QString &notes = {})
    {
        RightsEdits::ClearanceItem item { RightsEdits::nextClearanceId(m_db), trackId, kind, status,
            counterparty, document, u"World"_s, from, until, notes };
        if (!RightsEdits::saveClearanceItem(m_db, item, m_error))
            m_ok = false;
    }

    void contribution(qint64 trackId, const QString &element, const QString &party,
        const QString &description, QList<qint64> evidence)
    {
        RightsEdits::Contribution c { RightsEdits::nextContributionId(m_db), trackId, element, party,
            description, std::move(evidence) };
        if (!RightsEdits::saveContribution(m_db, c, m_error))
            m_ok = false;
    }

    // Credits, one master owner and a work with its shares.
    void basics(qint64 trackId, qint64 artist, bool aiUsed, qint64 owner,
        const QList<std::tuple<qint64, QString, int>> &workShares, const QString &workTitle)
    {
        // The demo's credits may have named the main artist already: mark that credit, add none.
        exec(
            u"INSERT INTO credits(track_id, party_id, role, ai_used, position) SELECT ?, ?, 'MainArtist', 0, "
            u"0 "
            "WHERE NOT EXISTS (SELECT 1 FROM credits WHERE track_id = ? AND party_id = ? AND role = 'MainArtist')"_s,
            { trackId, artist, trackId, artist });
        exec(u"UPDATE credits SET ai_used = ? WHERE track_id = ? AND party_id = ? AND role = 'MainArtist'"_s,
            { aiUsed ? 1 : 0, trackId, artist });
        exec(
            u"INSERT INTO master_shares(track_id, party_id, share_bp) VALUES (?, ?, 10000) ON CONFLICT (track_id, party_id) DO UPDATE SET share_bp = excluded.share_bp"_s,
            { trackId, owner });
        if (workShares.isEmpty())
            return;
        // One work per title: the demo's credits may have created it (with its ISWC); the rights
        // story's writers' shares replace its own.
        QSqlQuery query(m_db);
        query.prepare(u"SELECT id FROM works WHERE title = ? ORDER BY id LIMIT 1"_s);
        query.addBindValue(workTitle);
        qint64 work = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
        if (work == 0) {
            query.prepare(u"INSERT INTO works(title) VALUES (?) RETURNING id"_s);
            query.addBindValue(workTitle);
            if (!query.exec()) {
                fail(query.lastError().text());
                return;
            }
            work = returnedId(query);
        }
        exec(u"DELETE FROM work_shares WHERE work_id = ?"_s, { work });
        exec(u"UPDATE tracks SET work_id = ? WHERE id = ?"_s, { work, trackId });
        for (const auto &[partyId, role, share] : workShares)
            exec(u"INSERT INTO work_shares(work_id, party_id, role, share_bp) VALUES (?, ?, ?, ?)"_s,
                { work, partyId, role, share });
    }

    QDate day(int offset) const { return m_today.addDays(offset); }
    bool ok() const { return m_ok; }
    QString root() const { return m_root; }

private:
    QSqlDatabase m_db;
    QString m_root;
    QDate m_today;
    QString *m_error;
    bool m_ok = true;
};

} // namespace

bool addDemoRights(const CatalogStore &store, QDate today, QString *error)
{
    QSqlDatabase db = store.connection(error);
    const QString root = store.libraryRoot();
    if (!db.isValid() || root.isEmpty())
        return false;
    Builder b(db, root, today, error);

    const qint64 mara = b.party(u"Mara Vell"_s, u"PRS"_s, u"00523879412"_s);
    const qint64 tideline = b.party(u"Tideline Publishing"_s, u"PRS"_s, u"00731245566"_s);
    const qint64 engines = b.party(u"The Quiet Engines"_s, u"GEMA"_s, u"00482219034"_s);
    const qint64 nova = b.party(u"Nova Lark"_s, u"ASCAP"_s, u"00611934728"_s);

    // The album gets what stores ask of a release; the EP is already out.
    b.exec(u"UPDATE releases SET upc = '196570123451', language = 'en', explicit = 0, "
           "p_line = '℗ 2026 Tideline Music', c_line = '© 2026 Tideline Music', status = 'scheduled' "
           "WHERE title = 'Tidal Memory'"_s);
    b.exec(u"UPDATE releases SET upc = '196570543211', language = 'en', explicit = 0, "
           "p_line = '℗ 2025 Engine Room Recordings', c_line = '© 2025 Engine Room Recordings', "
           "status = 'released' WHERE title = 'Low Voltage'"_s);

    // Harbour Lights: Suno's free plan, so no commercial use until a licence is attached.
    if (const qint64 t = b.track(u"Harbour Lights"_s)) {
        b.basics(t, mara, true, mara, { { mara, u"ComposerLyricist"_s, 10000 } }, u"Harbour Lights"_s);
        b.provenance(t,
            { { u"origin"_s, u"ai_generated"_s }, { u"tool"_s, u"Suno"_s }, { u"plan"_s, u"Basic (free)"_s },
                { u"modelVersion"_s, u"v4.5"_s }, { u"paidAtGeneration"_s, u"0"_s },
                { u"generatedOn"_s, u"2025-09-14"_s }, { u"songId"_s, u"5f1c2a90-harbour"_s },
                { u"prompt"_s, u"dreamy indie pop, harbour at dusk, female vocals, 110 bpm"_s },
                { u"stems"_s, u"separated"_s } });
        b.clearance(t, u"ai_tool_licence"_s, u"requested"_s, u"Suno, Inc."_s, 0, {}, {},
            u"Asked for a commercial licence for this song; the signed licence goes here."_s);
        // The licence as it would arrive by mail, for the user to attach (drag it onto the item).
        // It is a catalog document already, so backups carry it before it is attached.
        b.document(t, u"Inbox"_s, u"Suno commercial licence - Harbour Lights.pdf"_s,
            { u"Commercial licence"_s, u"Song: Harbour Lights (5f1c2a90-harbour)"_s, u"Licensee: Mara Vell"_s,
                u"Commercial use worldwide, including streaming."_s });
    }

    // Lanterns: documented end to end; sync-ready, only the master agreement missing for placements.
    if (const qint64 t = b.track(u"Lanterns"_s)) {
        b.basics(t, mara, true, mara,
            { { mara, u"Composer"_s, 5000 }, { tideline, u"OriginalPublisher"_s, 5000 } }, u"Lanterns"_s);
        b.exec(u"UPDATE tracks SET has_vocals = 0, bpm = 108, musical_key = 'C major', mood = 'calm, "
               u"hopeful, warm' "
               "WHERE id = ?"_s,
            { t });
        b.provenance(t,
            { { u"origin"_s, u"ai_assisted"_s }, { u"tool"_s, u"Suno"_s }, { u"plan"_s, u"Pro"_s },
                { u"modelVersion"_s, u"v4.5"_s }, { u"paidAtGeneration"_s, u"1"_s },
                { u"generatedOn"_s, u"2025-11-02"_s }, { u"songId"_s, u"9b7e41d2-lanterns"_s },
                { u"prompt"_s, u"warm instrumental, felt piano and soft drums, lanterns on water"_s },
                { u"stems"_s, u"native"_s } });
        const qint64 splitSheet = b.document(t, u"Split sheet - Lanterns.pdf"_s,
            { u"Split sheet: Lanterns"_s, u"Mara Vell (Composer) 50%"_s,
                u"Tideline Publishing (Publisher) 50%"_s, u"Signed by both parties."_s });
        b.clearance(t, u"publishing"_s, u"cleared"_s, u"Tideline Publishing"_s, splitSheet,
            QDate(2025, 11, 20), {}, u"Publisher approves sync licensing by Mara Vell (one-stop)."_s);
        const qint64 receipt = b.document(t, u"Suno Pro receipt - November 2025.pdf"_s,
            { u"Suno Pro subscription receipt"_s, u"Period: 2025-11-01 to 2025-11-30"_s });
        b.clearance(t, u"ai_tool_licence"_s, u"cleared"_s, u"Suno, Inc."_s, receipt, QDate(2025, 11, 1), {},
            u"Paid plan at generation: commercial use and ownership."_s);
        const qint64 session = b.document(t, u"Arrangement session notes.pdf"_s,
            { u"Session notes: Lanterns"_s,
                u"Rewrote the bridge, re-voiced the piano, new drum pattern."_s });
        const qint64 mixNotes = b.document(
            t, u"Mix recall sheet.pdf"_s, { u"Mix recall: Lanterns"_s, u"Mixed by Mara Vell."_s });
        b.contribution(t, u"arrangement"_s, u"Mara Vell"_s, u"New bridge and drum pattern"_s, { session });
        b.contribution(t, u"mix"_s, u"Mara Vell"_s, u"Mixed from the native stems"_s, { mixNotes });
    }

    // Salt and Ember: own work with a sample whose licence runs out soon.
    if (const qint64 t = b.track(u"Salt and Ember"_s)) {
        b.basics(t, mara, false, mara, { { mara, u"ComposerLyricist"_s, 10000 } }, u"Salt and Ember"_s);
        b.provenance(t, { { u"origin"_s, u"human"_s } });
        const qint64 loop = b.document(t, u"Loop licence - Driftwood Loops.pdf"_s,
            { u"Sample licence: Driftwood Loops pack 3"_s, u"Valid for 12 months."_s });
        b.clearance(t, u"sample"_s, u"cleared"_s, u"Driftwood Loops"_s, loop, b.day(-340), b.day(25),
            u"Renew before the album is pitched for sync."_s);
    }

    // Paper Satellites: the featured artist has not signed yet.
    if (const qint64 t = b.track(u"Paper Satellites"_s)) {
        b.basics(t, mara, false, mara, {}, {});
        b.provenance(t, { { u"origin"_s, u"human"_s } });
        b.clearance(t, u"featured_artist"_s, u"pending"_s, u"Juno"_s, 0, {}, {},
            u"Agreement sent to Juno's manager."_s);
    }

    // Undertow: a cover, and no mechanical licence yet.
    if (const qint64 t = b.track(u"Undertow"_s)) {
        b.basics(t, mara, false, mara, {}, {});
        b.provenance(t, { { u"origin"_s, u"human"_s }, { u"isCover"_s, u"1"_s } });
        b.clearance(t, u"mechanical_licence"_s, u"missing"_s, QString(), 0, {}, {},
            u"Request through the distributor's cover song licensing."_s);
    }

    // Pilot Light: a generation date before the tool existed.
    if (const qint64 t = b.track(u"Pilot Light"_s)) {
        b.basics(t, engines, true, engines, {}, {});
        b.provenance(t,
            { { u"origin"_s, u"ai_generated"_s }, { u"tool"_s, u"Udio"_s }, { u"plan"_s, u"Standard"_s },
                { u"generatedOn"_s, u"2023-05-01"_s } });
    }

    // Copper Sky: the master agreement was edited after it was attached.
    if (const qint64 t = b.track(u"Copper Sky"_s)) {
        b.basics(t, engines, false, engines, {}, {});
        b.provenance(t, { { u"origin"_s, u"human"_s } });
        const qint64 agreement = b.document(t, u"Master agreement - Copper Sky.pdf"_s,
            { u"Master agreement: Copper Sky"_s, u"Signed 2025-04-02."_s });
        b.clearance(t, u"master_ownership"_s, u"cleared"_s, u"Engine Room Recordings"_s, agreement,
            QDate(2025, 4, 2));
        QFile edited(QDir(root).filePath(u"Documents/%1/Master agreement - Copper Sky.pdf"_s.arg(t)));
        if (edited.open(QIODevice::Append))
            edited.write("% edited after signing\n");
    }

    // Glass Harbour: the vocal is said to be consented to, but no consent is on file.
    if (const qint64 t = b.track(u"Glass Harbour"_s)) {
        b.basics(t, nova, true, nova, { { nova, u"ComposerLyricist"_s, 10000 } }, u"Glass Harbour"_s);
        b.provenance(t,
            { { u"origin"_s, u"ai_assisted"_s }, { u"tool"_s, u"Suno"_s }, { u"plan"_s, u"Pro"_s },
                { u"generatedOn"_s, u"2025-12-05"_s }, { u"voiceLikeness"_s, u"consent_given"_s } });
    }
    return b.ok();
}

} // namespace Imprint::Demo
