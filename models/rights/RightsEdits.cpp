// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "RightsEdits.h"

#include "catalog/PartyQueries.h"
#include "catalog/SqlTransaction.h"
#include "rights/RightsEditsSql.h"
#include "rights/RightsQueries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::RightsEdits
{

using namespace Sql;

namespace
{

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RightsEdits)
};

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

std::optional<qint64> partyByName(QSqlDatabase db, const QString &name, QString *error)
{
    if (name.trimmed().isEmpty())
        return 0;
    // Credits and rights name parties the same way: one lookup, case aside, else a new party.
    QString reason;
    const qint64 id = PartyQueries::findOrCreate(db, name, &reason);
    if (id == 0) {
        fail(error, reason);
        return std::nullopt;
    }
    return id;
}

namespace
{

qint64 nextId(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    return query.exec(u"SELECT coalesce(max(id), 0) + 1 FROM %1"_s.arg(table)) && query.next()
        ? query.value(0).toLongLong()
        : 1;
}

QString freeName(const QDir &dir, const QString &fileName)
{
    const QFileInfo info(fileName);
    QString name = fileName;
    for (int n = 2; dir.exists(name); ++n)
        name = info.suffix().isEmpty()
            ? u"%1 (%2)"_s.arg(info.completeBaseName()).arg(n)
            : u"%1 (%2).%3"_s.arg(info.completeBaseName()).arg(n).arg(info.suffix());
    return name;
}

} // namespace

QJsonObject ClearanceItem::toJson() const
{
    return { { u"id"_s, id }, { u"trackId"_s, trackId }, { u"kind"_s, kind }, { u"status"_s, status },
        { u"counterparty"_s, counterparty }, { u"documentAssetId"_s, documentAssetId },
        { u"territory"_s, territory }, { u"validFrom"_s, validFrom.toString(Qt::ISODate) },
        { u"validUntil"_s, validUntil.toString(Qt::ISODate) }, { u"notes"_s, notes } };
}

ClearanceItem ClearanceItem::fromJson(const QJsonObject &json)
{
    ClearanceItem item;
    item.id = json.value(u"id"_s).toInteger();
    item.trackId = json.value(u"trackId"_s).toInteger();
    item.kind = json.value(u"kind"_s).toString(item.kind);
    item.status = json.value(u"status"_s).toString(item.status);
    item.counterparty = json.value(u"counterparty"_s).toString().trimmed();
    item.documentAssetId = json.value(u"documentAssetId"_s).toInteger();
    item.territory = json.value(u"territory"_s).toString().trimmed();
    item.validFrom = QDate::fromString(json.value(u"validFrom"_s).toString().trimmed(), Qt::ISODate);
    item.validUntil = QDate::fromString(json.value(u"validUntil"_s).toString().trimmed(), Qt::ISODate);
    item.notes = json.value(u"notes"_s).toString();
    return item;
}

QJsonObject Contribution::toJson() const
{
    QJsonArray evidence;
    for (qint64 assetId : evidenceAssetIds)
        evidence.append(assetId);
    return { { u"id"_s, id }, { u"trackId"_s, trackId }, { u"element"_s, element }, { u"party"_s, party },
        { u"description"_s, description }, { u"evidence"_s, evidence } };
}

Contribution Contribution::fromJson(const QJsonObject &json)
{
    Contribution c;
    c.id = json.value(u"id"_s).toInteger();
    c.trackId = json.value(u"trackId"_s).toInteger();
    c.element = json.value(u"element"_s).toString(c.element);
    c.party = json.value(u"party"_s).toString().trimmed();
    c.description = json.value(u"description"_s).toString();
    for (const QJsonValue &value : json.value(u"evidence"_s).toArray())
        c.evidenceAssetIds.append(value.toInteger());
    return c;
}

const QStringList &clearanceKinds()
{
    static const QStringList kinds { u"master_ownership"_s, u"publishing"_s, u"sample"_s,
        u"ai_tool_licence"_s, u"featured_artist"_s, u"artwork_licence"_s, u"mechanical_licence"_s,
        u"other"_s };
    return kinds;
}

const QStringList &contributionElements()
{
    static const QStringList elements { u"lyrics"_s, u"melody"_s, u"arrangement"_s, u"performance"_s,
        u"mix"_s, u"master"_s };
    return elements;
}

