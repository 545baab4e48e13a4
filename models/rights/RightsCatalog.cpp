// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "RightsCatalog.h"

#include "catalog/CatalogReadAhead.h"
#include "catalog/CatalogThread.h"
#include "editing/EditHistory.h"
#include "rights/FixRecord.h"
#include "rights/FixTargets.h"
#include "rights/RightsEdits.h"
#include "rights/RightsRecordText.h"
#include "rights/RightsReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

QVariantMap findingMap(const TrackFacts &facts, const Readiness::Finding &finding, Readiness::Use level)
{
    QVariantMap target = FixTargets::toVariant(finding.ruleId, FixTargets::recordIdFor(facts, finding));
    if (!finding.fixTab.isEmpty()) {
        target.insert(u"tab"_s, finding.fixTab);
        target.insert(u"field"_s, finding.fixField);
    }
    return { { u"rule"_s, finding.ruleId }, { u"severity"_s, Readiness::severityKey(finding.severity) },
        { u"message"_s, finding.message }, { u"fix"_s, finding.fix },
        { u"level"_s, Readiness::useName(level) }, { u"target"_s, target } };
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

namespace
{

// What a full reload reads and judges, off the GUI thread.
struct RightsRead {
    bool tracksRead = false;
    QList<ReadinessMatrixModel::Track> tracks;
    QList<TrackFacts> held; ///< the facts of the tracks the page holds
    RightsRecordOwners owners;
    QHash<qint64, int> termsUsage; ///< how many tracks each row of the terms table judges
    std::optional<QList<RightsQueries::ClearanceBoardRow>> board;
    std::optional<QList<RightsQueries::ToolSummary>> tools;
    std::optional<QList<ToolTermsFact>> termRows;
    QDate today;
    QString root;
};

// Tracks judged at a time: their facts are dropped once summed up, so a catalog's facts are
// never all in memory (at 1 000 000 tracks they would take gigabytes).
constexpr qsizetype tracksPerPart = 32768;

RightsRead readRights(const CatalogStore &store, QSqlDatabase db, SharedQualityRows *qualityRows,
    const QSet<qint64> &held, QString *error)
{
    RightsRead read;
    read.today = QDate::currentDate();
    read.root = store.libraryRoot();
    // Judged here, not on the GUI thread: on a large catalog this is most of the work. Only the
    // verdicts are kept; the page works out the findings of the track it shows.
    read.tracksRead = RightsQueries::trackFactsInParts(db, read.root, read.today, tracksPerPart, error,
        qualityRows, [&read, &held](QList<TrackFacts> &&part) {
            const QList<Readiness::TrackSummary> summaries = Readiness::summarizeAll(part);
            for (qsizetype i = 0; i < part.size(); ++i) {
                TrackFacts &facts = part[i];
                read.tracks.append(ReadinessMatrixModel::Track::of(facts, summaries[i]));
                read.owners.add(facts);
                if (facts.terms)
                    ++read.termsUsage[facts.terms->id];
                if (held.contains(facts.trackId))
                    read.held.append(std::move(facts));
            }
        });
    read.board = read.tracksRead ? RightsQueries::clearanceBoard(db, error) : std::nullopt;
    read.tools = read.board ? RightsQueries::tools(db, error) : std::nullopt;
    read.termRows = read.tools ? RightsQueries::allTerms(db, error) : std::nullopt;
    return read;
}

using RightsReadAhead = CatalogRead<RightsRead>;

} // namespace

std::shared_ptr<CatalogReadAhead> RightsCatalog::prepareReload(
    std::shared_ptr<SharedQualityRows> qualityRows) const
{
    const CatalogStore store = m_store;
    QSet<qint64> held { m_currentTrackId };
    for (const TrackFacts &facts : m_held)
        held.insert(facts.trackId);
    return std::make_shared<RightsReadAhead>(
        store, [store, qualityRows = std::move(qualityRows), held](QSqlDatabase db, QString *error) {
            return readRights(store, db, qualityRows.get(), held, error);
        });
}

void RightsCatalog::reloadWith(std::shared_ptr<CatalogReadAhead> prepared)
{
    if (++m_pendingLoads == 1)
        Q_EMIT loadingChanged();
    const CatalogStore store = m_store;
    const quint64 written = m_writeSequence; // every write so far is posted before this read
    // Made by prepareReload(), so of that type.
    auto read = std::static_pointer_cast<RightsReadAhead>(std::move(prepared));
    m_thread->post([this, store, written, read = std::move(read)] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        RightsRead result = read->result(db, &error);
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result), written, error]() mutable {
                if (!result.tracksRead || !result.board || !result.tools || !result.termRows) {
                    Q_EMIT errorOccurred(tr("Could not read the rights: %1").arg(error));
                } else if (m_pendingLoads == 1) { // a newer load is queued: skip this stale result
                    setLibraryRoot(result.root);
                    forgetWrittenUpTo(written);
                    m_terms.setRows(std::move(*result.termRows), result.termsUsage);
                    m_matrix.setTracks(std::move(result.tracks));
                    m_owners = std::move(result.owners);
                    // Read in id order; kept as hold() keeps them, the most recently shown first.
                    QHash<qint64, qsizetype> shown;
                    for (qsizetype i = 0; i < m_held.size(); ++i)
                        shown.insert(m_held[i].trackId, m_held[i].trackId == m_currentTrackId ? -1 : i);
                    std::stable_sort(result.held.begin(), result.held.end(),
                        [&shown](const TrackFacts &a, const TrackFacts &b) {
                            return shown.value(a.trackId, heldTracks) < shown.value(b.trackId, heldTracks);
                        });
                    m_held = std::move(result.held);
                    if (m_currentTrackId > 0 && !factsOf(m_currentTrackId)) // chosen while it read
                        fetchCurrent();
                    m_board.setRows(std::move(*result.board), result.today);
                    m_tools.clear();
                    m_toolSince.clear();
                    for (const RightsQueries::ToolSummary &tool : std::as_const(*result.tools)) {
                        m_toolSince.insert(tool.tool.toLower(), tool.since);
                        m_tools.append(QVariantMap { { u"tool"_s, tool.tool },
                            { u"since"_s, tool.since.toString(Qt::ISODate) }, { u"plans"_s, tool.plans } });
                    }
                    Q_EMIT toolsChanged();
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

void RightsCatalog::refreshTracks(const AffectedTracks &affected)
{
    if (affected.everything) {
        reload();
        return;
    }
    if (++m_pendingRefreshes + m_pendingLoads == 1)
        Q_EMIT loadingChanged();
    const CatalogStore store = m_store;
    const quint64 written = m_writeSequence;
    m_thread->post([this, store, affected, written] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        const QDate today = QDate::currentDate();
        const QString root = store.libraryRoot();
        auto ids = db.isValid() ? affected.resolve(db, &error) : std::nullopt;
        QList<TrackFacts> facts;
        QList<Readiness::TrackSummary> readiness;
        auto read = ids ? RightsQueries::trackFactsOf(db, root, today, *ids, &error) : std::nullopt;
        const bool ok = read.has_value();
        if (ok) { // without the tracks that are gone
            facts = std::move(*read);
            readiness.reserve(facts.size());
            for (const TrackFacts &one : std::as_const(facts))
                readiness.append(Readiness::summarize(Readiness::evaluate(one)));
        }
        auto board = ok ? RightsQueries::clearanceBoard(db, &error) : std::nullopt;
        QMetaObject::invokeMethod(
            this,
            [this, ids = ids.value_or(QList<qint64>()), facts = std::move(facts),
                readiness = std::move(readiness), board = std::move(board), today, written, error]() mutable {
                if (!board) {
                    Q_EMIT errorOccurred(tr("Could not read the rights: %1").arg(error));
                } else {
                    bool complete = facts.size() == ids.size(); // else a track came or went
                    QHash<qint64, int> usedBy = m_terms.usedBy();
                    for (qsizetype i = 0; complete && i < facts.size(); ++i) {
                        if (const auto *old = m_matrix.trackAt(m_matrix.rowOf(facts[i].trackId));
                            old && old->termsId != 0)
                            --usedBy[old->termsId];
                        ReadinessMatrixModel::Track track
                            = ReadinessMatrixModel::Track::of(facts[i], readiness[i]);
                        if (track.termsId != 0)
                            ++usedBy[track.termsId];
                        complete = m_matrix.updateTrack(std::move(track));
                        m_owners.add(facts[i]);
                        if (factsOf(facts[i].trackId) || facts[i].trackId == m_currentTrackId)
                            hold(std::move(facts[i]));
                    }
                    m_board.setRows(std::move(*board), today);
                    if (!complete) {
                        reload();
                    } else {
                        forgetWrittenUpTo(written);
                        usedBy.removeIf([](const auto &entry) { return entry.value() == 0; });
                        if (usedBy != m_terms.usedBy())
                            m_terms.setRows(QList<ToolTermsFact>(m_terms.rows()), usedBy);
                    }
                    if (ids.contains(m_currentTrackId))
                        Q_EMIT currentChanged();
                    Q_EMIT tracksRefreshed(ids);
                }
                if (--m_pendingRefreshes + m_pendingLoads == 0)
                    Q_EMIT loadingChanged();
            },
            Qt::QueuedConnection);
    });
}

void RightsCatalog::waitForIdle()
{
    m_thread->waitForIdle();
    QCoreApplication::sendPostedEvents(this);
}

QVariantList RightsCatalog::syncChecklist() const
{
    const TrackFacts *facts = factsOf(m_currentTrackId);
    if (!facts)
        return {};
    QVariantList steps;
    for (Readiness::Use level : Readiness::allUses) {
        for (const Readiness::Finding &finding : Readiness::check(*facts, level)) {
            if (finding.severity != Readiness::Severity::Warning)
                steps.append(findingMap(*facts, finding, level));
        }
        if (level == Readiness::Use::Sync)
            break;
    }
    return steps;
}

QVariantList RightsCatalog::reasons(int row, int column) const
{
    const ReadinessMatrixModel::Track *track = m_matrix.trackAt(row);
    const TrackFacts *facts = track ? factsOf(track->summary.trackId) : nullptr;
    if (!facts || column < 0 || column >= int(Readiness::allUses.size()))
        return {};
    // Worked out again from the track's facts (the matrix keeps only the verdicts): one
    // track's rules take well under a millisecond.
    const Readiness::TrackReadiness readiness = Readiness::evaluate(*facts);
    QVariantList list;
    // What keeps a level from "ready" may sit below it: show the lower levels' blockers first.
    for (int level = 0; level <= column; ++level) {
        const Readiness::UseResult &result = readiness.uses[size_t(level)];
        for (const Readiness::Finding &finding : result.findings) {
            if (level == column || finding.severity != Readiness::Severity::Warning)
                list.append(findingMap(*facts, finding, result.use));
        }
    }
    return list;
}

int RightsCatalog::firstOpenColumn(int row) const
{
    const Readiness::TrackSummary *summary = m_matrix.summaryAt(row);
    if (!summary)
        return -1;
    for (int column = 0; column < int(Readiness::allUses.size()); ++column) {
        if (summary->uses[size_t(column)].verdict != Readiness::Verdict::Ready)
            return column;
    }
    return int(Readiness::allUses.size()) - 1;
}

bool RightsCatalog::setProvenanceField(qint64 trackId, const QString &field, const QString &value)
{
    const TrackFacts *facts = factsOf(trackId);
    QString error;
    const auto normalized = RightsQueries::normalizedProvenanceValue(field, value, &error);
    if (!facts || !normalized) {
        if (!normalized)
            Q_EMIT errorOccurred(error);
        else if (m_matrix.rowOf(trackId) >= 0)
            Q_EMIT errorOccurred(tr("The rights of this track are still being read. Try again in a moment."));
        else
            Q_EMIT errorOccurred(tr("The track is no longer in the catalog."));
        return false;
    }
    if (field == u"generatedOn" && !normalized->isEmpty()) {
        // A generation cannot predate the tool: the terms table knows when each tool started.
        const QString tool = RightsRecordText::provenanceText(*facts, u"tool"_s);
        const QDate since = m_toolSince.value(tool.toLower());
        const QDate date = QDate::fromString(*normalized, Qt::ISODate);
        if (since.isValid() && date < since) {
            Q_EMIT errorOccurred(tr("%1 is before %2 existed: the terms table knows it from %3. Check the "
                                    "date, or add the tool's earlier terms.")
                    .arg(*normalized, tool, since.toString(Qt::ISODate)));
            return false;
        }
    }
    // A record created by an edit whose re-read has not arrived yet counts as there.
    const bool recorded
        = shownText(provenanceRecordField, trackId, facts->provenance ? u"1"_s : u"0"_s) == u"1";
    const QString before
        = shownText(provenancePrefix + field, trackId, RightsRecordText::provenanceText(*facts, field));
    if (before == *normalized && recorded)
        return true;
    const FieldEdit change { trackId, provenancePrefix + field, before, *normalized,
        tr("Provenance Change") };
    if (recorded) {
        applyField(trackId, change.field, change.after, change.before);
        m_history->record(change);
        return true;
    }
    // The first field creates the record; undoing it takes the record away again, so the track
    // is "not recorded" once more rather than "human" by default.
    const EditStep step { { { trackId, provenanceRecordField, u"0"_s, u"1"_s, change.description }, change },
        change.description };
    for (const FieldEdit &part : step.parts)
        applyField(part.recordId, part.field, part.after, part.before);
    m_history->record(step);
    return true;
}

bool RightsCatalog::setClearanceStatus(qint64 itemId, const QString &status)
{
    if (!RightsQueries::clearanceStatuses().contains(status)) {
        Q_EMIT errorOccurred(tr("Unknown clearance status “%1”.").arg(status));
        return false;
    }
    const QString before = recordText(clearanceStatusField, itemId);
    if (before.isEmpty()) {
        Q_EMIT errorOccurred(tr("The clearance item is no longer in the catalog."));
        return false;
    }
    if (before == status)
        return true;
    applyField(itemId, clearanceStatusField, status, before);
    m_history->record({ itemId, clearanceStatusField, before, status, tr("Clearance Status Change") });
    return true;
}

// Writes on the catalog thread, then re-reads: verdicts follow from the stored facts only.
void RightsCatalog::write(const QString &field, qint64 recordId, const QString &expected,
    const QString &value, Change change, const QList<qint64> &tracks)
{
    const CatalogStore store = m_store;
    m_thread->post([this, store, field, recordId, expected, value, change = std::move(change)] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        RightsRecordText::CheckedWrite result;
        if (db.isValid())
            result = RightsRecordText::writeIf(db, store.libraryRoot(), field, recordId, expected, value,
                [&db, &change](const QString &text, QString *why) { return change(db, text, why); });
        else
            result.error = error;
        if (result.ok && result.movedTo == 0)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, field, recordId, value, result] {
                if (result.movedTo != 0)
                    moveRecord(field, recordId, result.movedTo);
                if (result.theirs) {
                    showConflict(recordId, field, value, *result.theirs);
                } else if (!result.ok) {
                    Q_EMIT errorOccurred(tr("The change was not saved: %1").arg(result.error));
                    Q_EMIT writeFailed();
                }
            },
            Qt::QueuedConnection);
    });
    if (tracks.isEmpty()) {
        reload();
        return;
    }
    AffectedTracks affected;
    affected.tracks = QSet<qint64>(tracks.cbegin(), tracks.cend());
    refreshTracks(affected);
}

QVariantList RightsCatalog::kinds() const
{
    QVariantList list;
    for (const QString &kind : RightsEdits::clearanceKinds())
        list.append(QVariantMap { { u"value"_s, kind }, { u"text"_s, ClearanceBoardModel::kindName(kind) } });
    return list;
}

QVariantList RightsCatalog::statuses() const
{
    QVariantList list;
    for (const QString &status : RightsQueries::clearanceStatuses())
        list.append(
            QVariantMap { { u"value"_s, status }, { u"text"_s, ClearanceBoardModel::statusName(status) } });
    return list;
}

QVariantList RightsCatalog::elements() const
{
    QVariantList list;
    for (const QString &element : RightsEdits::contributionElements())
        list.append(
            QVariantMap { { u"value"_s, element }, { u"text"_s, RightsRecordText::elementName(element) } });
    return list;
}

} // namespace Imprint
