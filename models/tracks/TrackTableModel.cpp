// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackTableModel.h"

#include "quality/QualityCheck.h"
#include "rights/Readiness.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Imprint
{

TrackTableModel::TrackTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TrackTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrackTableModel::formatDuration(qint64 ms)
{
    if (ms <= 0)
        return {};
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds >= 3600)
        return u"%1:%2:%3"_s.arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QChar(u'0'))
            .arg(seconds % 60, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

QString TrackTableModel::describeFormat(const TrackRow &row)
{
    // A track planned on a release before its audio exists.
    if (row.path.isEmpty())
        return QCoreApplication::translate("TrackTableModel", "no audio yet");
    if (row.format.isEmpty())
        return {};
    QStringList parts { row.format };
    if (row.sampleRate > 0)
        parts.append(
            QCoreApplication::translate("TrackTableModel", "%1 kHz").arg(row.sampleRate / 1000.0, 0, 'g', 4));
    if (row.bitDepth > 0)
        parts.append(QCoreApplication::translate("TrackTableModel", "%1-bit").arg(row.bitDepth));
    return parts.join(u" · "_s);
}

QVariant TrackTableModel::displayValue(const TrackRow &row, int column) const
{
    switch (column) {
    case TitleColumn:
        return row.title;
    case ArtistColumn:
        return row.artist;
    case ReleaseColumn:
        return row.release;
    case VersionColumn:
        return row.version;
    case IsrcColumn:
        return row.isrc;
    case DurationColumn:
        return formatDuration(row.durationMs);
    case FormatColumn:
        return describeFormat(row);
    case GenreColumn:
        return row.genre;
    case LanguageColumn:
        return row.language;
    case BpmColumn:
        return row.bpm;
    case KeyColumn:
        return row.key;
    case MoodColumn:
        return row.mood;
    case LoudnessColumn: {
        const double lufs = loudnessOf(row.id);
        return std::isnan(lufs) ? QString() : tr("%1 LUFS").arg(formatLevel(lufs));
    }
    case ReadinessColumn: {
        const int use = readinessOf(row.id);
        if (use == -2)
            return QString();
        return use < 0 ? tr("Not ready") : Readiness::useName(Readiness::allUses.at(use));
    }
    }
    return {};
}

double TrackTableModel::loudnessOf(qint64 id) const
{
    return m_loudness.value(id, std::numeric_limits<double>::quiet_NaN());
}

int TrackTableModel::readinessOf(qint64 id) const
{
    if (!m_readinessKnown)
        return -2;
    return m_readiness.value(id, -1);
}

QVariant TrackTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrackRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayValue(row, index.column());
    case SortRole:
        if (index.column() == DurationColumn)
            return row.durationMs;
        if (index.column() == BpmColumn)
            return row.bpm.toDouble();
        if (index.column() == LoudnessColumn)
            return loudnessOf(row.id);
        if (index.column() == ReadinessColumn)
            return readinessOf(row.id);
        return displayValue(row, index.column()).toString().toCaseFolded();
    case SearchTextRole:
        return row.searchKey;
    case IdRole:
        return row.id;
    case TitleRole:
        return row.title;
    case ArtistRole:
        return row.artist;
    case ReleaseRole:
        return row.release;
    case VersionRole:
        return row.version;
    case IsrcRole:
        return row.isrc;
    case DurationRole:
        return row.durationMs;
    case FormatRole:
        return row.format;
    case PathRole:
        return row.path;
    case GenreRole:
        return row.genre;
    case LanguageRole:
        return row.language;
    case ExplicitRole:
        return row.explicitFlag;
    case ReleaseIdRole:
        return row.releaseId;
    case LabelRole:
        return row.label;
    case BpmRole:
        return row.bpm;
    case KeyRole:
        return row.key;
    case MoodRole:
        return row.mood;
    case HasVocalsRole:
        return row.hasVocals;
    case LoudnessRole:
        return loudnessOf(row.id);
    case ReadinessRole:
        return readinessOf(row.id);
    }
    return {};
}

