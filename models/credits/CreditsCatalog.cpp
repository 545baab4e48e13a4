// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CreditsCatalog.h"

#include "catalog/CatalogThread.h"
#include "credits/CreditRules.h"
#include "editing/EditHistory.h"
#include "identifiers/Isni.h"
#include "identifiers/Iswc.h"
#include "rights/Splits.h"
#include "tracks/TrackSearch.h"

using namespace Qt::StringLiterals;

namespace Imprint
{

CreditsCatalog::CreditsCatalog(
    const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(thread)
    , m_history(history)
{
}

namespace
{

QVariantList roleChoices(const QStringList &roles)
{
    QVariantList out;
    for (const QString &role : roles)
        out.append(QVariantMap { { u"value"_s, role }, { u"text"_s, CreditRules::roleLabel(role) } });
    return out;
}

} // namespace

QVariantList CreditsCatalog::creditRoles()
{
    return roleChoices(CreditRules::creditRoles());
}

QVariantList CreditsCatalog::writerRoles()
{
    return roleChoices(CreditRules::writerRoles());
}

// --- loading ---------------------------------------------------------------------------------

void CreditsCatalog::reload()
{
    loadParties();
    loadWorks();
    loadTrack();
    loadWork();
    loadParty();
}

void CreditsCatalog::loadParties()
{
    const CatalogStore store = m_store;
    m_thread->post([this, store] {
        QString error;
        auto rows = CreditQueries::parties(store.connection(&error), &error);
        QMetaObject::invokeMethod(
            this,
            [this, rows = std::move(rows), error]() mutable {
                if (!rows) {
                    Q_EMIT errorOccurred(tr("Could not read the parties: %1").arg(error));
                    return;
                }
                m_parties.setRows(std::move(*rows));
                if (m_currentPartyId != 0 && !m_parties.rowById(m_currentPartyId))
                    m_currentPartyId = 0;
                if (m_currentPartyId == 0 && m_parties.rowCount() > 0) {
                    m_currentPartyId = m_parties.idAt(0);
                    loadParty();
                }
                Q_EMIT currentPartyChanged();
            },
            Qt::QueuedConnection);
    });
}

void CreditsCatalog::loadWorks()
{
    const CatalogStore store = m_store;
    m_thread->post([this, store] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        auto rows = CreditQueries::works(db, &error);
        QMetaObject::invokeMethod(
            this,
            [this, rows = std::move(rows), error]() mutable {
                if (!rows) {
                    Q_EMIT errorOccurred(tr("Could not read the works: %1").arg(error));
                    return;
                }
                m_works.setRows(std::move(*rows));
                if (m_currentWorkId != 0 && !m_works.rowById(m_currentWorkId))
                    m_currentWorkId = 0;
                // The works page opens on a work rather than on an empty editor.
                if (m_currentWorkId == 0 && m_works.rowCount() > 0) {
                    m_currentWorkId = m_works.idAt(0);
                    loadWork();
                }
                Q_EMIT currentWorkChanged();
            },
            Qt::QueuedConnection);
    });
}

void CreditsCatalog::loadTrack()
{
    const CatalogStore store = m_store;
    const qint64 id = m_trackId;
    m_thread->post([this, store, id] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        auto credits = id > 0 ? CreditQueries::creditsOf(db, id, &error) : QList<CreditRow>();
        auto shares = credits && id > 0 ? CreditQueries::masterSharesOf(db, id, &error) : QList<ShareRow>();
        const qint64 workId = shares && id > 0 ? CreditQueries::workOfTrack(db, id, &error) : 0;
        QMetaObject::invokeMethod(
            this,
            [this, id, credits = std::move(credits), shares = std::move(shares), workId, error] {
                if (id != m_trackId)
                    return; // the selection moved on meanwhile
                if (!credits || !shares) {
                    Q_EMIT errorOccurred(tr("Could not read the credits: %1").arg(error));
                    return;
                }
                m_credits.setRows(*credits);
                if (m_masterShares != *shares) {
                    m_masterShares = *shares;
                    Q_EMIT masterSharesChanged();
                }
                if (m_trackWorkId != workId) {
                    m_trackWorkId = workId;
                    Q_EMIT trackWorkChanged();
                }
            },
            Qt::QueuedConnection);
    });
}

void CreditsCatalog::loadWork()
{
    const CatalogStore store = m_store;
    const qint64 id = m_currentWorkId;
    m_thread->post([this, store, id] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        auto shares = id > 0 ? CreditQueries::workSharesOf(db, id, &error) : QList<ShareRow>();
        auto recordings = shares && id > 0 ? CreditQueries::recordingsOf(db, id, &error)
                                           : QList<CreditQueries::TrackChoice>();
        QMetaObject::invokeMethod(
            this,
            [this, id, shares = std::move(shares), recordings = std::move(recordings), error] {
                if (id != m_currentWorkId)
                    return;
                if (!shares || !recordings) {
                    Q_EMIT errorOccurred(tr("Could not read the writers: %1").arg(error));
                    return;
                }
                m_workShares = *shares;
                Q_EMIT workSharesChanged();
                m_workTracks.clear();
                for (const CreditQueries::TrackChoice &recording : *recordings)
                    m_workTracks.append(
                        QVariantMap { { u"value"_s, recording.id }, { u"text"_s, recording.text } });
                Q_EMIT workTracksChanged();
            },
            Qt::QueuedConnection);
    });
}

