// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

/// A release's running order: which tracks, on which disc, in which order. Reordering, adding
/// and removing produce a new list; the list as text is what the edit history keeps, so each
/// change is one undoable step and undo restores the exact order.
namespace Imprint::ReleaseTrackList
{

struct Placement {
    qint64 trackId = 0;
    int disc = 1;
    friend bool operator==(const Placement &, const Placement &) = default;
};
using List = QList<Placement>;

/// From ReleaseCatalog::currentTracks ([{trackId, disc, …}], in running order).
List fromVariant(const QVariantList &tracks);

/// "12:1,15:1,13:2" (track id : disc); empty for no tracks.
QString encode(const List &list);
/// nullopt for text encode() never writes.
std::optional<List> decode(QStringView text);

/// The track at from moved to position to, taking the disc of the track whose slot it takes.
List moved(List list, qsizetype from, qsizetype to);
/// trackId appended to the last disc; unchanged when it is already on the release.
List added(List list, qint64 trackId);
List removed(List list, qint64 trackId);

/// Replaces the release's tracks with list, numbered 1… within each disc, in one transaction.
bool write(QSqlDatabase db, qint64 releaseId, const List &list, QString *error);

/// The release's running order as the catalog holds it (as ReleaseCatalog reads it). Inside a
/// write transaction on PostgreSQL, the release's row stays locked until its end.
std::optional<List> stored(QSqlDatabase db, qint64 releaseId, QString *error);

/// write(), in one transaction with a check: only while the catalog still holds expected (or
/// already list). Otherwise nothing changes and *theirs is the order the catalog holds: someone
/// else changed it since the edit was made (issue 16, item 3).
bool writeIf(QSqlDatabase db, qint64 releaseId, const List &expected, const List &list,
    std::optional<List> *theirs, QString *error);

/// Up to limit tracks not on the release whose title, artist or ISRC contains text:
/// [{trackId, title, version, artist, isrc}], by title.
std::optional<QVariantList> candidates(
    QSqlDatabase db, qint64 releaseId, const QString &text, int limit, QString *error);

} // namespace Imprint::ReleaseTrackList
