// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "AffectedTracks.h"
#include "catalog/CatalogStore.h"
#include "quality/AnalysisRepository.h"
#include "quality/QualityListModel.h"

#include <QHash>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

#include <memory>
#include <optional>

namespace Imprint
{

class CatalogThread;
class EditHistory;
class SharedQualityRows;
class TrackTableModel;

/// The quality view of the open catalog: every track's verdict under the selected delivery
/// profile, and the selected track's checks with their fixes, measurements and the picture of its audio;
/// the profiles' thresholds, edited undoably. Part of CatalogSession, whose catalog thread and
/// edit history it shares.
class QualityCatalog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    Q_PROPERTY(Imprint::QualityListModel *model READ model CONSTANT)
    Q_PROPERTY(QVariantList profiles READ profiles NOTIFY profilesChanged)
    Q_PROPERTY(QString profileKey READ profileKey WRITE setProfileKey NOTIFY profileChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(qint64 currentTrackId READ currentTrackId WRITE setCurrentTrackId NOTIFY currentChanged)
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(QVariantMap currentPicture READ currentPicture NOTIFY currentPictureChanged)

public:
    /// The prefix of this catalog's fields in the shared edit history: "quality.<profile key>",
    /// whose values are whole profiles as JSON (one undo step per change, resets included).
    static constexpr QLatin1StringView historyPrefix { "quality." };

    QualityCatalog(const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent);

    QualityListModel *model() { return &m_model; }
    /// The list names its tracks from a session's track table, and reads no titles or paths of
    /// its own (QualityListModel::setTrackTable).
    void setTrackTable(const TrackTableModel *table);
    /// [{key, name}] of every profile, in order.
    QVariantList profiles() const;
    QString profileKey() const { return m_profile.key; }
    void setProfileKey(const QString &key);
    bool isLoading() const { return m_pendingLoads > 0; }

    qint64 currentTrackId() const { return m_currentTrackId; }
    void setCurrentTrackId(qint64 id);
    /// title, artist, path, verdict, analysed, and checks: [{id, title, verdict, measured, limit,
    /// fix}] of the selected track under the selected profile; stems: the stem and version
    /// checks, stemsVerdict ("none" without any) and stemsCounted (the profile counts them).
    QVariantMap current() const;
    /// What the pane draws for the selected track under the selected profile (see
    /// AudioPicture::describe); empty until its analysis is read.
    QVariantMap currentPicture() const { return m_picture; }
    /// The time axis for a file of this length: [{value (s), label}], at most maxTicks.
    Q_INVOKABLE QVariantList timeTicks(double durationSeconds, int maxTicks) const;

    /// Reads verdicts and profiles again, e.g. after an analysis batch was written.
    Q_INVOKABLE void reload() { reloadWith({}); }
    /// The same, with rows shared with a rights reload posted together with this one
    /// (CatalogSession::reload): whichever runs first reads them.
    void reloadWith(std::shared_ptr<SharedQualityRows> rows);
    /// Reads the audio checks of the affected tracks again and judges only those;
    /// tracksRefreshed follows. Falls back to reload() when a track came or went.
    void refreshTracks(const AffectedTracks &affected);

    /// The editable thresholds of a profile (see ProfileFields::describe), in editor order.
    Q_INVOKABLE QVariantList profileFields(const QString &key) const;
    /// Why text is refused for a field, or an empty string when it is accepted.
    Q_INVOKABLE QString validateProfileField(
        const QString &key, const QString &field, const QString &text) const;
    /// Sets a threshold, undoably; the verdicts follow at once, without analysing again. False
    /// (and errorOccurred) when the text is refused.
    Q_INVOKABLE bool setProfileField(const QString &key, const QString &field, const QString &text);
    /// Puts every threshold of a profile back to its default, undoably.
    Q_INVOKABLE bool resetProfile(const QString &key);
    Q_INVOKABLE bool isProfileDefault(const QString &key) const;
    /// Applies a value from the edit history (undo/redo): field is "quality.<key>", value and
    /// expected (the other side of the step) whole profiles as JSON. Only the thresholds that
    /// differ between them are written, and only over expected's values.
    void applyField(const QString &field, const QString &value, const QString &expected);
    /// After a conflict: saves yours over theirs (as conflictFound gave them) as an undoable
    /// change made on theirs.
    void useMine(const QString &field, const QString &yours, const QString &theirs);

Q_SIGNALS:
    void profilesChanged();
    void profileChanged();
    void loadingChanged();
    void currentChanged();
    void currentPictureChanged();
    void reloaded();
    /// After refreshTracks: these tracks' rows hold their current verdicts.
    void tracksRefreshed(const QList<qint64> &trackIds);
    void errorOccurred(const QString &message);
    void writeFailed();
    /// A profile's thresholds changed and their write is queued (what depends on verdicts reloads).
    void profileEdited(const QString &key);
    /// Someone else changed these thresholds (ProfileFields names) of the profile first: the
    /// profile shows theirs. yours is theirs with this change made, both whole profiles as JSON.
    void conflictFound(
        const QString &key, const QString &yours, const QString &theirs, const QStringList &fields);

private:
    void loadPicture();
    void updatePicture();
    const QualityProfile *profileByKey(const QString &key) const;
    void changeProfile(const QualityProfile &before, const QualityProfile &after, const QString &description);
    // By value: before is often the shown profile, which showing after changes.
    void saveChange(QualityProfile before, QualityProfile after);
    void showProfile(const QualityProfile &profile);
    void keepNewerEdits(QList<QualityProfile> &read, const QHash<QString, quint64> &editsBefore) const;

    CatalogStore m_store;
    CatalogThread *m_thread;
    EditHistory *m_history;
    QualityListModel m_model;
    QList<QualityProfile> m_profiles;
    QualityProfile m_profile;
    int m_pendingLoads = 0;
    QHash<QString, quint64> m_profileEditsPosted; ///< per profile, saves handed to the catalog thread
    qint64 m_currentTrackId = 0;
    std::optional<AnalysisRecord> m_record; // the selected track's analysis, once read
    qint64 m_recordTrackId = 0;
    QVariantMap m_picture;
};

} // namespace Imprint
