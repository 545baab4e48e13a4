// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReleaseListModel.h"

#include "releases/ReleaseTypeName.h"

namespace Imprint
{

ReleaseListModel::ReleaseListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(this, &QAbstractItemModel::modelReset, this, &ReleaseListModel::countChanged);
}

int ReleaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReleaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReleaseRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case IdRole:
        return row.id;
    case TypeRole:
        return row.type;
    case TypeNameRole:
        return releaseTypeName(row.type);
    case ArtistRole:
        return row.artist;
    case ReleaseDateRole:
        return row.releaseDate.isValid() ? row.releaseDate.toString(Qt::ISODate) : QString();
    case StatusRole:
        return row.status;
    case TrackCountRole:
        return row.trackCount;
    }
    return {};
}

QHash<int, QByteArray> ReleaseListModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { IdRole, "releaseId" }, { TitleRole, "title" },
        { TypeRole, "type" }, { ArtistRole, "artist" }, { ReleaseDateRole, "releaseDate" },
        { StatusRole, "status" }, { TrackCountRole, "trackCount" }, { TypeNameRole, "typeName" } };
}

void ReleaseListModel::setRows(QList<ReleaseRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const ReleaseRow *ReleaseListModel::rowById(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

void ReleaseListModel::updateRow(const ReleaseRow &row)
{
    const int i = rowOf(row.id);
    if (i < 0)
        return;
    m_rows[i] = row;
    Q_EMIT dataChanged(index(i), index(i));
}

void ReleaseListModel::removeRow(qint64 id)
{
    const int i = rowOf(id);
    if (i < 0)
        return;
    beginRemoveRows({}, i, i);
    m_rows.removeAt(i);
    endRemoveRows();
    Q_EMIT countChanged();
}

qint64 ReleaseListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ReleaseListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace Imprint
