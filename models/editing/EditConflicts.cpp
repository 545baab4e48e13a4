// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "EditConflicts.h"

#include "catalog/TrackQueries.h"
#include "credits/CreditsCatalog.h"
#include "editing/FieldNames.h"
#include "rights/RightsCatalog.h"
#include "rights/RightsRecordText.h"
#include "schedule/PlanConflicts.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::EditConflicts
{

namespace
{

QVariantMap conflict(const QString &kind, qint64 recordId, const QString &record, const QString &field,
    const QString &fieldName, const QString &yours, const QString &theirs, const QString &yoursText,
    const QString &theirsText)
{
    return { { u"kind"_s, kind }, { u"recordId"_s, recordId }, { u"record"_s, record }, { u"field"_s, field },
        { u"fieldName"_s, fieldName }, { u"yours"_s, yours }, { u"theirs"_s, theirs },
        { u"yoursText"_s, yoursText }, { u"theirsText"_s, theirsText } };
}

} // namespace

QVariantMap trackField(
    qint64 trackId, const QString &record, const QString &field, const QString &yours, const QString &theirs)
{
    const auto editable = *TrackQueries::editableField(field);
    return conflict(u"track"_s, trackId, record, field, FieldNames::trackFieldTitle(editable), yours, theirs,
        FieldNames::shownValue(editable, yours), FieldNames::shownValue(editable, theirs));
}

QVariantMap releaseField(qint64 releaseId, const QString &record, const QString &field, const QString &yours,
    const QString &theirs)
{
    // Shown as the track pane shows its fields: explicit in words, the rest as text.
    const auto shownAs
        = field == u"explicit" ? TrackQueries::EditableField::Explicit : TrackQueries::EditableField::Title;
    return conflict(u"release"_s, releaseId, record, field, FieldNames::releaseFieldTitle(field), yours,
        theirs, FieldNames::shownValue(shownAs, yours), FieldNames::shownValue(shownAs, theirs));
}

QVariantMap creditsSet(
    qint64 recordId, const QString &record, const QString &field, const QString &yours, const QString &theirs)
{
    const bool credits = field == CreditsCatalog::trackCreditsField;
    const auto shown = [credits](const QString &set) {
        return credits ? FieldNames::shownCredits(set) : FieldNames::shownShares(set);
    };
    QVariantMap map = conflict(field == CreditsCatalog::workSharesField ? u"work"_s : u"track"_s, recordId,
        record, field, FieldNames::creditsFieldTitle(field), yours, theirs, shown(yours), shown(theirs));
    map.insert(u"origin"_s, u"credits"_s);
    return map;
}

QVariantMap rightsRecord(
    qint64 recordId, const QString &record, const QString &field, const QString &yours, const QString &theirs)
{
    QVariantMap map = conflict(field == RightsCatalog::termsField ? u"terms"_s : u"track"_s, recordId, record,
        field, RightsRecordText::fieldTitle(field), yours, theirs, RightsRecordText::shown(field, yours),
        RightsRecordText::shown(field, theirs));
    map.insert(u"origin"_s, u"rights"_s);
    return map;
}

QVariantMap releasePlan(qint64 releaseId, const QString &record, const QString &yours, const QString &theirs)
{
    QVariantMap map = conflict(u"release"_s, releaseId, record, u"plan"_s,
        QCoreApplication::translate("EditConflicts", "Release plan"), yours, theirs,
        PlanConflicts::shown(yours), PlanConflicts::shown(theirs));
    map.insert(u"origin"_s, u"planning"_s);
    return map;
}

void enqueue(QList<QVariantMap> &waiting, const QVariantMap &conflict)
{
    const auto sameField = [&conflict](const QVariantMap &other) {
        return other.value(u"kind"_s) == conflict.value(u"kind"_s)
            && other.value(u"recordId"_s) == conflict.value(u"recordId"_s)
            && other.value(u"field"_s) == conflict.value(u"field"_s);
    };
    if (const auto found = std::ranges::find_if(waiting, sameField); found != waiting.end())
        *found = conflict;
    else
        waiting.append(conflict);
}

} // namespace Imprint::EditConflicts
