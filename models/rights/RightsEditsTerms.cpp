// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// RightsEdits, part two: the uploaded inputs of a provenance record and the AI tools' terms table.
#include "RightsEdits.h"

#include "catalog/SqlTransaction.h"
#include "rights/RightsEditsSql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

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

QDate dateIn(const QJsonObject &json, const QString &key)
{
    return QDate::fromString(json.value(key).toString().trimmed(), Qt::ISODate);
}

} // namespace

QJsonObject UploadedInput::toJson() const
{
    return { { u"id"_s, id }, { u"trackId"_s, trackId }, { u"kind"_s, kind },
        { u"description"_s, description }, { u"owner"_s, owner }, { u"permission"_s, permission },
        { u"documentAssetId"_s, documentAssetId }, { u"notes"_s, notes } };
}

UploadedInput UploadedInput::fromJson(const QJsonObject &json)
{
    UploadedInput input;
    input.id = json.value(u"id"_s).toInteger();
    input.trackId = json.value(u"trackId"_s).toInteger();
    input.kind = json.value(u"kind"_s).toString(input.kind);
    input.description = json.value(u"description"_s).toString().trimmed();
    input.owner = json.value(u"owner"_s).toString().trimmed();
    input.permission = json.value(u"permission"_s).toString(input.permission);
    input.documentAssetId = json.value(u"documentAssetId"_s).toInteger();
    input.notes = json.value(u"notes"_s).toString();
    return input;
}

QJsonObject ToolTerms::toJson() const
{
    return { { u"id"_s, id }, { u"tool"_s, tool }, { u"plan"_s, plan },
        { u"paid"_s, paid < 0 ? QJsonValue() : QJsonValue(paid == 1) }, { u"commercialUse"_s, commercialUse },
        { u"ownership"_s, ownership }, { u"recordedOn"_s, recordedOn.toString(Qt::ISODate) },
        { u"validFrom"_s, validFrom.toString(Qt::ISODate) },
        { u"validUntil"_s, validUntil.toString(Qt::ISODate) }, { u"source"_s, source },
        { u"example"_s, example } };
}

ToolTerms ToolTerms::fromJson(const QJsonObject &json)
{
    ToolTerms terms;
    terms.id = json.value(u"id"_s).toInteger();
    terms.tool = json.value(u"tool"_s).toString().trimmed();
    terms.plan = json.value(u"plan"_s).toString().trimmed();
    const QJsonValue paid = json.value(u"paid"_s);
    terms.paid = paid.isBool() ? int(paid.toBool()) : -1;
    terms.commercialUse = json.value(u"commercialUse"_s).toBool();
    terms.ownership = json.value(u"ownership"_s).toString(terms.ownership);
    terms.recordedOn = dateIn(json, u"recordedOn"_s);
    terms.validFrom = dateIn(json, u"validFrom"_s);
    terms.validUntil = dateIn(json, u"validUntil"_s);
    terms.source = json.value(u"source"_s).toString().trimmed();
    terms.example = json.value(u"example"_s).toBool();
    return terms;
}

const QStringList &inputKinds()
{
    static const QStringList kinds { u"audio"_s, u"lyrics"_s, u"melody"_s, u"image"_s, u"other"_s };
    return kinds;
}

const QStringList &inputPermissions()
{
    static const QStringList permissions { u"unknown"_s, u"own"_s, u"licensed"_s, u"public_domain"_s,
        u"not_permitted"_s };
    return permissions;
}

const QStringList &termsOwnerships()
{
    static const QStringList ownerships { u"user"_s, u"licensed"_s, u"vendor"_s };
    return ownerships;
}

QString validate(const UploadedInput &input)
{
    if (!inputKinds().contains(input.kind))
        return Text::tr("Unknown kind of input “%1”.").arg(input.kind);
    if (!inputPermissions().contains(input.permission))
        return Text::tr("Unknown permission “%1”.").arg(input.permission);
    if (input.description.trimmed().isEmpty())
        return Text::tr("Say what was uploaded (e.g. “my vocal demo”).");
    return {};
}

