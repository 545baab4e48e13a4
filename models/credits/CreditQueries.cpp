// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CreditQueries.h"

#include "catalog/CompareAndSet.h"
#include "catalog/PartyQueries.h"
#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"
#include "credits/CreditRules.h"
#include "rights/Splits.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::CreditQueries
{

namespace
{

bool fail(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

bool exec(QSqlQuery &query, QString *error)
{
    return query.exec() || fail(query, error);
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QString recordGone()
{
    return QCoreApplication::translate("CreditQueries", "The record is no longer in the catalog.");
}

QString partyColumn(const QString &field)
{
    static const QHash<QString, QString> columns { { u"name"_s, u"name"_s },
        { u"sortName"_s, u"sort_name"_s }, { u"isni"_s, u"isni"_s }, { u"ipi"_s, u"ipi"_s },
        { u"pro"_s, u"pro"_s }, { u"contact"_s, u"contact"_s } };
    return columns.value(field);
}

// Gives rows typed by name their party, creating it when new.
template<typename Row>
bool resolveParties(QSqlDatabase db, QList<Row> &rows, QString *error)
{
    for (Row &row : rows) {
        if (row.partyId > 0)
            continue;
        row.partyId = PartyQueries::findOrCreate(db, row.partyName, error);
        if (row.partyId == 0)
            return false;
    }
    return true;
}

std::optional<QList<ShareRow>> sharesOf(QSqlDatabase db, const QString &sql, qint64 id, QString *error)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(id);
    if (!exec(query, error))
        return std::nullopt;
    QList<ShareRow> rows;
    while (query.next())
        rows.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toInt() });
    return rows;
}

} // namespace

std::optional<QList<PartyRow>> parties(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    query.prepare(
        u"SELECT p.id, p.name, coalesce(p.sort_name, ''), coalesce(p.isni, ''), coalesce(p.ipi, ''), "
        "coalesce(p.pro, ''), coalesce(p.contact, ''), "
        "(SELECT count(*) FROM credits WHERE party_id = p.id) "
        "+ (SELECT count(*) FROM master_shares WHERE party_id = p.id) "
        "+ (SELECT count(*) FROM work_shares WHERE party_id = p.id) "
        "FROM parties p ORDER BY coalesce(nullif(p.sort_name, ''), p.name) COLLATE NOCASE, p.id"_s);
    if (!exec(query, error))
        return std::nullopt;
    QList<PartyRow> rows;
    while (query.next())
        rows.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString(), query.value(7).toInt() });
    return rows;
}

bool updatePartyField(
    QSqlDatabase db, qint64 partyId, const QString &field, const QString &value, QString *error)
{
    const QString column = partyColumn(field);
    if (column.isEmpty()) {
        *error = u"unknown party field %1"_s.arg(field);
        return false;
    }
    QSqlQuery query(db);
    query.prepare(u"UPDATE parties SET %1 = ? WHERE id = ?"_s.arg(column));
    query.addBindValue(field == u"name" ? QVariant(value) : nullable(value));
    query.addBindValue(partyId);
    return exec(query, error);
}

bool updatePartyFieldIf(QSqlDatabase db, qint64 partyId, const QString &field, const QString &expected,
    const QString &value, std::optional<QString> *stale, QString *error)
{
    const QString column = partyColumn(field);
    if (column.isEmpty()) {
        *error = u"unknown party field %1"_s.arg(field);
        return false;
    }
    return CompareAndSet::writeIfStill(db, { u"parties"_s, column, partyId }, expected, recordGone(), stale,
        error, [&] { return updatePartyField(db, partyId, field, value, error); });
}

