// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "RemoteChanges.h"

namespace Imprint
{

RemoteChanges RemoteChanges::of(const QList<CatalogChange> &changes)
{
    RemoteChanges remote;
    for (const CatalogChange &change : changes) {
        const QString &table = change.table;
        if (change.trackId > 0) {
            // Any record of a track (its rights records too): its readiness is judged again.
            remote.derived.tracks.insert(change.trackId);
            if (table == u"tracks" || table == u"release_tracks" || table == u"assets")
                remote.rows.tracks.insert(change.trackId);
            if (table == u"tracks" || table == u"credits" || table == u"master_shares")
                remote.trackDetails.insert(change.trackId);
        }
        if (table == u"releases" || table == u"release_tracks" || table == u"milestones") {
            remote.planning = true;
            remote.releases = remote.releases || table != u"milestones";
            if (table == u"releases")
                remote.rows.releases.insert(change.releaseId);
            if (table != u"milestones")
                remote.derived.releases.insert(change.releaseId);
        } else if (table == u"assets") {
            remote.derived.assets.insert(change.assetId);
            remote.releases = remote.releases || change.releaseId > 0; // artwork
        } else if (table == u"analyses") {
            remote.derived.assets.insert(change.assetId);
        } else if (table == u"works" || table == u"work_shares") {
            // A work's shares count for every track of it: judged again as after a local edit.
            remote.works = true;
            remote.derived.everything = true;
        } else if (table == u"quality_profiles") {
            // The verdicts of every track, under the thresholds the catalog holds now.
            remote.derived.everything = true;
        } else if (table == u"deliveries") {
            remote.deliveries = true;
        }
    }
    remote.rows.releases.remove(0);
    remote.derived.releases.remove(0);
    remote.derived.assets.remove(0);
    return remote;
}

} // namespace Imprint
