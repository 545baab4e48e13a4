// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "RightsRecordText.h"

#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"
#include "rights/ClearanceBoardModel.h"
#include "rights/RightsCatalog.h"
#include "rights/RightsQueries.h"
#include "rights/ToolTermsModel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::RightsRecordText
{

namespace
{

// Text::tr() files these under RightsCatalog, where lupdate finds them and where the page's
// own names of kinds and elements already are.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RightsCatalog)
};

// The records whose history text is their JSON, by field: their table, and the key of a
// party's name in the JSON.
struct RecordTable {
    QLatin1StringView field;
    QString table;
    QString partyKey;
};

const RecordTable *recordTable(const QString &field)
{
    static const RecordTable tables[] = {
        { RightsCatalog::clearanceItemField, u"clearance_items"_s, u"counterparty"_s },
        { RightsCatalog::clearanceStatusField, u"clearance_items"_s, {} },
        { RightsCatalog::contributionField, u"human_contributions"_s, u"party"_s },
        { RightsCatalog::inputField, u"provenance_inputs"_s, u"owner"_s },
        { RightsCatalog::termsField, u"ai_tool_terms"_s, {} },
    };
    const auto found
        = std::ranges::find_if(tables, [&field](const RecordTable &t) { return t.field == field; });
    return found == std::end(tables) ? nullptr : found;
}

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

// The track a record belongs to, 0 when the record is not there. The row (or, when it is not
// there, the table) stays locked against other writers until the transaction ends.
std::optional<qint64> lockedOwner(QSqlDatabase db, const RecordTable &record, qint64 id, QString *error)
{
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery query(db);
    const bool hasTrack = record.table != u"ai_tool_terms";
    for (bool tableLocked = false;; tableLocked = true) {
        if (const QString lock = dialect.lockRowQuery(record.table); !lock.isEmpty() && !tableLocked) {
            query.prepare(lock);
            query.addBindValue(id);
            if (!run(query, error))
                return std::nullopt;
        }
        query.prepare(
            u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(hasTrack ? u"track_id"_s : u"id"_s, record.table));
        query.addBindValue(id);
        if (!run(query, error))
            return std::nullopt;
        if (query.next())
            return query.value(0).toLongLong();
        // Not there: nobody may add it with this id before this write does (read again after).
        const QString lockTable = dialect.lockAgainstWriters(record.table);
        if (lockTable.isEmpty() || tableLocked)
            return 0;
        if (!query.exec(lockTable)) {
            *error = query.lastError().text();
            return std::nullopt;
        }
    }
}

std::optional<TrackFacts> factsOf(QSqlDatabase db, const QString &root, qint64 trackId, QString *error)
{
    auto facts = RightsQueries::trackFacts(db, root, QDate::currentDate(), trackId, error);
    if (!facts)
        return std::nullopt;
    return facts->isEmpty() ? TrackFacts() : facts->takeFirst();
}

// The text of a record of a track's facts (empty when the track has none with that id).
QString recordTextOf(const TrackFacts &facts, const QString &field, qint64 id)
{
    if (field == RightsCatalog::clearanceItemField || field == RightsCatalog::clearanceStatusField) {
        for (const ClearanceFact &fact : facts.clearances) {
            if (fact.id == id)
                return field == RightsCatalog::clearanceStatusField
                    ? fact.status
                    : jsonText(clearanceItemOf(facts, fact).toJson());
        }
    } else if (field == RightsCatalog::contributionField) {
        for (const ContributionFact &fact : facts.contributions) {
            if (fact.id == id)
                return jsonText(contributionOf(facts, fact).toJson());
        }
    } else if (field == RightsCatalog::inputField) {
        for (const InputFact &fact : facts.inputs) {
            if (fact.id == id)
                return jsonText(inputOf(facts, fact).toJson());
        }
    }
    return {};
}

QString normalized(const QString &field, const QString &text)
{
    const RecordTable *record = recordTable(field);
    if (!record || record->field == RightsCatalog::clearanceStatusField || text.isEmpty())
        return text.trimmed();
    QJsonObject json = jsonObject(text);
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it->isString())
            *it = it.key() == record->partyKey ? it->toString().trimmed().toCaseFolded()
                                               : it->toString().trimmed();
    }
    return jsonText(json);
}

