// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "credits/CreditRows.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace Imprint
{

/// The catalog's works (compositions) by title, for the works page.
class WorkListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CreditsCatalog")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// [{value: id as text, text: title}] with "no work" first, for a work picker.
    Q_PROPERTY(QVariantList choices READ choices NOTIFY choicesChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        TitleRole, ///< QString
        IswcRole, ///< QString: as shown (T-345.246.800-1), or empty
        WritersRole, ///< QString: the writers' names, largest share first
        TrackCountRole, ///< int: recordings of the work
    };
    Q_ENUM(Role)

    explicit WorkListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QList<WorkRow> rows);
    const WorkRow *rowById(qint64 id) const;
    void updateRow(const WorkRow &row);
    Q_INVOKABLE qint64 idAt(int row) const;
    Q_INVOKABLE int rowOf(qint64 id) const;
    QVariantList choices() const;

Q_SIGNALS:
    void countChanged();
    void choicesChanged();

private:
    QList<WorkRow> m_rows;
};

} // namespace Imprint
