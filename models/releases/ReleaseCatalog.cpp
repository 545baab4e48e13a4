// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReleaseCatalog.h"
#include "editing/FieldNames.h"

#include "catalog/CatalogRecord.h"
#include "catalog/CatalogThread.h"
#include "catalog/ReleaseQueries.h"
#include "editing/EditHistory.h"
#include "releases/ArtworkCheck.h"
#include "releases/PlannedTracks.h"
#include "releases/ReleaseCreation.h"
#include "releases/ReleaseTrackList.h"
#include "tracks/TrackTableModel.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

// The field of a row by its QML name, as text (the form edits travel in).
QString fieldText(const ReleaseRow &row, const QString &field)
{
    if (field == u"title")
        return row.title;
    if (field == u"type")
        return row.type;
    if (field == u"label")
        return row.label;
    if (field == u"catalogNumber")
        return row.catalogNumber;
    if (field == u"upc")
        return row.upc;
    if (field == u"releaseDate")
        return row.releaseDate.isValid() ? row.releaseDate.toString(Qt::ISODate) : QString();
    if (field == u"genre")
        return row.genre;
    if (field == u"language")
        return row.language;
    if (field == u"pLine")
        return row.pLine;
    if (field == u"cLine")
        return row.cLine;
    if (field == u"explicit")
        return row.explicitContent < 0 ? QString() : QString::number(row.explicitContent);
    if (field == u"status")
        return row.status;
    return {};
}

void setFieldText(ReleaseRow &row, const QString &field, const QString &value)
{
    if (field == u"title")
        row.title = value;
    else if (field == u"type")
        row.type = value;
    else if (field == u"label")
        row.label = value;
    else if (field == u"catalogNumber")
        row.catalogNumber = value;
    else if (field == u"upc")
        row.upc = value;
    else if (field == u"releaseDate")
        row.releaseDate = QDate::fromString(value, Qt::ISODate);
    else if (field == u"genre")
        row.genre = value;
    else if (field == u"language")
        row.language = value;
    else if (field == u"pLine")
        row.pLine = value;
    else if (field == u"cLine")
        row.cLine = value;
    else if (field == u"explicit")
        row.explicitContent = value.isEmpty() ? -1 : value.toInt();
    else if (field == u"status")
        row.status = value;
}

// The edit-history field of a release's running order (ReleaseTrackList::encode).
const QString TrackListField = ReleaseCatalog::trackListField;

void reportWriteFailure(ReleaseCatalog *catalog, const QString &error)
{
    QMetaObject::invokeMethod(
        catalog,
        [catalog, error] {
            Q_EMIT catalog->errorOccurred(ReleaseCatalog::tr("The change was not saved: %1").arg(error));
            Q_EMIT catalog->writeFailed();
        },
        Qt::QueuedConnection);
}

// A step that deletes or restores a record (a release, a planned track), on the catalog thread:
// restores its snapshot, or takes the record out and has the step's undo hold it as it went, an
// edit someone made a moment before included. False with *error when the write fails.
bool applyRecordStep(ReleaseCatalog *catalog, EditHistory *history, QSqlDatabase db, const QString &table,
    qint64 id, const QString &field, const QString &snapshot, const QString &expected, QString *error)
{
    if (!snapshot.isEmpty())
        return CatalogRecord::restore(db, snapshot, error);
    const auto taken = CatalogRecord::takeOut(db, table, id, error);
    if (!taken)
        return false;
    QMetaObject::invokeMethod(
        catalog,
        [history, id, field, expected, fresh = *taken] { history->replaceValue(id, field, expected, fresh); },
        Qt::QueuedConnection);
    return true;
}

