// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "quality/AnalysisRepository.h"
#include "quality/QualityCheck.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

#include <optional>

namespace Imprint
{

class TrackTableModel;

/// Every track of the catalog with its main audio's verdict under one delivery profile.
class QualityListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by QualityCatalog")
    Q_PROPERTY(int count READ rowCount NOTIFY countsChanged)
    Q_PROPERTY(int analysedCount READ analysedCount NOTIFY countsChanged)
    Q_PROPERTY(int failingCount READ failingCount NOTIFY countsChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY countsChanged)

public:
    enum Role {
        TrackIdRole = Qt::UserRole + 1, ///< qint64
        TitleRole, ///< title, with the version in parentheses
        ArtistRole,
        AnalysedRole, ///< bool: the main audio has an analysis for its current content
        VerdictRole, ///< "pass", "warn", "fail"; "none" before analysis or without audio
        LoudnessRole, ///< "−14.2 LUFS"
        TruePeakRole, ///< "−1.3 dBTP"
        RangeRole, ///< "6.1 LU"
        ClippingRole, ///< "none", "12 runs"
        SummaryRole, ///< the first fix to make, or a short status
        StemsRole, ///< verdict of the stem and version checks; "none" when the track has none
    };
    Q_ENUM(Role)

    explicit QualityListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// What the list shows and counts of a row; the checks themselves are worked out again
    /// for the rows in view: kept for every track, they were 4 KB a track (issue 18).
    struct Verdicts {
        std::optional<Verdict> track; ///< the master's, worsened by the stems' where they count
        std::optional<Verdict> stems; ///< empty when no stem or version check applies
    };
    /// Every row judged under profile, on every core: on a large catalog, work for the catalog
    /// thread rather than the GUI's.
    static QList<Verdicts> judge(const QualityProfile &profile, const QList<TrackQualityRow> &rows);

    void setRows(QList<TrackQualityRow> rows);
    /// The rows, already judged (judge()) under profile, which becomes the list's.
    void setRows(QList<TrackQualityRow> rows, const QualityProfile &profile, QList<Verdicts> verdicts);
    /// Replaces the rows of these tracks and judges only them; false (and nothing changed) when
    /// one of them has no row.
    bool updateRows(QList<TrackQualityRow> rows);
    void setProfile(const QualityProfile &profile);

    int analysedCount() const;
    int failingCount() const;
    int warningCount() const;

    /// The tracks' titles, versions, artists and paths come from table (a session's track
    /// table), which then changes the list's titles as it changes; rows read for this list may
    /// leave their title and path empty (AnalysisRepository::trackRows). Without a table, or for
    /// a track it does not hold, the row's own are shown.
    void setTrackTable(const TrackTableModel *table);
    bool namesFromTable() const { return m_table != nullptr; }
    /// What names a row's track, from the table when there is one.
    struct TrackNames {
        QString title; ///< with the version in parentheses
        QString artist;
        QString path; ///< the main audio's, relative to the library root
    };
    TrackNames namesOf(const TrackQualityRow &row) const;

    const TrackQualityRow *row(qint64 trackId) const;
    const TrackQualityRow *rowAt(int row) const;
    /// The master's checks under the profile; empty before analysis or for no such track.
    std::optional<QualityReport> report(qint64 trackId) const;
    /// The stem and version checks of a track (no checks when nothing applies).
    QualityReport stemReport(qint64 trackId) const;
    /// The master's verdict, worsened by the stem checks in profiles that count them.
    std::optional<Verdict> verdict(qint64 trackId) const;
    Q_INVOKABLE int rowOfTrack(qint64 trackId) const;
    /// The first failing track, else the first with warnings, else the first; 0 when empty.
    qint64 worstTrackId() const;

Q_SIGNALS:
    void countsChanged();

private:
    void evaluateAll();
    static Verdicts judgeRow(const QualityProfile &profile, const TrackQualityRow &row);
    std::optional<Verdict> verdictAt(qsizetype row) const;

    QList<TrackQualityRow> m_rows;
    QList<Verdicts> m_verdicts;
    /// Track id → row: the selected track's checks look it up several times (a walk over
    /// 100 000 rows took 0.2 ms each).
    QHash<qint64, int> m_rowById;
    QualityProfile m_profile;
    const TrackTableModel *m_table = nullptr;
};

} // namespace Imprint
