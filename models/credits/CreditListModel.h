// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "credits/CreditRows.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace Imprint
{

/// The credits of one recording, in their order, for the credits table of the track pane.
class CreditListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CreditsCatalog")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        PartyIdRole = Qt::UserRole + 1, ///< qint64: 0 while a new party is being saved
        PartyNameRole, ///< QString
        RoleRole, ///< QString: a CreditRules::creditRoles() name
        InstrumentRole, ///< QString, may be empty
        AiUsedRole, ///< bool: AI was used in this role
    };
    Q_ENUM(Role)

    explicit CreditListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<CreditRow> &rows() const { return m_rows; }
    /// Replaces the rows; rows that stay the same keep their items (no reset while editing).
    void setRows(const QList<CreditRow> &rows);

Q_SIGNALS:
    void countChanged();

private:
    QList<CreditRow> m_rows;
};

} // namespace Imprint
