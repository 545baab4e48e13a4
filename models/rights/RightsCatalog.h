// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "AffectedTracks.h"
#include "catalog/CatalogStore.h"
#include "rights/ClearanceBoardModel.h"
#include "rights/ReadinessMatrixModel.h"
#include "rights/RightsRecordOwners.h"
#include "rights/ToolTermsModel.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

#include <functional>
#include <memory>

namespace Imprint
{

class CatalogReadAhead;
class CatalogThread;
class EditHistory;
class SharedQualityRows;

/// Rights of the open catalog for the rights page: the readiness matrix (tracks × uses), the
/// clearance board, the selected track's provenance and its checklist, and undoable edits of
/// provenance fields and clearance statuses. Part of CatalogSession, whose catalog thread and
/// edit history it shares. Of every track it keeps the verdicts; the facts behind them (a few KB
/// a track) only of the current track and the few shown before it, read when it is selected:
/// currentChanged follows once they are there.
class RightsCatalog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    Q_PROPERTY(Imprint::ReadinessMatrixModel *matrix READ matrix CONSTANT)
    Q_PROPERTY(Imprint::ClearanceBoardModel *board READ board CONSTANT)
    Q_PROPERTY(Imprint::ToolTermsModel *terms READ terms CONSTANT)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(qint64 currentTrackId READ currentTrackId WRITE setCurrentTrackId NOTIFY currentChanged)
    Q_PROPERTY(bool currentReady READ isCurrentReady NOTIFY currentChanged)
    /// Whether this computer has a folder to keep the catalog's documents in (a team catalog
    /// may have none yet: File › Library Folder… names it).
    Q_PROPERTY(bool hasLibraryFolder READ hasLibraryFolder NOTIFY libraryFolderChanged)
    Q_PROPERTY(QVariantMap provenance READ provenance NOTIFY currentChanged)
    Q_PROPERTY(QVariantList syncChecklist READ syncChecklist NOTIFY currentChanged)
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(QVariantList clearances READ clearances NOTIFY currentChanged)
    Q_PROPERTY(QVariantList contributions READ contributions NOTIFY currentChanged)
    Q_PROPERTY(QVariantList inputs READ inputs NOTIFY currentChanged)
    Q_PROPERTY(QVariantList tools READ tools NOTIFY toolsChanged)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(QVariantList statuses READ statuses CONSTANT)
    Q_PROPERTY(QVariantList elements READ elements CONSTANT)

public:
    /// The prefixes of this catalog's fields in the shared edit history.
    static constexpr QLatin1StringView historyPrefix { "rights." };
    static constexpr QLatin1StringView provenancePrefix { "rights.provenance." };
    static constexpr QLatin1StringView clearanceStatusField { "rights.clearance.status" };
    static constexpr QLatin1StringView clearanceItemField { "rights.clearance.item" };
    static constexpr QLatin1StringView contributionField { "rights.contribution.item" };
    static constexpr QLatin1StringView voiceConsentField { "rights.voiceConsent" };
    static constexpr QLatin1StringView inputField { "rights.input.item" };
    /// "1" when the track has a provenance record, "0" when it has none.
    static constexpr QLatin1StringView provenanceRecordField { "rights.provenanceRecord" };
    static constexpr QLatin1StringView termsField { "rights.terms.item" };

    RightsCatalog(const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent);

