// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"
#include "credits/CreditListModel.h"
#include "credits/CreditQueries.h"
#include "credits/PartyListModel.h"
#include "credits/WorkListModel.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

#include <functional>
#include <optional>

namespace Imprint
{

class CatalogThread;
class EditHistory;

/// Who made what: parties, works with writers' publishing shares, and the credits and master
/// splits of the selected recording. Part of CatalogSession, whose catalog thread and edit history
/// it shares. A set (a track's credits, its master shares, a work's writers) is one field in the
/// edit history, holding the whole set as text, so adding or removing a row is one undo step.
class CreditsCatalog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    Q_PROPERTY(Imprint::PartyListModel *parties READ parties CONSTANT)
    Q_PROPERTY(Imprint::WorkListModel *works READ works CONSTANT)
    Q_PROPERTY(Imprint::CreditListModel *trackCredits READ trackCredits CONSTANT)
    /// [{value: "MasteringEngineer", text: "Mastering engineer"}] for role pickers.
    Q_PROPERTY(QVariantList creditRoles READ creditRoles CONSTANT)
    Q_PROPERTY(QVariantList writerRoles READ writerRoles CONSTANT)
    Q_PROPERTY(qint64 trackId READ trackId NOTIFY trackChanged)
    Q_PROPERTY(qint64 trackWorkId READ trackWorkId NOTIFY trackWorkChanged)
    Q_PROPERTY(QVariantList masterShares READ masterShares NOTIFY masterSharesChanged)
    Q_PROPERTY(QVariantList recordingCandidates READ recordingCandidates NOTIFY recordingCandidatesChanged)
    Q_PROPERTY(qint64 currentWorkId READ currentWorkId WRITE setCurrentWorkId NOTIFY currentWorkChanged)
    Q_PROPERTY(QVariantMap currentWork READ currentWork NOTIFY currentWorkChanged)
    Q_PROPERTY(QVariantList workShares READ workShares NOTIFY workSharesChanged)
    Q_PROPERTY(QVariantList workTracks READ workTracks NOTIFY workTracksChanged)
    Q_PROPERTY(qint64 currentPartyId READ currentPartyId WRITE setCurrentPartyId NOTIFY currentPartyChanged)
    Q_PROPERTY(QVariantMap currentParty READ currentParty NOTIFY currentPartyChanged)
    Q_PROPERTY(QVariantList partyActivity READ partyActivity NOTIFY partyActivityChanged)

public:
    /// The prefix of this part's fields in the shared edit history.
    static constexpr QLatin1StringView historyPrefix { "credits." };

    CreditsCatalog(const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent);

    PartyListModel *parties() { return &m_parties; }
    WorkListModel *works() { return &m_works; }
    CreditListModel *trackCredits() { return &m_credits; }
    static QVariantList creditRoles();
    static QVariantList writerRoles();

    /// The recording whose credits and master shares are shown (the session's selected track).
    qint64 trackId() const { return m_trackId; }
    void setTrackId(qint64 id);
    qint64 trackWorkId() const { return m_trackWorkId; }
    /// [{partyId, partyName, percent}] of the selected recording, largest first.
    QVariantList masterShares() const { return sharesToVariant(m_masterShares); }
    /// The recordings found by searchRecordings() (TrackSearch rows), to link to a work.
    QVariantList recordingCandidates() const { return m_recordingCandidates; }
    /// Looks up recordings by title, artist or ISRC, a page at a time (large catalogs).
    Q_INVOKABLE void searchRecordings(const QString &text);

    qint64 currentWorkId() const { return m_currentWorkId; }
    void setCurrentWorkId(qint64 id);
    /// {id, title, iswc (as shown), trackCount} of the selected work; empty when none.
    QVariantMap currentWork() const;
    /// [{partyId, partyName, role, percent}] of the selected work.
    QVariantList workShares() const { return sharesToVariant(m_workShares); }
    /// [{value: trackId, text}] of the recordings of the selected work.
    QVariantList workTracks() const { return m_workTracks; }

