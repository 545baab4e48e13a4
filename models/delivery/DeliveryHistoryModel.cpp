// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DeliveryHistoryModel.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Imprint
{

DeliveryHistoryModel::DeliveryHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int DeliveryHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

QVariant DeliveryHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryQueries::DeliveryRecord &record = m_records.at(index.row());
    switch (role) {
    case IdRole:
        return record.id;
    case Qt::DisplayRole:
    case WhenRole:
        return QLocale().toString(record.createdAt.toLocalTime(), QLocale::ShortFormat);
    case CreatedAtRole:
        return record.createdAt;
    case ProfileRole:
        return record.profile;
    case ProfileNameRole: {
        const auto profile = Delivery::profile(record.profile);
        return profile ? profile->name : record.profile;
    }
    case FileRole:
        return record.file;
    case FileNameRole:
        return QFileInfo(record.file).fileName();
    case SizeRole:
        return record.size;
    case SizeTextRole:
        return QLocale().formattedDataSize(record.size, 1, QLocale::DataSizeSIFormat);
    case Sha256Role:
        return record.sha256;
    case ShortHashRole:
        return record.sha256.left(12);
    case WarningsRole:
        return record.warnings;
    case FileExistsRole:
        return m_exists.value(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> DeliveryHistoryModel::roleNames() const
{
    return { { IdRole, "deliveryId" }, { WhenRole, "when" }, { CreatedAtRole, "createdAt" },
        { ProfileRole, "profile" }, { ProfileNameRole, "profileName" }, { FileRole, "file" },
        { FileNameRole, "fileName" }, { SizeRole, "size" }, { SizeTextRole, "sizeText" },
        { Sha256Role, "sha256" }, { ShortHashRole, "shortHash" }, { WarningsRole, "warnings" },
        { FileExistsRole, "fileExists" } };
}

void DeliveryHistoryModel::setRecords(QList<DeliveryQueries::DeliveryRecord> records, QList<bool> exists)
{
    const bool countChanges = records.size() != m_records.size();
    beginResetModel();
    m_records = std::move(records);
    m_exists = std::move(exists);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

} // namespace Imprint
