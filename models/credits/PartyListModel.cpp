// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "PartyListModel.h"

using namespace Qt::StringLiterals;

namespace Imprint
{

PartyListModel::PartyListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int PartyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PartyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartyRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case IdRole:
        return row.id;
    case SortNameRole:
        return row.sortName;
    case IsniRole:
        return row.isni;
    case IpiRole:
        return row.ipi;
    case ProRole:
        return row.pro;
    case ContactRole:
        return row.contact;
    case CreditCountRole:
        return row.creditCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> PartyListModel::roleNames() const
{
    return { { IdRole, "partyId" }, { NameRole, "name" }, { SortNameRole, "sortName" }, { IsniRole, "isni" },
        { IpiRole, "ipi" }, { ProRole, "pro" }, { ContactRole, "contact" },
        { CreditCountRole, "creditCount" } };
}

void PartyListModel::setRows(QList<PartyRow> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

const PartyRow *PartyListModel::rowById(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

void PartyListModel::updateRow(const PartyRow &row)
{
    const int index = rowOf(row.id);
    if (index < 0)
        return;
    m_rows[index] = row;
    Q_EMIT dataChanged(this->index(index), this->index(index));
}

qint64 PartyListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int PartyListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

QStringList PartyListModel::names() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const PartyRow &row : m_rows)
        out.append(row.name);
    return out;
}

} // namespace Imprint
