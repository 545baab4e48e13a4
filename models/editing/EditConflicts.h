// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

#include <functional>

/// An edit conflict as the Changed by Someone Else dialog reads it: the record ("kind": track,
/// release, work, party, terms or profile, its id and its name), the field (its key and its label), and both
/// values as stored ("yours", "theirs") and as shown ("yoursText", "theirsText"). "origin" is "credits" for
/// a set the credits editors save whole, whose Use Mine CreditsCatalog saves, and "rights" for
/// a record of the rights page.
namespace Imprint::EditConflicts
{

/// A track field (TrackQueries::editableField's names).
QVariantMap trackField(
    qint64 trackId, const QString &record, const QString &field, const QString &yours, const QString &theirs);
/// A release field (ReleaseCatalog's QML names).
QVariantMap releaseField(qint64 releaseId, const QString &record, const QString &field, const QString &yours,
    const QString &theirs);
/// A track's credits or master ownership, or a work's publishing shares (history texts); or a
/// work's or a party's field ("work.iswc", "party.name": "kind" is "work" or "party").
QVariantMap creditsSet(qint64 recordId, const QString &record, const QString &field, const QString &yours,
    const QString &theirs);

/// A record of the rights page (RightsCatalog's history fields and texts); "kind" is "terms"
/// for a row of the AI tools' terms table, else "track". Use Mine is RightsCatalog's.
QVariantMap rightsRecord(qint64 recordId, const QString &record, const QString &field, const QString &yours,
    const QString &theirs);

/// A release's plan (its date and milestones, PlanningSession's snapshots); Use Mine is
/// PlanningSession's ("origin": "planning").
QVariantMap releasePlan(qint64 releaseId, const QString &record, const QString &yours, const QString &theirs);

/// A release's running order (ReleaseTrackList::encode's texts), shown by the titles title
/// gives each track; Use Mine is ReleaseCatalog's ("origin": "runningOrder").
QVariantMap releaseTracks(qint64 releaseId, const QString &record, const QString &yours,
    const QString &theirs, const std::function<QString(qint64 trackId)> &title);

/// A release's cover (asset ids, "0" for none), shown by the files' names ("origin": "artwork").
QVariantMap releaseArtwork(qint64 releaseId, const QString &record, const QString &yours,
    const QString &theirs, const QString &yoursName, const QString &theirsName);

/// A recording's link to the original it was made from (TrackVersions): yours and theirs are the
/// originals' track ids ("0" for none), shown by the titles title gives ("origin": "versions").
QVariantMap versionLink(qint64 trackId, const QString &record, const QString &yours, const QString &theirs,
    const std::function<QString(qint64 trackId)> &title);

/// Thresholds of a delivery profile (field: "quality.<key>"; yours and theirs whole profiles as
/// JSON, QualityCatalog's), named by the fields (ProfileFields names) someone else changed
/// first ("kind": "profile", "origin": "quality").
QVariantMap qualityProfile(
    const QString &field, const QString &yours, const QString &theirs, const QStringList &fields);

/// Adds a conflict to those waiting, asked about in the order they came. A newer one for the same
/// field of the same record replaces the one waiting (only the catalog's latest value can be kept).
void enqueue(QList<QVariantMap> &waiting, const QVariantMap &conflict);

} // namespace Imprint::EditConflicts