    ReadinessMatrixModel *matrix() { return &m_matrix; }
    ClearanceBoardModel *board() { return &m_board; }
    ToolTermsModel *terms() { return &m_terms; }
    bool isLoading() const { return m_pendingLoads + m_pendingRefreshes > 0; }
    qint64 currentTrackId() const { return m_currentTrackId; }
    void setCurrentTrackId(qint64 id);
    /// Whether the current track's facts are in: until then its provenance, records, checklist
    /// and reasons are empty, not "nothing recorded" or "nothing missing".
    bool isCurrentReady() const { return factsOf(m_currentTrackId) != nullptr; }
    /// Every provenance field (RightsQueries::provenanceFields) of the current track, as text;
    /// origin is empty while nothing is recorded ("recorded": false). Like the current track's
    /// other lists, empty until its facts are read.
    QVariantMap provenance() const;
    /// What the current track still needs to become sync-ready: [{rule, severity, message, fix}].
    QVariantList syncChecklist() const;
    /// The current track: trackId, title, releaseId, voiceConsentAssetId, voiceConsentState;
    /// only trackId and title until its facts are in.
    QVariantMap current() const;
    /// The current track's clearance items: [{id, kind, kindName, status, statusName,
    /// counterparty, territory, validFrom, validUntil, notes, documentAssetId, documentPath,
    /// documentState ("ok", "changed", "vanished", "missing"), documentHash, settled,
    /// needsDocument (cleared, but its kind counts only with the document it lacks)}].
    QVariantList clearances() const;
    /// The current track's human contributions: [{id, element, elementName, party, description,
    /// evidence: [{assetId, path, state}]}].
    QVariantList contributions() const;
    /// What was uploaded to the AI tool for the current track: [{id, kind, kindName, description,
    /// owner, permission, permissionName, notes, documentAssetId, documentPath, documentState}].
    QVariantList inputs() const;
    /// The AI tools the terms table knows: [{tool, since, plans: [..]}].
    QVariantList tools() const { return m_tools; }
    /// [{value, text}] of the clearance kinds, statuses and contribution elements, for choices.
    QVariantList kinds() const;
    QVariantList statuses() const;
    QVariantList elements() const;
    /// [{value, text}] of a set of choices: "inputKinds", "inputPermissions", "ownerships".
    Q_INVOKABLE QVariantList choices(const QString &set) const;
    /// Why a clearance item as typed ({validFrom, validUntil, kind, status…}) cannot be saved;
    /// empty when it can. The dialog shows it while the user types.
    Q_INVOKABLE QString clearanceProblem(const QVariantMap &item) const;

    /// The findings of one cell of the matrix, lower levels' blockers included when they are
    /// what keeps it from "ready": [{rule, severity, message, fix, level}]. Empty for a track
    /// whose facts are not held (the current one's are, once currentChanged said so).
    Q_INVOKABLE QVariantList reasons(int row, int column) const;

    /// The first use (column) that a row's track is not ready for: where its next fix lies; the
    /// last column when it is ready for all, -1 for no such row.
    Q_INVOKABLE int firstOpenColumn(int row) const;
    /// The matrix row of a track, -1 when it is not there.
    Q_INVOKABLE int rowOfTrack(qint64 trackId) const { return m_matrix.rowOf(trackId); }

    /// Reads the facts again (today's date) and re-evaluates every track.
    Q_INVOKABLE void reload() { reloadWith(prepareReload({})); }
    /// reload() in two steps, for a session that reads several pages at once: the read, not
    /// started, which judges the audio by the rows a quality reload posted with it reads (null:
    /// a read of its own). The session starts it on the catalog thread (CatalogReadAhead)...
    std::shared_ptr<CatalogReadAhead> prepareReload(std::shared_ptr<SharedQualityRows> qualityRows) const;
    /// ...and this shows its result, read then or on the catalog thread now if never started.
    void reloadWith(std::shared_ptr<CatalogReadAhead> read);
    /// Reads the facts of the affected tracks (and the clearance board) again and re-evaluates
    /// only those; tracksRefreshed follows. Falls back to reload() for a track it has no row of.
    void refreshTracks(const AffectedTracks &affected);
    /// Sets a provenance field of a track, undoably. False (and errorOccurred) when refused.
    Q_INVOKABLE bool setProvenanceField(qint64 trackId, const QString &field, const QString &value);
    /// Moves a clearance item to a status, undoably.
    Q_INVOKABLE bool setClearanceStatus(qint64 itemId, const QString &status);