QString validate(const ClearanceItem &item)
{
    if (!clearanceKinds().contains(item.kind))
        return Text::tr("Unknown clearance kind “%1”.").arg(item.kind);
    if (!RightsQueries::clearanceStatuses().contains(item.status))
        return Text::tr("Unknown clearance status “%1”.").arg(item.status);
    if (item.validFrom.isValid() && item.validUntil.isValid() && item.validUntil < item.validFrom)
        return Text::tr("The validity ends (%1) before it starts (%2).")
            .arg(item.validUntil.toString(Qt::ISODate), item.validFrom.toString(Qt::ISODate));
    return {};
}

QString validate(const Contribution &contribution)
{
    if (!contributionElements().contains(contribution.element))
        return Text::tr("Unknown element “%1”.").arg(contribution.element);
    if (contribution.party.trimmed().isEmpty())
        return Text::tr("Say who made this contribution.");
    return {};
}

std::optional<ClearanceItem> clearanceItem(QSqlDatabase db, qint64 id, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT c.id, c.track_id, c.kind, c.status, coalesce(p.name, ''), "
                  "coalesce(c.document_asset_id, 0), c.territory, coalesce(c.valid_from, ''), "
                  "coalesce(c.valid_until, ''), c.notes FROM clearance_items c "
                  "LEFT JOIN parties p ON p.id = c.counterparty_id WHERE c.id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        fail(error,
            query.lastError().isValid() ? query.lastError().text() : Text::tr("No such clearance item."));
        return std::nullopt;
    }
    return ClearanceItem { query.value(0).toLongLong(), query.value(1).toLongLong(),
        query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
        query.value(5).toLongLong(), query.value(6).toString(), dateOf(query.value(7)),
        dateOf(query.value(8)), query.value(9).toString() };
}

std::optional<Contribution> contribution(QSqlDatabase db, qint64 id, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT h.id, h.track_id, h.element, coalesce(p.name, ''), h.description, "
                  "coalesce((SELECT group_concat(e.asset_id) FROM contribution_evidence e "
                  "WHERE e.contribution_id = h.id), '') FROM human_contributions h "
                  "LEFT JOIN parties p ON p.id = h.party_id WHERE h.id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        fail(error,
            query.lastError().isValid() ? query.lastError().text() : Text::tr("No such contribution."));
        return std::nullopt;
    }
    Contribution c { query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
        query.value(3).toString(), query.value(4).toString(), {} };
    for (const QString &assetId : query.value(5).toString().split(u',', Qt::SkipEmptyParts))
        c.evidenceAssetIds.append(assetId.toLongLong());
    std::sort(c.evidenceAssetIds.begin(), c.evidenceAssetIds.end());
    return c;
}

bool saveClearanceItem(QSqlDatabase db, const ClearanceItem &item, QString *error)
{
    if (const QString problem = validate(item); !problem.isEmpty())
        return fail(error, problem);
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return fail(error, transaction.error());
    const auto counterparty = partyByName(db, item.counterparty, error);
    if (!counterparty)
        return false;
    if (!execute(db,
            u"INSERT INTO clearance_items(id, track_id, kind, counterparty_id, status, document_asset_id, "
            "territory, valid_from, valid_until, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, counterparty_id = excluded.counterparty_id, "
            "status = excluded.status, document_asset_id = excluded.document_asset_id, "
            "territory = excluded.territory, valid_from = excluded.valid_from, "
            "valid_until = excluded.valid_until, notes = excluded.notes, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"_s,
            { item.id, item.trackId, item.kind, nullableId(*counterparty), item.status,
                nullableId(item.documentAssetId), text(item.territory), nullableDate(item.validFrom),
                nullableDate(item.validUntil), text(item.notes) },
            error))
        return false;
    return transaction.commit() || fail(error, transaction.error());
}

bool removeClearanceItem(QSqlDatabase db, qint64 id, QString *error)
{
    return execute(db, u"DELETE FROM clearance_items WHERE id = ?"_s, { id }, error);
}