std::optional<QList<PartyActivityRow>> activityOf(QSqlDatabase db, qint64 partyId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(
        // Ordered outside the union: PostgreSQL sorts a union by its column names only.
        u"SELECT kind, id, subject, role, instrument, ai_used, share_bp FROM ("
        "SELECT 'credit' AS kind, t.id AS id, t.title || CASE WHEN t.version <> '' THEN ' (' || t.version "
        "|| ')' ELSE '' END AS subject, c.role AS role, coalesce(c.instrument, '') AS instrument, "
        "c.ai_used AS ai_used, 0 AS share_bp, c.position AS position "
        "FROM credits c JOIN tracks t ON t.id = c.track_id WHERE c.party_id = ? "
        "UNION ALL SELECT 'master', t.id, t.title || CASE WHEN t.version <> '' THEN ' (' || t.version "
        "|| ')' ELSE '' END, '', '', 0, m.share_bp, 0 "
        "FROM master_shares m JOIN tracks t ON t.id = m.track_id WHERE m.party_id = ? "
        "UNION ALL SELECT 'publishing', w.id, w.title, s.role, '', 0, s.share_bp, 0 "
        "FROM work_shares s JOIN works w ON w.id = s.work_id WHERE s.party_id = ?) activity "
        "ORDER BY kind, subject COLLATE NOCASE, position"_s);
    for (int i = 0; i < 3; ++i)
        query.addBindValue(partyId);
    if (!exec(query, error))
        return std::nullopt;
    QList<PartyActivityRow> rows;
    while (query.next()) {
        PartyActivityRow row { query.value(0).toString(), query.value(1).toLongLong(),
            query.value(2).toString(), {} };
        QStringList parts;
        if (const QString role = query.value(3).toString(); !role.isEmpty())
            parts.append(CreditRules::roleLabel(role));
        if (const QString instrument = query.value(4).toString(); !instrument.isEmpty())
            parts.append(instrument);
        if (row.kind != u"credit")
            parts.append(Splits::formatPercent(query.value(6).toInt()));
        row.detail = parts.join(u", "_s);
        if (query.value(5).toBool())
            row.detail += QCoreApplication::translate("CreditQueries", " · AI used");
        rows.append(row);
    }
    return rows;
}

std::optional<QList<CreditRow>> creditsOf(QSqlDatabase db, qint64 trackId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT c.party_id, p.name, c.role, coalesce(c.instrument, ''), c.ai_used FROM credits c "
                  "JOIN parties p ON p.id = c.party_id WHERE c.track_id = ? ORDER BY c.position, c.id"_s);
    query.addBindValue(trackId);
    if (!exec(query, error))
        return std::nullopt;
    QList<CreditRow> rows;
    while (query.next())
        rows.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toBool() });
    return rows;
}

namespace
{

// Locks the row that owns a set (a track, a work) on a server, so a second writer of the set
// waits for this one's transaction and then compares against what it wrote.
bool lockOwner(QSqlDatabase db, const QString &table, qint64 id, QString *error)
{
    const QString sql = SqlDialect::of(db).lockRowQuery(table);
    if (sql.isEmpty())
        return true; // SQLite: the write transaction already excludes other writers
    QSqlQuery lock(db);
    lock.prepare(sql);
    lock.addBindValue(id);
    return exec(lock, error);
}

// Two credit lists are the same credits: in order (their position is part of them), parties by
// name in any case (one typed in lower case is saved under the party's own name).
bool sameCredits(const QList<CreditRow> &a, const QList<CreditRow> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const CreditRow &x, const CreditRow &y) {
        return x.partyName.compare(y.partyName, Qt::CaseInsensitive) == 0 && x.role == y.role
            && x.instrument == y.instrument && x.aiUsed == y.aiUsed;
    });
}

bool writeCredits(QSqlDatabase db, qint64 trackId, const QList<CreditRow> &credits, QString *error,
    const QList<CreditRow> *expected = nullptr, std::optional<QList<CreditRow>> *stale = nullptr)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    if (expected) {
        if (!lockOwner(db, u"tracks"_s, trackId, error))
            return false;
        auto stored = creditsOf(db, trackId, error);
        if (!stored)
            return false;
        if (!sameCredits(*stored, *expected)) {
            *stale = std::move(*stored);
            error->clear();
            return false;
        }
    }
    QList<CreditRow> rows = credits;
    if (!resolveParties(db, rows, error))
        return false;
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM credits WHERE track_id = ?"_s);
    query.addBindValue(trackId);
    if (!exec(query, error))
        return false;
    query.prepare(u"INSERT INTO credits(track_id, party_id, role, instrument, ai_used, position) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        query.addBindValue(trackId);
        query.addBindValue(rows[i].partyId);
        query.addBindValue(rows[i].role);
        query.addBindValue(nullable(rows[i].instrument.trimmed()));
        query.addBindValue(rows[i].aiUsed ? 1 : 0);
        query.addBindValue(int(i));
        if (!exec(query, error))
            return false;
    }
    return transaction.commit() || (*error = transaction.error(), false);
}

} // namespace

bool replaceCredits(QSqlDatabase db, qint64 trackId, const QList<CreditRow> &credits, QString *error)
{
    return writeCredits(db, trackId, credits, error);
}