    /// Adds (id 0) or changes a clearance item of a track, undoably: {id, trackId, kind, status,
    /// counterparty, territory, validFrom, validUntil, notes, documentAssetId}. Refused (false
    /// and errorOccurred) when its validity ends before it starts.
    Q_INVOKABLE bool saveClearanceItem(const QVariantMap &item);
    Q_INVOKABLE bool removeClearanceItem(qint64 itemId);
    /// Adds (id 0) or changes a human contribution: {id, trackId, element, party, description}.
    Q_INVOKABLE bool saveContribution(const QVariantMap &contribution);
    Q_INVOKABLE bool removeContribution(qint64 contributionId);
    /// Takes one evidence file off a contribution, undoably (the file stays in the library).
    Q_INVOKABLE bool removeEvidence(qint64 contributionId, qint64 assetId);
    /// Adds (id 0) or changes an uploaded input: {id, trackId, kind, description, owner,
    /// permission, notes}. Refused (false and errorOccurred) without a description.
    Q_INVOKABLE bool saveInput(const QVariantMap &input);
    Q_INVOKABLE bool removeInput(qint64 inputId);

    /// Why a row of the terms table as typed ({id, tool, plan, paid ("", "0", "1"),
    /// commercialUse, ownership, recordedOn, validFrom, validUntil, source, example}) cannot be
    /// saved: a missing tool or plan, a date that is not one, an end before the start, or the
    /// same tool, plan and start date as another row. Empty when it can.
    Q_INVOKABLE QString termsProblem(const QVariantMap &terms) const;
    /// Adds (id 0) or changes a row of the terms table, undoably; every track is judged again.
    Q_INVOKABLE bool saveTerms(const QVariantMap &terms);
    Q_INVOKABLE bool removeTerms(qint64 termsId);
    /// Copies a file into the library (Documents/<track>/), hashes it and attaches it, undoably,
    /// to a clearance item ("clearance"), an uploaded input as its licence ("input"), a
    /// contribution as evidence ("evidence") or the track's
    /// voice consent ("voiceConsent"; recordId is the track). A contribution holds several
    /// evidence files: replacing names the one the new file takes the place of (0: added).
    /// Asynchronous: documentAttached or errorOccurred follow.
    Q_INVOKABLE void attachDocument(
        const QString &target, qint64 recordId, const QUrl &file, qint64 replacing = 0);
    /// The file of a document asset of the current track, to open with the system's viewer.
    Q_INVOKABLE QUrl documentUrl(qint64 assetId) const;
    QString libraryRoot() const { return m_libraryRoot; }
    /// A catalog file starts its library beside itself when the first file comes; a catalog on
    /// a server has none until this computer names one.
    bool hasLibraryFolder() const { return !m_libraryRoot.isEmpty() || !m_store.isOnServer(); }

    /// Applies a value from the edit history (undo/redo); field carries historyPrefix. It is
    /// written only over expected (RightsRecordText): anything else there is someone else's
    /// edit, which stays, and conflictFound asks which to keep.
    void applyField(qint64 recordId, const QString &field, const QString &value, const QString &expected);
    /// After a conflict: saves yours over theirs (history texts, as conflictFound gave them), as
    /// an undoable edit made on theirs.
    void useMine(qint64 recordId, const QString &field, const QString &yours, const QString &theirs);

    /// Blocks until queued work has finished and its results arrived (tests).
    void waitForIdle();

