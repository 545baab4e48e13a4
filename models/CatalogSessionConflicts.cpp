// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// CatalogSession, part two: edits someone else made first (issue 16, item 3). Each editor finds
// its own conflicts; here they are named for the dialog, asked about in turn, and Use Mine goes
// back to the editor that owns the record.
#include "CatalogSession.h"

#include "Logging.h"
#include "credits/PartyListModel.h"
#include "credits/WorkListModel.h"
#include "editing/EditConflicts.h"

using namespace Qt::StringLiterals;

namespace Imprint
{

// A release field someone else changed first (ReleaseCatalog found it), or its running order.
void CatalogSession::showReleaseConflict(
    qint64 releaseId, const QString &field, const QString &yours, const QString &theirs)
{
    const ReleaseRow *row = m_releases.model()->rowById(releaseId);
    qCInfo(lcCatalog) << "edit conflict on release" << releaseId << field;
    if (field == ReleaseCatalog::trackListField) {
        const auto title = [this](qint64 trackId) {
            const TrackRow *track = m_table.rowById(trackId);
            return track ? track->title : QString::number(trackId);
        };
        addConflict(
            EditConflicts::releaseTracks(releaseId, row ? row->title : QString(), yours, theirs, title));
        return;
    }
    addConflict(EditConflicts::releaseField(releaseId, row ? row->title : QString(), field, yours, theirs));
}

// The same for a set the credits editors save whole (CreditsCatalog found it): a track's credits
// or master ownership, a work's publishing shares; or a field of a work or a party.
void CatalogSession::showCreditsConflict(
    qint64 recordId, const QString &field, const QString &yours, const QString &theirs)
{
    QString record;
    if (field == CreditsCatalog::workSharesField || field.startsWith(CreditsCatalog::workFieldPrefix)) {
        if (const WorkRow *row = m_credits.works()->rowById(recordId))
            record = row->title;
    } else if (field.startsWith(CreditsCatalog::partyFieldPrefix)) {
        if (const PartyRow *row = m_credits.parties()->rowById(recordId))
            record = row->name;
    } else if (const TrackRow *row = m_table.rowById(recordId)) {
        record = row->title;
    }
    // A name someone else changed: the record goes by the name the catalog holds now.
    if (field == CreditsCatalog::partyFieldPrefix + u"name"_s
        || field == CreditsCatalog::workFieldPrefix + u"title"_s)
        record = theirs;
    qCInfo(lcCatalog) << "edit conflict on" << field << "of" << recordId;
    addConflict(EditConflicts::creditsSet(recordId, record, field, yours, theirs));
}

// The same for a recording's link to its original (TrackVersions found it).
void CatalogSession::showVersionConflict(qint64 trackId, const QString &yours, const QString &theirs)
{
    const auto title = [this](qint64 id) {
        const TrackRow *track = m_table.rowById(id);
        if (!track)
            return QString::number(id);
        return track->version.isEmpty() ? track->title : u"%1 (%2)"_s.arg(track->title, track->version);
    };
    qCInfo(lcCatalog) << "edit conflict on the original of track" << trackId;
    addConflict(EditConflicts::versionLink(trackId, title(trackId), yours, theirs, title));
}

// The same for a delivery profile's thresholds (QualityCatalog found it).
void CatalogSession::showProfileConflict(
    const QString &key, const QString &yours, const QString &theirs, const QStringList &fields)
{
    qCInfo(lcCatalog) << "edit conflict on profile" << key << fields;
    addConflict(EditConflicts::qualityProfile(QualityCatalog::historyPrefix + key, yours, theirs, fields));
}

void CatalogSession::addConflict(const QVariantMap &conflict)
{
    EditConflicts::enqueue(m_conflicts, conflict);
    Q_EMIT conflictChanged();
}

void CatalogSession::resolveConflict(bool keepMine)
{
    if (m_conflicts.isEmpty())
        return;
    const QVariantMap conflict = m_conflicts.takeFirst();
    Q_EMIT conflictChanged();
    if (!keepMine)
        return;
    const qint64 recordId = conflict.value(u"recordId"_s).toLongLong();
    const QString field = conflict.value(u"field"_s).toString();
    const QString yours = conflict.value(u"yours"_s).toString();
    const QString origin = conflict.value(u"origin"_s).toString();
    if (origin == u"credits")
        m_credits.useMine(recordId, field, yours, conflict.value(u"theirs"_s).toString());
    else if (origin == u"rights")
        m_rights.useMine(recordId, field, yours, conflict.value(u"theirs"_s).toString());
    else if (origin == u"planning")
        m_planning.useMine(recordId, yours, conflict.value(u"theirs"_s).toString());
    else if (origin == u"artwork")
        m_releases.useArtwork(recordId, yours, conflict.value(u"theirs"_s).toString());
    else if (origin == u"quality")
        m_quality.useMine(field, yours, conflict.value(u"theirs"_s).toString());
    else if (origin == u"versions")
        m_versions.useMine(recordId, yours, conflict.value(u"theirs"_s).toString());
    else if (origin == u"runningOrder")
        m_releases.useTrackList(recordId, yours, conflict.value(u"theirs"_s).toString());
    else if (conflict.value(u"kind"_s).toString() == u"release")
        m_releases.setField(recordId, field, yours);
    else
        setTrackField(recordId, field, yours);
}

} // namespace Imprint
