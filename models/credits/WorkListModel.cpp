// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "WorkListModel.h"

#include "identifiers/Iswc.h"

using namespace Qt::StringLiterals;

namespace Imprint
{

WorkListModel::WorkListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int WorkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WorkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case IdRole:
        return row.id;
    case IswcRole:
        return row.iswc.isEmpty() ? QString() : Iswc::display(row.iswc);
    case WritersRole:
        return row.writers;
    case TrackCountRole:
        return row.trackCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> WorkListModel::roleNames() const
{
    return { { IdRole, "workId" }, { TitleRole, "title" }, { IswcRole, "iswc" }, { WritersRole, "writers" },
        { TrackCountRole, "trackCount" } };
}

void WorkListModel::setRows(QList<WorkRow> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    Q_EMIT choicesChanged();
}

const WorkRow *WorkListModel::rowById(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

void WorkListModel::updateRow(const WorkRow &row)
{
    const int index = rowOf(row.id);
    if (index < 0)
        return;
    m_rows[index] = row;
    Q_EMIT dataChanged(this->index(index), this->index(index));
    Q_EMIT choicesChanged();
}

QVariantList WorkListModel::choices() const
{
    QVariantList out { QVariantMap { { u"value"_s, u"0"_s }, { u"text"_s, tr("No work linked") } } };
    for (const WorkRow &row : m_rows)
        out.append(QVariantMap { { u"value"_s, QString::number(row.id) }, { u"text"_s, row.title } });
    return out;
}

qint64 WorkListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int WorkListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

} // namespace Imprint
