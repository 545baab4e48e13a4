// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Creating and deleting works and parties as undoable steps: the history holds each record as a
// CatalogRecord snapshot, so undoing a deletion brings back the row, its shares and its links.
#include "CreditsCatalog.h"

#include "catalog/CatalogRecord.h"
#include "catalog/CatalogThread.h"
#include "catalog/PartyQueries.h"
#include "catalog/SqlTransaction.h"
#include "credits/CreditRules.h"
#include "editing/EditHistory.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

constexpr QLatin1StringView worksTable { "works" };
constexpr QLatin1StringView partiesTable { "parties" };

// What still refers to a party, as a musician would say it: "3 credits, artist of 2 tracks".
QString usageText(const QList<CatalogRecord::Reference> &uses)
{
    QStringList parts;
    for (const CatalogRecord::Reference &use : uses) {
        const QString key = use.table + u'.' + use.column;
        if (key == u"credits.party_id")
            parts.append(CreditsCatalog::tr("%n credit(s)", "", use.rows));
        else if (key == u"master_shares.party_id")
            parts.append(CreditsCatalog::tr("%n master split(s)", "", use.rows));
        else if (key == u"work_shares.party_id")
            parts.append(CreditsCatalog::tr("%n writer share(s)", "", use.rows));
        else if (key == u"tracks.primary_artist_id")
            parts.append(CreditsCatalog::tr("artist of %n track(s)", "", use.rows));
        else if (key == u"releases.primary_artist_id")
            parts.append(CreditsCatalog::tr("artist of %n release(s)", "", use.rows));
        else if (key == u"clearance_items.counterparty_id")
            parts.append(CreditsCatalog::tr("counterparty of %n clearance item(s)", "", use.rows));
        else if (key == u"human_contributions.party_id")
            parts.append(CreditsCatalog::tr("%n human contribution(s)", "", use.rows));
        else if (key == u"provenance_inputs.owner_party_id")
            parts.append(CreditsCatalog::tr("owner of %n uploaded input(s)", "", use.rows));
        else
            parts.append(CreditsCatalog::tr("%n row(s) of %1", "", use.rows).arg(use.table));
    }
    return parts.join(u", "_s);
}

} // namespace

bool CreditsCatalog::createWork(const QString &title)
{
    QString error;
    const auto normalized = CreditRules::normalizedWorkValue(u"title"_s, title, &error);
    if (!normalized) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    auto created = std::make_shared<std::pair<qint64, QString>>();
    write(
        [created, title = *normalized](QSqlDatabase db, QString *writeError) {
            created->first = CreditQueries::createWork(db, title, writeError);
            const auto snapshot = created->first > 0
                ? CatalogRecord::snapshot(db, worksTable, created->first, writeError)
                : std::nullopt;
            created->second = snapshot.value_or(QString());
            return snapshot.has_value();
        },
        [this, created] {
            m_history->record({ created->first, historyPrefix + workRecordField, QString(), created->second,
                tr("New Work") });
            m_currentWorkId = created->first;
            loadWorks();
            loadWork();
        });
    return true;
}

bool CreditsCatalog::createWorkForTrack(qint64 trackId, const QString &title)
{
    QString error;
    const auto normalized = CreditRules::normalizedWorkValue(u"title"_s, title, &error);
    if (trackId <= 0 || !normalized) {
        Q_EMIT errorOccurred(normalized ? tr("The track is no longer in the catalog.") : error);
        return false;
    }
    struct Created {
        qint64 workId = 0;
        QString snapshot; ///< taken before the link, so undoing the step leaves no link behind
        qint64 before = 0; ///< the work the recording was of
    };
    auto created = std::make_shared<Created>();
    write(
        [created, trackId, title = *normalized](QSqlDatabase db, QString *writeError) {
            SqlTransaction transaction(db);
            if (!transaction.isActive()) {
                *writeError = transaction.error();
                return false;
            }
            created->workId = CreditQueries::createWork(db, title, writeError);
            const auto snapshot = created->workId > 0
                ? CatalogRecord::snapshot(db, worksTable, created->workId, writeError)
                : std::nullopt;
            if (!snapshot)
                return false;
            created->snapshot = *snapshot;
            created->before = CreditQueries::workOfTrack(db, trackId, writeError);
            if (!writeError->isEmpty()
                || !CreditQueries::setTrackWork(db, trackId, created->workId, writeError))
                return false;
            if (!transaction.commit()) {
                *writeError = transaction.error();
                return false;
            }
            return true;
        },
        [this, created, trackId] {
            m_history->record(
                EditStep { { { created->workId, historyPrefix + workRecordField, QString(), created->snapshot,
                                 tr("New Work") },
                               { trackId, historyPrefix + trackWorkField, QString::number(created->before),
                                   QString::number(created->workId), tr("Link to Work") } },
                    tr("New Work") });
            loadWorks();
            afterTrackWorkChange();
        });
    return true;
}

