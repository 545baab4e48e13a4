// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "releases/ReleaseRow.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace Imprint
{

/// The catalog's releases, by title, for the releases page.
class ReleaseListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ReleaseCatalog")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        TitleRole, ///< QString
        TypeRole, ///< QString: single, ep, album, compilation
        ArtistRole, ///< QString: the primary artist
        ReleaseDateRole, ///< QString: ISO date or empty
        StatusRole, ///< QString: idea … released
        TrackCountRole, ///< int
        TypeNameRole, ///< QString: the type as the user reads it ("Single", in their language)
    };
    Q_ENUM(Role)

    explicit ReleaseListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QList<ReleaseRow> rows);
    const ReleaseRow *rowById(qint64 id) const;
    /// Replaces one release's row after an edit.
    void updateRow(const ReleaseRow &row);
    /// Drops one release's row (after it was deleted).
    void removeRow(qint64 id);
    Q_INVOKABLE qint64 idAt(int row) const;
    Q_INVOKABLE int rowOf(qint64 id) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<ReleaseRow> m_rows;
};

} // namespace Imprint
