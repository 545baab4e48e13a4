// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "editing/EditHistory.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Imprint
{

/// What edits may have changed in the derived data (readiness, audio verdicts, the track
/// table's readiness and loudness columns): some tracks and releases, or everything. Collected
/// on the GUI thread as edits happen, resolved to tracks on the catalog thread after the writes,
/// so an edit re-reads a few tracks instead of the whole catalog (issue 18).
struct AffectedTracks {
    bool everything = false;
    QSet<qint64> tracks;
    QSet<qint64> releases; ///< every track on them
    QSet<qint64> assets; ///< the tracks they belong to (an audio file analysed again)
    QSet<QString> titles; ///< titles as they were: tracks of the same title are versions of each other

    bool isEmpty() const { return !everything && tracks.isEmpty() && releases.isEmpty() && assets.isEmpty(); }
    /// How many records were named (past a few thousand, reading everything is cheaper).
    qsizetype size() const { return tracks.size() + releases.size() + assets.size(); }
    void merge(const AffectedTracks &other);

    /// The parts of one undo step: what each of them may change. Rights edits are not counted:
    /// RightsCatalog brings its own records up to date after it writes them.
    static AffectedTracks of(const QList<FieldEdit> &parts);
    /// The tracks whose release a running-order change among these parts may change: those on
    /// the list before and after it (the track table shows each track's first release).
    static QSet<qint64> placedOrRemoved(const QList<FieldEdit> &parts);

    /// The tracks to read again, in id order: the edited ones, those on the edited releases and
    /// of the assets, and
    /// the originals, versions and same-titled tracks of each (the rules about instrumentals and
    /// stems read those). Not for everything.
    std::optional<QList<qint64>> resolve(QSqlDatabase db, QString *error) const;
};

} // namespace Imprint
