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
/// the verdict for that use. It keeps each track's facts and the summary of its verdicts; the
/// findings behind a verdict are worked out from the facts when they are asked for.
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

    /// Every track's facts with its verdicts, summed up on the catalog thread (summarize()).
    void setTracks(QList<TrackFacts> facts, QList<Readiness::TrackSummary> summaries);
    /// Replaces one track's facts and verdicts; false when the track has no row.
    bool updateTrack(TrackFacts facts, Readiness::TrackSummary summary);
    int rowOf(qint64 trackId) const;
    const TrackFacts *factsAt(int row) const;
    const Readiness::TrackSummary *summaryAt(int row) const;

private:
    void indexRows();

    QList<TrackFacts> m_facts;
    QList<Readiness::TrackSummary> m_summaries;
    /// Track id → row: the page looks up the track in view on the GUI thread, often.
    QHash<qint64, int> m_rowById;
};

} // namespace Imprint
