// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackFilterModel.h"

#include "tracks/TrackMatch.h"
#include "tracks/TrackTableModel.h"

namespace Imprint
{

TrackFilterModel::TrackFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TrackTableModel::SortRole);
    setDynamicSortFilter(true);
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(this, signal, this, &TrackFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &TrackFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &TrackFilterModel::countChanged);
}

void TrackFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = TrackMatch::words(text);
    // A full invalidation rebuilds the mapping once; filtering row ranges in place emits a signal per
    // scattered range, which costs far more on a large catalog.
    invalidate();
    Q_EMIT searchTextChanged();
    Q_EMIT countChanged();
}

void TrackFilterModel::sortByColumn(int column)
{
    if (column < 0 || column >= TrackTableModel::ColumnCount)
        return;
    const Qt::SortOrder order = column == sortColumn() && sortOrder() == Qt::AscendingOrder
        ? Qt::DescendingOrder
        : Qt::AscendingOrder;
    sort(column, order);
    Q_EMIT sortChanged();
}

qint64 TrackFilterModel::trackIdAt(int row) const
{
    return index(row, 0).data(TrackTableModel::IdRole).toLongLong();
}

int TrackFilterModel::rowOfTrack(qint64 trackId) const
{
    const auto *tracks = qobject_cast<const TrackTableModel *>(sourceModel());
    if (!tracks)
        return -1;
    const int sourceRow = tracks->rowOf(trackId);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(tracks->index(sourceRow, 0)).row();
}

bool TrackFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    // Straight to the row: going through index().data() costs more than the search itself.
    const auto *tracks = qobject_cast<const TrackTableModel *>(sourceModel());
    const QString haystack = tracks
        ? tracks->rowAt(sourceRow).searchKey
        : sourceModel()->index(sourceRow, 0, sourceParent).data(TrackTableModel::SearchTextRole).toString();
    return TrackMatch::matches(haystack, m_words);
}

} // namespace Imprint

namespace Imprint
{

bool TrackFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const auto *tracks = qobject_cast<const TrackTableModel *>(sourceModel()))
        return tracks->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Imprint
