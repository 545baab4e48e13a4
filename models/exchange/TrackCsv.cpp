// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackCsv.h"

#include "Csv.h"
#include "TextDecoding.h"
#include "catalog/CompareAndSet.h"
#include "catalog/SqlTransaction.h"
#include "identifiers/Isrc.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace Imprint::TrackCsv
{

namespace
{

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrackCsv)
};

// When the track was last changed, as the file was exported: a row whose track changed since is
// not written over that change (issue 16, item 3).
const QString changedColumn = u"changed"_s;

// An editable CSV column and the tracks column it writes.
struct Editable {
    QString header;
    QString column;
};

const QList<Editable> &editableColumns()
{
    static const QList<Editable> columns { { u"isrc"_s, u"isrc"_s }, { u"title"_s, u"title"_s },
        { u"version"_s, u"version"_s }, { u"artist"_s, u"display_artist"_s }, { u"genre"_s, u"genre"_s },
        { u"language"_s, u"language"_s }, { u"bpm"_s, u"bpm"_s }, { u"key"_s, u"musical_key"_s },
        { u"mood"_s, u"mood"_s }, { u"explicit"_s, u"explicit"_s }, { u"has_vocals"_s, u"has_vocals"_s } };
    return columns;
}

const QStringList &readOnlyColumns()
{
    static const QStringList columns { u"track_id"_s, u"duration"_s, u"release"_s, u"upc"_s, u"disc"_s,
        u"track_number"_s, u"release_date"_s, u"label"_s, u"work"_s, u"iswc"_s, changedColumn };
    return columns;
}

QString yesNo(const QVariant &flag)
{
    if (flag.isNull())
        return {};
    return flag.toInt() ? u"yes"_s : u"no"_s;
}