bool CreditsCatalog::deleteWork(qint64 workId)
{
    if (!m_works.rowById(workId)) {
        Q_EMIT errorOccurred(tr("The work is no longer in the catalog."));
        return false;
    }
    // The snapshot is read on the catalog thread in the deletion's transaction, so edits queued
    // or committed before it are part of what undo restores.
    auto snapshot = std::make_shared<QString>();
    write(
        [workId, snapshot](QSqlDatabase db, QString *error) {
            const auto record = CatalogRecord::takeOut(db, worksTable, workId, error);
            if (!record)
                return false;
            *snapshot = *record;
            return true;
        },
        [this, workId, snapshot] {
            m_history->record(
                { workId, historyPrefix + workRecordField, *snapshot, QString(), tr("Delete Work") });
            afterRecordChange(workId, RecordKind::Work, false);
        });
    return true;
}

bool CreditsCatalog::createParty(const QString &name)
{
    QString error;
    const auto normalized = CreditRules::normalizedPartyValue(u"name"_s, name, &error);
    if (!normalized) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    // Typing the name of a party already in the catalog selects it rather than adding a twin.
    for (int i = 0; i < m_parties.rowCount(); ++i) {
        const PartyRow *party = m_parties.rowById(m_parties.idAt(i));
        if (party && party->name.compare(*normalized, Qt::CaseInsensitive) == 0) {
            setCurrentPartyId(party->id);
            return true;
        }
    }
    auto created = std::make_shared<std::pair<qint64, QString>>();
    write(
        [created, name = *normalized](QSqlDatabase db, QString *writeError) {
            created->first = PartyQueries::findOrCreate(db, name, writeError);
            const auto snapshot = created->first > 0
                ? CatalogRecord::snapshot(db, partiesTable, created->first, writeError)
                : std::nullopt;
            created->second = snapshot.value_or(QString());
            return snapshot.has_value();
        },
        [this, created] {
            m_history->record({ created->first, historyPrefix + partyRecordField, QString(), created->second,
                tr("New Party") });
            m_currentPartyId = created->first;
            loadParties();
            loadParty();
        });
    return true;
}

bool CreditsCatalog::deleteParty(qint64 partyId)
{
    const PartyRow *party = m_parties.rowById(partyId);
    if (!party) {
        Q_EMIT errorOccurred(tr("The party is no longer in the catalog."));
        return false;
    }
    const QString name = party->name;
    auto snapshot = std::make_shared<QString>();
    auto uses = std::make_shared<QList<CatalogRecord::Reference>>();
    const CatalogStore store = m_store;
    m_thread->post([this, store, partyId, name, snapshot, uses] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        bool ok = db.isValid();
        if (ok) {
            const auto found = CatalogRecord::references(db, partiesTable, partyId, &error);
            ok = found.has_value();
            if (ok)
                *uses = *found;
        }
        if (ok && uses->isEmpty()) {
            const auto record = CatalogRecord::takeOut(db, partiesTable, partyId, &error);
            ok = record.has_value();
            if (ok)
                *snapshot = *record;
        }
        QMetaObject::invokeMethod(
            this,
            [this, ok, error, partyId, name, snapshot, uses] {
                if (!ok) {
                    Q_EMIT errorOccurred(tr("“%1” was not deleted: %2").arg(name, error));
                    return;
                }
                if (!uses->isEmpty()) {
                    Q_EMIT errorOccurred(
                        tr("“%1” is still in use (%2). Remove those first, or keep the party.")
                            .arg(name, usageText(*uses)));
                    return;
                }
                m_history->record(
                    { partyId, historyPrefix + partyRecordField, *snapshot, QString(), tr("Delete Party") });
                afterRecordChange(partyId, RecordKind::Party, false);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void CreditsCatalog::applyRecord(qint64 id, RecordKind kind, const QString &snapshot, const QString &expected)
{
    const QString table = kind == RecordKind::Work ? QString(worksTable) : QString(partiesTable);
    // The record as it goes is what the step's undo puts back.
    auto taken = std::make_shared<QString>();
    write(
        [table, id, snapshot, taken](QSqlDatabase db, QString *error) {
            if (!snapshot.isEmpty())
                return CatalogRecord::restore(db, snapshot, error);
            const auto record = CatalogRecord::takeOut(db, table, id, error);
            *taken = record.value_or(QString());
            return record.has_value();
        },
        [this, id, kind, snapshot, expected, taken] {
            if (snapshot.isEmpty()) {
                m_history->replaceValue(id,
                    historyPrefix + (kind == RecordKind::Work ? workRecordField : partyRecordField), expected,
                    *taken);
            }
            afterRecordChange(id, kind, !snapshot.isEmpty());
        });
}

void CreditsCatalog::afterRecordChange(qint64 id, RecordKind kind, bool exists)
{
    qint64 &current = kind == RecordKind::Work ? m_currentWorkId : m_currentPartyId;
    if (exists)
        current = id; // an undone deletion shows what came back
    else if (current == id)
        current = 0;
    // A work's recordings and a party's credits show elsewhere too: reread everything.
    loadParties();
    loadWorks();
    loadTrack();
    loadWork();
    loadParty();
}

} // namespace Imprint
