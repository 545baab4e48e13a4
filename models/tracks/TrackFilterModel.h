// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSortFilterProxyModel>
#include <QtQmlIntegration>

namespace Imprint
{

/// Search and sort over TrackTableModel. Every word of the search text must appear in the
/// track's title, artist, release, version or ISRC, in any case.
class TrackFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(Qt::SortOrder sortOrder READ sortOrder NOTIFY sortChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit TrackFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    int count() const { return rowCount(); }

    /// Sorts by column; asking for the column already sorted by flips the order.
    Q_INVOKABLE void sortByColumn(int column);
    Q_INVOKABLE qint64 trackIdAt(int row) const;
    Q_INVOKABLE int rowOfTrack(qint64 trackId) const;

Q_SIGNALS:
    void searchTextChanged();
    void sortChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    QStringList m_words;
};

} // namespace Imprint
