// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ToolTermsModel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

ToolTermsModel::ToolTermsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ToolTermsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ToolTermsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ToolTermsFact &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return u"%1 (%2)"_s.arg(row.tool, row.plan);
    case IdRole:
        return row.id;
    case ToolRole:
        return row.tool;
    case PlanRole:
        return row.plan;
    case PaidRole:
        return row.paid < 0 ? QString() : QString::number(row.paid);
    case CommercialUseRole:
        return row.commercialUse;
    case OwnershipRole:
        return row.ownership;
    case OwnershipNameRole:
        return ownershipName(row.ownership);
    case RecordedOnRole:
        return isoDate(row.recordedOn);
    case ValidFromRole:
        return isoDate(row.validFrom);
    case ValidUntilRole:
        return isoDate(row.validUntil);
    case SourceRole:
        return row.source;
    case ExampleRole:
        return row.example;
    case UsedByRole:
        return m_usedBy.value(row.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ToolTermsModel::roleNames() const
{
    return {
        { IdRole, "termsId" },
        { ToolRole, "tool" },
        { PlanRole, "plan" },
        { PaidRole, "paid" },
        { CommercialUseRole, "commercialUse" },
        { OwnershipRole, "ownership" },
        { OwnershipNameRole, "ownershipName" },
        { RecordedOnRole, "recordedOn" },
        { ValidFromRole, "validFrom" },
        { ValidUntilRole, "validUntil" },
        { SourceRole, "source" },
        { ExampleRole, "example" },
        { UsedByRole, "usedBy" },
    };
}

void ToolTermsModel::setRows(QList<ToolTermsFact> rows, QHash<qint64, int> usedBy)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_usedBy = std::move(usedBy);
    endResetModel();
}

const ToolTermsFact *ToolTermsModel::rowById(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

int ToolTermsModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return int(row);
    }
    return -1;
}

QVariantMap ToolTermsModel::get(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    QVariantMap map;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

QString ToolTermsModel::ownershipName(const QString &ownership)
{
    if (ownership == u"user")
        return QCoreApplication::translate("ToolTermsModel", "You own the output");
    if (ownership == u"licensed")
        return QCoreApplication::translate("ToolTermsModel", "Licensed to you");
    if (ownership == u"vendor")
        return QCoreApplication::translate("ToolTermsModel", "The vendor owns it");
    return ownership;
}

} // namespace Imprint
