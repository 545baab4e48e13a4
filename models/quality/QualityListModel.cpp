// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "QualityListModel.h"

#include "InParts.h"
#include "tracks/TrackTableModel.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Imprint
{

QualityListModel::QualityListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_profile(*QualityProfile::defaultFor(u"streaming"_s))
{
}

namespace
{

QString titleWithVersion(const QString &title, const QString &version)
{
    return version.isEmpty() ? title : u"%1 (%2)"_s.arg(title, version);
}

} // namespace

void QualityListModel::setTrackTable(const TrackTableModel *table)
{
    if (m_table)
        disconnect(m_table, nullptr, this, nullptr);
    m_table = table;
    if (!table)
        return;
    const QList<int> names { Qt::DisplayRole, TitleRole, ArtistRole };
    connect(table, &QAbstractItemModel::dataChanged, this,
        [this, names](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            // Not for the loudness and readiness columns, which change for every track at once.
            const bool named = topLeft.column() <= TrackTableModel::VersionColumn
                && (roles.isEmpty() || roles.contains(TrackTableModel::TitleRole)
                    || roles.contains(TrackTableModel::ArtistRole)
                    || roles.contains(TrackTableModel::VersionRole)
                    || roles.contains(TrackTableModel::PathRole));
            if (!named)
                return;
            // Both lists are in id order: a bulk edit is one signal per run here too.
            QList<int> rows;
            for (int tableRow = topLeft.row(); tableRow <= bottomRight.row(); ++tableRow) {
                if (const int at = m_rowById.value(m_table->rowAt(tableRow).id, -1); at >= 0)
                    rows.append(at);
            }
            std::sort(rows.begin(), rows.end());
            for (qsizetype first = 0, last = 0; first < rows.size(); first = ++last) {
                while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
                    ++last;
                Q_EMIT dataChanged(index(rows.at(first)), index(rows.at(last)), names);
            }
        });
    connect(table, &QAbstractItemModel::modelReset, this, [this, names] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), names);
    });
}

QualityListModel::TrackNames QualityListModel::namesOf(const TrackQualityRow &row) const
{
    if (const TrackRow *track = m_table ? m_table->rowById(row.trackId) : nullptr)
        return { titleWithVersion(track->title, track->version), track->artist, track->path };
    return { titleWithVersion(row.title, row.version), row.artist, row.relativePath };
}

int QualityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QualityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrackQualityRow &row = m_rows.at(index.row());
    const std::optional<AnalysisFacts> &facts = row.facts;
    const bool measured = facts && facts->decoded;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return namesOf(row).title;
    case TrackIdRole:
        return row.trackId;
    case ArtistRole:
        return namesOf(row).artist;
    case AnalysedRole:
        return facts.has_value();
    case VerdictRole: {
        const std::optional<Verdict> verdict = verdictAt(index.row());
        return verdict ? verdictName(*verdict) : u"none"_s;
    }
    case StemsRole: {
        const std::optional<Verdict> stems = m_verdicts.at(index.row()).stems;
        return stems ? verdictName(*stems) : u"none"_s;
    }
    case LoudnessRole:
        return measured
            ? (std::isfinite(facts->integratedLufs) ? formatLevel(facts->integratedLufs) + u" LUFS"_s
                                                    : tr("silent"))
            : QString();
    case TruePeakRole:
        return measured && std::isfinite(facts->truePeakDbtp) ? formatLevel(facts->truePeakDbtp) + u" dBTP"_s
                                                              : QString();
    case RangeRole:
        return measured ? formatLevel(facts->loudnessRangeLu) + u" LU"_s : QString();
    case ClippingRole:
        return measured ? (facts->clipRuns == 0 ? tr("none") : tr("%n run(s)", nullptr, int(facts->clipRuns)))
                        : QString();
    case SummaryRole:
        if (row.assetId == 0)
            return tr("no master");
        if (!facts)
            return tr("not analysed yet");
        if (const QStringList fixes
            = trackFixes(m_profile, evaluate(m_profile, *facts), evaluateStems(m_profile, row.stems));
            !fixes.isEmpty())
            return fixes.first();
        return tr("ready");
    }
    return {};
}

QHash<int, QByteArray> QualityListModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { TrackIdRole, "trackId" }, { TitleRole, "title" },
        { ArtistRole, "artist" }, { AnalysedRole, "analysed" }, { VerdictRole, "verdict" },
        { LoudnessRole, "loudness" }, { TruePeakRole, "truePeak" }, { RangeRole, "loudnessRange" },
        { ClippingRole, "clipping" }, { SummaryRole, "summary" }, { StemsRole, "stems" } };
}