QVariant TrackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const QStringList keys { u"title"_s, u"artist"_s, u"release"_s, u"version"_s, u"isrc"_s,
        u"duration"_s, u"format"_s, u"genre"_s, u"language"_s, u"bpm"_s, u"key"_s, u"mood"_s, u"loudness"_s,
        u"readiness"_s };
    static_assert(ColumnCount == 14, "a key for every column");
    if (orientation == Qt::Horizontal && role == ColumnKeyRole && section >= 0 && section < ColumnCount)
        return keys.at(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case ArtistColumn:
        return tr("Artist");
    case ReleaseColumn:
        return tr("Release");
    case VersionColumn:
        return tr("Version");
    case IsrcColumn:
        return tr("ISRC");
    case DurationColumn:
        return tr("Duration");
    case FormatColumn:
        return tr("Format");
    case GenreColumn:
        return tr("Genre");
    case LanguageColumn:
        return tr("Language");
    case BpmColumn:
        return tr("BPM");
    case KeyColumn:
        return tr("Key");
    case MoodColumn:
        return tr("Moods");
    case LoudnessColumn:
        return tr("Loudness");
    case ReadinessColumn:
        return tr("Ready For");
    }
    return {};
}

QHash<int, QByteArray> TrackTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert({ { IdRole, "trackId" }, { SortRole, "sortValue" }, { SearchTextRole, "searchText" },
        { TitleRole, "title" }, { ArtistRole, "artist" }, { ReleaseRole, "release" },
        { VersionRole, "version" }, { IsrcRole, "isrc" }, { DurationRole, "durationMs" },
        { FormatRole, "format" }, { PathRole, "path" }, { GenreRole, "genre" }, { LanguageRole, "language" },
        { ExplicitRole, "explicitFlag" }, { ReleaseIdRole, "releaseId" }, { LabelRole, "label" },
        { BpmRole, "bpm" }, { KeyRole, "musicalKey" }, { MoodRole, "mood" }, { HasVocalsRole, "hasVocals" },
        { LoudnessRole, "loudnessLufs" }, { ReadinessRole, "readiness" } });
    return names;
}

void TrackTableModel::setRows(TrackRows rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOfId.insert(m_rows.at(i).id, i);
    }
    endResetModel();
}

bool TrackTableModel::updateRows(TrackRows rows)
{
    for (const TrackRow &row : std::as_const(rows)) {
        if (rowOf(row.id) < 0)
            return false;
    }
    for (TrackRow &row : rows) {
        const int at = rowOf(row.id);
        m_rows[at] = std::move(row);
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
    return true;
}

bool TrackTableModel::lessThan(int left, int right, int column) const
{
    const TrackRow &a = m_rows.at(left);
    const TrackRow &b = m_rows.at(right);
    const auto text = [](const QString &x, const QString &y) {
        return x.compare(y, Qt::CaseInsensitive) < 0;
    };
    switch (column) {
    case TitleColumn:
        return text(a.title, b.title);
    case ArtistColumn:
        return text(a.artist, b.artist);
    case ReleaseColumn:
        return text(a.release, b.release);
    case VersionColumn:
        return text(a.version, b.version);
    case IsrcColumn:
        return a.isrc < b.isrc;
    case DurationColumn:
        return a.durationMs < b.durationMs;
    case FormatColumn:
        return std::tie(a.format, a.sampleRate, a.bitDepth) < std::tie(b.format, b.sampleRate, b.bitDepth);
    case GenreColumn:
        return text(a.genre, b.genre);
    case LanguageColumn:
        return text(a.language, b.language);
    case BpmColumn: // empty (0) first
        return a.bpm.toDouble() < b.bpm.toDouble();
    case KeyColumn:
        return text(a.key, b.key);
    case MoodColumn:
        return text(a.mood, b.mood);
    case LoudnessColumn: {
        // Not analysed first, then the quietest.
        const double x = loudnessOf(a.id), y = loudnessOf(b.id);
        return std::isnan(x) ? !std::isnan(y) : (!std::isnan(y) && x < y);
    }
    case ReadinessColumn:
        return readinessOf(a.id) < readinessOf(b.id);
    }
    return false;
}

void TrackTableModel::setLoudness(QHash<qint64, double> lufs)
{
    m_loudness = std::move(lufs);
    emitColumnChanged(LoudnessColumn, LoudnessRole);
}

void TrackTableModel::setReadiness(QHash<qint64, int> highestReadyUse)
{
    m_readiness = std::move(highestReadyUse);
    m_readinessKnown = true;
    emitColumnChanged(ReadinessColumn, ReadinessRole);
}

void TrackTableModel::setLoudnessOf(qint64 id, double lufs)
{
    const double before = m_loudness.value(id, std::numeric_limits<double>::quiet_NaN());
    if (before == lufs || (std::isnan(before) && std::isnan(lufs)))
        return;
    if (std::isnan(lufs))
        m_loudness.remove(id);
    else
        m_loudness.insert(id, lufs);
    emitCellChanged(id, LoudnessColumn, LoudnessRole);
}

void TrackTableModel::setReadinessOf(qint64 id, int highestReadyUse)
{
    if (m_readinessKnown && m_readiness.contains(id) && m_readiness.value(id) == highestReadyUse)
        return;
    m_readiness.insert(id, highestReadyUse);
    emitCellChanged(id, ReadinessColumn, ReadinessRole);
}

void TrackTableModel::emitCellChanged(qint64 id, int column, int role)
{
    if (const int row = rowOf(id); row >= 0)
        Q_EMIT dataChanged(
            index(row, column), index(row, column), { Qt::DisplayRole, Qt::ToolTipRole, SortRole, role });
}

// The whole column, in one signal: the derived values arrive for every track at once.
void TrackTableModel::emitColumnChanged(int column, int role)
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column),
        { Qt::DisplayRole, Qt::ToolTipRole, SortRole, role });
}

