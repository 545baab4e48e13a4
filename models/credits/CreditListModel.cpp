// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CreditListModel.h"

namespace Imprint
{

CreditListModel::CreditListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int CreditListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CreditListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CreditRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PartyNameRole:
        return row.partyName;
    case PartyIdRole:
        return row.partyId;
    case RoleRole:
        return row.role;
    case InstrumentRole:
        return row.instrument;
    case AiUsedRole:
        return row.aiUsed;
    default:
        return {};
    }
}

QHash<int, QByteArray> CreditListModel::roleNames() const
{
    return { { PartyIdRole, "partyId" }, { PartyNameRole, "partyName" }, { RoleRole, "role" },
        { InstrumentRole, "instrument" }, { AiUsedRole, "aiUsed" } };
}

void CreditListModel::setRows(const QList<CreditRow> &rows)
{
    const qsizetype before = m_rows.size();
    // Same length: change rows in place, so an edited row's delegate keeps its focus.
    if (rows.size() == before) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!(rows.at(i) == m_rows.at(i))) {
                m_rows[i] = rows.at(i);
                Q_EMIT dataChanged(index(int(i)), index(int(i)));
            }
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace Imprint
