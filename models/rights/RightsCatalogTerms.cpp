// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// RightsCatalog, part three: the uploaded inputs of the current track and the AI tools' terms
// table, each record travelling through the edit history as JSON text like the others.
#include "RightsCatalog.h"

#include "editing/EditHistory.h"
#include "rights/ClearanceBoardModel.h"
#include "rights/RightsEdits.h"
#include "rights/RightsRecordText.h"
#include "rights/RightsReport.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Imprint
{

using RightsRecordText::inputKindName;
using RightsRecordText::jsonObject;
using RightsRecordText::jsonText;
using RightsRecordText::permissionName;

namespace
{

// The terms as the dialog sends them: paid as "", "0" or "1".
RightsEdits::ToolTerms termsFromMap(const QVariantMap &map)
{
    QJsonObject json = QJsonObject::fromVariantMap(map);
    const QString paid = map.value(u"paid"_s).toString();
    json.insert(u"paid"_s, paid.isEmpty() ? QJsonValue() : QJsonValue(paid == u"1"));
    return RightsEdits::ToolTerms::fromJson(json);
}

} // namespace

const TrackFacts *RightsCatalog::trackOfInput(qint64 inputId, InputFact *input) const
{
    const TrackFacts *facts = factsOf(m_owners.inputs.value(inputId));
    const InputFact *found = facts ? recordById(facts->inputs, inputId) : nullptr;
    if (found)
        *input = *found;
    return found ? facts : nullptr;
}

QVariantList RightsCatalog::inputs() const
{
    const TrackFacts *facts = factsOf(m_currentTrackId);
    if (!facts)
        return {};
    QVariantList list;
    for (const InputFact &input : facts->inputs) {
        list.append(QVariantMap { { u"id"_s, input.id }, { u"kind"_s, input.kind },
            { u"kindName"_s, inputKindName(input.kind) }, { u"description"_s, input.description },
            { u"owner"_s, input.owner }, { u"permission"_s, input.permission },
            { u"permissionName"_s, permissionName(input.permission) }, { u"notes"_s, input.notes },
            { u"documentAssetId"_s, input.documentAssetId },
            { u"documentPath"_s, facts->documents.value(input.documentAssetId).path },
            { u"documentState"_s,
                input.documentAssetId ? RightsReport::documentState(*facts, input.documentAssetId)
                                      : QString() } });
    }
    return list;
}

QVariantList RightsCatalog::choices(const QString &set) const
{
    QVariantList list;
    const auto add = [&list](const QStringList &values, QString (*name)(const QString &)) {
        for (const QString &value : values)
            list.append(QVariantMap { { u"value"_s, value }, { u"text"_s, name(value) } });
    };
    if (set == u"inputKinds")
        add(RightsEdits::inputKinds(), inputKindName);
    else if (set == u"inputPermissions")
        add(RightsEdits::inputPermissions(), permissionName);
    else if (set == u"ownerships")
        add(RightsEdits::termsOwnerships(), ToolTermsModel::ownershipName);
    return list;
}

bool RightsCatalog::saveInput(const QVariantMap &map)
{
    RightsEdits::UploadedInput input = RightsEdits::UploadedInput::fromJson(QJsonObject::fromVariantMap(map));
    if (const QString problem = RightsEdits::validate(input); !problem.isEmpty()) {
        Q_EMIT errorOccurred(problem);
        return false;
    }
    QString before;
    if (input.id != 0) {
        before = recordText(inputField, input.id);
        if (before.isEmpty()) {
            Q_EMIT errorOccurred(tr("The uploaded input is no longer in the catalog."));
            return false;
        }
        const RightsEdits::UploadedInput old = RightsEdits::UploadedInput::fromJson(jsonObject(before));
        input.trackId = old.trackId;
        if (!map.contains(u"documentAssetId"_s)) // the form edits the fields, not the document
            input.documentAssetId = old.documentAssetId;
    } else {
        if (m_matrix.rowOf(input.trackId) < 0) {
            Q_EMIT errorOccurred(tr("The track is no longer in the catalog."));
            return false;
        }
        input.id = m_lastInputId = std::max(m_lastInputId, m_owners.lastInput) + 1;
    }
    recordRecord(inputField, input.id, before, jsonText(input.toJson()),
        before.isEmpty() ? tr("Add Uploaded Input") : tr("Uploaded Input Change"));
    return true;
}

bool RightsCatalog::removeInput(qint64 inputId)
{
    const QString before = recordText(inputField, inputId);
    if (before.isEmpty()) {
        Q_EMIT errorOccurred(tr("The uploaded input is no longer in the catalog."));
        return false;
    }
    recordRecord(inputField, inputId, before, QString(), tr("Remove Uploaded Input"));
    return true;
}

bool RightsCatalog::linkInputDocument(qint64 inputId, qint64 assetId)
{
    const QString before = recordText(inputField, inputId);
    if (before.isEmpty())
        return false;
    RightsEdits::UploadedInput input = RightsEdits::UploadedInput::fromJson(jsonObject(before));
    input.documentAssetId = assetId;
    recordRecord(inputField, inputId, before, jsonText(input.toJson()), tr("Attach Licence"));
    return true;
}

QString RightsCatalog::termsProblem(const QVariantMap &map) const
{
    // Dates the user typed but that are not dates are refused, not silently dropped.
    for (const QString &key : { u"validFrom"_s, u"validUntil"_s, u"recordedOn"_s }) {
        const QString text = map.value(key).toString().trimmed();
        if (!text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid())
            return tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text);
    }
    const RightsEdits::ToolTerms terms = termsFromMap(map);
    if (const QString problem = RightsEdits::validate(terms); !problem.isEmpty())
        return problem;
    for (const ToolTermsFact &row : m_terms.rows()) {
        if (row.id != terms.id && row.tool.compare(terms.tool, Qt::CaseInsensitive) == 0
            && row.plan.compare(terms.plan, Qt::CaseInsensitive) == 0 && row.validFrom == terms.validFrom)
            return tr("The table already has terms for %1 (%2) from %3: edit that row instead.")
                .arg(row.tool, row.plan, row.validFrom.toString(Qt::ISODate));
    }
    return {};
}

bool RightsCatalog::saveTerms(const QVariantMap &map)
{
    if (const QString problem = termsProblem(map); !problem.isEmpty()) {
        Q_EMIT errorOccurred(problem);
        return false;
    }
    RightsEdits::ToolTerms terms = termsFromMap(map);
    QString before;
    if (terms.id != 0) {
        before = recordText(termsField, terms.id);
        if (before.isEmpty()) {
            Q_EMIT errorOccurred(tr("These terms are no longer in the table."));
            return false;
        }
    } else {
        qint64 highest = m_lastTermsId;
        for (const ToolTermsFact &row : m_terms.rows())
            highest = std::max(highest, row.id);
        terms.id = m_lastTermsId = highest + 1;
    }
    recordRecord(termsField, terms.id, before, jsonText(terms.toJson()),
        before.isEmpty() ? tr("Add Tool Terms") : tr("Tool Terms Change"));
    return true;
}

bool RightsCatalog::removeTerms(qint64 termsId)
{
    const QString before = recordText(termsField, termsId);
    if (before.isEmpty()) {
        Q_EMIT errorOccurred(tr("These terms are no longer in the table."));
        return false;
    }
    recordRecord(termsField, termsId, before, QString(), tr("Remove Tool Terms"));
    return true;
}

} // namespace Imprint
