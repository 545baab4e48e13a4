// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "RightsReport.h"

#include "rights/Readiness.h"
#include "rights/RightsQueries.h"
#include "rights/Splits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::RightsReport
{

namespace
{

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RightsReport)
};

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject document(const TrackFacts &facts, qint64 assetId)
{
    if (assetId == 0)
        return {};
    const DocumentFact fact = facts.documents.value(assetId);
    return { { u"assetId"_s, assetId }, { u"path"_s, fact.path }, { u"sha256"_s, fact.contentHash },
        { u"state"_s, documentState(facts, assetId) } };
}

QJsonObject shares(const QList<Splits::Share> &list, const QJsonArray &rows)
{
    const Splits::Check check = Splits::check(list);
    return { { u"shares"_s, rows }, { u"total"_s, Splits::formatPercent(check.totalBasisPoints) },
        { u"complete"_s, check.complete }, { u"problem"_s, check.problem } };
}

QJsonObject ownership(const TrackFacts &facts)
{
    QJsonArray master;
    for (const Splits::Share &share : facts.masterShares)
        master.append(QJsonObject { { u"party"_s, share.partyName }, { u"basisPoints"_s, share.basisPoints },
            { u"share"_s, Splits::formatPercent(share.basisPoints) } });
    QJsonArray publishing;
    QList<Splits::Share> publishingList;
    for (const WorkShareFact &share : facts.workShares) {
        publishing.append(QJsonObject { { u"party"_s, share.partyName }, { u"role"_s, share.role },
            { u"basisPoints"_s, share.basisPoints }, { u"share"_s, Splits::formatPercent(share.basisPoints) },
            { u"pro"_s, share.pro }, { u"ipi"_s, share.ipi } });
        auto same = std::find_if(publishingList.begin(), publishingList.end(),
            [&](const Splits::Share &s) { return s.partyId == share.partyId; });
        if (same != publishingList.end())
            same->basisPoints += share.basisPoints;
        else
            publishingList.append({ share.partyId, share.partyName, share.basisPoints });
    }
    QJsonObject object { { u"master"_s, shares(facts.masterShares, master) } };
    if (facts.hasWork) {
        QJsonObject work = shares(publishingList, publishing);
        work.insert(u"work"_s, facts.workTitle);
        object.insert(u"publishing"_s, work);
    }
    return object;
}

QJsonObject provenance(const TrackFacts &facts)
{
    if (!facts.provenance)
        return {};
    const ProvenanceFacts &p = *facts.provenance;
    QJsonObject object { { u"origin"_s, p.origin }, { u"tool"_s, p.tool },
        { u"modelVersion"_s, p.modelVersion }, { u"plan"_s, p.plan },
        { u"paidAtGeneration"_s,
            p.paidAtGeneration < 0 ? QJsonValue() : QJsonValue(p.paidAtGeneration == 1) },
        { u"generatedOn"_s, isoDate(p.generatedOn) }, { u"songId"_s, p.songId }, { u"prompt"_s, p.prompt },
        { u"stems"_s, p.stems }, { u"isCover"_s, p.isCover }, { u"voiceLikeness"_s, p.voiceLikeness } };
    QJsonArray inputs;
    for (const InputFact &input : facts.inputs) {
        QJsonObject entry { { u"kind"_s, input.kind }, { u"description"_s, input.description },
            { u"owner"_s, input.owner }, { u"permission"_s, input.permission }, { u"notes"_s, input.notes } };
        if (input.documentAssetId != 0)
            entry.insert(u"document"_s, document(facts, input.documentAssetId));
        inputs.append(entry);
    }
    object.insert(u"uploadedInputs"_s, inputs);
    if (p.voiceConsentAssetId != 0)
        object.insert(u"voiceConsentDocument"_s, document(facts, p.voiceConsentAssetId));
    if (facts.terms) {
        const ToolTermsFact &t = *facts.terms;
        object.insert(u"terms"_s,
            QJsonObject { { u"tool"_s, t.tool }, { u"plan"_s, t.plan },
                { u"commercialUse"_s, t.commercialUse }, { u"ownership"_s, t.ownership },
                { u"recordedOn"_s, isoDate(t.recordedOn) }, { u"validFrom"_s, isoDate(t.validFrom) },
                { u"validUntil"_s, isoDate(t.validUntil) }, { u"source"_s, t.source },
                { u"example"_s, t.example } });
    }
    return object;
}

} // namespace

QString documentState(const TrackFacts &facts, qint64 assetId)
{
    const auto it = facts.documents.constFind(assetId);
    if (assetId == 0 || it == facts.documents.cend())
        return u"missing"_s;
    if (!it->present)
        return u"vanished"_s;
    return it->changed ? u"changed"_s : u"ok"_s;
}

