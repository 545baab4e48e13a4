// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"

#include "Logging.h"
#include "catalog/AssetPath.h"
#include "catalog/ServerAddress.h"
#include "catalog/TeamRoles.h"
#include "catalog/TrackQueries.h"
#include "editing/EditConflicts.h"
#include "editing/FieldNames.h"
#include "identifiers/IsrcAllocation.h"
#include "tracks/TrackIsrc.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

/// An edit that reaches the catalog this long after it was made is logged (CatalogSession::writeBehind).
constexpr qint64 slowSaveMs = 1000;

TrackTableModel::Role roleOf(TrackQueries::EditableField field)
{
    switch (field) {
    case TrackQueries::EditableField::Title:
        return TrackTableModel::TitleRole;
    case TrackQueries::EditableField::Artist:
        return TrackTableModel::ArtistRole;
    case TrackQueries::EditableField::Version:
        return TrackTableModel::VersionRole;
    case TrackQueries::EditableField::Isrc:
        return TrackTableModel::IsrcRole;
    case TrackQueries::EditableField::Genre:
        return TrackTableModel::GenreRole;
    case TrackQueries::EditableField::Language:
        return TrackTableModel::LanguageRole;
    case TrackQueries::EditableField::Explicit:
        return TrackTableModel::ExplicitRole;
    case TrackQueries::EditableField::Bpm:
        return TrackTableModel::BpmRole;
    case TrackQueries::EditableField::Key:
        return TrackTableModel::KeyRole;
    case TrackQueries::EditableField::Mood:
        return TrackTableModel::MoodRole;
    case TrackQueries::EditableField::HasVocals:
        return TrackTableModel::HasVocalsRole;
    }
    return TrackTableModel::TitleRole;
}

// The track table's loudness column: the integrated loudness of an analysed master, else NaN.
double loudnessOf(const TrackQualityRow *row)
{
    if (row && row->facts && row->facts->decoded && std::isfinite(row->facts->integratedLufs))
        return row->facts->integratedLufs;
    return std::numeric_limits<double>::quiet_NaN();
}

QHash<qint64, double> loudnessByTrack(const QualityListModel &quality)
{
    QHash<qint64, double> lufs;
    for (int i = 0; i < quality.rowCount(); ++i) {
        const TrackQualityRow *row = quality.rowAt(i);
        if (const double value = loudnessOf(row); !std::isnan(value))
            lufs.insert(row->trackId, value);
    }
    return lufs;
}

QHash<qint64, int> readinessByTrack(const ReadinessMatrixModel &matrix)
{
    QHash<qint64, int> highest;
    for (int i = 0; i < matrix.rowCount(); ++i) {
        if (const Readiness::TrackSummary *summary = matrix.summaryAt(i))
            highest.insert(summary->trackId, summary->highestReadyUse());
    }
    return highest;
}

} // namespace

