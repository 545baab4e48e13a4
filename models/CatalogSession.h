// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "AffectedTracks.h"
#include "catalog/CatalogChangeFeed.h"
#include "catalog/CatalogStore.h"
#include "catalog/CatalogThread.h"
#include "credits/CreditsCatalog.h"
#include "delivery/DeliveryCatalog.h"
#include "duplicates/DuplicateReview.h"
#include "editing/EditHistory.h"
#include "exchange/MetadataExchange.h"
#include "quality/QualityCatalog.h"
#include "releases/ReleaseCatalog.h"
#include "rights/RightsCatalog.h"
#include "schedule/PlanningSession.h"
#include "tracks/BulkTrackEdit.h"
#include "tracks/TrackFiles.h"
#include "tracks/TrackFilterModel.h"
#include "tracks/TrackSelection.h"
#include "tracks/TrackTableModel.h"
#include "tracks/TrackVersions.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>
#include <QtQmlIntegration>

#include <memory>

namespace Imprint
{

/// An open catalog as the views see it: the track table, the selected track, and edits with
/// undo. Reads and writes run on one catalog thread, in order, so the GUI thread never waits
/// for the disk; edits show at once and are written behind.
class CatalogSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application for the open catalog")
    Q_PROPERTY(Imprint::TrackFilterModel *tracks READ tracks CONSTANT)
    Q_PROPERTY(Imprint::EditHistory *history READ history CONSTANT)
    Q_PROPERTY(Imprint::ReleaseCatalog *releases READ releases CONSTANT)
    Q_PROPERTY(Imprint::PlanningSession *planning READ planning CONSTANT)
    Q_PROPERTY(Imprint::RightsCatalog *rights READ rights CONSTANT)
    Q_PROPERTY(Imprint::QualityCatalog *quality READ quality CONSTANT)
    Q_PROPERTY(Imprint::MetadataExchange *exchange READ exchange CONSTANT)
    Q_PROPERTY(Imprint::DeliveryCatalog *deliveries READ deliveries CONSTANT)
    Q_PROPERTY(Imprint::CreditsCatalog *credits READ credits CONSTANT)
    Q_PROPERTY(Imprint::TrackVersions *versions READ versions CONSTANT)
    Q_PROPERTY(Imprint::TrackFiles *files READ files CONSTANT)
    Q_PROPERTY(Imprint::TrackSelection *selection READ selection CONSTANT)
    Q_PROPERTY(Imprint::BulkTrackEdit *bulkEdit READ bulkEdit CONSTANT)
    Q_PROPERTY(Imprint::DuplicateReview *duplicates READ duplicates CONSTANT)
    Q_PROPERTY(QString catalogPath READ catalogPath CONSTANT)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(int trackCount READ trackCount NOTIFY trackCountChanged)
    Q_PROPERTY(qint64 currentTrackId READ currentTrackId WRITE setCurrentTrackId NOTIFY currentTrackChanged)
    Q_PROPERTY(QVariantMap currentTrack READ currentTrack NOTIFY currentTrackChanged)
    Q_PROPERTY(QString isrcPrefix READ isrcPrefix NOTIFY isrcPrefixChanged)
    /// Whether this client may only read the catalog: a viewer of a team catalog (TeamRoles).
    Q_PROPERTY(bool readOnly READ isReadOnly NOTIFY readOnlyChanged)
    /// An edit that was not saved because someone else had changed the field meanwhile (a team
    /// catalog, or another window on the same file): kind ("track" or "release"), recordId (the
    /// track's or release's id), field (its QML name), fieldName, record (the track's or release's title),
    /// yours and theirs (the values as typed and as stored), yoursText and theirsText (as shown). Empty when
    /// there is none; the record shows theirs until resolved.
    Q_PROPERTY(QVariantMap conflict READ conflict NOTIFY conflictChanged)
    /// The role a viewer asks the catalog's owner for to make changes (empty for a file).
    Q_PROPERTY(QString editorRole READ editorRole CONSTANT)
    /// The folder the catalog's files are looked for in on this computer (empty: none yet).
    Q_PROPERTY(QString libraryFolder READ libraryFolder NOTIFY libraryFolderChanged)
    /// The catalog refers to files but this computer has no such folder (a team library not
    /// mounted, or mounted elsewhere): File › Library Folder… says where it is.
    Q_PROPERTY(bool libraryFolderMissing READ isLibraryFolderMissing NOTIFY libraryFolderChanged)
    /// Whether the catalog is on a server (a team catalog) rather than in a file.
    Q_PROPERTY(bool teamCatalog READ isTeamCatalog CONSTANT)
    /// Why other people's changes to a team catalog do not show as they commit them (the change
    /// feed could not listen, or lost its connection); empty while they do, and for a file.
    Q_PROPERTY(QString liveUpdatesProblem READ liveUpdatesProblem NOTIFY liveUpdatesProblemChanged)

public:
    /// store must already be open().
    explicit CatalogSession(const CatalogStore &store, QObject *parent = nullptr);
    ~CatalogSession() override;