const TrackRow *TrackTableModel::rowById(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

// Sets one field of a row; the column that shows it, -1 for a field no column shows, or nullopt
// for a role that cannot be set.
std::optional<int> TrackTableModel::assign(TrackRow &row, Role role, const QString &value)
{
    switch (role) {
    case TitleRole:
        row.title = value;
        break;
    case ArtistRole:
        row.artist = value;
        break;
    case VersionRole:
        row.version = value;
        break;
    case IsrcRole:
        row.isrc = value;
        break;
    case GenreRole:
        row.genre = value;
        return int(GenreColumn);
    case LanguageRole:
        row.language = value;
        return int(LanguageColumn);
    case ExplicitRole:
        row.explicitFlag = value;
        return -1;
    case LabelRole:
        row.label = value;
        return -1;
    case BpmRole:
        row.bpm = value;
        return int(BpmColumn);
    case KeyRole:
        row.key = value;
        return int(KeyColumn);
    case MoodRole:
        row.mood = value;
        return int(MoodColumn);
    case HasVocalsRole:
        row.hasVocals = value;
        return -1;
    default:
        return std::nullopt;
    }
    row.updateSearchKey();
    switch (role) {
    case TitleRole:
        return int(TitleColumn);
    case ArtistRole:
        return int(ArtistColumn);
    case VersionRole:
        return int(VersionColumn);
    default:
        return int(IsrcColumn);
    }
}

void TrackTableModel::setField(qint64 id, Role role, const QString &value)
{
    const int i = rowOf(id);
    if (i < 0)
        return;
    const auto column = assign(m_rows[i], role, value);
    if (!column)
        return;
    if (*column < 0) // a field no column shows
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1), { role });
    else
        Q_EMIT dataChanged(index(i, *column), index(i, *column));
}

void TrackTableModel::setFields(const QList<FieldChange> &changes)
{
    QList<int> rows;
    QList<int> roles;
    bool shownChanged = false;
    for (const FieldChange &change : changes) {
        const int i = rowOf(change.id);
        const auto column = i < 0 ? std::nullopt : assign(m_rows[i], change.role, change.value);
        if (!column)
            continue;
        rows.append(i);
        if (!roles.contains(change.role))
            roles.append(change.role);
        shownChanged = shownChanged || *column >= 0;
    }
    emitRuns(std::move(rows), shownChanged ? QList<int>() : roles);
}

// One dataChanged per run of adjacent rows: a bulk edit of every track is one signal, not one
// per row.
void TrackTableModel::emitRuns(QList<int> rows, const QList<int> &roles)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype first = 0; first < rows.size();) {
        qsizetype last = first;
        while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
            ++last;
        Q_EMIT dataChanged(index(rows.at(first), 0), index(rows.at(last), ColumnCount - 1), roles);
        first = last + 1;
    }
}

void TrackTableModel::setReleaseLabel(qint64 releaseId, const QString &label)
{
    if (releaseId == 0)
        return;
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        TrackRow &row = m_rows[i];
        if (row.releaseId != releaseId || row.label == label)
            continue;
        row.label = label;
        rows.append(i);
    }
    emitRuns(std::move(rows), { LabelRole });
}

} // namespace Imprint