QList<QualityListModel::Verdicts> QualityListModel::judge(
    const QualityProfile &profile, const QList<TrackQualityRow> &rows)
{
    QList<Verdicts> verdicts(rows.size());
    Verdicts *const out = verdicts.data(); // detached here, once, not by each thread
    inParts(rows.size(), 2000, [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            out[i] = judgeRow(profile, rows.at(i));
    });
    return verdicts;
}

void QualityListModel::setRows(QList<TrackQualityRow> rows)
{
    QList<Verdicts> verdicts = judge(m_profile, rows);
    setRows(std::move(rows), m_profile, std::move(verdicts));
}

void QualityListModel::setRows(
    QList<TrackQualityRow> rows, const QualityProfile &profile, QList<Verdicts> verdicts)
{
    Q_ASSERT(rows.size() == verdicts.size());
    beginResetModel();
    m_rows = std::move(rows);
    m_verdicts = std::move(verdicts);
    m_profile = profile;
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).trackId, int(i));
    endResetModel();
    Q_EMIT countsChanged();
}

bool QualityListModel::updateRows(QList<TrackQualityRow> rows)
{
    QList<int> at;
    for (const TrackQualityRow &row : std::as_const(rows)) {
        at.append(rowOfTrack(row.trackId));
        if (at.last() < 0)
            return false;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        m_rows[at[i]] = std::move(rows[i]);
        m_verdicts[at[i]] = judgeRow(m_profile, m_rows.at(at[i]));
        Q_EMIT dataChanged(index(at[i]), index(at[i]));
    }
    if (!rows.isEmpty())
        Q_EMIT countsChanged();
    return true;
}

void QualityListModel::setProfile(const QualityProfile &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    evaluateAll();
}

void QualityListModel::evaluateAll()
{
    m_verdicts = judge(m_profile, m_rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { VerdictRole, SummaryRole, StemsRole });
    Q_EMIT countsChanged();
}

QualityListModel::Verdicts QualityListModel::judgeRow(
    const QualityProfile &profile, const TrackQualityRow &row)
{
    const QualityReport stems = evaluateStems(profile, row.stems);
    Verdicts verdicts;
    verdicts.stems = stems.checks.isEmpty() ? std::nullopt : std::optional(stems.verdict);
    if (row.facts)
        verdicts.track = trackVerdict(profile, evaluate(profile, *row.facts, ReportDetail::Failures), stems);
    return verdicts;
}

std::optional<Verdict> QualityListModel::verdictAt(qsizetype i) const
{
    return m_verdicts.at(i).track;
}

std::optional<Verdict> QualityListModel::verdict(qint64 trackId) const
{
    const int at = rowOfTrack(trackId);
    return at < 0 ? std::nullopt : verdictAt(at);
}

QualityReport QualityListModel::stemReport(qint64 trackId) const
{
    const TrackQualityRow *found = row(trackId);
    return found ? evaluateStems(m_profile, found->stems) : QualityReport();
}

int QualityListModel::analysedCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const auto &r) { return r.facts.has_value(); }));
}

int QualityListModel::failingCount() const
{
    int count = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        count += verdictAt(i) == Verdict::Fail ? 1 : 0;
    return count;
}

int QualityListModel::warningCount() const
{
    int count = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        count += verdictAt(i) == Verdict::Warn ? 1 : 0;
    return count;
}

int QualityListModel::rowOfTrack(qint64 trackId) const
{
    return m_rowById.value(trackId, -1);
}

qint64 QualityListModel::worstTrackId() const
{
    for (Verdict wanted : { Verdict::Fail, Verdict::Warn }) {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (verdictAt(i) == wanted)
                return m_rows.at(i).trackId;
        }
    }
    return m_rows.isEmpty() ? 0 : m_rows.first().trackId;
}

const TrackQualityRow *QualityListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const TrackQualityRow *QualityListModel::row(qint64 trackId) const
{
    const int at = rowOfTrack(trackId);
    return at < 0 ? nullptr : &m_rows.at(at);
}

std::optional<QualityReport> QualityListModel::report(qint64 trackId) const
{
    const TrackQualityRow *found = row(trackId);
    return found && found->facts ? std::optional(evaluate(m_profile, *found->facts)) : std::nullopt;
}

} // namespace Imprint
