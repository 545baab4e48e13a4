// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "delivery/DeliveryQueries.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace Imprint
{

/// The packages made for one release, newest first: the delivery history of the deliveries page.
class DeliveryHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DeliveryCatalog")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        WhenRole, ///< QString: local date and time, for display
        CreatedAtRole, ///< QDateTime (UTC)
        ProfileRole, ///< QString: the profile's key
        ProfileNameRole, ///< QString: the profile's name
        FileRole, ///< QString: the package's path when it was written
        FileNameRole, ///< QString: its file name
        SizeRole, ///< qint64: bytes
        SizeTextRole, ///< QString: "12.4 MB"
        Sha256Role, ///< QString: SHA-256 of the package, hex
        ShortHashRole, ///< QString: its first 12 hex digits
        WarningsRole, ///< QStringList: preflight issues exported anyway
        FileExistsRole, ///< bool: the package is still where it was written
    };
    Q_ENUM(Role)

    explicit DeliveryHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// exists: for each record, whether its package is still there (checked off the GUI thread).
    void setRecords(QList<DeliveryQueries::DeliveryRecord> records, QList<bool> exists);

Q_SIGNALS:
    void countChanged();

private:
    QList<DeliveryQueries::DeliveryRecord> m_records;
    QList<bool> m_exists;
};

} // namespace Imprint