QString duration(const QVariant &milliseconds)
{
    if (milliseconds.isNull())
        return {};
    const qint64 seconds = (milliseconds.toLongLong() + 500) / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

QString text(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

// A yes/no cell as 1, 0 or NULL; nullopt for anything else.
std::optional<QVariant> parseFlag(const QString &cell)
{
    const QString value = cell.trimmed().toLower();
    if (value.isEmpty())
        return QVariant();
    if (value == u"yes" || value == u"y" || value == u"true" || value == u"1")
        return QVariant(1);
    if (value == u"no" || value == u"n" || value == u"false" || value == u"0")
        return QVariant(0);
    return std::nullopt;
}

// The SQL value of one editable cell, or the reason it cannot be stored.
std::optional<QVariant> parseCell(const QString &column, const QString &cell, QString *reason)
{
    const QString value = cell.trimmed();
    if (column == u"title") {
        if (value.isEmpty()) {
            *reason = Text::tr("the title is empty");
            return std::nullopt;
        }
        return QVariant(value);
    }
    if (column == u"isrc") {
        if (value.isEmpty())
            return QVariant();
        const IdentifierCheck check = Isrc::validate(value);
        if (!check.valid) {
            *reason = Text::tr("ISRC \"%1\": %2").arg(value, check.reason);
            return std::nullopt;
        }
        return QVariant(check.normalized);
    }
    if (column == u"bpm") {
        if (value.isEmpty())
            return QVariant();
        bool ok = false;
        const double bpm = value.toDouble(&ok);
        // toDouble() reads "nan" and "inf" too; neither is a tempo.
        if (!ok || !std::isfinite(bpm) || bpm < 1 || bpm > 999) {
            *reason = Text::tr("BPM \"%1\" is not a tempo between 1 and 999").arg(value);
            return std::nullopt;
        }
        return QVariant(bpm);
    }
    if (column == u"explicit" || column == u"has_vocals") {
        const auto flag = parseFlag(value);
        if (!flag)
            *reason = Text::tr("%1 \"%2\" is not yes or no").arg(column, value);
        return flag;
    }
    // These columns are NOT NULL: an empty cell is an empty text, never a null one (a null
    // QString binds as NULL).
    if (column == u"version" || column == u"display_artist")
        return QVariant(value.isNull() ? u""_s : value);
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// A stored time (ISO 8601, UTC) as the user reads times: local, in their locale.
QString shownTime(const QString &stored)
{
    const QDateTime time = QDateTime::fromString(stored, Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : stored;
}

bool sameValue(const QVariant &stored, const QVariant &incoming)
{
    if (stored.isNull() || incoming.isNull())
        return stored.isNull() == incoming.isNull();
    if (incoming.typeId() == QMetaType::Double)
        return qFuzzyCompare(stored.toDouble(), incoming.toDouble());
    return stored.toString() == incoming.toString();
}

std::optional<qint64> trackHoldingIsrc(QSqlDatabase &db, const QString &isrc)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT id FROM tracks WHERE isrc = ?"_s);
    query.addBindValue(isrc);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

const QStringList &exportHeader()
{
    static const QStringList header = [] {
        QStringList names { u"track_id"_s };
        for (const Editable &column : editableColumns())
            names.append(column.header);
        names << u"duration"_s << u"release"_s << u"upc"_s << u"disc"_s << u"track_number"_s
              << u"release_date"_s << u"label"_s << u"work"_s << u"iswc"_s << changedColumn;
        return names;
    }();
    return header;
}

// Every track as the cells of exportHeader(), ordered by id; false with *error when the query fails.
bool forEachExportRow(
    const QSqlDatabase &db, QString *error, const std::function<void(const QStringList &)> &row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool ok = query.exec(uR"(
        SELECT t.id, t.isrc, t.title, t.version, t.display_artist, t.genre, t.language, t.bpm,
               t.musical_key, t.mood, t.explicit, t.has_vocals,
               coalesce(t.duration_ms, (SELECT a.duration_ms FROM assets a
                                        WHERE a.track_id = t.id AND a.kind = 'master'
                                        ORDER BY a.id LIMIT 1)),
               r.title, r.upc, rt.disc_number, rt.track_number, r.release_date, r.label, w.title, w.iswc,
               t.updated_at
        FROM tracks t
        LEFT JOIN release_tracks rt ON rt.track_id = t.id
                                   AND rt.release_id = (SELECT min(release_id) FROM release_tracks
                                                        WHERE track_id = t.id)
        LEFT JOIN releases r ON r.id = rt.release_id
        LEFT JOIN works w ON w.id = t.work_id
        ORDER BY t.id)"_s);
    if (!ok) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const QVariant bpm = query.value(7);
        row({ query.value(0).toString(), text(query.value(1)), text(query.value(2)), text(query.value(3)),
            text(query.value(4)), text(query.value(5)), text(query.value(6)),
            bpm.isNull() ? QString() : QString::number(bpm.toDouble()), text(query.value(8)),
            text(query.value(9)), yesNo(query.value(10)), yesNo(query.value(11)), duration(query.value(12)),
            text(query.value(13)), text(query.value(14)), text(query.value(15)), text(query.value(16)),
            text(query.value(17)), text(query.value(18)), text(query.value(19)), text(query.value(20)),
            text(query.value(21)) });
    }
    return true;
}

// The read-only cells of the catalog's tracks by id, to tell which a file changed.
QHash<qint64, QStringList> currentRows(const QSqlDatabase &db)
{
    QHash<qint64, QStringList> rows;
    forEachExportRow(
        db, nullptr, [&rows](const QStringList &row) { rows.insert(row.constFirst().toLongLong(), row); });
    return rows;
}

} // namespace

QString exportTracks(const QSqlDatabase &db, QString *error)
{
    QString out = Csv::line(exportHeader()) + u"\r\n"_s;
    if (!forEachExportRow(db, error, [&out](const QStringList &row) { out += Csv::line(row) + u"\r\n"_s; }))
        return {};
    return out;
}

bool writeTracks(const QSqlDatabase &db, QIODevice *out, QString *error)
{
    bool written = true;
    const auto write = [&](const QStringList &row) {
        if (!written)
            return; // the query cannot be stopped, the writing can
        const QByteArray bytes = (Csv::line(row) + u"\r\n"_s).toUtf8();
        written = out->write(bytes) == bytes.size();
    };
    write(exportHeader());
    if (!forEachExportRow(db, error, write))
        return false;
    if (!written && error)
        *error = out->errorString();
    return written;
}

ImportReport importFile(QSqlDatabase db, const QByteArray &file, bool dryRun)
{
    const TextDecoding::Decoded decoded = TextDecoding::decode(file);
    if (!decoded.error.isEmpty()) {
        ImportReport report;
        report.error = Text::tr("%1; nothing was imported").arg(decoded.error);
        return report;
    }
    return importTracks(db, decoded.text, dryRun);
}

ImportReport importTracks(QSqlDatabase db, QStringView csv, bool dryRun)
{
    ImportReport report;
    const Csv::Table table = Csv::parse(csv, Csv::separatorOf(csv));
    if (!table.error.isEmpty()) {
        report.error = Text::tr("%1; nothing was imported").arg(table.error);
        return report;
    }
    if (table.records.isEmpty()) {
        report.error = Text::tr("the file is empty; the first line must name the columns");
        return report;
    }

    // Where each known column is in this file.
    const QStringList header = table.records.constFirst().fields;
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (position.contains(name)) {
            report.error = Text::tr("line 1: the column \"%1\" appears twice").arg(name);
            return report;
        }
        position.insert(name, i);
        const bool known = readOnlyColumns().contains(name)
            || std::any_of(editableColumns().cbegin(), editableColumns().cend(),
                [&name](const Editable &column) { return column.header == name; });
        if (!known)
            report.unknownColumns.append(header.at(i));
    }
    const qsizetype idColumn = position.value(u"track_id"_s, -1);
    const qsizetype changedAt = position.value(changedColumn, -1);
    // Read-only cells a row changed are reported, so an edit there is not lost in silence.
    QStringList readOnlyInFile;
    for (const QString &name : readOnlyColumns()) {
        if (name != u"track_id" && name != changedColumn && position.contains(name))
            readOnlyInFile.append(name);
    }
    const QHash<qint64, QStringList> current
        = readOnlyInFile.isEmpty() ? QHash<qint64, QStringList>() : currentRows(db);

    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        report.error = transaction.error();
        return report;
    }
    QHash<qint64, int> seenOnLine;
    QSqlQuery query(db);
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const Csv::Record &record = table.records.at(r);
        auto bad = [&report, &record](const QString &reason) {
            report.badRows.append({ record.line, reason });
        };
        const bool spansLines = record.lastLine > record.line;
        if (record.fields.size() != header.size()) {
            QString reason
                = Text::tr("%1 fields where the header has %2").arg(record.fields.size()).arg(header.size());
            if (spansLines)
                reason += Text::tr(" (a quoted cell runs over lines %1–%2: is a closing quote missing?)")
                              .arg(record.line)
                              .arg(record.lastLine);
            bad(reason);
            continue;
        }
        // Called once a row is applied: what it held that was not.
        auto warnAboutTheRest = [&](std::optional<qint64> track) {
            QStringList ignored;
            const auto found = track ? current.constFind(*track) : current.cend();
            const QStringList *now = found != current.cend() ? &*found : nullptr;
            for (const QString &name : std::as_const(readOnlyInFile)) {
                const QString cell = record.fields.at(position.value(name)).trimmed();
                const QString stored = now ? now->at(exportHeader().indexOf(name)) : QString();
                if (cell != stored)
                    ignored.append(name);
            }
            if (!ignored.isEmpty())
                report.warnings.append({ record.line,
                    Text::tr("%1: read-only, the change was not applied").arg(ignored.join(u", "_s)) });
            if (spansLines)
                report.warnings.append({ record.line,
                    Text::tr("the row runs over lines %1–%2 because a quoted cell holds a line break; "
                             "check that no closing quote is missing")
                        .arg(record.line)
                        .arg(record.lastLine) });
        };

        // Every editable cell present in the file, checked before anything is written.
        QStringList columns;
        QVariantList values;
        QString reason;
        for (const Editable &editable : editableColumns()) {
            const qsizetype at = position.value(editable.header, -1);
            if (at < 0)
                continue;
            const auto value = parseCell(editable.column, record.fields.at(at), &reason);
            if (!value)
                break;
            columns.append(editable.column);
            values.append(*value);
        }
        if (!reason.isEmpty()) {
            bad(reason);
            continue;
        }

        std::optional<qint64> trackId;
        const QString idText = idColumn >= 0 ? record.fields.at(idColumn).trimmed() : QString();
        const qsizetype isrcAt = columns.indexOf(u"isrc"_s);
        const QString isrc = isrcAt >= 0 ? values.at(isrcAt).toString() : QString();
        if (!idText.isEmpty()) {
            bool ok = false;
            const qint64 id = idText.toLongLong(&ok);
            query.prepare(u"SELECT 1 FROM tracks WHERE id = ?"_s);
            query.addBindValue(id);
            if (!ok || !query.exec() || !query.next()) {
                bad(Text::tr("no track with id \"%1\" in the catalog").arg(idText));
                continue;
            }
            trackId = id;
        } else if (!isrc.isEmpty()) {
            trackId = trackHoldingIsrc(db, isrc);
        }
        if (trackId && seenOnLine.contains(*trackId)) {
            bad(Text::tr("track %1 is already changed by line %2")
                    .arg(*trackId)
                    .arg(seenOnLine.value(*trackId)));
            continue;
        }
        if (!isrc.isEmpty()) {
            const auto holder = trackHoldingIsrc(db, isrc);
            if (holder && holder != trackId) {
                bad(Text::tr("ISRC %1 is already held by track %2").arg(Isrc::display(isrc)).arg(*holder));
                continue;
            }
        }
        if (trackId)
            seenOnLine.insert(*trackId, record.line);

        if (!trackId) {
            if (!columns.contains(u"title"_s)) {
                bad(Text::tr("a new track needs a title"));
                continue;
            }
            QStringList marks(columns.size(), u"?"_s);
            query.prepare(
                u"INSERT INTO tracks (%1) VALUES (%2)"_s.arg(columns.join(u", "), marks.join(u", ")));
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!query.exec()) {
                bad(query.lastError().databaseText());
                continue;
            }
            ++report.created;
            warnAboutTheRest(std::nullopt);
            continue;
        }

        // Only the cells that differ are written, so a re-imported export changes nothing. The
        // row is locked on a server, so no one changes the track between this read and the write.
        QString lockError;
        if (!CompareAndSet::lockRow(db, u"tracks"_s, *trackId, &lockError)) {
            bad(lockError);
            continue;
        }
        query.prepare(u"SELECT %1, updated_at FROM tracks WHERE id = ?"_s.arg(columns.join(u", ")));
        query.addBindValue(*trackId);
        if (!query.exec() || !query.next()) {
            bad(query.lastError().databaseText());
            continue;
        }
        const QString exportedChange = changedAt >= 0 ? record.fields.at(changedAt).trimmed() : QString();
        const QString storedChange = text(query.value(int(columns.size())));
        QStringList assignments;
        QVariantList changed;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (sameValue(query.value(int(i)), values.at(i)))
                continue;
            assignments.append(columns.at(i) + u" = ?"_s);
            changed.append(values.at(i));
        }
        if (assignments.isEmpty()) {
            ++report.unchanged;
            warnAboutTheRest(trackId);
            continue;
        }
        // A file exported before the track last changed holds its old values: writing them would
        // undo that change (someone else's, or one made in Imprint since) without a word.
        if (!exportedChange.isEmpty() && exportedChange != storedChange) {
            query.prepare(u"SELECT title FROM tracks WHERE id = ?"_s);
            query.addBindValue(*trackId);
            const QString title = query.exec() && query.next() ? query.value(0).toString() : QString();
            bad(Text::tr("“%1” (track %2) was changed in the catalog after this file was exported (%3); the "
                         "row would write over that change: export the tracks again and redo this row there")
                    .arg(title)
                    .arg(*trackId)
                    .arg(shownTime(storedChange)));
            continue;
        }
        query.prepare(
            u"UPDATE tracks SET %1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"_s.arg(
                assignments.join(u", ")));
        for (const QVariant &value : changed)
            query.addBindValue(value);
        query.addBindValue(*trackId);
        if (!query.exec()) {
            bad(query.lastError().databaseText());
            continue;
        }
        ++report.updated;
        warnAboutTheRest(trackId);
    }
    if (!dryRun && !transaction.commit())
        report.error = transaction.error();
    return report;
}

} // namespace Imprint::TrackCsv
