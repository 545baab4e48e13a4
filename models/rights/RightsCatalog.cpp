// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "RightsCatalog.h"

#include "catalog/CatalogThread.h"
#include "editing/EditHistory.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

// A provenance field as text, the form edits travel in. A track without a record reads as the
// record an edit would create (origin "human"), so undo restores exactly that.
QString provenanceText(const TrackFacts &facts, const QString &field)
{
    ProvenanceFacts fresh;
    fresh.origin = u"human"_s;
    const ProvenanceFacts p = facts.provenance.value_or(fresh);
    if (field == u"origin")
        return p.origin;
    if (field == u"tool")
        return p.tool;
    if (field == u"modelVersion")
        return p.modelVersion;
    if (field == u"plan")
        return p.plan;
    if (field == u"paidAtGeneration")
        return p.paidAtGeneration < 0 ? QString() : QString::number(p.paidAtGeneration);
    if (field == u"generatedOn")
        return p.generatedOn.isValid() ? p.generatedOn.toString(Qt::ISODate) : QString();
    if (field == u"songId")
        return p.songId;
    if (field == u"prompt")
        return p.prompt;
    if (field == u"stems")
        return p.stems;
    if (field == u"isCover")
        return p.isCover ? u"1"_s : u"0"_s;
    if (field == u"voiceLikeness")
        return p.voiceLikeness;
    return {};
}

QVariantMap findingMap(const Readiness::Finding &finding, Readiness::Use level)
{
    return { { u"rule"_s, finding.ruleId }, { u"severity"_s, Readiness::severityKey(finding.severity) },
        { u"message"_s, finding.message }, { u"fix"_s, finding.fix },
        { u"level"_s, Readiness::useName(level) } };
}

} // namespace

RightsCatalog::RightsCatalog(
    const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(thread)
    , m_history(history)
{
}

void RightsCatalog::reload()
{
    if (++m_pendingLoads == 1)
        Q_EMIT loadingChanged();
    const CatalogStore store = m_store;
    m_thread->post([this, store] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        const QDate today = QDate::currentDate();
        auto facts = RightsQueries::trackFacts(db, store.libraryRoot(), today, 0, &error);
        auto board = facts ? RightsQueries::clearanceBoard(db, &error) : std::nullopt;
        QMetaObject::invokeMethod(
            this,
            [this, facts = std::move(facts), board = std::move(board), today, error]() mutable {
                if (!facts || !board) {
                    Q_EMIT errorOccurred(tr("Could not read the rights: %1").arg(error));
                } else if (m_pendingLoads == 1) { // a newer load is queued: skip this stale result
                    m_matrix.setTracks(std::move(*facts));
                    m_board.setRows(std::move(*board), today);
                    Q_EMIT currentChanged();
                }
                if (--m_pendingLoads == 0) {
                    Q_EMIT loadingChanged();
                    Q_EMIT reloaded();
                }
            },
            Qt::QueuedConnection);
    });
}

void RightsCatalog::waitForIdle()
{
    m_thread->waitForIdle();
    QCoreApplication::sendPostedEvents(this);
}

void RightsCatalog::setCurrentTrackId(qint64 id)
{
    if (id == m_currentTrackId)
        return;
    m_currentTrackId = id;
    Q_EMIT currentChanged();
}

QVariantMap RightsCatalog::provenance() const
{
    const TrackFacts *facts = m_matrix.factsAt(m_matrix.rowOf(m_currentTrackId));
    if (!facts)
        return {};
    QVariantMap map { { u"trackId"_s, facts->trackId }, { u"recorded"_s, facts->provenance.has_value() } };
    for (const QString &field : RightsQueries::provenanceFields())
        map.insert(field, provenanceText(*facts, field));
    if (facts->terms) {
        map.insert(u"terms"_s,
            QVariantMap { { u"commercialUse"_s, facts->terms->commercialUse },
                { u"ownership"_s, facts->terms->ownership }, { u"source"_s, facts->terms->source },
                { u"example"_s, facts->terms->example } });
    }
    return map;
}

