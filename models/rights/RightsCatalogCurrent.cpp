// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// RightsCatalog, part four: the current track. Its facts are read when it is selected and kept
// with those of the few tracks shown before it (issue 18); the pane shows what they hold.
#include "RightsCatalog.h"

#include "catalog/CatalogThread.h"
#include "rights/RightsRecordText.h"
#include "rights/RightsReport.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Imprint
{

void RightsCatalog::setCurrentTrackId(qint64 id)
{
    if (id == m_currentTrackId)
        return;
    m_currentTrackId = id;
    if (id > 0 && !factsOf(id))
        fetchCurrent();
    Q_EMIT currentChanged();
}

void RightsCatalog::fetchCurrent()
{
    const qint64 trackId = m_currentTrackId;
    if (m_fetching.contains(trackId))
        return;
    m_fetching.insert(trackId);
    const CatalogStore store = m_store;
    // Posted after every write so far, so it reads them; a refresh posted later replaces it.
    m_thread->post([this, store, trackId] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        auto facts = db.isValid()
            ? RightsQueries::trackFacts(db, store.libraryRoot(), QDate::currentDate(), trackId, &error)
            : std::nullopt;
        QMetaObject::invokeMethod(
            this,
            [this, trackId, facts = std::move(facts), error]() mutable {
                m_fetching.remove(trackId);
                if (!facts) {
                    Q_EMIT errorOccurred(tr("Could not read the rights: %1").arg(error));
                    return;
                }
                if (facts->isEmpty()) { // the track is gone: nothing is to be read for it
                    if (trackId == m_currentTrackId) {
                        m_currentTrackId = 0;
                        Q_EMIT currentChanged();
                    }
                    return;
                }
                m_owners.add(facts->constFirst());
                hold(std::move(facts->first()));
                if (trackId == m_currentTrackId)
                    Q_EMIT currentChanged();
            },
            Qt::QueuedConnection);
    });
}

void RightsCatalog::hold(TrackFacts facts)
{
    m_held.removeIf([id = facts.trackId](const TrackFacts &held) { return held.trackId == id; });
    m_held.prepend(std::move(facts));
    // The current track's facts stay however many were read after them.
    for (qsizetype i = m_held.size() - 1; m_held.size() > heldTracks && i >= 0; --i) {
        if (m_held[i].trackId != m_currentTrackId)
            m_held.removeAt(i);
    }
}

const TrackFacts *RightsCatalog::factsOf(qint64 trackId) const
{
    for (const TrackFacts &facts : m_held) {
        if (facts.trackId == trackId)
            return &facts;
    }
    return nullptr;
}

QVariantMap RightsCatalog::provenance() const
{
    const TrackFacts *facts = factsOf(m_currentTrackId);
    if (!facts)
        return {};
    QVariantMap map { { u"trackId"_s, facts->trackId }, { u"recorded"_s, facts->provenance.has_value() } };
    for (const QString &field : RightsQueries::provenanceFields())
        map.insert(field, RightsRecordText::provenanceText(*facts, field));
    // Nothing recorded is not "own work": the views say so instead of showing a default.
    if (!facts->provenance)
        map.insert(u"origin"_s, QString());
    if (facts->terms) {
        map.insert(u"terms"_s,
            QVariantMap { { u"commercialUse"_s, facts->terms->commercialUse },
                { u"ownership"_s, facts->terms->ownership }, { u"source"_s, facts->terms->source },
                { u"example"_s, facts->terms->example } });
    }
    return map;
}

QVariantMap RightsCatalog::current() const
{
    const TrackFacts *facts = factsOf(m_currentTrackId);
    if (!facts) {
        const ReadinessMatrixModel::Track *track = m_matrix.trackAt(m_matrix.rowOf(m_currentTrackId));
        return track ? QVariantMap { { u"trackId"_s, m_currentTrackId }, { u"title"_s, track->title } }
                     : QVariantMap();
    }
    const qint64 consent = facts->provenance ? facts->provenance->voiceConsentAssetId : 0;
    return { { u"trackId"_s, facts->trackId },
        { u"title"_s,
            facts->version.isEmpty() ? facts->title : u"%1 (%2)"_s.arg(facts->title, facts->version) },
        { u"artist"_s, facts->artist }, { u"releaseId"_s, facts->release ? facts->release->id : 0 },
        { u"releaseTitle"_s, facts->release ? facts->release->title : QString() },
        { u"voiceConsentAssetId"_s, consent },
        { u"voiceConsentPath"_s, facts->documents.value(consent).path },
        { u"voiceConsentState"_s, RightsReport::documentState(*facts, consent) } };
}

QVariantList RightsCatalog::clearances() const
{
    const TrackFacts *facts = factsOf(m_currentTrackId);
    if (!facts)
        return {};
    QVariantList list;
    for (const ClearanceFact &item : facts->clearances) {
        const DocumentFact document = facts->documents.value(item.documentAssetId);
        list.append(QVariantMap { { u"id"_s, item.id }, { u"trackId"_s, facts->trackId },
            { u"kind"_s, item.kind }, { u"kindName"_s, ClearanceBoardModel::kindName(item.kind) },
            { u"status"_s, item.status }, { u"statusName"_s, ClearanceBoardModel::statusName(item.status) },
            { u"counterparty"_s, item.counterparty }, { u"territory"_s, item.territory },
            { u"validFrom"_s, item.validFrom.toString(Qt::ISODate) },
            { u"validUntil"_s, item.validUntil.toString(Qt::ISODate) }, { u"notes"_s, item.notes },
            { u"documentAssetId"_s, item.documentAssetId }, { u"documentPath"_s, document.path },
            { u"documentHash"_s, document.contentHash },
            { u"documentState"_s,
                item.documentAssetId ? RightsReport::documentState(*facts, item.documentAssetId)
                                     : QString() },
            { u"settled"_s, Readiness::isSettled(*facts, item) },
            { u"needsDocument"_s, Readiness::needsItsDocument(*facts, item) } });
    }
    return list;
}

QVariantList RightsCatalog::contributions() const
{
    const TrackFacts *facts = factsOf(m_currentTrackId);
    if (!facts)
        return {};
    QVariantList list;
    for (const ContributionFact &c : facts->contributions) {
        QVariantList evidence;
        for (qint64 assetId : c.evidenceAssetIds)
            evidence.append(
                QVariantMap { { u"assetId"_s, assetId }, { u"path"_s, facts->documents.value(assetId).path },
                    { u"state"_s, RightsReport::documentState(*facts, assetId) } });
        list.append(QVariantMap { { u"id"_s, c.id }, { u"element"_s, c.element },
            { u"elementName"_s, RightsRecordText::elementName(c.element) }, { u"party"_s, c.partyName },
            { u"description"_s, c.description }, { u"evidence"_s, evidence } });
    }
    return list;
}

QUrl RightsCatalog::documentUrl(qint64 assetId) const
{
    for (const TrackFacts &facts : m_held) {
        const auto it = facts.documents.constFind(assetId);
        if (it != facts.documents.cend() && !m_libraryRoot.isEmpty())
            return QUrl::fromLocalFile(QDir(m_libraryRoot).filePath(it->path));
    }
    return {};
}

} // namespace Imprint