// Undo of a planned track removes the recording (its place on the release goes with it); redo
// restores both as they were when it went (first: when it was planned, ReleasePlanController).
void applyPlannedTrack(ReleaseCatalog *catalog, const CatalogStore &store, CatalogThread *thread,
    EditHistory *history, qint64 trackId, const QString &snapshot, const QString &expected)
{
    thread->post([catalog, store, history, trackId, snapshot, expected] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        if (db.isValid() && snapshot.isEmpty() && PlannedTracks::hasAudio(db, trackId)) {
            QMetaObject::invokeMethod(
                catalog,
                [catalog] {
                    Q_EMIT catalog->errorOccurred(ReleaseCatalog::tr(
                        "The planned track has its audio now and stays; take it off the release instead."));
                },
                Qt::QueuedConnection);
            return;
        }
        if (db.isValid()
            && applyRecordStep(catalog, history, db, u"tracks"_s, trackId,
                ReleaseCatalog::historyPrefix + PlannedTracks::HistoryField, snapshot, expected, &error))
            return;
        reportWriteFailure(catalog, error);
    });
    Q_EMIT catalog->recordsChanged(); // the reload is posted after the write
}

} // namespace

ReleaseCatalog::ReleaseCatalog(
    const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(thread)
    , m_history(history)
{
}

QString ReleaseCatalog::artworkWarning(const ReleaseRow &row)
{
    if (row.artworkPath.isEmpty())
        return QCoreApplication::translate(
            "ReleaseCatalog", "No artwork yet: streaming services need a cover.");
    if (row.artworkWidth != row.artworkHeight)
        return QCoreApplication::translate("ReleaseCatalog", "The cover is %1×%2 px; it must be square.")
            .arg(row.artworkWidth)
            .arg(row.artworkHeight);
    if (row.artworkWidth < 3000)
        return QCoreApplication::translate(
            "ReleaseCatalog", "The cover is %1×%1 px; streaming services ask for at least 3000×3000.")
            .arg(row.artworkWidth);
    return {};
}

void ReleaseCatalog::reload()
{
    const CatalogStore store = m_store;
    m_thread->post([this, store] {
        QString error;
        auto rows = ReleaseQueries::allReleases(store.connection(&error), &error);
        const QString root = store.libraryRoot();
        QMetaObject::invokeMethod(
            this,
            [this, rows = std::move(rows), root, error]() mutable {
                if (!rows) {
                    Q_EMIT errorOccurred(tr("Could not read the releases: %1").arg(error));
                    return;
                }
                m_libraryRoot = root;
                m_model.setRows(std::move(*rows));
                if (m_currentId != 0 && !m_model.rowById(m_currentId))
                    m_currentId = 0;
                Q_EMIT currentChanged();
                loadCurrentTracks();
            },
            Qt::QueuedConnection);
    });
}

void ReleaseCatalog::setCurrentReleaseId(qint64 id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    if (m_pendingAdd.releaseId != id)
        m_pendingAdd = {}; // another release was chosen meanwhile
    Q_EMIT currentChanged();
    loadCurrentTracks();
}

QVariantMap ReleaseCatalog::current() const
{
    const ReleaseRow *row = m_model.rowById(m_currentId);
    if (!row)
        return {};
    QVariantMap map { { u"id"_s, row->id }, { u"artist"_s, row->artist },
        { u"trackCount"_s, row->trackCount }, { u"artworkWarning"_s, artworkWarning(*row) },
        { u"artworkSize"_s,
            row->artworkPath.isEmpty() ? QString()
                                       : u"%1 × %2"_s.arg(row->artworkWidth).arg(row->artworkHeight) },
        { u"artworkUrl"_s,
            row->artworkPath.isEmpty()
                ? QUrl()
                : QUrl::fromLocalFile(m_store.absoluteAssetPath(m_libraryRoot, row->artworkPath)) } };
    for (const QString &field : ReleaseQueries::editableFields())
        map.insert(field, fieldText(*row, field));
    return map;
}

void ReleaseCatalog::loadCurrentTracks()
{
    const CatalogStore store = m_store;
    const qint64 id = m_currentId;
    m_thread->post([this, store, id] {
        QString error;
        auto rows = ReleaseQueries::tracksOf(store.connection(&error), id, &error);
        QVariantList tracks;
        for (const ReleaseTrackRow &row : rows.value_or(QList<ReleaseTrackRow>())) {
            // A planned track has no audio yet; the row says so and takes a file.
            tracks.append(QVariantMap { { u"trackId"_s, row.trackId }, { u"disc"_s, row.disc },
                { u"number"_s, row.number }, { u"title"_s, row.title }, { u"version"_s, row.version },
                { u"isrc"_s, row.isrc }, { u"duration"_s, TrackTableModel::formatDuration(row.durationMs) },
                { u"hasAudio"_s, PlannedTracks::hasAudio(store.connection(), row.trackId) } });
        }
        QMetaObject::invokeMethod(
            this,
            [this, id, tracks] {
                if (id != m_currentId)
                    return; // the selection moved on meanwhile
                m_currentTracks = tracks;
                m_currentTracksOf = id;
                Q_EMIT currentTracksChanged();
                if (m_pendingAdd.releaseId == id) {
                    const qint64 trackId = std::exchange(m_pendingAdd, {}).trackId;
                    addTrack(trackId);
                }
            },
            Qt::QueuedConnection);
    });
}

bool ReleaseCatalog::setField(qint64 releaseId, const QString &field, const QString &value)
{
    const ReleaseRow *row = m_model.rowById(releaseId);
    QString error;
    const auto normalized = ReleaseQueries::normalizedValue(field, value, &error);
    if (!row || !normalized) {
        Q_EMIT errorOccurred(row ? error : tr("The release is no longer in the catalog."));
        return false;
    }
    const QString before = fieldText(*row, field);
    if (before == *normalized)
        return true;
    applyField(releaseId, field, *normalized, before);
    m_history->record({ releaseId, historyPrefix + field, before, *normalized, tr("Release Change") });
    return true;
}

void ReleaseCatalog::applyField(
    qint64 releaseId, const QString &field, const QString &value, const QString &expected)
{
    if (field == TrackListField) {
        applyTrackList(releaseId, value, expected);
        return;
    }
    if (field == recordField) {
        applyRecord(releaseId, value, expected);
        return;
    }
    if (field == PlannedTracks::HistoryField) {
        // The record is the track.
        applyPlannedTrack(this, m_store, m_thread, m_history, releaseId, value, expected);
        return;
    }
    if (field == ArtworkCheck::HistoryField) {
        applyArtwork(releaseId, value.toLongLong(), expected.toLongLong(), false);
        return;
    }
    const ReleaseRow *existing = m_model.rowById(releaseId);
    if (!existing)
        return;
    ReleaseRow row = *existing;
    setFieldText(row, field, value);
    m_model.updateRow(row);
    if (releaseId == m_currentId)
        Q_EMIT currentChanged();
    const CatalogStore store = m_store;
    m_thread->post([this, store, releaseId, field, expected, value] {
        QString error;
        std::optional<QString> stale;
        if (ReleaseQueries::updateReleaseFieldIf(
                store.connection(&error), releaseId, field, expected, value, &stale, &error))
            return;
        if (stale) {
            QMetaObject::invokeMethod(
                this,
                [this, releaseId, field, value, theirs = *stale] {
                    showConflict(releaseId, field, value, theirs);
                },
                Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, error, releaseId, field, expected] {
                // Saved behind the user's back: by now another release may be shown, so say which
                // (by the title it had: a title edit shows the one that was not saved).
                const ReleaseRow *release = m_model.rowById(releaseId);
                const QString title = field == u"title" ? expected : release ? release->title : QString();
                Q_EMIT errorOccurred(tr("%1 of “%2” was not saved: %3")
                        .arg(FieldNames::releaseFieldTitle(field), title, error));
                Q_EMIT writeFailed();
            },
            Qt::QueuedConnection);
    });
}

// The release's cover (an artwork asset's id, 0 for none), written over expected; the files stay
// in the library. Someone else's cover where expected was stays, and the user is asked.
void ReleaseCatalog::applyArtwork(qint64 releaseId, qint64 assetId, qint64 expected, bool newStep)
{
    const CatalogStore store = m_store;
    m_thread->post([this, store, releaseId, assetId, expected, newStep] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        std::optional<qint64> theirs;
        if (db.isValid() && ReleaseQueries::setArtworkIf(db, releaseId, expected, assetId, &theirs, &error)) {
            if (newStep) {
                QMetaObject::invokeMethod(
                    this,
                    [this, releaseId, assetId, expected] {
                        m_history->record({ releaseId, historyPrefix + ArtworkCheck::HistoryField,
                            QString::number(expected), QString::number(assetId), tr("Replace Artwork") });
                    },
                    Qt::QueuedConnection);
            }
            return;
        }
        if (!theirs) {
            reportWriteFailure(this, error);
            return;
        }
        // Named by their files: the dialog shows covers, not ids.
        const QString yoursName = ReleaseQueries::assetFileName(db, assetId);
        const QString theirsName = ReleaseQueries::assetFileName(db, *theirs);
        QMetaObject::invokeMethod(
            this,
            [this, releaseId, assetId, theirs = *theirs, yoursName, theirsName] {
                m_history->forget(releaseId, historyPrefix + ArtworkCheck::HistoryField);
                Q_EMIT artworkConflictFound(
                    releaseId, QString::number(assetId), QString::number(theirs), yoursName, theirsName);
            },
            Qt::QueuedConnection);
    });
    reload(); // posted after the write, so it reads the link the catalog holds
}