QVariantList RightsCatalog::syncChecklist() const
{
    const TrackFacts *facts = m_matrix.factsAt(m_matrix.rowOf(m_currentTrackId));
    if (!facts)
        return {};
    QVariantList steps;
    for (Readiness::Use level : Readiness::allUses) {
        for (const Readiness::Finding &finding : Readiness::check(*facts, level)) {
            if (finding.severity != Readiness::Severity::Warning)
                steps.append(findingMap(finding, level));
        }
        if (level == Readiness::Use::Sync)
            break;
    }
    return steps;
}

QVariantList RightsCatalog::reasons(int row, int column) const
{
    const Readiness::TrackReadiness *readiness = m_matrix.readinessAt(row);
    if (!readiness || column < 0 || column >= int(Readiness::allUses.size()))
        return {};
    QVariantList list;
    // What keeps a level from "ready" may sit below it: show the lower levels' blockers first.
    for (int level = 0; level <= column; ++level) {
        const Readiness::UseResult &result = readiness->uses[size_t(level)];
        for (const Readiness::Finding &finding : result.findings) {
            if (level == column || finding.severity != Readiness::Severity::Warning)
                list.append(findingMap(finding, result.use));
        }
    }
    return list;
}

bool RightsCatalog::setProvenanceField(qint64 trackId, const QString &field, const QString &value)
{
    const TrackFacts *facts = m_matrix.factsAt(m_matrix.rowOf(trackId));
    QString error;
    const auto normalized = RightsQueries::normalizedProvenanceValue(field, value, &error);
    if (!facts || !normalized) {
        Q_EMIT errorOccurred(facts ? error : tr("The track is no longer in the catalog."));
        return false;
    }
    const QString before = provenanceText(*facts, field);
    if (before == *normalized && facts->provenance)
        return true;
    applyField(trackId, provenancePrefix + field, *normalized);
    m_history->record({ trackId, provenancePrefix + field, before, *normalized, tr("Provenance Change") });
    return true;
}

bool RightsCatalog::setClearanceStatus(qint64 itemId, const QString &status)
{
    const RightsQueries::ClearanceBoardRow *row = m_board.rowById(itemId);
    if (!RightsQueries::clearanceStatuses().contains(status)) {
        Q_EMIT errorOccurred(tr("Unknown clearance status “%1”.").arg(status));
        return false;
    }
    QString before = row ? row->status : QString();
    if (!row) {
        // Not on the board (e.g. settled): find it in the facts.
        for (int r = 0; r < m_matrix.rowCount() && before.isEmpty(); ++r) {
            for (const ClearanceFact &item : m_matrix.factsAt(r)->clearances) {
                if (item.id == itemId)
                    before = item.status;
            }
        }
    }
    if (before.isEmpty()) {
        Q_EMIT errorOccurred(tr("The clearance item is no longer in the catalog."));
        return false;
    }
    if (before == status)
        return true;
    applyField(itemId, clearanceStatusField, status);
    m_history->record({ itemId, clearanceStatusField, before, status, tr("Clearance Status Change") });
    return true;
}

void RightsCatalog::applyField(qint64 recordId, const QString &field, const QString &value)
{
    if (field == clearanceStatusField) {
        m_board.setStatus(recordId, value);
        write([recordId, value](QSqlDatabase db, QString *error) {
            return RightsQueries::updateClearanceStatus(db, recordId, value, error);
        });
    } else if (field.startsWith(provenancePrefix)) {
        const QString name = field.mid(provenancePrefix.size());
        write([recordId, name, value](QSqlDatabase db, QString *error) {
            return RightsQueries::updateProvenanceField(db, recordId, name, value, error);
        });
    }
}

// Writes on the catalog thread, then re-reads: verdicts follow from the stored facts only.
void RightsCatalog::write(std::function<bool(QSqlDatabase, QString *)> change)
{
    const CatalogStore store = m_store;
    m_thread->post([this, store, change = std::move(change)] {
        QString error;
        if (change(store.connection(&error), &error))
            return;
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                Q_EMIT errorOccurred(tr("The change was not saved: %1").arg(error));
                Q_EMIT writeFailed();
            },
            Qt::QueuedConnection);
    });
    reload();
}

} // namespace Imprint