QString validate(const ToolTerms &terms)
{
    if (terms.tool.trimmed().isEmpty())
        return Text::tr("Enter the tool's name.");
    if (terms.plan.trimmed().isEmpty())
        return Text::tr("Enter the plan (e.g. Free, Pro).");
    if (!termsOwnerships().contains(terms.ownership))
        return Text::tr("Unknown ownership “%1”.").arg(terms.ownership);
    if (!terms.validFrom.isValid())
        return Text::tr("Enter the day these terms took effect (YYYY-MM-DD).");
    if (!terms.recordedOn.isValid())
        return Text::tr("Enter the day you read these terms (YYYY-MM-DD).");
    if (terms.validUntil.isValid() && terms.validUntil < terms.validFrom)
        return Text::tr("The terms end (%1) before they start (%2).")
            .arg(terms.validUntil.toString(Qt::ISODate), terms.validFrom.toString(Qt::ISODate));
    return {};
}

bool saveUploadedInput(QSqlDatabase db, const UploadedInput &input, QString *error)
{
    if (const QString problem = validate(input); !problem.isEmpty())
        return fail(error, problem);
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return fail(error, transaction.error());
    const auto owner = partyByName(db, input.owner, error);
    if (!owner)
        return false;
    if (!execute(db,
            u"INSERT INTO provenance_inputs(id, track_id, kind, description, owner_party_id, permission, "
            "asset_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "kind = excluded.kind, description = excluded.description, "
            "owner_party_id = excluded.owner_party_id, permission = excluded.permission, "
            "asset_id = excluded.asset_id, notes = excluded.notes"_s,
            { input.id, input.trackId, input.kind, input.description, nullableId(*owner), input.permission,
                nullableId(input.documentAssetId), text(input.notes) },
            error))
        return false;
    return transaction.commit() || fail(error, transaction.error());
}

bool removeUploadedInput(QSqlDatabase db, qint64 id, QString *error)
{
    return execute(db, u"DELETE FROM provenance_inputs WHERE id = ?"_s, { id }, error);
}

bool setProvenanceRecorded(QSqlDatabase db, qint64 trackId, bool recorded, QString *error)
{
    return recorded ? execute(db,
                          u"INSERT INTO provenance(track_id, origin) VALUES (?, 'human') "
                          "ON CONFLICT(track_id) DO NOTHING"_s,
                          { trackId }, error)
                    : execute(db, u"DELETE FROM provenance WHERE track_id = ?"_s, { trackId }, error);
}

bool saveToolTerms(QSqlDatabase db, const ToolTerms &terms, QString *error)
{
    if (const QString problem = validate(terms); !problem.isEmpty())
        return fail(error, problem);
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return fail(error, transaction.error());
    // The table's UNIQUE is exact; a user typing "suno" for "Suno" means the same tool.
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM ai_tool_terms WHERE id <> ? AND tool = ? COLLATE NOCASE "
                  "AND plan = ? COLLATE NOCASE AND valid_from = ?"_s);
    query.addBindValue(terms.id);
    query.addBindValue(terms.tool);
    query.addBindValue(terms.plan);
    query.addBindValue(terms.validFrom.toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return fail(error, query.lastError().text());
    if (query.value(0).toInt() > 0)
        return fail(error,
            Text::tr("The table already has terms for %1 (%2) from %3.")
                .arg(terms.tool, terms.plan, terms.validFrom.toString(Qt::ISODate)));
    if (!execute(db,
            u"INSERT INTO ai_tool_terms(id, tool, plan, paid, commercial_use, ownership, recorded_on, "
            "valid_from, valid_until, source, example) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET tool = excluded.tool, plan = excluded.plan, paid = excluded.paid, "
            "commercial_use = excluded.commercial_use, ownership = excluded.ownership, "
            "recorded_on = excluded.recorded_on, valid_from = excluded.valid_from, "
            "valid_until = excluded.valid_until, source = excluded.source, example = excluded.example"_s,
            { terms.id, terms.tool, terms.plan,
                terms.paid < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(terms.paid),
                int(terms.commercialUse), terms.ownership, terms.recordedOn.toString(Qt::ISODate),
                terms.validFrom.toString(Qt::ISODate), nullableDate(terms.validUntil), text(terms.source),
                int(terms.example) },
            error))
        return false;
    return transaction.commit() || fail(error, transaction.error());
}

bool removeToolTerms(QSqlDatabase db, qint64 id, QString *error)
{
    return execute(db, u"DELETE FROM ai_tool_terms WHERE id = ?"_s, { id }, error);
}

} // namespace Imprint::RightsEdits
