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
    return parent.isValid() ? 0 : int(m_facts.size());
}

int ReadinessMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Readiness::allUses.size());
}

QVariant ReadinessMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrackFacts &facts = m_facts.at(index.row());
    const Readiness::UseSummary &level = m_summaries.at(index.row()).uses[size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case VerdictNameRole:
        return Readiness::verdictName(level.verdict);
    case VerdictRole:
        return Readiness::verdictKey(level.verdict);
    case TrackIdRole:
        return facts.trackId;
    case TitleRole:
        return facts.version.isEmpty() ? facts.title : u"%1 (%2)"_s.arg(facts.title, facts.version);
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

void ReadinessMatrixModel::setTracks(QList<TrackFacts> facts, QList<Readiness::TrackSummary> summaries)
{
    Q_ASSERT(facts.size() == summaries.size());
    beginResetModel();
    m_facts = std::move(facts);
    m_summaries = std::move(summaries);
    indexRows();
    endResetModel();
}

bool ReadinessMatrixModel::updateTrack(TrackFacts facts, Readiness::TrackSummary summary)
{
    const int row = rowOf(facts.trackId);
    if (row < 0)
        return false;
    m_facts[row] = std::move(facts);
    m_summaries[row] = summary;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

void ReadinessMatrixModel::indexRows()
{
    m_rowById.clear();
    m_rowById.reserve(m_facts.size());
    for (qsizetype row = 0; row < m_facts.size(); ++row)
        m_rowById.insert(m_facts[row].trackId, int(row));
}

int ReadinessMatrixModel::rowOf(qint64 trackId) const
{
    return m_rowById.value(trackId, -1);
}

const TrackFacts *ReadinessMatrixModel::factsAt(int row) const
{
    return row >= 0 && row < m_facts.size() ? &m_facts[row] : nullptr;
}

const Readiness::TrackSummary *ReadinessMatrixModel::summaryAt(int row) const
{
    return row >= 0 && row < m_summaries.size() ? &m_summaries[row] : nullptr;
}

} // namespace Imprint