    qint64 currentPartyId() const { return m_currentPartyId; }
    void setCurrentPartyId(qint64 id);
    /// {id, name, sortName, isni, ipi, pro, contact} of the selected party (identifiers as shown).
    QVariantMap currentParty() const;
    /// [{kind, kindText, subject, detail}] of the selected party across the catalog.
    QVariantList partyActivity() const { return m_partyActivity; }

    /// Reloads parties, works and the selected track, work and party from the catalog.
    void reload();

    /// Credits the recording; a party name not in the catalog creates the party. Undoable.
    Q_INVOKABLE bool addCredit(qint64 trackId, const QString &partyName, const QString &role,
        const QString &instrument, bool aiUsed);
    Q_INVOKABLE bool removeCredit(qint64 trackId, int row);
    /// field: "partyName", "role", "instrument" or "aiUsed". Undoable.
    Q_INVOKABLE bool setCreditField(qint64 trackId, int row, const QString &field, const QVariant &value);

    /// For a split editor: rows [{partyName, role, percent}] →
    /// {complete, total ("100.00 %"), problem}. needRoles for a work's writers.
    Q_INVOKABLE QVariantMap checkShares(const QVariantList &rows, bool needRoles) const;
    /// count percentages that add up to exactly 100 %.
    Q_INVOKABLE QStringList evenPercents(int count) const;
    /// Saves a complete set (exactly 100 %) as one undoable step; refused (errorOccurred) otherwise.
    Q_INVOKABLE bool saveMasterShares(qint64 trackId, const QVariantList &rows);
    Q_INVOKABLE bool saveWorkShares(qint64 workId, const QVariantList &rows);

    /// A new work, selected once saved. Undoable.
    Q_INVOKABLE bool createWork(const QString &title);
    /// A new work that this recording is of (from the track's work field, when the catalog has
    /// none that fits): made and linked in one transaction, undone as one step.
    Q_INVOKABLE bool createWorkForTrack(qint64 trackId, const QString &title);
    /// Deletes the work: its recordings are unlinked and its writers' shares go with it. One
    /// undo step brings all of it back.
    Q_INVOKABLE bool deleteWork(qint64 workId);
    /// "title" or "iswc" (valid and not held by another work, or empty). Undoable.
    Q_INVOKABLE bool setWorkField(qint64 workId, const QString &field, const QString &value);
    /// Links a recording to a work (0 unlinks it); the link it had is read from the catalog.
    /// Undoable.
    Q_INVOKABLE bool setTrackWork(qint64 trackId, qint64 workId);

    /// A new party, selected once saved (an existing one of that name is selected). Undoable.
    Q_INVOKABLE bool createParty(const QString &name);
    /// Deletes a party nothing refers to (a typo, a duplicate); a party still credited, holding
    /// a share or named as an artist or counterparty is refused with what uses it. Undoable.
    Q_INVOKABLE bool deleteParty(qint64 partyId);
    /// A CreditRules::partyFields() field; ISNI and IPI must be valid or empty. Undoable.
    Q_INVOKABLE bool setPartyField(qint64 partyId, const QString &field, const QString &value);

    /// Applies a value from the edit history (undo/redo); field is without the prefix. A set
    /// (credits, splits) or a work's or party's field is written only over expected (the other
    /// side of the edit), or, without one, over what is shown.
    void applyField(qint64 recordId, const QString &field, const QString &value,
        const std::optional<QString> &expected = std::nullopt);
    /// After a conflict: saves the user's set or field over theirs (as conflictFound gave them),
    /// as an undoable step, if the catalog still holds theirs.
    void useMine(qint64 recordId, const QString &field, const QString &mine, const QString &theirs);