QString dateRange(const QString &from, const QString &until)
{
    if (from.isEmpty() && until.isEmpty())
        return {};
    return u"%1 – %2"_s.arg(from.isEmpty() ? u"…"_s : from, until.isEmpty() ? u"…"_s : until);
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(u", "_s);
}

} // namespace

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

RightsEdits::ClearanceItem clearanceItemOf(const TrackFacts &facts, const ClearanceFact &fact)
{
    return { fact.id, facts.trackId, fact.kind, fact.status, fact.counterparty, fact.documentAssetId,
        fact.territory, fact.validFrom, fact.validUntil, fact.notes };
}

RightsEdits::Contribution contributionOf(const TrackFacts &facts, const ContributionFact &fact)
{
    QList<qint64> evidence = fact.evidenceAssetIds;
    std::sort(evidence.begin(), evidence.end());
    return { fact.id, facts.trackId, fact.element, fact.partyName, fact.description, evidence };
}

RightsEdits::UploadedInput inputOf(const TrackFacts &facts, const InputFact &fact)
{
    return { fact.id, facts.trackId, fact.kind, fact.description, fact.owner, fact.permission,
        fact.documentAssetId, fact.notes };
}

RightsEdits::ToolTerms termsOf(const ToolTermsFact &fact)
{
    return { fact.id, fact.tool, fact.plan, fact.paid, fact.commercialUse, fact.ownership, fact.recordedOn,
        fact.validFrom, fact.validUntil, fact.source, fact.example };
}

QString provenanceText(const TrackFacts &facts, const QString &field)
{
    ProvenanceFacts fresh;
    fresh.origin = u"human"_s;
    const ProvenanceFacts p = facts.provenance.value_or(fresh);
    if (field == u"origin")
        return p.origin;
    if (field == u"tool")
        return p.tool;
    if (field == u"modelVersion")
        return p.modelVersion;
    if (field == u"plan")
        return p.plan;
    if (field == u"paidAtGeneration")
        return p.paidAtGeneration < 0 ? QString() : QString::number(p.paidAtGeneration);
    if (field == u"generatedOn")
        return p.generatedOn.isValid() ? p.generatedOn.toString(Qt::ISODate) : QString();
    if (field == u"songId")
        return p.songId;
    if (field == u"prompt")
        return p.prompt;
    if (field == u"stems")
        return p.stems;
    if (field == u"isCover")
        return p.isCover ? u"1"_s : u"0"_s;
    if (field == u"voiceLikeness")
        return p.voiceLikeness;
    return {};
}

std::optional<QString> stored(
    QSqlDatabase db, const QString &libraryRoot, const QString &field, qint64 recordId, QString *error)
{
    if (const RecordTable *record = recordTable(field)) {
        const auto owner = lockedOwner(db, *record, recordId, error);
        if (!owner || *owner == 0)
            return owner ? std::optional<QString>(QString()) : std::nullopt;
        if (field == RightsCatalog::termsField) {
            const auto terms = RightsQueries::allTerms(db, error);
            if (!terms)
                return std::nullopt;
            const auto found = std::ranges::find(*terms, recordId, &ToolTermsFact::id);
            return found == terms->cend() ? QString() : jsonText(termsOf(*found).toJson());
        }
        const auto facts = factsOf(db, libraryRoot, *owner, error);
        return facts ? std::optional<QString>(recordTextOf(*facts, field, recordId)) : std::nullopt;
    }
    // Provenance, its record and the voice consent belong to the track: its row is the lock.
    if (const QString lock = SqlDialect::of(db).lockRowQuery(u"tracks"_s); !lock.isEmpty()) {
        QSqlQuery query(db);
        query.prepare(lock);
        query.addBindValue(recordId);
        if (!run(query, error))
            return std::nullopt;
    }
    const auto facts = factsOf(db, libraryRoot, recordId, error);
    if (!facts)
        return std::nullopt;
    if (field == RightsCatalog::provenanceRecordField)
        return facts->provenance ? u"1"_s : u"0"_s;
    if (field == RightsCatalog::voiceConsentField)
        return QString::number(facts->provenance ? facts->provenance->voiceConsentAssetId : 0);
    if (field.startsWith(RightsCatalog::provenancePrefix))
        return provenanceText(*facts, field.mid(RightsCatalog::provenancePrefix.size()));
    *error = u"unknown rights field %1"_s.arg(field);
    return std::nullopt;
}

