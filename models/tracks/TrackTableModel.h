// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "tracks/TrackRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QtQmlIntegration>

#include <optional>

namespace Imprint
{

/// The catalog's tracks as a table: one row per recording, one column per field the catalog
/// page can show (the page chooses which). The rows are handed in by CatalogSession, which loads
/// them off the GUI thread; loudness and readiness come from the quality and rights models.
class TrackTableModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")

public:
    enum Column {
        TitleColumn,
        ArtistColumn,
        ReleaseColumn,
        VersionColumn,
        IsrcColumn,
        DurationColumn,
        FormatColumn,
        GenreColumn,
        LanguageColumn,
        BpmColumn,
        KeyColumn,
        MoodColumn,
        LoudnessColumn, ///< integrated loudness of the master's latest analysis
        ReadinessColumn, ///< the highest use the track is ready for
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64: the track's id in the catalog
        SortRole, ///< the column's value for sorting: durations as numbers, text folded
        SearchTextRole, ///< lower-cased title, artist, release, version and ISRC, for search
        TitleRole, ///< QString
        ArtistRole, ///< QString: the display artist
        ReleaseRole, ///< QString: the title of the first release the track is on
        VersionRole, ///< QString: Instrumental, Radio Edit…; empty for the original
        IsrcRole, ///< QString: 12 characters, or empty
        DurationRole, ///< qint64 milliseconds
        FormatRole, ///< QString: FLAC, WAV…
        PathRole, ///< QString: the master file, relative to the library root
        GenreRole, ///< QString, empty when not set
        LanguageRole, ///< QString, empty when not set
        ExplicitRole, ///< QString: "1" explicit, "0" clean, empty when not set
        ReleaseIdRole, ///< qint64: the release shown in the release column, 0 for none
        LabelRole, ///< QString: that release's label
        BpmRole, ///< QString: "120", "92.5"; empty when not set
        KeyRole, ///< QString: "F# minor", "8A"; empty when not set
        MoodRole, ///< QString: comma-separated moods; empty when not set
        HasVocalsRole, ///< QString: "1" vocals, "0" instrumental, empty when not recorded
        LoudnessRole, ///< double LUFS; NaN before analysis or for silence
        ReadinessRole, ///< int: highest ready use (Readiness::Use), -1 for none, -2 not known yet
        ColumnKeyRole, ///< header data: the column's stable name ("title", "bpm"…) for settings
    };
    Q_ENUM(Role)

    explicit TrackTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(TrackRows rows);
    /// Replaces the rows of these tracks in place; false (nothing changed) when one has none.
    bool updateRows(TrackRows rows);
    const TrackRow *rowById(qint64 id) const;
    const TrackRow &rowAt(int row) const { return m_rows.at(row); }
    const TrackRows &rows() const { return m_rows; }
    /// Compares two rows by a column without building QVariants: sorting 100 000 rows by
    /// title through SortRole would allocate millions of strings.
    bool lessThan(int leftRow, int rightRow, int column) const;
    int rowOf(qint64 id) const { return m_rowOfId.value(id, -1); }

    /// Changes one field of a loaded row, as after an edit, and tells the views.
    void setField(qint64 id, Role role, const QString &value);
    struct FieldChange {
        qint64 id = 0;
        Role role = TitleRole;
        QString value;
    };
    /// Changes several fields of several rows at once (a bulk edit), telling the views once per
    /// run of adjacent rows.
    void setFields(const QList<FieldChange> &changes);
    /// Changes the label of every row whose release is releaseId.
    void setReleaseLabel(qint64 releaseId, const QString &label);

    /// Integrated loudness per track id (tracks missing: not analysed) and the highest use each
    /// track is ready for (Readiness::Use as int; -1 for none). Kept across setRows.
    void setLoudness(QHash<qint64, double> lufs);
    void setReadiness(QHash<qint64, int> highestReadyUse);
    /// The same for one track (NaN: not analysed), after an edit re-judged only some tracks.
    void setLoudnessOf(qint64 id, double lufs);
    void setReadinessOf(qint64 id, int highestReadyUse);

    static QString formatDuration(qint64 ms);
    static QString describeFormat(const TrackRow &row);

private:
    QVariant displayValue(const TrackRow &row, int column) const;
    static std::optional<int> assign(TrackRow &row, Role role, const QString &value);
    void emitRuns(QList<int> rows, const QList<int> &roles);

    double loudnessOf(qint64 id) const;
    int readinessOf(qint64 id) const;
    void emitColumnChanged(int column, int role);
    void emitCellChanged(qint64 id, int column, int role);

    TrackRows m_rows;
    QHash<qint64, int> m_rowOfId;
    QHash<qint64, double> m_loudness;
    QHash<qint64, int> m_readiness;
    bool m_readinessKnown = false;
};

} // namespace Imprint
