// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TagWriteListModel.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Imprint
{

TagWriteListModel::TagWriteListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TagWriteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TagWriteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TagWriteRow &row = m_rows.at(index.row());
    switch (role) {
    case TrackIdRole:
        return row.trackId;
    case TrackTitleRole:
        return row.trackTitle;
    case PathRole:
        return QDir::toNativeSeparators(row.path);
    case Qt::DisplayRole:
    case FileRole:
        return QDir::toNativeSeparators(row.relativePath.isEmpty() ? row.path : row.relativePath);
    case FileNameRole:
        return QFileInfo(row.path).fileName();
    case FormatRole:
        return row.format;
    case StatusRole:
        return int(row.status);
    case StatusTextRole:
        switch (row.status) {
        case TagWriteRow::Status::WillChange:
            return tr("%n change(s)", nullptr, int(row.changes.size()));
        case TagWriteRow::Status::Unchanged:
            return tr("Unchanged");
        case TagWriteRow::Status::Written:
            return tr("Written");
        case TagWriteRow::Status::Failed:
            return tr("Failed");
        case TagWriteRow::Status::Cancelled:
            return tr("Skipped (cancelled)");
        }
        return {};
    case ChangeCountRole:
        return int(row.changes.size());
    case ChangesRole: {
        QVariantList changes;
        for (const TagChange &change : row.changes)
            changes.append(QVariantMap { { u"field"_s, fieldName(change.field) },
                { u"label"_s, fieldLabel(change.field) }, { u"before"_s, change.before },
                { u"after"_s, change.after } });
        return changes;
    }
    case ReasonRole:
        return row.reason;
    case FailedRole:
        return row.status == TagWriteRow::Status::Failed;
    default:
        return {};
    }
}

QHash<int, QByteArray> TagWriteListModel::roleNames() const
{
    return { { TrackIdRole, "trackId" }, { TrackTitleRole, "trackTitle" }, { PathRole, "path" },
        { FileRole, "file" }, { FileNameRole, "fileName" }, { FormatRole, "format" },
        { StatusRole, "status" }, { StatusTextRole, "statusText" }, { ChangeCountRole, "changeCount" },
        { ChangesRole, "changes" }, { ReasonRole, "reason" }, { FailedRole, "failed" } };
}

void TagWriteListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_counts = {};
    endResetModel();
    Q_EMIT countsChanged();
}

void TagWriteListModel::append(const QList<TagWriteRow> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    for (const TagWriteRow &row : rows) {
        m_rows.append(row);
        ++m_counts[size_t(row.status)];
    }
    endInsertRows();
    Q_EMIT countsChanged();
}

QString TagWriteListModel::fieldLabel(TagField field)
{
    switch (field) {
    case TagField::Title:
        return tr("Title");
    case TagField::Version:
        return tr("Version");
    case TagField::Artists:
        return tr("Artists");
    case TagField::Album:
        return tr("Release");
    case TagField::AlbumArtist:
        return tr("Release artist");
    case TagField::TrackNumber:
        return tr("Track number");
    case TagField::TrackTotal:
        return tr("Tracks on disc");
    case TagField::DiscNumber:
        return tr("Disc number");
    case TagField::DiscTotal:
        return tr("Discs");
    case TagField::Date:
        return tr("Date");
    case TagField::Genre:
        return tr("Genre");
    case TagField::Isrc:
        return tr("ISRC");
    case TagField::Barcode:
        return tr("UPC/EAN");
    case TagField::Label:
        return tr("Label");
    case TagField::CatalogNumber:
        return tr("Catalog number");
    case TagField::Bpm:
        return tr("BPM");
    case TagField::Key:
        return tr("Key");
    case TagField::Composers:
        return tr("Composers");
    case TagField::Lyricists:
        return tr("Lyricists");
    case TagField::Credits:
        return tr("Credits");
    case TagField::Musicians:
        return tr("Musicians");
    case TagField::ProducedNotice:
        return tr("℗ line");
    case TagField::Copyright:
        return tr("© line");
    case TagField::Explicit:
        return tr("Explicit");
    case TagField::Lyrics:
        return tr("Lyrics");
    case TagField::Language:
        return tr("Language");
    case TagField::Cover:
        return tr("Cover art");
    }
    return fieldName(field);
}

} // namespace Imprint