CheckedWrite writeIf(QSqlDatabase db, const QString &libraryRoot, const QString &field, qint64 recordId,
    const QString &expected, const QString &value,
    const std::function<bool(const QString &, QString *)> &change)
{
    CheckedWrite result;
    result.written = value;
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        result.error = transaction.error();
        return result;
    }
    const auto now = stored(db, libraryRoot, field, recordId, &result.error);
    if (!now)
        return result;
    // Someone else's change to exactly this value is no conflict: nothing of theirs is lost.
    if (!same(field, *now, expected) && !same(field, *now, value)) {
        const RecordTable *record = recordTable(field);
        const bool add = expected.isEmpty() && !value.isEmpty() && record
            && field != RightsCatalog::clearanceStatusField;
        if (!add) {
            result.theirs = *now;
            return result;
        }
        // Someone else's new record took this id: this one is saved under the next free one.
        QSqlQuery query(db);
        const QString lock = SqlDialect::of(db).lockAgainstWriters(record->table);
        if ((!lock.isEmpty() && !query.exec(lock))
            || !query.exec(u"SELECT coalesce(max(id), 0) + 1 FROM %1"_s.arg(record->table))
            || !query.next()) {
            result.error = query.lastError().text();
            return result;
        }
        result.movedTo = query.value(0).toLongLong();
        result.written = withId(value, result.movedTo);
    }
    if (!change(result.written, &result.error))
        return result;
    result.ok = transaction.commit();
    if (!result.ok)
        result.error = transaction.error();
    return result;
}

bool same(const QString &field, const QString &a, const QString &b)
{
    return a == b || normalized(field, a) == normalized(field, b);
}

QString withId(const QString &text, qint64 id)
{
    QJsonObject json = jsonObject(text);
    json.insert(u"id"_s, id);
    return jsonText(json);
}

QString fieldTitle(const QString &field)
{
    if (field == RightsCatalog::clearanceItemField)
        return Text::tr("Clearance item");
    if (field == RightsCatalog::clearanceStatusField)
        return Text::tr("Clearance status");
    if (field == RightsCatalog::contributionField)
        return Text::tr("Human contribution");
    if (field == RightsCatalog::inputField)
        return Text::tr("Uploaded input");
    if (field == RightsCatalog::termsField)
        return Text::tr("AI tool terms");
    if (field == RightsCatalog::provenanceRecordField)
        return Text::tr("Provenance record");
    if (field == RightsCatalog::voiceConsentField)
        return Text::tr("Voice consent document");
    const QString name = field.mid(RightsCatalog::provenancePrefix.size());
    if (name == u"origin")
        return Text::tr("Origin");
    if (name == u"tool")
        return Text::tr("Tool");
    if (name == u"modelVersion")
        return Text::tr("Model version");
    if (name == u"plan")
        return Text::tr("Plan at generation");
    if (name == u"paidAtGeneration")
        return Text::tr("Paid then?");
    if (name == u"generatedOn")
        return Text::tr("Generated on");
    if (name == u"songId")
        return Text::tr("Song or seed id");
    if (name == u"prompt")
        return Text::tr("Prompt");
    if (name == u"stems")
        return Text::tr("Stems");
    if (name == u"isCover")
        return Text::tr("Cover version");
    if (name == u"voiceLikeness")
        return Text::tr("Voice likeness");
    return name;
}