void ReleaseCatalog::useArtwork(qint64 releaseId, const QString &yours, const QString &theirs)
{
    applyArtwork(releaseId, yours.toLongLong(), theirs.toLongLong(), true);
}

// Someone else changed the field first: the release shows what the catalog holds, and the undo
// steps made on the old value go (undoing them would put it back over the other person's edit).
void ReleaseCatalog::showConflict(
    qint64 releaseId, const QString &field, const QString &yours, const QString &theirs)
{
    if (const ReleaseRow *existing = m_model.rowById(releaseId)) {
        ReleaseRow row = *existing;
        setFieldText(row, field, theirs);
        m_model.updateRow(row);
        if (releaseId == m_currentId)
            Q_EMIT currentChanged();
    }
    m_history->forget(releaseId, historyPrefix + field);
    Q_EMIT conflictFound(releaseId, field, yours, theirs);
}

// Deleting shows at once; restoring shows after the reload that follows the write.
void ReleaseCatalog::applyRecord(qint64 releaseId, const QString &snapshot, const QString &expected)
{
    if (snapshot.isEmpty()) {
        m_model.removeRow(releaseId);
        if (releaseId == m_currentId) {
            m_currentId = 0;
            Q_EMIT currentChanged();
            loadCurrentTracks();
        }
    }
    const CatalogStore store = m_store;
    m_thread->post([this, store, releaseId, snapshot, expected] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        if (db.isValid()
            && applyRecordStep(this, m_history, db, u"releases"_s, releaseId, historyPrefix + recordField,
                snapshot, expected, &error))
            return;
        reportWriteFailure(this, error);
    });
    Q_EMIT recordsChanged();
}