CatalogSession::CatalogSession(const CatalogStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_history([this](qint64 id, const QString &field, const QString &value, const QString &expected) {
        applyHistoryField(id, field, value, expected);
    })
    , m_releases(store, &m_catalogThread, &m_history, this)
    , m_planning(store, &m_catalogThread, &m_history, this)
    , m_rights(store, &m_catalogThread, &m_history, this)
    , m_quality(store, &m_catalogThread, &m_history, this)
    , m_exchange(store, &m_catalogThread, this)
    , m_deliveries(store, &m_catalogThread, this)
    , m_credits(store, &m_catalogThread, &m_history, this)
    , m_versions(store, &m_catalogThread, &m_history, this)
    , m_files(store, &m_catalogThread, &m_history, this)
    , m_selection(&m_table, &m_filter)
    , m_bulkEdit(store, &m_catalogThread, &m_history, &m_table, &m_selection, this)
    , m_duplicates(store, &m_catalogThread, &m_history, this)
    , m_catalogThread(store)
{
    connect(&m_releases, &ReleaseCatalog::errorOccurred, this, &CatalogSession::errorOccurred);
    m_quality.setTrackTable(&m_table);
    connect(&m_quality, &QualityCatalog::errorOccurred, this, &CatalogSession::errorOccurred);
    connect(&m_deliveries, &DeliveryCatalog::errorOccurred, this, &CatalogSession::errorOccurred);
    connect(&m_quality, &QualityCatalog::writeFailed, this, &CatalogSession::discardUnsavedState);
    // Readiness judges the audio checks under the stored profiles: an edited profile changes it.
    connect(&m_quality, &QualityCatalog::profileEdited, &m_rights, [this] {
        m_rights.reload();
        m_deliveries.reload();
    });
    connect(&m_quality, &QualityCatalog::conflictFound, this, &CatalogSession::showProfileConflict);
    connect(&m_releases, &ReleaseCatalog::writeFailed, this, &CatalogSession::discardUnsavedState);
    connect(&m_releases, &ReleaseCatalog::conflictFound, this, &CatalogSession::showReleaseConflict);
    connect(&m_releases, &ReleaseCatalog::artworkConflictFound, this,
        [this](qint64 releaseId, const QString &yours, const QString &theirs, const QString &yoursName,
            const QString &theirsName) {
            const ReleaseRow *row = m_releases.model()->rowById(releaseId);
            addConflict(EditConflicts::releaseArtwork(
                releaseId, row ? row->title : QString(), yours, theirs, yoursName, theirsName));
        });
    connect(&m_planning, &PlanningSession::errorOccurred, this, &CatalogSession::errorOccurred);
    connect(&m_planning, &PlanningSession::writeFailed, this, &CatalogSession::discardUnsavedState);
    connect(&m_planning, &PlanningSession::conflictFound, this,
        [this](qint64 releaseId, const QString &record, const QString &yours, const QString &theirs) {
            addConflict(EditConflicts::releasePlan(releaseId, record, yours, theirs));
        });
    // A release moved on the calendar shows its new date on the releases page too.
    connect(&m_planning, &PlanningSession::releaseDateChanged, this, [this](qint64 releaseId, QDate date) {
        if (const ReleaseRow *existing = m_releases.model()->rowById(releaseId)) {
            ReleaseRow row = *existing;
            row.releaseDate = date;
            m_releases.model()->updateRow(row);
            if (releaseId == m_releases.currentReleaseId())
                Q_EMIT m_releases.currentChanged();
        }
    });
    // Deleting or restoring a release changes the release column of its tracks.
    connect(&m_releases, &ReleaseCatalog::recordsChanged, this, &CatalogSession::reload);
    // A new release is the one the calendar shows too (its plan arrives with that reload).
    connect(&m_releases, &ReleaseCatalog::releaseCreated, &m_planning, &PlanningSession::setCurrentReleaseId);
    connect(&m_rights, &RightsCatalog::errorOccurred, this, &CatalogSession::errorOccurred);
    connect(&m_rights, &RightsCatalog::writeFailed, this, &CatalogSession::discardUnsavedState);
    connect(&m_rights, &RightsCatalog::conflictFound, this,
        [this](qint64 recordId, const QString &field, const QString &record, const QString &yours,
            const QString &theirs) {
            qCInfo(lcCatalog) << "edit conflict on" << field << "of" << recordId;
            addConflict(EditConflicts::rightsRecord(recordId, record, field, yours, theirs));
        });
    connect(&m_credits, &CreditsCatalog::errorOccurred, this, &CatalogSession::errorOccurred);
    connect(&m_credits, &CreditsCatalog::writeFailed, this, &CatalogSession::discardUnsavedState);
    connect(&m_credits, &CreditsCatalog::conflictFound, this, &CatalogSession::showCreditsConflict);
    // The track pane shows the credits and splits of the selected track.
    connect(this, &CatalogSession::currentTrackChanged, this, [this] {
        m_credits.setTrackId(m_currentTrackId);
        m_versions.setTrackId(m_currentTrackId);
        m_files.setTrackId(m_currentTrackId);
    });
    connect(&m_versions, &TrackVersions::errorOccurred, this, &CatalogSession::errorOccurred);
    connect(&m_versions, &TrackVersions::conflictFound, this, &CatalogSession::showVersionConflict);
    connect(&m_files, &TrackFiles::errorOccurred, this, &CatalogSession::errorOccurred);
    // A stem or cut-down taken off (or put back): the counts, the audio checks and the verdicts
    // that read them, as after attaching one.
    connect(&m_files, &TrackFiles::filesChanged, this, &CatalogSession::reload);
    // Tracks changed by a CSV import, or added to or removed from a release, show at once.
    connect(&m_exchange, &MetadataExchange::imported, this, &CatalogSession::reload);
    connect(&m_releases, &ReleaseCatalog::trackListSaved, this, &CatalogSession::reloadPlacedTracks);
    m_derivedRefresh.setSingleShot(true);
    m_derivedRefresh.setInterval(400);
    connect(&m_derivedRefresh, &QTimer::timeout, this, &CatalogSession::flushDerivedRefresh);
    // Every edit, undo and redo passes through the history: it says which records changed, and
    // only their tracks are judged again (issue 18), queued on the catalog thread after the
    // writes that caused them.
    connect(&m_history, &EditHistory::stepApplied, this, [this](const QList<FieldEdit> &parts) {
        ++m_localEdits;
        m_affected.merge(AffectedTracks::of(parts));
        m_placedTracks.unite(AffectedTracks::placedOrRemoved(parts));
    });
    connect(&m_history, &EditHistory::changed, &m_derivedRefresh, qOverload<>(&QTimer::start));
    connect(&m_rights, &RightsCatalog::tracksRefreshed, this, [this](const QList<qint64> &ids) {
        for (qint64 id : ids) {
            if (const Readiness::TrackSummary *summary
                = m_rights.matrix()->summaryAt(m_rights.rowOfTrack(id)))
                m_table.setReadinessOf(id, summary->highestReadyUse());
        }
    });
    connect(&m_quality, &QualityCatalog::tracksRefreshed, this, [this](const QList<qint64> &ids) {
        for (qint64 id : ids)
            m_table.setLoudnessOf(id, loudnessOf(m_quality.model()->row(id)));
    });
    m_filter.setSourceModel(&m_table);
    connect(m_quality.model(), &QAbstractItemModel::modelReset, this,
        [this] { m_table.setLoudness(loudnessByTrack(*m_quality.model())); });
    connect(m_rights.matrix(), &QAbstractItemModel::modelReset, this,
        [this] { m_table.setReadiness(readinessByTrack(*m_rights.matrix())); });
    connect(&m_table, &QAbstractItemModel::modelReset, this, &CatalogSession::trackCountChanged);
    // The detail pane follows the selection's current track (the one last clicked).
    connect(&m_selection, &TrackSelection::currentChanged, this,
        [this] { setCurrentTrackId(m_selection.currentTrackId()); });
    connect(&m_bulkEdit, &BulkTrackEdit::errorOccurred, this, &CatalogSession::errorOccurred);
    connect(&m_bulkEdit, &BulkTrackEdit::writeFailed, this, &CatalogSession::discardUnsavedState);
    connect(&m_bulkEdit, &BulkTrackEdit::tracksEdited, this, &CatalogSession::currentTrackChanged);
    // A label set from the catalog page is the release's: the releases page shows it too.
    connect(&m_bulkEdit, &BulkTrackEdit::releasesEdited, &m_releases, &ReleaseCatalog::reload);
    connect(&m_duplicates, &DuplicateReview::errorOccurred, this, &CatalogSession::errorOccurred);
    // A merge takes a track away (its undo brings it back): every page shows it at once.
    connect(&m_duplicates, &DuplicateReview::tracksChanged, this, &CatalogSession::reload);
    // A team catalog: what other people change shows here as soon as they commit it.
    if (store.isOnServer()) {
        m_feed = std::make_unique<CatalogChangeFeed>(store);
        connect(m_feed.get(), &CatalogChangeFeed::changed, this, &CatalogSession::followRemoteChanges);
        // Said for as long as it lasts (a banner with Reload), not as a message that goes away.
        connect(m_feed.get(), &CatalogChangeFeed::failed, this, [this](const QString &reason) {
            m_liveUpdatesProblem = reason;
            Q_EMIT liveUpdatesProblemChanged();
        });
        // Back after a server restart or an outage: what changed meanwhile was not announced.
        connect(m_feed.get(), &CatalogChangeFeed::resumed, this, [this] {
            m_liveUpdatesProblem.clear();
            Q_EMIT liveUpdatesProblemChanged();
            reload();
        });
    }
}

CatalogSession::~CatalogSession() = default;

void CatalogSession::waitForIdle()
{
    m_catalogThread.waitForIdle();
    // Results come back as queued calls to the session and its parts.
    QCoreApplication::sendPostedEvents(this);
    QCoreApplication::sendPostedEvents(&m_releases);
    QCoreApplication::sendPostedEvents(&m_planning);
    QCoreApplication::sendPostedEvents(&m_rights);
    QCoreApplication::sendPostedEvents(&m_quality);
    QCoreApplication::sendPostedEvents(&m_deliveries);
    QCoreApplication::sendPostedEvents(&m_credits);
    QCoreApplication::sendPostedEvents(&m_versions);
    QCoreApplication::sendPostedEvents(&m_files);
    QCoreApplication::sendPostedEvents(&m_exchange);
    QCoreApplication::sendPostedEvents(&m_bulkEdit);
    QCoreApplication::sendPostedEvents(&m_duplicates);
}

void CatalogSession::flushDerivedRefresh()
{
    m_derivedRefresh.stop();
    refreshTracks(std::exchange(m_affected, AffectedTracks()));
}

void CatalogSession::refreshTracks(const AffectedTracks &affected)
{
    // Each track is read through the indexes; past this many one read of everything is cheaper.
    constexpr qsizetype oneByOneUpTo = 2000;
    if (affected.everything || affected.size() > oneByOneUpTo) {
        m_rights.reload();
        m_quality.reload();
    } else if (!affected.isEmpty()) {
        m_rights.refreshTracks(affected);
        m_quality.refreshTracks(affected);
    }
    m_deliveries.reload(); // one release: its preflight includes both verdicts
}

void CatalogSession::applyHistoryField(
    qint64 recordId, const QString &field, const QString &value, const QString &expected)
{
    if (field.startsWith(ReleaseCatalog::historyPrefix))
        m_releases.applyField(recordId, field.mid(ReleaseCatalog::historyPrefix.size()), value, expected);
    else if (field.startsWith(PlanningSession::historyPrefix))
        m_planning.applyField(recordId, field.mid(PlanningSession::historyPrefix.size()), value, expected);
    else if (field.startsWith(QualityCatalog::historyPrefix))
        m_quality.applyField(field, value, expected);
    else if (field.startsWith(CreditsCatalog::historyPrefix))
        m_credits.applyField(recordId, field.mid(CreditsCatalog::historyPrefix.size()), value, expected);
    else if (field.startsWith(TrackVersions::historyPrefix))
        m_versions.applyField(recordId, field.mid(TrackVersions::historyPrefix.size()), value, expected);
    else if (field.startsWith(TrackFiles::historyPrefix))
        m_files.applyField(recordId, field.mid(TrackFiles::historyPrefix.size()), value, expected);
    else if (field.startsWith(BulkTrackEdit::historyPrefix))
        m_bulkEdit.applyField(field.mid(BulkTrackEdit::historyPrefix.size()), value);
    else if (field.startsWith(DuplicateReview::historyPrefix))
        m_duplicates.applyField(recordId, field.mid(DuplicateReview::historyPrefix.size()), value);
    else if (field.startsWith(RightsCatalog::historyPrefix))
        m_rights.applyField(recordId, field, value, expected);
    else
        applyField(recordId, field, value, expected);
}

// The catalog is the truth: after a failed write, show what it holds and drop undo steps that
// no longer match it.
void CatalogSession::discardUnsavedState()
{
    m_history.clear();
    reload();
}

// Someone else changed the field after this session read it: the track shows what the catalog
// holds, the undo steps made on the old value go, and the user is asked which value to keep.
void CatalogSession::showConflict(
    qint64 trackId, const QString &fieldName, const QString &yours, const QString &theirs)
{
    m_table.setField(trackId, roleOf(*TrackQueries::editableField(fieldName)), theirs);
    if (trackId == m_currentTrackId)
        Q_EMIT currentTrackChanged();
    m_history.forget(trackId, fieldName);
    const TrackRow *row = m_table.rowById(trackId);
    qCInfo(lcCatalog) << "edit conflict on track" << trackId << fieldName;
    addConflict(EditConflicts::trackField(trackId, row ? row->title : QString(), fieldName, yours, theirs));
}

QString CatalogSession::editorRole() const
{
    if (!m_store.isOnServer())
        return {};
    return TeamRoles::namesFor(ServerAddress::parse(m_store.path()).database()).editor;
}

QUrl CatalogSession::masterFileUrl(qint64 trackId) const
{
    const TrackRow *row = m_table.rowById(trackId);
    if (!row || row->path.isEmpty() || m_libraryRoot.isEmpty())
        return {};
    return QUrl::fromLocalFile(AssetPath::resolve(m_libraryRoot, row->path));
}

QUrl CatalogSession::masterFolderUrl(qint64 trackId) const
{
    const QUrl file = masterFileUrl(trackId);
    return file.isEmpty() ? QUrl() : QUrl::fromLocalFile(QFileInfo(file.toLocalFile()).absolutePath());
}

void CatalogSession::setCurrentTrackId(qint64 id)
{
    if (id != m_selection.currentTrackId()) {
        m_selection.select(id); // its currentChanged comes back here
        return;
    }
    if (id == m_currentTrackId)
        return;
    m_currentTrackId = id;
    Q_EMIT currentTrackChanged();
}

QVariantMap CatalogSession::currentTrack() const
{
    const TrackRow *row = m_table.rowById(m_currentTrackId);
    if (!row)
        return {};
    return {
        { u"id"_s, row->id },
        { u"title"_s, row->title },
        { u"artist"_s, row->artist },
        { u"version"_s, row->version },
        { u"release"_s, row->release },
        { u"releaseType"_s, row->releaseType },
        { u"isrc"_s, row->isrc },
        { u"genre"_s, row->genre },
        { u"language"_s, row->language },
        { u"explicit"_s, row->explicitFlag },
        { u"label"_s, row->label },
        { u"duration"_s, TrackTableModel::formatDuration(row->durationMs) },
        { u"format"_s, TrackTableModel::describeFormat(*row) },
        { u"channels"_s, row->channels },
        { u"path"_s, row->path },
        { u"stems"_s, row->stemCount },
        { u"cutdowns"_s, row->cutdownCount },
        { u"bpm"_s, row->bpm },
        { u"key"_s, row->key },
        { u"mood"_s, row->mood },
        { u"hasVocals"_s, row->hasVocals },
    };
}

bool CatalogSession::setTrackField(qint64 trackId, const QString &fieldName, const QString &value)
{
    const auto field = TrackQueries::editableField(fieldName);
    const TrackRow *row = m_table.rowById(trackId);
    if (!field || !row) {
        Q_EMIT errorOccurred(tr("This field cannot be edited here."));
        return false;
    }
    QString error;
    const auto normalized = TrackQueries::normalizedValue(*field, value, &error);
    if (!normalized) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    QString after = *normalized;
    if (*field == TrackQueries::EditableField::Isrc && !after.isEmpty()) {
        const IdentifierCheck check = TrackIsrc::check(m_table.rows(), trackId, after);
        if (!check.valid) {
            Q_EMIT errorOccurred(check.reason);
            return false;
        }
        after = check.normalized;
    }
    const QString before = m_table.data(m_table.index(m_table.rowOf(trackId), 0), roleOf(*field)).toString();
    if (before == after)
        return true;
    applyField(trackId, fieldName, after, before);
    m_history.record({ trackId, fieldName, before, after, FieldNames::trackEditText(*field) });
    return true;
}

bool CatalogSession::assignIsrc(qint64 trackId)
{
    if (m_isrcPrefix.isEmpty()) {
        Q_EMIT errorOccurred(tr("Set your ISRC registrant prefix first (for example CC-XXX)."));
        return false;
    }
    const Isrc::Allocation allocation = TrackIsrc::next(m_table.rows(), m_isrcPrefix, QDate::currentDate());
    if (!allocation.ok()) {
        Q_EMIT errorOccurred(allocation.reason);
        return false;
    }
    return setTrackField(trackId, u"isrc"_s, allocation.isrc);
}

bool CatalogSession::setIsrcPrefix(const QString &text)
{
    const IdentifierCheck check = Isrc::validateRegistrantPrefix(text);
    if (!check.valid) {
        Q_EMIT errorOccurred(check.reason);
        return false;
    }
    m_isrcPrefix = check.normalized;
    Q_EMIT isrcPrefixChanged();
    const CatalogStore store = m_store;
    const QString prefix = m_isrcPrefix;
    m_catalogThread.post([this, store, prefix] {
        QString error;
        if (store.setSetting(Isrc::RegistrantPrefixSetting, prefix, &error))
            return;
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT errorOccurred(tr("The change was not saved: %1").arg(error)); },
            Qt::QueuedConnection);
    });
    return true;
}

