// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReleaseQueries.h"

#include "catalog/CompareAndSet.h"
#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"
#include "identifiers/Gtin.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::ReleaseQueries
{

namespace
{

// QML field name → column. Only these names ever reach SQL.
const QHash<QString, QString> &columns()
{
    static const QHash<QString, QString> map {
        { u"title"_s, u"title"_s },
        { u"type"_s, u"release_type"_s },
        { u"label"_s, u"label"_s },
        { u"catalogNumber"_s, u"catalog_number"_s },
        { u"upc"_s, u"upc"_s },
        { u"releaseDate"_s, u"release_date"_s },
        { u"genre"_s, u"genre"_s },
        { u"language"_s, u"language"_s },
        { u"pLine"_s, u"p_line"_s },
        { u"cLine"_s, u"c_line"_s },
        { u"explicit"_s, u"explicit"_s },
        { u"status"_s, u"status"_s },
    };
    return map;
}

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReleaseQueries)
};

} // namespace

const QStringList &editableFields()
{
    static const QStringList fields = columns().keys();
    return fields;
}

std::optional<QList<ReleaseRow>> allReleases(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT r.id, r.title, coalesce(r.release_type, ''), coalesce(p.name, ''), "
            "coalesce(r.label, ''), coalesce(r.catalog_number, ''), coalesce(r.upc, ''), "
            "coalesce(r.release_date, ''), coalesce(r.genre, ''), coalesce(r.language, ''), "
            "coalesce(r.p_line, ''), coalesce(r.c_line, ''), coalesce(r.explicit, -1), r.status, "
            "(SELECT count(*) FROM release_tracks WHERE release_id = r.id), coalesce(a.rel_path, ''), "
            "coalesce(a.width, 0), coalesce(a.height, 0) "
            "FROM releases r LEFT JOIN parties p ON p.id = r.primary_artist_id "
            "LEFT JOIN assets a ON a.id = r.artwork_asset_id ORDER BY r.title COLLATE NOCASE, r.id"_s)) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QList<ReleaseRow> rows;
    while (query.next()) {
        ReleaseRow row;
        row.id = query.value(0).toLongLong();
        row.title = query.value(1).toString();
        row.type = query.value(2).toString();
        row.artist = query.value(3).toString();
        row.label = query.value(4).toString();
        row.catalogNumber = query.value(5).toString();
        row.upc = query.value(6).toString();
        row.releaseDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        row.genre = query.value(8).toString();
        row.language = query.value(9).toString();
        row.pLine = query.value(10).toString();
        row.cLine = query.value(11).toString();
        row.explicitContent = query.value(12).toInt();
        row.status = query.value(13).toString();
        row.trackCount = query.value(14).toInt();
        row.artworkPath = query.value(15).toString();
        row.artworkWidth = query.value(16).toInt();
        row.artworkHeight = query.value(17).toInt();
        rows.append(std::move(row));
    }
    return rows;
}