    /// The sets that are checked against someone else's edit (history field names).
    static constexpr QLatin1StringView trackCreditsField { "trackCredits" };
    static constexpr QLatin1StringView masterSharesField { "masterShares" };
    static constexpr QLatin1StringView workSharesField { "workShares" };
    /// A work's or a party's fields, checked too: "work.iswc", "party.ipi" (history field names).
    static constexpr QLatin1StringView workFieldPrefix { "work." };
    static constexpr QLatin1StringView partyFieldPrefix { "party." };

Q_SIGNALS:
    void trackChanged();
    void trackWorkChanged();
    void masterSharesChanged();
    void recordingCandidatesChanged();
    void workTracksChanged();
    void currentWorkChanged();
    void workSharesChanged();
    void currentPartyChanged();
    void partyActivityChanged();
    void errorOccurred(const QString &message);
    void writeFailed();
    /// An edit of a set (trackCredits or masterShares of a track, workShares of a work) or of a
    /// work's or party's field ("work.title", "party.ipi") was not saved: someone else changed it
    /// since it was shown. Theirs is shown now and the edit's undo steps are gone; yours and theirs
    /// are history texts (CreditRules::toText) or the field's stored text.
    void conflictFound(qint64 recordId, const QString &field, const QString &yours, const QString &theirs);

private:
    enum class RecordKind { Work, Party };
    /// A work or party as a whole (CatalogRecord snapshot in the history): an empty value
    /// deletes it, a snapshot puts it back with its id.
    static constexpr QLatin1StringView workRecordField { "workRecord" };
    static constexpr QLatin1StringView partyRecordField { "partyRecord" };
    /// The work a recording is of: the work's id, 0 for none.
    static constexpr QLatin1StringView trackWorkField { "trackWork" };

    void applyRecord(qint64 id, RecordKind kind, const QString &snapshot, const QString &expected);
    void afterTrackWorkChange();
    /// Selects a record that came back, clears the selection of one that went, and rereads.
    void afterRecordChange(qint64 id, RecordKind kind, bool exists);
    static QVariantList sharesToVariant(const QList<ShareRow> &shares);
    std::optional<QList<ShareRow>> sharesFromVariant(
        const QVariantList &rows, bool needRoles, QString *problem) const;
    bool commitCredits(qint64 trackId, const QList<CreditRow> &after, const QString &description);
    void loadParties();
    void loadWorks();
    void loadTrack();
    void loadWork();
    void loadParty();
    /// Runs a write on the catalog thread; on failure reports it, and on success reloads.
    /// conflicted (optional) is asked first on failure: true when it handled it as a conflict.
    void write(std::function<bool(QSqlDatabase, QString *)> task, std::function<void()> afterwards,
        std::function<bool()> conflicted = {});
    /// Writes a set with task, which reports the stored set as *theirs (history text) when it
    /// was not the one the edit was made on: then theirs is shown and conflictFound says so.
    void writeSet(qint64 recordId, const QString &field, const QString &yours,
        std::function<bool(QSqlDatabase, std::optional<QString> *, QString *)> task,
        std::function<void()> afterwards);
    /// Writes a split set or a track's credits if the catalog still holds `expected` (nullopt:
    /// no check, a record not shown).
    void writeShares(qint64 recordId, const QString &field, const QList<ShareRow> &rows,
        const std::optional<QList<ShareRow>> &expected, std::function<void()> afterwards);
    void writeCredits(qint64 trackId, const QList<CreditRow> &rows,
        const std::optional<QList<CreditRow>> &expected, std::function<void()> afterwards);
    /// Writes a work's or a party's field (workFieldPrefix or partyFieldPrefix and its name) if
    /// the catalog still holds `expected` (nullopt: no check).
    void writeRecordField(qint64 recordId, const QString &field, const QString &value,
        const std::optional<QString> &expected, std::function<void()> afterwards);

    CatalogStore m_store;
    CatalogThread *m_thread;
    EditHistory *m_history;
    PartyListModel m_parties;
    WorkListModel m_works;
    CreditListModel m_credits;
    QList<ShareRow> m_masterShares;
    QVariantList m_recordingCandidates;
    qint64 m_trackId = 0;
    qint64 m_trackWorkId = 0;
    qint64 m_currentWorkId = 0;
    QList<ShareRow> m_workShares;
    QVariantList m_workTracks;
    qint64 m_currentPartyId = 0;
    QVariantList m_partyActivity;
};

} // namespace Imprint