QString shown(const QString &field, const QString &text)
{
    if (text.isEmpty() && recordTable(field))
        return Text::tr("(removed)");
    if (field == RightsCatalog::clearanceStatusField)
        return ClearanceBoardModel::statusName(text);
    if (field == RightsCatalog::clearanceItemField) {
        const RightsEdits::ClearanceItem item = RightsEdits::ClearanceItem::fromJson(jsonObject(text));
        return joined({ ClearanceBoardModel::kindName(item.kind),
            ClearanceBoardModel::statusName(item.status), item.counterparty, item.territory,
            dateRange(item.validFrom.toString(Qt::ISODate), item.validUntil.toString(Qt::ISODate)),
            item.notes });
    }
    if (field == RightsCatalog::contributionField) {
        const RightsEdits::Contribution c = RightsEdits::Contribution::fromJson(jsonObject(text));
        return joined({ elementName(c.element), c.party, c.description,
            c.evidenceAssetIds.isEmpty()
                ? QString()
                : Text::tr("%n document(s)", nullptr, int(c.evidenceAssetIds.size())) });
    }
    if (field == RightsCatalog::inputField) {
        const RightsEdits::UploadedInput input = RightsEdits::UploadedInput::fromJson(jsonObject(text));
        return joined({ inputKindName(input.kind), input.description, input.owner,
            permissionName(input.permission), input.notes });
    }
    if (field == RightsCatalog::termsField) {
        const RightsEdits::ToolTerms terms = RightsEdits::ToolTerms::fromJson(jsonObject(text));
        return joined({ terms.tool, terms.plan,
            dateRange(terms.validFrom.toString(Qt::ISODate), terms.validUntil.toString(Qt::ISODate)),
            terms.commercialUse ? Text::tr("commercial use allowed") : Text::tr("no commercial use"),
            ToolTermsModel::ownershipName(terms.ownership) });
    }
    if (field == RightsCatalog::provenanceRecordField)
        return text == u"1" ? Text::tr("Recorded") : Text::tr("Not recorded");
    if (field == RightsCatalog::voiceConsentField)
        return text.toLongLong() > 0 ? Text::tr("A document is attached") : Text::tr("No document");
    const QString name = field.mid(RightsCatalog::provenancePrefix.size());
    if (name == u"isCover" || name == u"paidAtGeneration")
        return text.isEmpty() ? Text::tr("Not recorded") : text == u"1" ? Text::tr("Yes") : Text::tr("No");
    return text.isEmpty() ? Text::tr("(empty)") : text;
}

QString elementName(const QString &element)
{
    if (element == u"lyrics")
        return Text::tr("Lyrics");
    if (element == u"melody")
        return Text::tr("Melody");
    if (element == u"arrangement")
        return Text::tr("Arrangement");
    if (element == u"performance")
        return Text::tr("Performance");
    if (element == u"mix")
        return Text::tr("Mix");
    if (element == u"master")
        return Text::tr("Mastering");
    return element;
}

QString inputKindName(const QString &kind)
{
    if (kind == u"audio")
        return Text::tr("Audio");
    if (kind == u"lyrics")
        return Text::tr("Lyrics");
    if (kind == u"melody")
        return Text::tr("Melody");
    if (kind == u"image")
        return Text::tr("Image");
    return Text::tr("Other");
}

QString permissionName(const QString &permission)
{
    if (permission == u"own")
        return Text::tr("Mine");
    if (permission == u"licensed")
        return Text::tr("Licensed");
    if (permission == u"public_domain")
        return Text::tr("Public domain");
    if (permission == u"not_permitted")
        return Text::tr("Not permitted");
    return Text::tr("Not known yet");
}

} // namespace Imprint::RightsRecordText
