// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "credits/CreditRows.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace Imprint
{

/// The catalog's parties by sort name, for the parties page and party pickers.
class PartyListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CreditsCatalog")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        NameRole, ///< QString
        SortNameRole, ///< QString, may be empty
        IsniRole, ///< QString: normalised, or empty
        IpiRole, ///< QString: normalised, or empty
        ProRole, ///< QString: the performing rights organisation
        ContactRole, ///< QString
        CreditCountRole, ///< int: credits and shares across the catalog
    };
    Q_ENUM(Role)

    explicit PartyListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QList<PartyRow> rows);
    const PartyRow *rowById(qint64 id) const;
    void updateRow(const PartyRow &row);
    Q_INVOKABLE qint64 idAt(int row) const;
    Q_INVOKABLE int rowOf(qint64 id) const;
    /// Every party's name, for completing a typed name.
    Q_INVOKABLE QStringList names() const;

Q_SIGNALS:
    void countChanged();

private:
    QList<PartyRow> m_rows;
};

} // namespace Imprint