    CatalogStore store() const { return m_store; }
    TrackFilterModel *tracks() { return &m_filter; }
    TrackTableModel *trackTable() { return &m_table; }
    EditHistory *history() { return &m_history; }
    ReleaseCatalog *releases() { return &m_releases; }
    PlanningSession *planning() { return &m_planning; }
    RightsCatalog *rights() { return &m_rights; }
    QualityCatalog *quality() { return &m_quality; }
    MetadataExchange *exchange() { return &m_exchange; }
    DeliveryCatalog *deliveries() { return &m_deliveries; }
    CreditsCatalog *credits() { return &m_credits; }
    TrackVersions *versions() { return &m_versions; }
    TrackFiles *files() { return &m_files; }
    TrackSelection *selection() { return &m_selection; }
    BulkTrackEdit *bulkEdit() { return &m_bulkEdit; }
    DuplicateReview *duplicates() { return &m_duplicates; }
    QString catalogPath() const { return m_store.path(); }
    bool isLoading() const { return m_pendingLoads > 0; }
    /// Whether a reloaded() is still to come: the table or another part of a reload() is on its way.
    bool isReloading() const { return m_pendingLoads > 0 || m_wholeReloads > 0; }
    int trackCount() const { return m_table.rowCount(); }
    bool isReadOnly() const { return m_readOnly; }
    QString libraryFolder() const { return m_libraryRoot; }
    bool isLibraryFolderMissing() const { return m_libraryFolderMissing; }
    bool isTeamCatalog() const { return m_store.isOnServer(); }
    QString liveUpdatesProblem() const { return m_liveUpdatesProblem; }
    QString editorRole() const;

    qint64 currentTrackId() const { return m_currentTrackId; }
    /// Selects only this track (0 clears the selection); the selection's current track is this.
    void setCurrentTrackId(qint64 id);
    /// title, artist, version, release, isrc, genre, language, explicit, label, duration, format,
    /// path, stems, bpm, key, mood, hasVocals of the current track.
    QVariantMap currentTrack() const;

    /// A track's master file as a local URL (what the preview plays); empty when the track has
    /// no audio yet or the catalog no library root.
    Q_INVOKABLE QUrl masterFileUrl(qint64 trackId) const;
    /// The folder that file is in (Open Containing Folder); empty likewise.
    Q_INVOKABLE QUrl masterFolderUrl(qint64 trackId) const;

    /// Whether other people's changes show as they commit them: a team catalog whose change
    /// feed listens (CatalogChangeFeed). False for a file.
    bool followsOthers() const { return m_feed && m_feed->isListening(); }

    /// Reloads every page's data from the catalog, e.g. after an import: the track table first
    /// (isLoading() is about the table), and reloaded() when every part is in.
    Q_INVOKABLE void reload();
    /// Reloads only the track table (the catalog page), e.g. after a release's tracks changed.
    void reloadTracks();

    /// The ISRC registrant prefix (CC-XXX) new codes are allocated under; empty until set.
    QString isrcPrefix() const;
    Q_INVOKABLE bool setIsrcPrefix(const QString &prefix);
    /// Gives the track the next free ISRC under the prefix for this year, undoably.
    Q_INVOKABLE bool assignIsrc(qint64 trackId);

    /// Sets "title", "artist", "version", "isrc", "genre", "language", "explicit", "bpm", "key",
    /// "mood" or "hasVocals" of a track,
    /// undoably (TrackQueries::normalizedValue has the rules); an ISRC must also not be held by
    /// another recording. False (and errorOccurred) when the value is refused.
    Q_INVOKABLE bool setTrackField(qint64 trackId, const QString &field, const QString &value);