QJsonObject trackSheet(const TrackFacts &facts)
{
    QJsonArray credits;
    for (const CreditFact &credit : facts.credits)
        credits.append(QJsonObject {
            { u"party"_s, credit.partyName }, { u"role"_s, credit.role }, { u"aiUsed"_s, credit.aiUsed } });
    QJsonArray contributions;
    for (const ContributionFact &c : facts.contributions) {
        QJsonArray evidence;
        for (qint64 assetId : c.evidenceAssetIds)
            evidence.append(document(facts, assetId));
        contributions.append(QJsonObject { { u"element"_s, c.element }, { u"party"_s, c.partyName },
            { u"description"_s, c.description }, { u"evidence"_s, evidence } });
    }
    QJsonArray clearances;
    for (const ClearanceFact &item : facts.clearances) {
        QJsonObject object { { u"id"_s, item.id }, { u"kind"_s, item.kind }, { u"status"_s, item.status },
            { u"settled"_s, Readiness::isSettled(facts, item) },
            { u"needsDocument"_s, Readiness::needsItsDocument(facts, item) },
            { u"counterparty"_s, item.counterparty }, { u"territory"_s, item.territory },
            { u"validFrom"_s, isoDate(item.validFrom) }, { u"validUntil"_s, isoDate(item.validUntil) },
            { u"notes"_s, item.notes } };
        if (item.documentAssetId != 0)
            object.insert(u"document"_s, document(facts, item.documentAssetId));
        clearances.append(object);
    }
    QJsonObject sheet { { u"trackId"_s, facts.trackId }, { u"title"_s, facts.title },
        { u"version"_s, facts.version }, { u"artist"_s, facts.artist }, { u"isrc"_s, facts.isrc },
        { u"ownership"_s, ownership(facts) }, { u"credits"_s, credits },
        { u"humanContributions"_s, contributions }, { u"clearances"_s, clearances },
        { u"readiness"_s, Readiness::toJson(Readiness::evaluate(facts)).value(u"uses"_s) } };
    if (facts.release)
        sheet.insert(u"release"_s, facts.release->title);
    const QJsonObject origin = provenance(facts);
    sheet.insert(u"provenance"_s, origin.isEmpty() ? QJsonValue() : QJsonValue(origin));
    return sheet;
}

std::optional<QJsonObject> build(
    QSqlDatabase db, const QString &libraryRoot, const QDate &today, Scope scope, qint64 id, QString *error)
{
    const auto fail = [error](const QString &reason) -> std::optional<QJsonObject> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    QJsonObject report { { u"format"_s, u"imprint-rights-sheet"_s }, { u"version"_s, 1 },
        { u"generatedOn"_s, isoDate(today) },
        { u"scope"_s, scope == Scope::Track ? u"track"_s : u"release"_s } };
    QList<qint64> order;
    if (scope == Scope::Release) {
        QSqlQuery query(db);
        query.prepare(
            u"SELECT r.title, coalesce(r.upc, ''), coalesce(r.release_date, ''), coalesce(r.label, ''), "
            "coalesce(r.p_line, ''), coalesce(r.c_line, ''), coalesce(p.name, '') FROM releases r "
            "LEFT JOIN parties p ON p.id = r.primary_artist_id WHERE r.id = ?"_s);
        query.addBindValue(id);
        if (!query.exec())
            return fail(query.lastError().text());
        if (!query.next())
            return fail(Text::tr("There is no release with id %1 in the catalog.").arg(id));
        report.insert(u"release"_s,
            QJsonObject { { u"id"_s, id }, { u"title"_s, query.value(0).toString() },
                { u"upc"_s, query.value(1).toString() }, { u"releaseDate"_s, query.value(2).toString() },
                { u"label"_s, query.value(3).toString() }, { u"pLine"_s, query.value(4).toString() },
                { u"cLine"_s, query.value(5).toString() }, { u"artist"_s, query.value(6).toString() } });
        query.prepare(u"SELECT track_id FROM release_tracks WHERE release_id = ? "
                      "ORDER BY disc_number, track_number IS NULL, track_number, track_id"_s);
        query.addBindValue(id);
        if (!query.exec())
            return fail(query.lastError().text());
        while (query.next())
            order.append(query.value(0).toLongLong());
    } else {
        order.append(id);
    }
    // The facts of the listed tracks only, each read through the indexes: a release's sheet
    // costs the same in a catalog of any size (issue 18).
    QJsonArray tracks;
    const auto facts = RightsQueries::trackFactsOf(db, libraryRoot, today, order, error);
    if (!facts)
        return std::nullopt;
    for (const TrackFacts &one : *facts)
        tracks.append(trackSheet(one));
    if (scope == Scope::Track && tracks.isEmpty())
        return fail(Text::tr("There is no track with id %1 in the catalog.").arg(id));
    report.insert(u"tracks"_s, tracks);
    return report;
}

} // namespace Imprint::RightsReport
