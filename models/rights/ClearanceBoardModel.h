// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "rights/RightsQueries.h"

#include <QAbstractListModel>
#include <QDate>
#include <QtQmlIntegration>

namespace Imprint
{

/// Open clearance items across the catalog, by status (missing first) then expiry; cleared items
/// with an end date stay on the board so their expiry is seen coming, and so do cleared items
/// with no document attached where their kind counts only with one (a document that changed or
/// went from disk shows on its track's Clearance tab, which checks the files).
class ClearanceBoardModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by RightsCatalog")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TrackIdRole,
        TrackTitleRole,
        KindRole, ///< master_ownership, publishing, sample, …
        KindNameRole, ///< translated
        StatusRole, ///< missing, requested, pending, cleared, rejected, expired, not_needed
        StatusNameRole, ///< translated
        CounterpartyRole,
        TerritoryRole,
        ValidFromRole, ///< ISO date or empty
        ValidUntilRole, ///< ISO date or empty
        ExpiringSoonRole, ///< ends within Readiness::expiringSoonDays of today
        ExpiredRole, ///< ended before today
        NotesRole,
        NeedsDocumentRole, ///< cleared, but no document attached, which its kind counts only with
    };
    Q_ENUM(Role)

    explicit ClearanceBoardModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QList<RightsQueries::ClearanceBoardRow> rows, const QDate &today);
    /// Changes one item's status in place (an edit shown before it is written).
    void setStatus(qint64 itemId, const QString &status);
    const RightsQueries::ClearanceBoardRow *rowById(qint64 itemId) const;

    static QString kindName(const QString &kind);
    static QString statusName(const QString &status);

private:
    QList<RightsQueries::ClearanceBoardRow> m_rows;
    QDate m_today;
};

} // namespace Imprint