    /// The first conflict waiting to be resolved; the others follow it in order.
    QVariantMap conflict() const { return m_conflicts.isEmpty() ? QVariantMap() : m_conflicts.constFirst(); }
    /// Ends the conflict: keepMine stores your value over theirs (an edit of its own, undoable),
    /// else theirs stays.
    Q_INVOKABLE void resolveConflict(bool keepMine);

    /// Blocks until every queued read and write has finished (for tests and shutdown).
    void waitForIdle();
    /// Judges the tracks that edits since the last time touched again now instead of after the
    /// short pause that gathers a burst of edits (tests and the benchmark).
    void flushDerivedRefresh();
    /// Judges these tracks again (readiness, audio checks, the release preflight) after a change
    /// made outside the edit history, e.g. an analysis run; everything when they are many.
    void refreshTracks(const AffectedTracks &affected);
    /// The thread every read and write runs on (the benchmark waits for it apart from the GUI).
    CatalogThread *catalogThread() { return &m_catalogThread; }

Q_SIGNALS:
    void loadingChanged();
    void trackCountChanged();
    void currentTrackChanged();
    void isrcPrefixChanged();
    void readOnlyChanged();
    void libraryFolderChanged();
    void liveUpdatesProblemChanged();
    void conflictChanged();
    /// The track table is read again; after reload(), every page's data is in too.
    void reloaded();
    void errorOccurred(const QString &message);

private:
    /// Shows value and writes it, if the catalog still holds expected (the value shown, or for
    /// undo and redo the other side of the edit).
    void applyField(qint64 trackId, const QString &field, const QString &value, const QString &expected);
    void applyHistoryField(
        qint64 recordId, const QString &field, const QString &value, const QString &expected);
    void discardUnsavedState();
    void writeBehind(qint64 trackId, const QString &field, const QString &expected, const QString &value);
    void showConflict(qint64 trackId, const QString &field, const QString &yours, const QString &theirs);
    void addConflict(const QVariantMap &conflict);
    void showCreditsConflict(
        qint64 recordId, const QString &field, const QString &yours, const QString &theirs);
    void showReleaseConflict(
        qint64 releaseId, const QString &field, const QString &yours, const QString &theirs);
    void showVersionConflict(qint64 trackId, const QString &yours, const QString &theirs);
    void showProfileConflict(
        const QString &key, const QString &yours, const QString &theirs, const QStringList &fields);
    void finishLoad(TrackRows rows, const QString &error);
    void finishReload();
    void reloadPlacedTracks();
    void refreshRows(const AffectedTracks &affected);
    void reloadTableOnce();
    void followRemoteChanges(const QList<CatalogChange> &changes);

    CatalogStore m_store;
    TrackTableModel m_table;
    TrackFilterModel m_filter;
    EditHistory m_history;
    ReleaseCatalog m_releases;
    PlanningSession m_planning;
    RightsCatalog m_rights;
    QualityCatalog m_quality;
    MetadataExchange m_exchange;
    DeliveryCatalog m_deliveries;
    CreditsCatalog m_credits;
    /// Readiness and the audio checks' verdicts read many parts of the catalog (ISRCs, credits,
    /// splits, versions, release fields): after edits they are read again, once per burst.
    QTimer m_derivedRefresh;
    AffectedTracks m_affected; ///< what the edits since the last refresh touched
    QSet<qint64> m_placedTracks; ///< tracks of running orders changed since their last save
    TrackVersions m_versions;
    TrackFiles m_files;
    TrackSelection m_selection;
    BulkTrackEdit m_bulkEdit;
    DuplicateReview m_duplicates;
    int m_pendingLoads = 0; ///< loads of the track table on their way
    int m_wholeReloads = 0; ///< reload()s whose parts are not all in yet
    qint64 m_currentTrackId = 0;
    QString m_isrcPrefix; ///< normalised (CCXXX)
    QString m_libraryRoot; ///< as loaded with the tracks
    bool m_libraryFolderMissing = false; ///< as loaded with the tracks
    bool m_readOnly = false; ///< as loaded with the tracks (a role can change between loads)
    QString m_liveUpdatesProblem;
    QList<QVariantMap> m_conflicts; ///< waiting to be resolved, oldest first
    bool m_tableStale = false; ///< read the table again when the load on its way is in
    quint64 m_localEdits = 0; ///< edits, undos and redos made here (a read posted before one misses it)
    CatalogThread m_catalogThread; // it finishes its work before the models go away
    /// Other people's changes to a team catalog; none for a file. Stops listening first.
    std::unique_ptr<CatalogChangeFeed> m_feed;
};

} // namespace Imprint