bool saveContribution(QSqlDatabase db, const Contribution &c, QString *error)
{
    if (const QString problem = validate(c); !problem.isEmpty())
        return fail(error, problem);
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return fail(error, transaction.error());
    const auto party = partyByName(db, c.party, error);
    if (!party)
        return false;
    if (!execute(db,
            u"INSERT INTO human_contributions(id, track_id, element, party_id, description) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET element = excluded.element, "
            "party_id = excluded.party_id, description = excluded.description"_s,
            { c.id, c.trackId, c.element, nullableId(*party), text(c.description) }, error)
        || !execute(db, u"DELETE FROM contribution_evidence WHERE contribution_id = ?"_s, { c.id }, error))
        return false;
    for (qint64 assetId : c.evidenceAssetIds) {
        if (!execute(db,
                u"INSERT INTO contribution_evidence(contribution_id, asset_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                { c.id, assetId }, error))
            return false;
    }
    return transaction.commit() || fail(error, transaction.error());
}

bool removeContribution(QSqlDatabase db, qint64 id, QString *error)
{
    return execute(db, u"DELETE FROM human_contributions WHERE id = ?"_s, { id }, error);
}

bool setVoiceConsentDocument(QSqlDatabase db, qint64 trackId, qint64 assetId, QString *error)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return fail(error, transaction.error());
    if (!execute(db,
            u"INSERT INTO provenance(track_id, origin) VALUES (?, 'human') ON CONFLICT(track_id) DO NOTHING"_s,
            { trackId }, error)
        || !execute(db,
            u"UPDATE provenance SET voice_consent_asset_id = ?, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE track_id = ?"_s,
            { nullableId(assetId), trackId }, error))
        return false;
    return transaction.commit() || fail(error, transaction.error());
}

qint64 nextClearanceId(QSqlDatabase db)
{
    return nextId(db, u"clearance_items"_s);
}

qint64 nextContributionId(QSqlDatabase db)
{
    return nextId(db, u"human_contributions"_s);
}

qint64 nextInputId(QSqlDatabase db)
{
    return nextId(db, u"provenance_inputs"_s);
}

qint64 nextTermsId(QSqlDatabase db)
{
    return nextId(db, u"ai_tool_terms"_s);
}

std::optional<qint64> attachDocument(
    QSqlDatabase db, const QString &libraryRoot, qint64 trackId, const QString &sourcePath, QString *error)
{
    const auto refuse = [error](const QString &reason) -> std::optional<qint64> {
        fail(error, reason);
        return std::nullopt;
    };
    const QFileInfo source(sourcePath);
    if (!source.isFile())
        return refuse(Text::tr("%1 is not a file.").arg(QDir::toNativeSeparators(sourcePath)));
    if (libraryRoot.isEmpty())
        return refuse(Text::tr("This catalog has no library folder to keep documents in."));
    const QDir root(libraryRoot);
    const QString canonicalRoot = QFileInfo(libraryRoot).canonicalFilePath();
    QString relative;
    const QString canonicalSource = source.canonicalFilePath();
    if (!canonicalRoot.isEmpty() && canonicalSource.startsWith(canonicalRoot + u'/')) {
        relative = canonicalSource.mid(canonicalRoot.size() + 1);
    } else {
        const QString folder = u"Documents/%1"_s.arg(trackId);
        if (!root.mkpath(folder))
            return refuse(Text::tr("Cannot create %1.").arg(QDir::toNativeSeparators(root.filePath(folder))));
        const QDir target(root.filePath(folder));
        relative = folder + u'/' + freeName(target, source.fileName());
        if (!QFile::copy(sourcePath, root.filePath(relative)))
            return refuse(
                Text::tr("Cannot copy %1 into the library.").arg(QDir::toNativeSeparators(sourcePath)));
    }
    const QString absolute = root.filePath(relative);
    const QString hash = RightsQueries::fileSha256(absolute);
    if (hash.isEmpty())
        return refuse(Text::tr("Cannot read %1.").arg(QDir::toNativeSeparators(absolute)));
    const QFileInfo stored(absolute);
    QSqlQuery query(db);
    // A document attached again (e.g. after it changed) takes its new size, time and hash.
    query.prepare(
        u"INSERT INTO assets(rel_path, kind, track_id, size, mtime_ms, content_hash, format) "
        "VALUES (?, 'document', ?, ?, ?, ?, ?) ON CONFLICT(rel_path) DO UPDATE SET "
        "size = excluded.size, mtime_ms = excluded.mtime_ms, content_hash = excluded.content_hash"_s);
    query.addBindValue(relative);
    query.addBindValue(trackId);
    query.addBindValue(stored.size());
    query.addBindValue(stored.lastModified(QTimeZone::UTC).toMSecsSinceEpoch());
    query.addBindValue(hash);
    query.addBindValue(stored.suffix().toUpper());
    if (!query.exec())
        return refuse(query.lastError().text());
    query.prepare(u"SELECT id FROM assets WHERE rel_path = ?"_s);
    query.addBindValue(relative);
    if (!query.exec() || !query.next())
        return refuse(query.lastError().text());
    return query.value(0).toLongLong();
}

QString documentPath(QSqlDatabase db, const QString &libraryRoot, qint64 assetId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT rel_path FROM assets WHERE id = ?"_s);
    query.addBindValue(assetId);
    if (libraryRoot.isEmpty() || !query.exec() || !query.next())
        return {};
    return QDir(libraryRoot).filePath(query.value(0).toString());
}

} // namespace Imprint::RightsEdits