QString CatalogSession::isrcPrefix() const
{
    return m_isrcPrefix.isEmpty() ? QString() : Isrc::displayRegistrantPrefix(m_isrcPrefix);
}

void CatalogSession::applyField(
    qint64 trackId, const QString &fieldName, const QString &value, const QString &expected)
{
    const auto field = TrackQueries::editableField(fieldName);
    if (!field)
        return;
    m_table.setField(trackId, roleOf(*field), value);
    if (trackId == m_currentTrackId)
        Q_EMIT currentTrackChanged();
    writeBehind(trackId, fieldName, expected, value);
}

void CatalogSession::writeBehind(
    qint64 trackId, const QString &fieldName, const QString &expected, const QString &value)
{
    const CatalogStore store = m_store;
    const auto field = *TrackQueries::editableField(fieldName);
    QElapsedTimer sinceEdit;
    sinceEdit.start();
    m_catalogThread.post([this, store, trackId, field, fieldName, expected, value, sinceEdit] {
        const qint64 queuedMs = sinceEdit.elapsed();
        QString error;
        std::optional<QString> stale;
        QSqlDatabase db = store.connection(&error);
        const bool saved = db.isValid()
            && TrackQueries::updateTrackFieldIf(db, trackId, field, expected, value, &stale, &error);
        // Seconds between an edit and its save leave room for someone else's edit in between (a
        // conflict to ask about): worth a line in the log, with where the time went.
        if (const qint64 totalMs = sinceEdit.elapsed(); totalMs >= slowSaveMs)
            qCInfo(lcCatalog) << "the edit of" << fieldName << "of track" << trackId
                              << "reached the catalog after" << totalMs << "ms, of which" << queuedMs
                              << "ms waiting for earlier catalog work";
        if (saved)
            return;
        if (stale) {
            QMetaObject::invokeMethod(
                this,
                [this, trackId, fieldName, value, theirs = *stale] {
                    showConflict(trackId, fieldName, value, theirs);
                },
                Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, error, trackId, field, expected] {
                qCWarning(lcCatalog) << "saving an edit failed:" << error;
                // Saved behind the user's back: by now another track may be shown, so say which
                // (by the title it had: a title edit shows the one that was not saved).
                const TrackRow *row = m_table.rowById(trackId);
                const QString title = field == TrackQueries::EditableField::Title ? expected
                    : row                                                         ? row->title
                                                                                  : QString();
                Q_EMIT errorOccurred(
                    tr("%1 of “%2” was not saved: %3").arg(FieldNames::trackFieldTitle(field), title, error));
                discardUnsavedState();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Imprint
