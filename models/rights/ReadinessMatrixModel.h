// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "rights/ReadinessSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QtQmlIntegration>

namespace Imprint
{

/// Tracks × uses: one row per track, one column per use (Readiness::allUses order), each cell
/// the verdict for that use. It keeps the summary of each track's verdicts and its title, not
/// its facts (issue 18: a few KB a track); the findings behind a verdict are worked out from the
/// facts of the track in view (RightsCatalog).
class ReadinessMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by RightsCatalog")

public:
    enum Role {
        VerdictRole = Qt::UserRole + 1, ///< "ready", "not_checked", "blocked"
        VerdictNameRole, ///< translated verdict (also Qt::DisplayRole)
        TrackIdRole,
        TitleRole, ///< track title with its version
        UseRole, ///< "content", "streaming", "sync", "commercial"
        BlockerCountRole, ///< blockers and unchecked items of this level alone
        WarningCountRole,
    };
    Q_ENUM(Role)

    explicit ReadinessMatrixModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// What a row holds of a track.
    struct Track {
        Readiness::TrackSummary summary;
        QString title; ///< with its version
        qint64 termsId = 0; ///< the row of the AI terms table that judged it, 0 for none

        static Track of(const TrackFacts &facts, const Readiness::TrackSummary &summary);
    };

    /// Every track with the summary of its verdicts (Readiness::summarize on the catalog thread).
    void setTracks(QList<Track> tracks);
    /// Replaces one track's row; false when the track has no row.
    bool updateTrack(Track track);
    int rowOf(qint64 trackId) const;
    const Track *trackAt(int row) const;
    const Readiness::TrackSummary *summaryAt(int row) const;

private:
    void indexRows();

    QList<Track> m_tracks;
    /// Track id → row: the page looks up the track in view on the GUI thread, often.
    QHash<qint64, int> m_rowById;
};

} // namespace Imprint