bool replaceCreditsIf(QSqlDatabase db, qint64 trackId, const QList<CreditRow> &expected,
    const QList<CreditRow> &credits, std::optional<QList<CreditRow>> *stale, QString *error)
{
    return writeCredits(db, trackId, credits, error, &expected, stale);
}

namespace
{

enum class ShareTable { Master, Work };

// Two sets hold the same shares: by party name (in any case), role and share, in any order (the
// stored order is by share, an edited one as typed; a party typed by name has no id until saved).
bool sameShares(QList<ShareRow> a, QList<ShareRow> b)
{
    const auto key = [](const ShareRow &row) {
        return std::make_tuple(row.partyName.toCaseFolded(), row.role, row.basisPoints);
    };
    const auto byKey = [&key](const ShareRow &x, const ShareRow &y) {
        return key(x) < key(y);
    };
    std::sort(a.begin(), a.end(), byKey);
    std::sort(b.begin(), b.end(), byKey);
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
        [&key](const ShareRow &x, const ShareRow &y) { return key(x) == key(y); });
}

// The compare-and-set of an edit: the set it was made on, and where the stored set goes when
// someone else changed it meanwhile.
struct ExpectedShares {
    const QList<ShareRow> &rows;
    std::optional<QList<ShareRow>> *stale;
};

// Replaces the whole set of master shares of a track, or publishing shares of a work, in one
// transaction; names typed for new parties become parties in the same transaction. With
// `expected`, only while the stored set is still the one the edit was made on; the owner's row is
// locked first on a server, so a second writer waits and then sees this one's set.
bool replaceShares(QSqlDatabase db, ShareTable table, qint64 ownerId, const QList<ShareRow> &shares,
    QString *error, const std::optional<ExpectedShares> &expected = std::nullopt)
{
    const bool work = table == ShareTable::Work;
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    if (expected) {
        if (!lockOwner(db, work ? u"works"_s : u"tracks"_s, ownerId, error))
            return false;
        auto stored = work ? workSharesOf(db, ownerId, error) : masterSharesOf(db, ownerId, error);
        if (!stored)
            return false;
        if (!sameShares(*stored, expected->rows)) {
            *expected->stale = std::move(*stored);
            error->clear();
            return false;
        }
    }
    QList<ShareRow> rows = shares;
    if (!resolveParties(db, rows, error))
        return false;
    QSqlQuery query(db);
    query.prepare(work ? u"DELETE FROM work_shares WHERE work_id = ?"_s
                       : u"DELETE FROM master_shares WHERE track_id = ?"_s);
    query.addBindValue(ownerId);
    if (!exec(query, error))
        return false;
    query.prepare(work ? u"INSERT INTO work_shares(work_id, party_id, role, share_bp) VALUES (?, ?, ?, ?)"_s
                       : u"INSERT INTO master_shares(track_id, party_id, share_bp) VALUES (?, ?, ?)"_s);
    for (const ShareRow &row : std::as_const(rows)) {
        query.addBindValue(ownerId);
        query.addBindValue(row.partyId);
        if (work)
            query.addBindValue(row.role);
        query.addBindValue(row.basisPoints);
        if (!exec(query, error))
            return false;
    }
    return transaction.commit() || (*error = transaction.error(), false);
}

} // namespace

std::optional<QList<ShareRow>> masterSharesOf(QSqlDatabase db, qint64 trackId, QString *error)
{
    return sharesOf(db,
        u"SELECT m.party_id, p.name, '', m.share_bp FROM master_shares m JOIN parties p ON p.id = m.party_id "
        "WHERE m.track_id = ? ORDER BY m.share_bp DESC, p.name COLLATE NOCASE"_s,
        trackId, error);
}

bool replaceMasterShares(QSqlDatabase db, qint64 trackId, const QList<ShareRow> &shares, QString *error)
{
    return replaceShares(db, ShareTable::Master, trackId, shares, error);
}

bool replaceMasterSharesIf(QSqlDatabase db, qint64 trackId, const QList<ShareRow> &expected,
    const QList<ShareRow> &shares, std::optional<QList<ShareRow>> *stale, QString *error)
{
    return replaceShares(db, ShareTable::Master, trackId, shares, error, ExpectedShares { expected, stale });
}

