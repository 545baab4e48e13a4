// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackQueries.h"

#include "catalog/CompareAndSet.h"
#include "catalog/PartyQueries.h"
#include "catalog/ReleaseQueries.h"
#include "catalog/SqlTransaction.h"
#include "catalog/StringPool.h"
#include "catalog/TrackSql.h"
#include "identifiers/Isrc.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::TrackQueries
{

namespace
{

// Rows of the track table; where narrows them down (empty: every track).
std::optional<TrackRows> readTracks(QSqlDatabase db, const QString &where, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool ok = query.exec(
        u"SELECT t.id, t.title, t.display_artist, t.version, coalesce(t.isrc, ''), "
        "coalesce(r.title, ''), coalesce(r.release_type, ''), coalesce(t.duration_ms, a.duration_ms, 0), "
        "coalesce(a.format, ''), coalesce(a.rel_path, ''), coalesce(a.sample_rate, 0), "
        "coalesce(a.bit_depth, 0), coalesce(a.channels, 0), "
        "(SELECT count(*) FROM assets s WHERE s.track_id = t.id AND s.kind = 'stem'), "
        "coalesce(t.genre, ''), coalesce(t.language, ''), coalesce(CAST(t.explicit AS TEXT), ''), "
        "coalesce(r.id, 0), "
        "coalesce(r.label, ''), t.bpm, coalesce(t.musical_key, ''), coalesce(t.mood, ''), "
        "coalesce(CAST(t.has_vocals AS TEXT), ''), "
        "(SELECT count(*) FROM assets c WHERE c.track_id = t.id AND c.kind = 'cutdown') "
        "FROM tracks t "
        "LEFT JOIN assets a ON a.id = %1 LEFT JOIN releases r ON r.id = %2 "
        "%3 ORDER BY t.id"_s.arg(
            TrackSql::mainAudioId(u"t.id"_s), TrackSql::firstReleaseId(u"t.id"_s), where));
    if (!ok) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    TrackRows rows;
    StringPool pooled; // the columns whose values repeat over many tracks
    while (query.next()) {
        TrackRow row;
        row.id = query.value(0).toLongLong();
        row.title = query.value(1).toString();
        row.artist = pooled(query.value(2).toString());
        row.version = pooled(query.value(3).toString());
        row.isrc = query.value(4).toString();
        row.release = pooled(query.value(5).toString());
        row.releaseType = pooled(query.value(6).toString());
        row.durationMs = query.value(7).toLongLong();
        row.format = pooled(query.value(8).toString());
        row.path = query.value(9).toString();
        row.sampleRate = query.value(10).toInt();
        row.bitDepth = query.value(11).toInt();
        row.channels = query.value(12).toInt();
        row.stemCount = query.value(13).toInt();
        row.genre = pooled(query.value(14).toString());
        row.language = pooled(query.value(15).toString());
        row.explicitFlag = pooled(query.value(16).toString());
        row.releaseId = query.value(17).toLongLong();
        row.label = pooled(query.value(18).toString());
        row.bpm = query.value(19).isNull() ? QString() : pooled(formatBpm(query.value(19).toDouble()));
        row.key = pooled(query.value(20).toString());
        row.mood = pooled(query.value(21).toString());
        row.hasVocals = pooled(query.value(22).toString());
        row.cutdownCount = query.value(23).toInt();
        row.updateSearchKey();
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace

std::optional<TrackRows> allTracks(QSqlDatabase db, QString *error)
{
    return readTracks(db, QString(), error);
}

std::optional<TrackRows> tracks(QSqlDatabase db, const QList<qint64> &ids, QString *error)
{
    if (ids.isEmpty())
        return TrackRows();
    QStringList list;
    for (qint64 id : ids)
        list.append(QString::number(id));
    return readTracks(db, u"WHERE t.id IN (%1)"_s.arg(list.join(u',')), error);
}

std::optional<EditableField> editableField(const QString &name)
{
    static const QHash<QString, EditableField> fields { { u"title"_s, EditableField::Title },
        { u"artist"_s, EditableField::Artist }, { u"version"_s, EditableField::Version },
        { u"isrc"_s, EditableField::Isrc }, { u"genre"_s, EditableField::Genre },
        { u"language"_s, EditableField::Language }, { u"explicit"_s, EditableField::Explicit },
        { u"bpm"_s, EditableField::Bpm }, { u"key"_s, EditableField::Key },
        { u"mood"_s, EditableField::Mood }, { u"hasVocals"_s, EditableField::HasVocals } };
    const auto found = fields.constFind(name);
    if (found == fields.cend())
        return std::nullopt;
    return *found;
}

QString formatBpm(double bpm)
{
    // Two decimals at most, without trailing zeros: 120, 92.5, 128.33.
    QString text = QString::number(bpm, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrackQueries)
};

constexpr double minimumBpm = 20;
constexpr double maximumBpm = 400;

std::optional<QString> normalizedBpm(const QString &text, QString *error)
{
    if (text.isEmpty())
        return text;
    QString number = text;
    number.replace(u',', u'.'); // 92,5 as many keyboards type it
    if (number.endsWith(u"bpm", Qt::CaseInsensitive))
        number = number.chopped(3).trimmed();
    bool ok = false;
    const double bpm = number.toDouble(&ok);
    if (!ok || !(bpm >= minimumBpm && bpm <= maximumBpm)) {
        if (error)
            *error = Text::tr("BPM “%1” is not a tempo: enter a number from %2 to %3, like 120 or 92.5.")
                         .arg(text)
                         .arg(minimumBpm)
                         .arg(maximumBpm);
        return std::nullopt;
    }
    return formatBpm(bpm);
}

// A note with an optional accidental and mode (C, F#m, Bb minor, E♭ major), or a Camelot code (8A).
std::optional<QString> normalizedKey(const QString &text, QString *error)
{
    if (text.isEmpty())
        return text;
    static const QRegularExpression camelot(u"^(1[0-2]|[1-9])\\s*([AaBb])$"_s);
    if (const auto match = camelot.match(text); match.hasMatch())
        return match.captured(1) + match.captured(2).toUpper();
    static const QRegularExpression note(
        u"^([A-Ga-g])\\s*(#|♯|b|♭|sharp|flat)?\\s*(.*)$"_s, QRegularExpression::CaseInsensitiveOption);
    const auto match = note.match(text);
    if (match.hasMatch()) {
        const QString accidental = match.captured(2).toLower();
        const QString sign = accidental.isEmpty()                                  ? QString()
            : (accidental == u"#" || accidental == u"♯" || accidental == u"sharp") ? u"#"_s
                                                                                   : u"b"_s;
        const QString mode = match.captured(3).trimmed();
        const QString lower = mode.toLower();
        std::optional<QString> name;
        if (mode.isEmpty() || mode == u"M" || lower == u"maj" || lower == u"major" || lower == u"dur")
            name = u"major"_s; // stored, not shown: never translated
        else if (mode == u"m" || lower == u"min" || lower == u"minor" || lower == u"moll")
            name = u"minor"_s;
        if (name)
            return match.captured(1).toUpper() + sign + u' ' + *name;
    }
    if (error)
        *error = Text::tr("“%1” is not a key Imprint recognises: write it like C major, F# minor, Bbm or "
                          "Camelot 8A.")
                     .arg(text);
    return std::nullopt;
}

std::optional<QString> normalizedFlag(const QString &text, QString *error)
{
    const QString value = text.toLower();
    if (value.isEmpty() || value == u"unknown")
        return QString();
    if (value == u"1" || value == u"yes" || value == u"true")
        return u"1"_s;
    if (value == u"0" || value == u"no" || value == u"false")
        return u"0"_s;
    if (error)
        *error = Text::tr("Whether the track has vocals is yes, no or not known, not “%1”.").arg(text);
    return std::nullopt;
}

QString normalizedMoods(const QString &text)
{
    QStringList moods;
    for (const QString &part : text.split(u',')) {
        const QString mood = part.simplified();
        if (!mood.isEmpty() && !moods.contains(mood, Qt::CaseInsensitive))
            moods.append(mood);
    }
    return moods.join(u", "_s);
}

} // namespace

std::optional<QString> normalizedValue(EditableField field, const QString &value, QString *error)
{
    const QString text = value.trimmed();
    switch (field) {
    case EditableField::Title:
        if (text.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("TrackQueries", "A track needs a title.");
            return std::nullopt;
        }
        return text;
    case EditableField::Isrc: {
        if (text.isEmpty())
            return text;
        const IdentifierCheck check = Isrc::validate(text);
        if (!check.valid) {
            if (error)
                *error = check.reason;
            return std::nullopt;
        }
        return check.normalized;
    }
    case EditableField::Explicit:
        // A track's flag means what a release's does.
        return ReleaseQueries::normalizedValue(u"explicit"_s, text, error);
    case EditableField::Bpm:
        return normalizedBpm(text, error);
    case EditableField::Key:
        return normalizedKey(text, error);
    case EditableField::Mood:
        return normalizedMoods(text);
    case EditableField::HasVocals:
        return normalizedFlag(text, error);
    case EditableField::Artist:
    case EditableField::Version:
    case EditableField::Genre:
    case EditableField::Language:
        return text;
    }
    return text;
}

bool updateTrackField(
    QSqlDatabase db, qint64 trackId, EditableField field, const QString &value, QString *error)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    if (!writeTrackField(db, trackId, field, value, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

QString fieldText(const TrackRow &row, EditableField field)
{
    switch (field) {
    case EditableField::Title:
        return row.title;
    case EditableField::Artist:
        return row.artist;
    case EditableField::Version:
        return row.version;
    case EditableField::Isrc:
        return row.isrc;
    case EditableField::Genre:
        return row.genre;
    case EditableField::Language:
        return row.language;
    case EditableField::Explicit:
        return row.explicitFlag;
    case EditableField::Bpm:
        return row.bpm;
    case EditableField::Key:
        return row.key;
    case EditableField::Mood:
        return row.mood;
    case EditableField::HasVocals:
        return row.hasVocals;
    }
    return {};
}

bool updateTrackFieldIf(QSqlDatabase db, qint64 trackId, EditableField field, const QString &expected,
    const QString &value, std::optional<QString> *stale, QString *error)
{
    *stale = std::nullopt;
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction.error());
    if (!CompareAndSet::lockRow(db, u"tracks"_s, trackId, error))
        return false;
    const auto rows = tracks(db, { trackId }, error);
    if (!rows)
        return false;
    if (rows->isEmpty())
        return fail(QCoreApplication::translate("TrackQueries", "The track is no longer in the catalog."));
    if (const QString stored = fieldText(rows->constFirst(), field); stored != expected) {
        *stale = stored;
        return false;
    }
    if (!writeTrackField(db, trackId, field, value, error))
        return false;
    return transaction.commit() || fail(transaction.error());
}

bool writeTrackField(
    QSqlDatabase db, qint64 trackId, EditableField field, const QString &value, QString *error)
{
    const auto normalized = normalizedValue(field, value.isNull() ? u""_s : value, error);
    if (!normalized)
        return false;
    const QString &trimmed = *normalized;
    QSqlQuery query(db);
    const auto fail = [&] {
        if (error)
            *error = query.lastError().text();
        return false;
    };
    // Empty optional fields are stored as NULL ("not set"), as the CSV import does.
    const auto nullable = [&trimmed] {
        return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
    };
    const auto setColumn = [&](const QString &column, const QVariant &bound) {
        // The column name comes from this function, never from the caller.
        query.prepare(u"UPDATE tracks SET %1 = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                      "WHERE id = ?"_s.arg(column));
        query.addBindValue(bound);
    };

    switch (field) {
    case EditableField::Title:
        setColumn(u"title"_s, trimmed);
        break;
    case EditableField::Version:
        setColumn(u"version"_s, trimmed);
        break;
    case EditableField::Isrc:
        // The UNIQUE constraint is the last line of defence; the session refuses duplicates first.
        setColumn(u"isrc"_s, nullable());
        break;
    case EditableField::Genre:
        setColumn(u"genre"_s, nullable());
        break;
    case EditableField::Language:
        setColumn(u"language"_s, nullable());
        break;
    case EditableField::Explicit:
        setColumn(u"explicit"_s,
            trimmed.isEmpty() ? QVariant(QMetaType::fromType<int>()) : QVariant(trimmed.toInt()));
        break;
    case EditableField::HasVocals:
        setColumn(u"has_vocals"_s,
            trimmed.isEmpty() ? QVariant(QMetaType::fromType<int>()) : QVariant(trimmed.toInt()));
        break;
    case EditableField::Bpm:
        setColumn(u"bpm"_s,
            trimmed.isEmpty() ? QVariant(QMetaType::fromType<double>()) : QVariant(trimmed.toDouble()));
        break;
    case EditableField::Key:
        setColumn(u"musical_key"_s, nullable());
        break;
    case EditableField::Mood:
        setColumn(u"mood"_s, nullable());
        break;
    case EditableField::Artist: {
        QVariant partyId(QMetaType::fromType<qint64>());
        if (!trimmed.isEmpty()) {
            const qint64 id = PartyQueries::findOrCreate(db, trimmed, error);
            if (id == 0)
                return false;
            partyId = id;
        }
        query.prepare(u"UPDATE tracks SET display_artist = ?, primary_artist_id = ?, "
                      "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"_s);
        query.addBindValue(trimmed);
        query.addBindValue(partyId);
        break;
    }
    }
    query.addBindValue(trackId);
    if (!query.exec())
        return fail();
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = QCoreApplication::translate("TrackQueries", "The track is no longer in the catalog.");
        return false;
    }
    return true;
}

} // namespace Imprint::TrackQueries
