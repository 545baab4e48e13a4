// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReadinessMatrixModel.h"

using namespace Qt::StringLiterals;

namespace Imprint
{

ReadinessMatrixModel::ReadinessMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ReadinessMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tracks.size());
}

int ReadinessMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Readiness::allUses.size());
}

QVariant ReadinessMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Track &track = m_tracks.at(index.row());
    const Readiness::UseSummary &level = track.summary.uses[size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case VerdictNameRole:
        return Readiness::verdictName(level.verdict);
    case VerdictRole:
        return Readiness::verdictKey(level.verdict);
    case TrackIdRole:
        return track.summary.trackId;
    case TitleRole:
        return track.title;
    case UseRole:
        return Readiness::useKey(Readiness::allUses[size_t(index.column())]);
    case BlockerCountRole:
        return level.blockers;
    case WarningCountRole:
        return level.warnings;
    default:
        return {};
    }
}

QVariant ReadinessMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        return Readiness::useName(Readiness::allUses[size_t(section)]);
    }
    if (section < 0 || section >= rowCount())
        return {};
    return data(index(section, 0), TitleRole);
}

QHash<int, QByteArray> ReadinessMatrixModel::roleNames() const
{
    return {
        { Qt::DisplayRole, "display" },
        { VerdictRole, "verdict" },
        { VerdictNameRole, "verdictName" },
        { TrackIdRole, "trackId" },
        { TitleRole, "title" },
        { UseRole, "use" },
        { BlockerCountRole, "blockerCount" },
        { WarningCountRole, "warningCount" },
    };
}

ReadinessMatrixModel::Track ReadinessMatrixModel::Track::of(
    const TrackFacts &facts, const Readiness::TrackSummary &summary)
{
    return { summary, facts.version.isEmpty() ? facts.title : u"%1 (%2)"_s.arg(facts.title, facts.version),
        facts.terms ? facts.terms->id : 0 };
}

void ReadinessMatrixModel::setTracks(QList<Track> tracks)
{
    beginResetModel();
    m_tracks = std::move(tracks);
    indexRows();
    endResetModel();
}

bool ReadinessMatrixModel::updateTrack(Track track)
{
    const int row = rowOf(track.summary.trackId);
    if (row < 0)
        return false;
    m_tracks[row] = std::move(track);
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

void ReadinessMatrixModel::indexRows()
{
    m_rowById.clear();
    m_rowById.reserve(m_tracks.size());
    for (qsizetype row = 0; row < m_tracks.size(); ++row)
        m_rowById.insert(m_tracks[row].summary.trackId, int(row));
}

int ReadinessMatrixModel::rowOf(qint64 trackId) const
{
    return m_rowById.value(trackId, -1);
}

const ReadinessMatrixModel::Track *ReadinessMatrixModel::trackAt(int row) const
{
    return row >= 0 && row < m_tracks.size() ? &m_tracks[row] : nullptr;
}

const Readiness::TrackSummary *ReadinessMatrixModel::summaryAt(int row) const
{
    const Track *track = trackAt(row);
    return track ? &track->summary : nullptr;
}

} // namespace Imprint