QString ReleaseCatalog::newReleaseProblem(
    const QString &title, const QString &artist, const QString &type, const QString &isoDate) const
{
    QString error;
    return ReleaseCreation::normalized(title, artist, type, isoDate, &error) ? QString() : error;
}

QVariantMap ReleaseCatalog::newReleaseProblems(
    const QString &title, const QString &artist, const QString &type, const QString &isoDate) const
{
    QVariantMap result;
    const QMap<QString, QString> found = ReleaseCreation::problems(title, artist, type, isoDate);
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

bool ReleaseCatalog::createRelease(
    const QString &title, const QString &artist, const QString &type, const QString &isoDate)
{
    QString error;
    const auto release = ReleaseCreation::normalized(title, artist, type, isoDate, &error);
    if (!release) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    const CatalogStore store = m_store;
    m_thread->post([this, store, release = *release] {
        QString failure;
        QSqlDatabase db = store.connection(&failure);
        std::optional<QString> record;
        const auto id = db.isValid() ? ReleaseCreation::create(db, release, &failure) : std::nullopt;
        if (id)
            record = CatalogRecord::snapshot(db, u"releases"_s, *id, &failure);
        QMetaObject::invokeMethod(
            this,
            [this, id, record, failure, title = release.title] {
                if (!id) {
                    Q_EMIT createFailed(tr("“%1” was not created: %2").arg(title, failure));
                    return;
                }
                // Undo deletes the release with its plan; redo puts the same rows back.
                if (record)
                    m_history->record(
                        { *id, historyPrefix + recordField, QString(), *record, tr("New Release") });
                m_currentId = *id;
                Q_EMIT recordsChanged();
                Q_EMIT releaseCreated(*id);
            },
            Qt::QueuedConnection);
    });
    return true;
}

bool ReleaseCatalog::changeTrackList(const QString &after)
{
    if (m_currentId == 0 || m_currentTracksOf != m_currentId)
        return false;
    const QString before = ReleaseTrackList::encode(ReleaseTrackList::fromVariant(m_currentTracks));
    if (before == after)
        return true;
    applyTrackList(m_currentId, after, before);
    m_history->record({ m_currentId, historyPrefix + TrackListField, before, after, tr("Track Order") });
    return true;
}

void ReleaseCatalog::useTrackList(qint64 releaseId, const QString &yours, const QString &theirs)
{
    applyTrackList(releaseId, yours, theirs);
    m_history->record({ releaseId, historyPrefix + TrackListField, theirs, yours, tr("Track Order") });
}

bool ReleaseCatalog::moveTrack(int from, int to)
{
    return changeTrackList(ReleaseTrackList::encode(
        ReleaseTrackList::moved(ReleaseTrackList::fromVariant(m_currentTracks), from, to)));
}

bool ReleaseCatalog::addTrack(qint64 trackId)
{
    return changeTrackList(ReleaseTrackList::encode(
        ReleaseTrackList::added(ReleaseTrackList::fromVariant(m_currentTracks), trackId)));
}

void ReleaseCatalog::addTrackToRelease(qint64 releaseId, qint64 trackId)
{
    setCurrentReleaseId(releaseId);
    if (m_currentTracksOf == releaseId && addTrack(trackId))
        return;
    m_pendingAdd = { releaseId, trackId };
}

bool ReleaseCatalog::removeTrack(qint64 trackId)
{
    return changeTrackList(ReleaseTrackList::encode(
        ReleaseTrackList::removed(ReleaseTrackList::fromVariant(m_currentTracks), trackId)));
}

void ReleaseCatalog::applyTrackList(qint64 releaseId, const QString &value, const QString &expected)
{
    const auto list = ReleaseTrackList::decode(value);
    const auto shown = ReleaseTrackList::decode(expected);
    if (!list || !shown)
        return;
    if (const ReleaseRow *existing = m_model.rowById(releaseId)) {
        ReleaseRow row = *existing;
        row.trackCount = int(list->size());
        m_model.updateRow(row);
    }
    const CatalogStore store = m_store;
    m_thread->post([this, store, releaseId, list = *list, shown = *shown, value] {
        QString error;
        std::optional<ReleaseTrackList::List> theirs;
        if (ReleaseTrackList::writeIf(store.connection(&error), releaseId, shown, list, &theirs, &error)) {
            QMetaObject::invokeMethod(this, &ReleaseCatalog::trackListSaved, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, releaseId, value, error, theirs] {
                if (theirs) { // the running order's reload that follows the write shows theirs
                    m_history->forget(releaseId, historyPrefix + TrackListField);
                    reload(); // the track count
                    Q_EMIT conflictFound(releaseId, TrackListField, value, ReleaseTrackList::encode(*theirs));
                    return;
                }
                Q_EMIT errorOccurred(tr("The track order was not saved: %1").arg(error));
                Q_EMIT writeFailed();
            },
            Qt::QueuedConnection);
    });
    if (releaseId == m_currentId)
        loadCurrentTracks(); // posted after the write, so it reads the new order
}

void ReleaseCatalog::searchTrackCandidates(const QString &text)
{
    const CatalogStore store = m_store;
    const qint64 id = m_currentId;
    m_thread->post([this, store, id, text] {
        QString error;
        const auto rows = ReleaseTrackList::candidates(store.connection(&error), id, text, 50, &error);
        QMetaObject::invokeMethod(
            this,
            [this, rows = rows.value_or(QVariantList())] {
                m_trackCandidates = rows;
                Q_EMIT trackCandidatesChanged();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Imprint