    /// How many tracks' facts are kept: the current one and those shown just before it, so
    /// going back is immediate and a document attached meanwhile still finds its record.
    static constexpr qsizetype heldTracks = 8;

Q_SIGNALS:
    void loadingChanged();
    void currentChanged();
    void reloaded();
    /// After refreshTracks: these tracks' rows hold their current verdicts.
    void tracksRefreshed(const QList<qint64> &trackIds);
    void errorOccurred(const QString &message);
    void writeFailed();
    void toolsChanged();
    void documentAttached(qint64 assetId);
    void libraryFolderChanged();
    /// An edit was made on a record someone else has changed since: theirs stays, shown, and
    /// the undo steps made on the old record are gone. record names the track (or the terms).
    void conflictFound(qint64 recordId, const QString &field, const QString &record, const QString &yours,
        const QString &theirs);

private:
    /// Writes value on the catalog thread if the record still reads expected, then reads again
    /// what the change can affect: the given tracks, or everything when none are given.
    using Change = std::function<bool(QSqlDatabase, const QString &value, QString *)>;
    void write(const QString &field, qint64 recordId, const QString &expected, const QString &value,
        Change change, const QList<qint64> &tracks);
    void showConflict(qint64 recordId, const QString &field, const QString &yours, const QString &theirs);
    /// The record's text as the page is about to show it: what this session last wrote there,
    /// or else what the facts read (fromFacts).
    QString shownText(const QString &field, qint64 recordId, const QString &fromFacts) const;
    /// A clearance item (or its status), contribution, input or terms row as the page is about
    /// to show it (shownText of the facts); empty when there is none.
    QString recordText(const QString &field, qint64 recordId) const;
    void noteWritten(const QString &field, qint64 recordId, const QString &text);
    void setLibraryRoot(const QString &root);
    /// A read posted after write number sequence arrived: those writes are in the facts now.
    void forgetWrittenUpTo(quint64 sequence);
    /// An added record was saved under another id (someone else's took it): the history follows.
    void moveRecord(const QString &field, qint64 from, qint64 to);
    /// The facts of a track, when they are held; null otherwise.
    const TrackFacts *factsOf(qint64 trackId) const;
    /// Keeps a track's facts (the newest read), the current track's and the most recent ones.
    void hold(TrackFacts facts);
    /// Reads the current track's facts on the catalog thread; currentChanged follows.
    void fetchCurrent();
    /// The state of a clearance item, contribution or input, from the facts of its track when
    /// they are held; null otherwise.
    const TrackFacts *trackOfClearance(qint64 itemId, ClearanceFact *item) const;
    const TrackFacts *trackOfContribution(qint64 contributionId, ContributionFact *contribution) const;
    const TrackFacts *trackOfInput(qint64 inputId, InputFact *input) const;
    void recordRecord(const QString &field, qint64 id, const QString &before, const QString &after,
        const QString &description);
    /// Makes an attached document part of its record; false when the record is not held.
    bool linkDocument(const QString &target, qint64 recordId, qint64 assetId, qint64 replacing);
    bool linkInputDocument(qint64 inputId, qint64 assetId);

    CatalogStore m_store;
    CatalogThread *m_thread;
    EditHistory *m_history;
    ReadinessMatrixModel m_matrix;
    ClearanceBoardModel m_board;
    ToolTermsModel m_terms;
    qint64 m_currentTrackId = 0;
    QList<TrackFacts> m_held; ///< the newest first, at most heldTracks
    QSet<qint64> m_fetching; ///< tracks whose facts are being read for the page
    RightsRecordOwners m_owners;
    int m_pendingLoads = 0; ///< full reloads: only the newest one's result is shown
    int m_pendingRefreshes = 0; ///< refreshTracks in flight
    QString m_libraryRoot;
    QVariantList m_tools;
    QHash<QString, QDate> m_toolSince; ///< by tool name, lower case
    qint64 m_lastClearanceId = 0; ///< ids handed out before the catalog was read again
    qint64 m_lastContributionId = 0;
    qint64 m_lastInputId = 0;
    qint64 m_lastTermsId = 0;
    /// What this session wrote and has not read back yet, by field and record: what the page
    /// shows next, and so what the next edit of that record is made on (quick edits, undo).
    struct Written {
        QString text;
        quint64 sequence = 0;
    };
    QHash<QString, Written> m_written;
    quint64 m_writeSequence = 0;
};

} // namespace Imprint