std::optional<QList<WorkRow>> works(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT w.id, w.title, coalesce(w.iswc, ''), "
                  // Each writer once, the largest share first (grouped: PostgreSQL orders DISTINCT
                  // rows only by what they hold).
                  "(SELECT group_concat(name, ', ') FROM (SELECT p.name FROM work_shares s "
                  "JOIN parties p ON p.id = s.party_id WHERE s.work_id = w.id GROUP BY p.name "
                  "ORDER BY max(s.share_bp) DESC, p.name) AS writers), "
                  "(SELECT count(*) FROM tracks WHERE work_id = w.id) "
                  "FROM works w ORDER BY w.title COLLATE NOCASE, w.id"_s);
    if (!exec(query, error))
        return std::nullopt;
    QList<WorkRow> rows;
    while (query.next())
        rows.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toInt() });
    return rows;
}

qint64 createWork(QSqlDatabase db, const QString &title, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO works(title) VALUES (?) RETURNING id"_s);
    query.addBindValue(title.trimmed());
    if (!exec(query, error))
        return 0;
    return returnedId(query);
}

bool updateWorkField(
    QSqlDatabase db, qint64 workId, const QString &field, const QString &value, QString *error)
{
    if (field != u"title" && field != u"iswc") {
        *error = u"unknown work field %1"_s.arg(field);
        return false;
    }
    QSqlQuery query(db);
    query.prepare(u"UPDATE works SET %1 = ? WHERE id = ?"_s.arg(field));
    query.addBindValue(field == u"iswc" ? nullable(value) : QVariant(value));
    query.addBindValue(workId);
    return exec(query, error);
}

bool updateWorkFieldIf(QSqlDatabase db, qint64 workId, const QString &field, const QString &expected,
    const QString &value, std::optional<QString> *stale, QString *error)
{
    if (field != u"title" && field != u"iswc") {
        *error = u"unknown work field %1"_s.arg(field);
        return false;
    }
    return CompareAndSet::writeIfStill(db, { u"works"_s, field, workId }, expected, recordGone(), stale,
        error, [&] { return updateWorkField(db, workId, field, value, error); });
}

qint64 workWithIswc(QSqlDatabase db, const QString &iswc, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT id FROM works WHERE iswc = ?"_s);
    query.addBindValue(iswc);
    if (!exec(query, error))
        return 0;
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<QList<ShareRow>> workSharesOf(QSqlDatabase db, qint64 workId, QString *error)
{
    return sharesOf(db,
        u"SELECT s.party_id, p.name, s.role, s.share_bp FROM work_shares s JOIN parties p ON p.id = "
        u"s.party_id "
        "WHERE s.work_id = ? ORDER BY s.share_bp DESC, p.name COLLATE NOCASE"_s,
        workId, error);
}

bool replaceWorkShares(QSqlDatabase db, qint64 workId, const QList<ShareRow> &shares, QString *error)
{
    return replaceShares(db, ShareTable::Work, workId, shares, error);
}

bool replaceWorkSharesIf(QSqlDatabase db, qint64 workId, const QList<ShareRow> &expected,
    const QList<ShareRow> &shares, std::optional<QList<ShareRow>> *stale, QString *error)
{
    return replaceShares(db, ShareTable::Work, workId, shares, error, ExpectedShares { expected, stale });
}

std::optional<QList<TrackChoice>> recordingsOf(QSqlDatabase db, qint64 workId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT id, title || CASE WHEN version <> '' THEN ' (' || version || ')' ELSE '' END "
                  "|| CASE WHEN display_artist <> '' THEN ' — ' || display_artist ELSE '' END "
                  "FROM tracks WHERE work_id = ? ORDER BY title COLLATE NOCASE, version, id"_s);
    query.addBindValue(workId);
    if (!exec(query, error))
        return std::nullopt;
    QList<TrackChoice> rows;
    while (query.next())
        rows.append({ query.value(0).toLongLong(), query.value(1).toString() });
    return rows;
}

bool setTrackWork(QSqlDatabase db, qint64 trackId, qint64 workId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE tracks SET work_id = ? WHERE id = ?"_s);
    query.addBindValue(workId > 0 ? QVariant(workId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(trackId);
    return exec(query, error);
}

qint64 workOfTrack(QSqlDatabase db, qint64 trackId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT coalesce(work_id, 0) FROM tracks WHERE id = ?"_s);
    query.addBindValue(trackId);
    if (!exec(query, error))
        return 0;
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace Imprint::CreditQueries
