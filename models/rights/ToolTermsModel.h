// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "rights/TrackFacts.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQmlIntegration>

namespace Imprint
{

/// The AI tools' terms table (ai_tool_terms), one row per tool, plan and start date, by tool,
/// plan and date; with how many tracks of the catalog are judged by each row.
class ToolTermsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by RightsCatalog")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ToolRole,
        PlanRole,
        PaidRole, ///< "1" paid, "0" free, "" not recorded
        CommercialUseRole, ///< bool
        OwnershipRole, ///< user, licensed, vendor
        OwnershipNameRole, ///< translated
        RecordedOnRole, ///< ISO date: when the user read these terms
        ValidFromRole, ///< ISO date: when they took effect
        ValidUntilRole, ///< ISO date or empty for open-ended
        SourceRole, ///< where they come from, or a summary
        ExampleRole, ///< bool: shipped as an example, not confirmed by the user
        UsedByRole, ///< int: tracks whose generation is judged by this row
    };
    Q_ENUM(Role)

    explicit ToolTermsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the rows; usedBy counts tracks by terms id.
    void setRows(QList<ToolTermsFact> rows, QHash<qint64, int> usedBy);
    const ToolTermsFact *rowById(qint64 id) const;
    const QList<ToolTermsFact> &rows() const { return m_rows; }
    const QHash<qint64, int> &usedBy() const { return m_usedBy; }

    /// A row as a map with the role names as keys (to fill the edit form); empty for no row.
    Q_INVOKABLE QVariantMap get(int row) const;
    /// The row of a terms id, -1 when there is none.
    Q_INVOKABLE int rowOf(qint64 id) const;

    static QString ownershipName(const QString &ownership);

private:
    QList<ToolTermsFact> m_rows;
    QHash<qint64, int> m_usedBy;
};

} // namespace Imprint
