// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"
#include "releases/ReleaseListModel.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

namespace Imprint
{

class CatalogThread;
class EditHistory;

/// The releases of the open catalog for the releases page: the list, the selected release with
/// its tracks, and undoable edits of its fields. Part of CatalogSession, whose catalog thread
/// and edit history it shares.
class ReleaseCatalog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    Q_PROPERTY(Imprint::ReleaseListModel *model READ model CONSTANT)
    Q_PROPERTY(qint64 currentReleaseId READ currentReleaseId WRITE setCurrentReleaseId NOTIFY currentChanged)
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(QVariantList currentTracks READ currentTracks NOTIFY currentTracksChanged)
    Q_PROPERTY(QVariantList trackCandidates READ trackCandidates NOTIFY trackCandidatesChanged)

public:
    /// The prefix of this catalog's fields in the shared edit history.
    static constexpr QLatin1StringView historyPrefix { "release." };

    ReleaseCatalog(const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent);

    ReleaseListModel *model() { return &m_model; }
    qint64 currentReleaseId() const { return m_currentId; }
    void setCurrentReleaseId(qint64 id);
    /// Every field of ReleaseRow by its QML name, plus artworkUrl and artworkWarning.
    QVariantMap current() const;
    /// [{trackId, disc, number, title, version, isrc, duration}] of the current release.
    QVariantList currentTracks() const { return m_currentTracks; }

    void reload();
    /// Sets a field (see ReleaseQueries::editableFields), undoably.
    Q_INVOKABLE bool setField(qint64 releaseId, const QString &field, const QString &value);
    /// Applies a value from the edit history (undo/redo). The field "record" is the whole
    /// release (CatalogRecord::snapshot): empty deletes it, a snapshot brings it back. A field's
    /// value is written only over expected (the value the edit was made on, or for undo and redo
    /// the other side of it); what else is there was someone else's edit, and conflictFound says so.
    void applyField(qint64 releaseId, const QString &field, const QString &value, const QString &expected);
    static constexpr QLatin1StringView recordField { "record" };
    /// The running order in the edit history (ReleaseTrackList::encode's text).
    static constexpr QLatin1StringView trackListField { "tracklist" };
    /// After a conflict on the running order: saves yours over theirs (encoded, as
    /// conflictFound gave them) as an undoable edit made on theirs.
    void useTrackList(qint64 releaseId, const QString &yours, const QString &theirs);
    /// After a conflict on the cover: links yours over theirs (asset ids, as
    /// artworkConflictFound gave them) as an undoable edit made on theirs.
    void useArtwork(qint64 releaseId, const QString &yours, const QString &theirs);

    /// The current release's running order, each change one undoable step ("tracklist" in
    /// the edit history). False when the release's tracks are still loading.
    Q_INVOKABLE bool moveTrack(int from, int to);
    Q_INVOKABLE bool addTrack(qint64 trackId);
    Q_INVOKABLE bool removeTrack(qint64 trackId);
    /// Adds the track at the end of that release's running order (one undoable step), from
    /// where the track is shown: the release becomes the current one, and the track is added
    /// once its running order has been read.
    Q_INVOKABLE void addTrackToRelease(qint64 releaseId, qint64 trackId);
    /// Looks up tracks that could be added to the current release; see trackCandidates.
    Q_INVOKABLE void searchTrackCandidates(const QString &text);
    /// [{trackId, title, version, artist, isrc}] of the last search.
    QVariantList trackCandidates() const { return m_trackCandidates; }

    /// Why New Release would refuse these values, in the user's language; empty when they are
    /// fine (the dialog says it as the user types). Duplicates are found only by createRelease.
    Q_INVOKABLE QString newReleaseProblem(
        const QString &title, const QString &artist, const QString &type, const QString &isoDate) const;
    /// The same, each under its field: {title, artist, type, releaseDate}, a key only where that
    /// value is wrong, so the dialog shows each problem where it is.
    Q_INVOKABLE QVariantMap newReleaseProblems(
        const QString &title, const QString &artist, const QString &type, const QString &isoDate) const;
    /// Creates a release with its type's milestones (when it has a date), as one undoable step,
    /// and makes it the current release. Returns false, with errorOccurred, when the values are
    /// refused; a refusal by the catalog (a duplicate) arrives as createFailed.
    Q_INVOKABLE bool createRelease(
        const QString &title, const QString &artist, const QString &type, const QString &isoDate);

    /// What is wrong with artwork for streaming services: 3000×3000 square JPEG or PNG.
    static QString artworkWarning(const ReleaseRow &row);

Q_SIGNALS:
    void currentChanged();
    void currentTracksChanged();
    void trackCandidatesChanged();
    /// A release's running order reached the catalog (tracks show their release elsewhere).
    void trackListSaved();
    void errorOccurred(const QString &message);
    void writeFailed();
    /// New Release reached the catalog; the release is current once the reload that follows ends.
    void releaseCreated(qint64 releaseId);
    void createFailed(const QString &message);
    /// A release was deleted or restored in the catalog (the write has been queued before this
    /// is emitted, so a reload sees it).
    void recordsChanged();
    /// An edit of field (its QML name) was not saved: someone else had changed it to theirs
    /// first. The release shows theirs; the undo steps made on the old value are gone.
    void conflictFound(qint64 releaseId, const QString &field, const QString &yours, const QString &theirs);
    /// The cover (ArtworkCheck::HistoryField) was not linked: someone else had linked theirs
    /// first. Yours and theirs are asset ids ("0": none), named by their files' names.
    void artworkConflictFound(qint64 releaseId, const QString &yours, const QString &theirs,
        const QString &yoursName, const QString &theirsName);

private:
    void loadCurrentTracks();
    /// Links the release's cover over expected; newStep records an undo step.
    void applyArtwork(qint64 releaseId, qint64 assetId, qint64 expected, bool newStep);
    bool changeTrackList(const QString &after);
    void applyTrackList(qint64 releaseId, const QString &value, const QString &expected);
    void showConflict(qint64 releaseId, const QString &field, const QString &yours, const QString &theirs);
    void applyRecord(qint64 releaseId, const QString &snapshot, const QString &expected);

    CatalogStore m_store;
    CatalogThread *m_thread;
    EditHistory *m_history;
    ReleaseListModel m_model;
    QString m_libraryRoot;
    qint64 m_currentId = 0;
    QVariantList m_currentTracks;
    qint64 m_currentTracksOf = 0; ///< the release m_currentTracks belongs to
    struct PendingAdd {
        qint64 releaseId = 0;
        qint64 trackId = 0;
    };
    PendingAdd m_pendingAdd; ///< addTrackToRelease, waiting for the release's running order
    QVariantList m_trackCandidates;
};

} // namespace Imprint
