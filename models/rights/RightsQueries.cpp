// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "RightsQueries.h"

#include "catalog/SqlTransaction.h"
#include "catalog/StringPool.h"
#include "rights/QualityVerdicts.h"
#include "rights/Readiness.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Imprint::RightsQueries
{

namespace
{

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RightsQueries)
};

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// QML field name → provenance column. Only these names ever reach SQL.
const QHash<QString, QString> &provenanceColumns()
{
    static const QHash<QString, QString> map {
        { u"origin"_s, u"origin"_s },
        { u"tool"_s, u"tool"_s },
        { u"modelVersion"_s, u"model_version"_s },
        { u"plan"_s, u"plan"_s },
        { u"paidAtGeneration"_s, u"paid_at_generation"_s },
        { u"generatedOn"_s, u"generated_on"_s },
        { u"songId"_s, u"song_id"_s },
        { u"prompt"_s, u"prompt"_s },
        { u"stems"_s, u"stems"_s },
        { u"isCover"_s, u"is_cover"_s },
        { u"voiceLikeness"_s, u"voice_likeness"_s },
        { u"notes"_s, u"notes"_s },
    };
    return map;
}

} // namespace

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

void checkDocument(const QString &path, qint64 size, qint64 mtimeMs, DocumentFact *document)
{
    const QFileInfo info(path);
    document->present = info.isFile();
    if (!document->present)
        return;
    if (info.size() != size) {
        document->changed = true;
        return;
    }
    if (info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch() == mtimeMs)
        return;
    // Same size, new time: a copy or a touch leaves the content alone, an edit does not. The hash
    // decides; without one recorded, the time is all there is to go on.
    document->changed = document->contentHash.isEmpty() || fileSha256(path) != document->contentHash;
}

std::optional<ToolTermsFact> termsInForce(
    QSqlDatabase db, const QString &tool, const QString &plan, const QDate &day)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT id, tool, plan, commercial_use, ownership, recorded_on, valid_from, "
                  "coalesce(valid_until, ''), source, example, coalesce(paid, -1) FROM ai_tool_terms "
                  "WHERE tool = ? COLLATE NOCASE AND plan = ? COLLATE NOCASE AND valid_from <= ? "
                  "AND (valid_until IS NULL OR valid_until >= ?) ORDER BY valid_from DESC LIMIT 1"_s);
    const QString iso = day.toString(Qt::ISODate);
    query.addBindValue(tool);
    query.addBindValue(plan);
    query.addBindValue(iso);
    query.addBindValue(iso);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ToolTermsFact { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toBool(), query.value(4).toString(), dateOf(query.value(5)), dateOf(query.value(6)),
        dateOf(query.value(7)), query.value(8).toString(), query.value(9).toBool(), query.value(10).toInt() };
}

std::optional<QList<ToolTermsFact>> allTerms(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, tool, plan, commercial_use, ownership, recorded_on, valid_from, "
                    "coalesce(valid_until, ''), source, example, coalesce(paid, -1) FROM ai_tool_terms "
                    "ORDER BY tool COLLATE NOCASE, plan COLLATE NOCASE, valid_from, id"_s)) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QList<ToolTermsFact> list;
    while (query.next())
        list.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toBool(), query.value(4).toString(), dateOf(query.value(5)),
            dateOf(query.value(6)), dateOf(query.value(7)), query.value(8).toString(),
            query.value(9).toBool(), query.value(10).toInt() });
    return list;
}

QDate toolKnownSince(QSqlDatabase db, const QString &tool)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT min(valid_from) FROM ai_tool_terms WHERE tool = ? COLLATE NOCASE"_s);
    query.addBindValue(tool);
    if (!query.exec() || !query.next())
        return {};
    return dateOf(query.value(0));
}

std::optional<QList<ToolSummary>> tools(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT tool, plan, valid_from FROM ai_tool_terms ORDER BY tool COLLATE NOCASE, "
                    "valid_from, plan"_s)) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QList<ToolSummary> list;
    while (query.next()) {
        const QString tool = query.value(0).toString();
        if (list.isEmpty() || list.last().tool.compare(tool, Qt::CaseInsensitive) != 0)
            list.append({ tool, dateOf(query.value(2)), {} });
        if (!list.last().plans.contains(query.value(1).toString()))
            list.last().plans.append(query.value(1).toString());
    }
    return list;
}

const QStringList &provenanceFields()
{
    static const QStringList fields = [] {
        QStringList keys = provenanceColumns().keys();
        keys.sort();
        return keys;
    }();
    return fields;
}

