// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "tags/TagSet.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

#include <array>

namespace Imprint
{

/// One file of a tag write: what would change (preview) or what happened (report).
struct TagWriteRow {
    enum class Status {
        WillChange, ///< preview: the write would change the fields in changes
        Unchanged, ///< the file already holds the catalog's values
        Written, ///< written and verified
        Failed, ///< not written (reason says why); the file is untouched
        Cancelled, ///< not looked at: the job was cancelled first
    };
    qint64 trackId = 0;
    QString trackTitle;
    QString path; ///< absolute
    QString relativePath; ///< relative to the library root, for display
    QString format; ///< "FLAC", "MP3"… (empty when unknown)
    Status status = Status::Failed;
    QList<TagChange> changes; ///< from the file's values to the catalog's
    QString reason; ///< why it failed
};

/// The files of a tag write, one row per file in the order they were processed: the preview of
/// the write-tags dialog, then its report. Rows arrive in batches from the job.
class TagWriteListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by TagWriteController")
    Q_PROPERTY(int count READ rowCount NOTIFY countsChanged)
    Q_PROPERTY(int changingCount READ changingCount NOTIFY countsChanged)
    Q_PROPERTY(int unchangedCount READ unchangedCount NOTIFY countsChanged)
    Q_PROPERTY(int writtenCount READ writtenCount NOTIFY countsChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY countsChanged)
    Q_PROPERTY(int cancelledCount READ cancelledCount NOTIFY countsChanged)

public:
    /// The same values as TagWriteRow::Status, for QML.
    enum Status { WillChange, Unchanged, Written, Failed, Cancelled };
    Q_ENUM(Status)

    enum Role {
        TrackIdRole = Qt::UserRole + 1, ///< qint64
        TrackTitleRole, ///< QString: "Title (Version)"
        PathRole, ///< QString: absolute path, native separators
        FileRole, ///< QString: path relative to the library root, for display
        FileNameRole, ///< QString: the file's name only
        FormatRole, ///< QString: "FLAC", "MP3"… or empty
        StatusRole, ///< Status
        StatusTextRole, ///< QString: "3 changes", "unchanged", "written", "failed"…
        ChangeCountRole, ///< int: how many fields differ
        ChangesRole, ///< QVariantList of {field, label, before, after}: the field changes
        ReasonRole, ///< QString: why it failed (empty otherwise)
        FailedRole, ///< bool: status is Failed, for highlighting
    };
    Q_ENUM(Role)

    explicit TagWriteListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int changingCount() const { return m_counts[WillChange]; }
    int unchangedCount() const { return m_counts[Unchanged]; }
    int writtenCount() const { return m_counts[Written]; }
    int failedCount() const { return m_counts[Failed]; }
    int cancelledCount() const { return m_counts[Cancelled]; }

    const TagWriteRow &row(int index) const { return m_rows.at(index); }

    void clear();
    void append(const QList<TagWriteRow> &rows);

    /// "Title", "Track number", "ISRC"…: a field's name for people.
    static QString fieldLabel(TagField field);

Q_SIGNALS:
    void countsChanged();

private:
    QList<TagWriteRow> m_rows;
    std::array<int, 5> m_counts {};
};

} // namespace Imprint