void CreditsCatalog::loadParty()
{
    const CatalogStore store = m_store;
    const qint64 id = m_currentPartyId;
    m_thread->post([this, store, id] {
        QString error;
        auto rows = id > 0 ? CreditQueries::activityOf(store.connection(&error), id, &error)
                           : QList<PartyActivityRow>();
        QVariantList activity;
        for (const PartyActivityRow &row : rows.value_or(QList<PartyActivityRow>())) {
            const QString kindText = row.kind == u"credit" ? tr("Credit")
                : row.kind == u"master"                    ? tr("Master share")
                                                           : tr("Publishing share");
            activity.append(QVariantMap { { u"kind"_s, row.kind }, { u"kindText"_s, kindText },
                { u"subjectId"_s, row.subjectId }, { u"subject"_s, row.subject },
                { u"detail"_s, row.detail } });
        }
        QMetaObject::invokeMethod(
            this,
            [this, id, activity, ok = rows.has_value(), error] {
                if (id != m_currentPartyId)
                    return;
                if (!ok)
                    Q_EMIT errorOccurred(tr("Could not read the party's credits: %1").arg(error));
                m_partyActivity = activity;
                Q_EMIT partyActivityChanged();
            },
            Qt::QueuedConnection);
    });
}

void CreditsCatalog::write(std::function<bool(QSqlDatabase, QString *)> task,
    std::function<void()> afterwards, std::function<bool()> conflicted)
{
    const CatalogStore store = m_store;
    m_thread->post([this, store, task = std::move(task), afterwards = std::move(afterwards),
                       conflicted = std::move(conflicted)] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        const bool ok = db.isValid() && task(db, &error);
        QMetaObject::invokeMethod(
            this,
            [this, ok, error, afterwards, conflicted] {
                if (!ok && conflicted && conflicted())
                    return;
                if (!ok) {
                    Q_EMIT errorOccurred(tr("The change was not saved: %1").arg(error));
                    Q_EMIT writeFailed();
                    return;
                }
                if (afterwards)
                    afterwards();
            },
            Qt::QueuedConnection);
    });
}

// --- selection -------------------------------------------------------------------------------

void CreditsCatalog::setTrackId(qint64 id)
{
    if (id == m_trackId)
        return;
    m_trackId = id;
    m_credits.setRows({});
    m_masterShares.clear();
    m_trackWorkId = 0;
    Q_EMIT trackChanged();
    Q_EMIT trackWorkChanged();
    Q_EMIT masterSharesChanged();
    loadTrack();
}

void CreditsCatalog::searchRecordings(const QString &text)
{
    const CatalogStore store = m_store;
    m_thread->post([this, store, text] {
        QString error;
        const auto rows = TrackSearch::find(store.connection(&error), { text, 50, 0, 0 }, &error);
        QMetaObject::invokeMethod(
            this,
            [this, rows = rows.value_or(QVariantList())] {
                m_recordingCandidates = rows;
                Q_EMIT recordingCandidatesChanged();
            },
            Qt::QueuedConnection);
    });
}

void CreditsCatalog::setCurrentWorkId(qint64 id)
{
    if (id == m_currentWorkId)
        return;
    m_currentWorkId = id;
    m_workShares.clear();
    m_workTracks.clear();
    Q_EMIT currentWorkChanged();
    Q_EMIT workSharesChanged();
    Q_EMIT workTracksChanged();
    loadWork();
}

QVariantMap CreditsCatalog::currentWork() const
{
    const WorkRow *row = m_works.rowById(m_currentWorkId);
    if (!row)
        return {};
    return { { u"id"_s, row->id }, { u"title"_s, row->title },
        { u"iswc"_s, row->iswc.isEmpty() ? QString() : Iswc::display(row->iswc) },
        { u"trackCount"_s, row->trackCount } };
}

void CreditsCatalog::setCurrentPartyId(qint64 id)
{
    if (id == m_currentPartyId)
        return;
    m_currentPartyId = id;
    m_partyActivity.clear();
    Q_EMIT currentPartyChanged();
    Q_EMIT partyActivityChanged();
    loadParty();
}

QVariantMap CreditsCatalog::currentParty() const
{
    const PartyRow *row = m_parties.rowById(m_currentPartyId);
    if (!row)
        return {};
    return { { u"id"_s, row->id }, { u"name"_s, row->name }, { u"sortName"_s, row->sortName },
        { u"isni"_s, row->isni.isEmpty() ? QString() : Isni::display(row->isni) }, { u"ipi"_s, row->ipi },
        { u"pro"_s, row->pro }, { u"contact"_s, row->contact }, { u"creditCount"_s, row->creditCount } };
}

} // namespace Imprint