std::optional<QList<ReleaseTrackRow>> tracksOf(QSqlDatabase db, qint64 releaseId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT t.id, rt.disc_number, coalesce(rt.track_number, 0), t.title, t.version, "
                  "coalesce(t.isrc, ''), coalesce(t.duration_ms, 0) FROM release_tracks rt "
                  "JOIN tracks t ON t.id = rt.track_id WHERE rt.release_id = ? "
                  "ORDER BY rt.disc_number, rt.track_number IS NULL, rt.track_number, t.id"_s);
    query.addBindValue(releaseId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QList<ReleaseTrackRow> rows;
    while (query.next()) {
        rows.append({ query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toInt(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            query.value(6).toLongLong() });
    }
    return rows;
}

std::optional<QString> normalizedValue(const QString &field, const QString &value, QString *error)
{
    const QString text = value.trimmed();
    const auto refuse = [error](const QString &reason) -> std::optional<QString> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!columns().contains(field))
        return refuse(Text::tr("This field cannot be edited here."));
    if (field == u"title" && text.isEmpty())
        return refuse(Text::tr("A release needs a title."));
    if (field == u"releaseDate" && !text.isEmpty()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return refuse(Text::tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text));
        return date.toString(Qt::ISODate);
    }
    if (field == u"type" && !text.isEmpty()
        && !QStringList { u"single"_s, u"ep"_s, u"album"_s, u"compilation"_s }.contains(text))
        return refuse(Text::tr("A release is a single, an EP, an album or a compilation."));
    if (field == u"status"
        && !QStringList { u"idea"_s, u"in_production"_s, u"ready"_s, u"scheduled"_s, u"delivered"_s,
            u"released"_s }
            .contains(text))
        return refuse(Text::tr("Unknown release status “%1”.").arg(text));
    if (field == u"upc" && !text.isEmpty()) {
        const IdentifierCheck check = Gtin::validate(text);
        if (!check.valid)
            return refuse(check.reason);
        return check.normalized;
    }
    if (field == u"explicit" && !QStringList { QString(), u"0"_s, u"1"_s }.contains(text))
        return refuse(Text::tr("Explicit is yes, no or not set."));
    return text;
}

bool updateReleaseField(
    QSqlDatabase db, qint64 releaseId, const QString &field, const QString &value, QString *error)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    if (!writeReleaseField(db, releaseId, field, value, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

bool updateReleaseFieldIf(QSqlDatabase db, qint64 releaseId, const QString &field, const QString &expected,
    const QString &value, std::optional<QString> *stale, QString *error)
{
    *stale = std::nullopt;
    if (!columns().contains(field)) {
        if (error)
            *error = Text::tr("%1 cannot be edited").arg(field);
        return false;
    }
    return CompareAndSet::writeIfStill(db, { u"releases"_s, columns().value(field), releaseId }, expected,
        Text::tr("The release is no longer in the catalog."), stale, error,
        [&] { return writeReleaseField(db, releaseId, field, value, error); });
}

bool setArtworkIf(QSqlDatabase db, qint64 releaseId, qint64 expected, qint64 assetId,
    std::optional<qint64> *stale, QString *error)
{
    *stale = std::nullopt;
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    const auto stored = CompareAndSet::lockedValue(db, { u"releases"_s, u"artwork_asset_id"_s, releaseId },
        Text::tr("The release is no longer in the catalog."), error);
    if (!stored)
        return false;
    const qint64 current = stored->toLongLong();
    if (current == assetId)
        return true; // already so: Set Artwork links the cover as it imports it
    if (current != expected) {
        *stale = current;
        return false;
    }
    QSqlQuery query(db);
    query.prepare(u"UPDATE releases SET artwork_asset_id = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', "
                  "'now') WHERE id = ?"_s);
    query.addBindValue(assetId > 0 ? QVariant(assetId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(releaseId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (transaction.commit())
        return true;
    if (error)
        *error = transaction.error();
    return false;
}

QString assetFileName(QSqlDatabase db, qint64 assetId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT rel_path FROM assets WHERE id = ?"_s);
    query.addBindValue(assetId);
    if (assetId <= 0 || !query.exec() || !query.next())
        return {};
    const QString path = query.value(0).toString();
    return path.mid(path.lastIndexOf(u'/') + 1);
}

bool writeReleaseField(
    QSqlDatabase db, qint64 releaseId, const QString &field, const QString &value, QString *error)
{
    const auto normalized = normalizedValue(field, value, error);
    if (!normalized)
        return false;
    QSqlQuery query(db);
    // The column name comes from the fixed map above, never from the caller.
    query.prepare(
        u"UPDATE releases SET %1 = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"_s.arg(
            columns().value(field)));
    const bool clearable = field != u"title" && field != u"status";
    query.addBindValue(normalized->isEmpty() && clearable ? QVariant(QMetaType::fromType<QString>())
                                                          : QVariant(*normalized));
    query.addBindValue(releaseId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = Text::tr("The release is no longer in the catalog.");
        return false;
    }
    return true;
}

} // namespace Imprint::ReleaseQueries
