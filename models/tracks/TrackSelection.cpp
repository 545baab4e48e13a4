// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackSelection.h"

#include "tracks/TrackFilterModel.h"
#include "tracks/TrackTableModel.h"

#include <algorithm>

namespace Imprint
{

TrackSelection::TrackSelection(const TrackTableModel *tracks, const TrackFilterModel *view, QObject *parent)
    : QObject(parent)
    , m_tracks(tracks)
    , m_view(view)
{
    connect(tracks, &QAbstractItemModel::modelReset, this, &TrackSelection::dropVanished);
    connect(this, &TrackSelection::changed, this, &TrackSelection::hiddenCountChanged);
    connect(view, &TrackFilterModel::searchTextChanged, this, &TrackSelection::hiddenCountChanged);
}

int TrackSelection::hiddenCount() const
{
    if (m_view->searchText().isEmpty())
        return 0;
    return int(std::count_if(
        m_ids.cbegin(), m_ids.cend(), [this](qint64 id) { return m_view->rowOfTrack(id) < 0; }));
}

QList<qint64> TrackSelection::ids() const
{
    QList<qint64> ids(m_ids.cbegin(), m_ids.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QVariantList TrackSelection::selectedTrackIds() const
{
    QVariantList list;
    for (const qint64 id : ids())
        list.append(id);
    return list;
}

void TrackSelection::replace(QSet<qint64> ids, qint64 current, qint64 anchor)
{
    const bool currentMoved = current != m_current;
    const bool same = ids == m_ids;
    m_anchor = anchor;
    m_current = current;
    if (!same) {
        m_ids = std::move(ids);
        ++m_revision;
        Q_EMIT changed();
    }
    if (currentMoved)
        Q_EMIT currentChanged();
}

void TrackSelection::select(qint64 trackId)
{
    if (trackId == 0 || !m_tracks->rowById(trackId)) {
        clear();
        return;
    }
    replace({ trackId }, trackId, trackId);
}

void TrackSelection::toggle(qint64 trackId)
{
    if (!m_tracks->rowById(trackId))
        return;
    QSet<qint64> ids = m_ids;
    qint64 current = trackId;
    if (ids.remove(trackId)) {
        // The current track stays if it is still selected; otherwise the pane shows nothing
        // or the one left.
        current = ids.contains(m_current) ? m_current : (ids.size() == 1 ? *ids.cbegin() : 0);
    } else {
        ids.insert(trackId);
    }
    replace(std::move(ids), current, trackId);
}

void TrackSelection::extendTo(qint64 trackId)
{
    const int to = m_view->rowOfTrack(trackId);
    const int from = m_anchor != 0 ? m_view->rowOfTrack(m_anchor) : -1;
    if (to < 0)
        return;
    if (from < 0) { // no anchor, or the search hides it: start a new range here
        select(trackId);
        return;
    }
    QSet<qint64> ids;
    ids.reserve(std::abs(to - from) + 1);
    for (int row = std::min(from, to); row <= std::max(from, to); ++row)
        ids.insert(m_view->trackIdAt(row));
    replace(std::move(ids), trackId, m_anchor);
}

void TrackSelection::selectAllVisible()
{
    const int rows = m_view->rowCount();
    QSet<qint64> ids;
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids.insert(m_view->trackIdAt(row));
    if (ids.isEmpty()) {
        clear();
        return;
    }
    const qint64 current = ids.contains(m_current) ? m_current : m_view->trackIdAt(0);
    const qint64 anchor = m_anchor != 0 && ids.contains(m_anchor) ? m_anchor : current;
    replace(std::move(ids), current, anchor);
}

void TrackSelection::clear()
{
    replace({}, 0, 0);
}

void TrackSelection::dropVanished()
{
    QSet<qint64> kept;
    for (const qint64 id : std::as_const(m_ids)) {
        if (m_tracks->rowById(id))
            kept.insert(id);
    }
    const qint64 current = kept.contains(m_current) ? m_current : 0;
    const qint64 anchor = kept.contains(m_anchor) ? m_anchor : 0;
    replace(std::move(kept), current, anchor);
}

} // namespace Imprint