std::optional<QString> normalizedProvenanceValue(const QString &field, const QString &value, QString *error)
{
    const QString text = field == u"prompt" || field == u"notes" ? value : value.trimmed();
    const auto refuse = [error](const QString &reason) -> std::optional<QString> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!provenanceColumns().contains(field))
        return refuse(Text::tr("This field cannot be edited here."));
    if (field == u"origin" && !QStringList { u"human"_s, u"ai_assisted"_s, u"ai_generated"_s }.contains(text))
        return refuse(Text::tr("The origin is human, AI-assisted or AI-generated."));
    if (field == u"generatedOn" && !text.isEmpty()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return refuse(Text::tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text));
        return date.toString(Qt::ISODate);
    }
    if (field == u"stems"
        && !QStringList { QString(), u"native"_s, u"separated"_s, u"none"_s }.contains(text))
        return refuse(Text::tr("Stems are native, separated afterwards, or none."));
    if ((field == u"paidAtGeneration" && !QStringList { QString(), u"0"_s, u"1"_s }.contains(text))
        || (field == u"isCover" && !QStringList { u"0"_s, u"1"_s }.contains(text)))
        return refuse(Text::tr("This is yes or no."));
    if (field == u"voiceLikeness"
        && !QStringList { u"none"_s, u"own_voice"_s, u"consent_given"_s, u"no_consent"_s }.contains(text))
        return refuse(Text::tr("Unknown voice-likeness answer “%1”.").arg(text));
    return text;
}

bool updateProvenanceField(
    QSqlDatabase db, qint64 trackId, const QString &field, const QString &value, QString *error)
{
    const auto normalized = normalizedProvenanceValue(field, value, error);
    if (!normalized)
        return false;
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (!transaction.isActive())
        return fail(transaction.error());
    query.prepare(
        u"INSERT INTO provenance(track_id, origin) VALUES (?, 'human') ON CONFLICT(track_id) DO NOTHING"_s);
    query.addBindValue(trackId);
    if (!query.exec())
        return fail(query.lastError().text());
    // The column name comes from the fixed map above, never from the caller.
    query.prepare(u"UPDATE provenance SET %1 = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                  "WHERE track_id = ?"_s.arg(provenanceColumns().value(field)));
    const bool nullable = field == u"paidAtGeneration" || field == u"generatedOn" || field == u"stems";
    query.addBindValue(
        normalized->isEmpty() && nullable ? QVariant(QMetaType::fromType<QString>()) : QVariant(*normalized));
    query.addBindValue(trackId);
    if (!query.exec())
        return fail(query.lastError().text());
    if (!transaction.commit())
        return fail(transaction.error());
    return true;
}

const QStringList &clearanceStatuses()
{
    static const QStringList statuses { u"missing"_s, u"requested"_s, u"pending"_s, u"cleared"_s,
        u"rejected"_s, u"expired"_s, u"not_needed"_s };
    return statuses;
}

bool updateClearanceStatus(QSqlDatabase db, qint64 itemId, const QString &status, QString *error)
{
    if (!clearanceStatuses().contains(status)) {
        if (error)
            *error = Text::tr("Unknown clearance status “%1”.").arg(status);
        return false;
    }
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    query.prepare(
        u"UPDATE clearance_items SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE id = ?"_s);
    query.addBindValue(status);
    query.addBindValue(itemId);
    if (!transaction.isActive() || !query.exec()) {
        if (error)
            *error = transaction.isActive() ? query.lastError().text() : transaction.error();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = Text::tr("The clearance item is no longer in the catalog.");
        return false;
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

std::optional<QList<ClearanceBoardRow>> clearanceBoard(QSqlDatabase db, QString *error)
{
    // The kinds that count only with their document, as SQL literals (a fixed list of our own).
    QStringList documented;
    for (const QString &kind : Readiness::documentedKinds())
        documented.append(u"'%1'"_s.arg(kind));
    const QString documentMissing
        = u"(c.document_asset_id IS NULL AND c.kind IN (%1))"_s.arg(documented.join(u", "_s));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT c.id, c.track_id, t.title, c.kind, c.status, coalesce(p.name, ''), c.territory, "
            "coalesce(c.valid_from, ''), coalesce(c.valid_until, ''), c.notes, %1 "
            "FROM clearance_items c JOIN tracks t ON t.id = c.track_id "
            "LEFT JOIN parties p ON p.id = c.counterparty_id "
            "WHERE c.status NOT IN ('cleared', 'not_needed') OR c.valid_until IS NOT NULL "
            "OR (c.status = 'cleared' AND %1) "
            "ORDER BY CASE c.status WHEN 'missing' THEN 0 WHEN 'requested' THEN 1 WHEN 'pending' THEN 2 "
            "WHEN 'rejected' THEN 3 WHEN 'expired' THEN 4 WHEN 'cleared' THEN 5 ELSE 6 END, "
            "c.valid_until IS NULL, c.valid_until, t.title, c.id"_s.arg(documentMissing))) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QList<ClearanceBoardRow> rows;
    while (query.next()) {
        rows.append({ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString(), dateOf(query.value(7)), dateOf(query.value(8)),
            query.value(9).toString(), query.value(10).toBool() });
    }
    return rows;
}

} // namespace Imprint::RightsQueries
