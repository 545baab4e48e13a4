// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ClearanceBoardModel.h"

#include "rights/Readiness.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Imprint
{

ClearanceBoardModel::ClearanceBoardModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ClearanceBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClearanceBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RightsQueries::ClearanceBoardRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TrackTitleRole:
        return row.trackTitle;
    case IdRole:
        return row.id;
    case TrackIdRole:
        return row.trackId;
    case KindRole:
        return row.kind;
    case KindNameRole:
        return kindName(row.kind);
    case StatusRole:
        return row.status;
    case StatusNameRole:
        return statusName(row.status);
    case CounterpartyRole:
        return row.counterparty;
    case TerritoryRole:
        return row.territory;
    case ValidFromRole:
        return row.validFrom.isValid() ? row.validFrom.toString(Qt::ISODate) : QString();
    case ValidUntilRole:
        return row.validUntil.isValid() ? row.validUntil.toString(Qt::ISODate) : QString();
    case ExpiringSoonRole:
        return row.validUntil.isValid() && row.validUntil >= m_today
            && m_today.daysTo(row.validUntil) <= Readiness::expiringSoonDays;
    case ExpiredRole:
        return row.status == u"expired" || (row.validUntil.isValid() && row.validUntil < m_today);
    case NotesRole:
        return row.notes;
    case NeedsDocumentRole:
        return row.status == u"cleared" && row.documentMissing;
    default:
        return {};
    }
}

QHash<int, QByteArray> ClearanceBoardModel::roleNames() const
{
    return {
        { IdRole, "itemId" },
        { TrackIdRole, "trackId" },
        { TrackTitleRole, "trackTitle" },
        { KindRole, "kind" },
        { KindNameRole, "kindName" },
        { StatusRole, "status" },
        { StatusNameRole, "statusName" },
        { CounterpartyRole, "counterparty" },
        { TerritoryRole, "territory" },
        { ValidFromRole, "validFrom" },
        { ValidUntilRole, "validUntil" },
        { ExpiringSoonRole, "expiringSoon" },
        { ExpiredRole, "expired" },
        { NotesRole, "notes" },
        { NeedsDocumentRole, "needsDocument" },
    };
}

void ClearanceBoardModel::setRows(QList<RightsQueries::ClearanceBoardRow> rows, const QDate &today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

void ClearanceBoardModel::setStatus(qint64 itemId, const QString &status)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id != itemId)
            continue;
        m_rows[i].status = status;
        const QModelIndex changed = index(int(i));
        Q_EMIT dataChanged(changed, changed, { StatusRole, StatusNameRole, ExpiredRole, NeedsDocumentRole });
        return;
    }
}

const RightsQueries::ClearanceBoardRow *ClearanceBoardModel::rowById(qint64 itemId) const
{
    for (const auto &row : m_rows) {
        if (row.id == itemId)
            return &row;
    }
    return nullptr;
}

QString ClearanceBoardModel::kindName(const QString &kind)
{
    if (kind == u"master_ownership")
        return QCoreApplication::translate("ClearanceBoardModel", "Master ownership");
    if (kind == u"publishing")
        return QCoreApplication::translate("ClearanceBoardModel", "Publishing");
    if (kind == u"sample")
        return QCoreApplication::translate("ClearanceBoardModel", "Sample");
    if (kind == u"ai_tool_licence")
        return QCoreApplication::translate("ClearanceBoardModel", "AI tool licence");
    if (kind == u"featured_artist")
        return QCoreApplication::translate("ClearanceBoardModel", "Featured artist");
    if (kind == u"artwork_licence")
        return QCoreApplication::translate("ClearanceBoardModel", "Artwork licence");
    if (kind == u"mechanical_licence")
        return QCoreApplication::translate("ClearanceBoardModel", "Mechanical licence");
    return QCoreApplication::translate("ClearanceBoardModel", "Other");
}

QString ClearanceBoardModel::statusName(const QString &status)
{
    if (status == u"not_needed")
        return QCoreApplication::translate("ClearanceBoardModel", "Not needed");
    if (status == u"missing")
        return QCoreApplication::translate("ClearanceBoardModel", "Missing");
    if (status == u"requested")
        return QCoreApplication::translate("ClearanceBoardModel", "Requested");
    if (status == u"pending")
        return QCoreApplication::translate("ClearanceBoardModel", "Pending");
    if (status == u"cleared")
        return QCoreApplication::translate("ClearanceBoardModel", "Cleared");
    if (status == u"rejected")
        return QCoreApplication::translate("ClearanceBoardModel", "Rejected");
    if (status == u"expired")
        return QCoreApplication::translate("ClearanceBoardModel", "Expired");
    return status;
}

} // namespace Imprint
