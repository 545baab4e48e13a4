// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "EditConflicts.h"

#include "catalog/TrackQueries.h"
#include "credits/CreditsCatalog.h"
#include "editing/FieldNames.h"
#include "quality/ProfileFields.h"
#include "releases/ReleaseCatalog.h"
#include "releases/ReleaseTrackList.h"
#include "rights/RightsCatalog.h"
#include "rights/RightsRecordText.h"
#include "schedule/PlanConflicts.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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
    const auto shown = [&field](const QString &value) {
        if (field == CreditsCatalog::trackCreditsField)
            return FieldNames::shownCredits(value);
        if (field == CreditsCatalog::masterSharesField || field == CreditsCatalog::workSharesField)
            return FieldNames::shownShares(value);
        return value.isEmpty() ? QCoreApplication::translate("CatalogSession", "(not set)") : value;
    };
    QString kind = u"track"_s;
    if (field == CreditsCatalog::workSharesField || field.startsWith(CreditsCatalog::workFieldPrefix))
        kind = u"work"_s;
    else if (field.startsWith(CreditsCatalog::partyFieldPrefix))
        kind = u"party"_s;
    QVariantMap map = conflict(kind, recordId, record, field, FieldNames::creditsFieldTitle(field), yours,
        theirs, shown(yours), shown(theirs));
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
        PlanConflicts::shown(yours, theirs), PlanConflicts::shown(theirs, yours));
    map.insert(u"origin"_s, u"planning"_s);
    return map;
}

QVariantMap releaseTracks(qint64 releaseId, const QString &record, const QString &yours,
    const QString &theirs, const std::function<QString(qint64 trackId)> &title)
{
    // "1. Song A, 2. Song B", each disc after the first named: "…; Disc 2: 1. Song C".
    const auto shown = [&title](const QString &text) {
        const auto list = ReleaseTrackList::decode(text).value_or(ReleaseTrackList::List());
        if (list.isEmpty())
            return QCoreApplication::translate("EditConflicts", "(no tracks)");
        QStringList discs;
        QStringList tracks;
        int disc = list.constFirst().disc;
        const auto endDisc = [&] {
            const QString joined = tracks.join(u", "_s);
            discs.append(discs.isEmpty() && disc == 1
                    ? joined
                    : QCoreApplication::translate("EditConflicts", "Disc %1: %2").arg(disc).arg(joined));
            tracks.clear();
        };
        for (const ReleaseTrackList::Placement &placement : list) {
            if (placement.disc != disc) {
                endDisc();
                disc = placement.disc;
            }
            tracks.append(u"%1. %2"_s.arg(tracks.size() + 1).arg(title(placement.trackId)));
        }
        endDisc();
        return discs.join(u"; "_s);
    };
    QVariantMap map = conflict(u"release"_s, releaseId, record, ReleaseCatalog::trackListField,
        QCoreApplication::translate("EditConflicts", "Running order"), yours, theirs, shown(yours),
        shown(theirs));
    map.insert(u"origin"_s, u"runningOrder"_s);
    return map;
}

QVariantMap releaseArtwork(qint64 releaseId, const QString &record, const QString &yours,
    const QString &theirs, const QString &yoursName, const QString &theirsName)
{
    const auto shown = [](const QString &name) {
        return name.isEmpty() ? QCoreApplication::translate("EditConflicts", "(no cover)") : name;
    };
    QVariantMap map = conflict(u"release"_s, releaseId, record, u"artwork"_s,
        QCoreApplication::translate("EditConflicts", "Cover"), yours, theirs, shown(yoursName),
        shown(theirsName));
    map.insert(u"origin"_s, u"artwork"_s);
    return map;
}

QVariantMap versionLink(qint64 trackId, const QString &record, const QString &yours, const QString &theirs,
    const std::function<QString(qint64 trackId)> &title)
{
    const auto shown = [&title](const QString &originalId) {
        const qint64 id = originalId.toLongLong();
        //: A recording linked to no original: it is an original itself
        return id > 0 ? title(id) : QCoreApplication::translate("EditConflicts", "(none: an original)");
    };
    QVariantMap map = conflict(u"track"_s, trackId, record, u"versions.original"_s,
        QCoreApplication::translate("EditConflicts", "Version of"), yours, theirs, shown(yours),
        shown(theirs));
    map.insert(u"origin"_s, u"versions"_s);
    return map;
}

QVariantMap qualityProfile(
    const QString &field, const QString &yours, const QString &theirs, const QStringList &fields)
{
    const auto profile = [](const QString &json) {
        return QualityProfile::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), nullptr)
            .value_or(QualityProfile());
    };
    const QualityProfile mine = profile(yours);
    const QualityProfile stored = profile(theirs);
    QStringList labels;
    QStringList yoursText;
    QStringList theirsText;
    for (const QString &name : fields) {
        const ProfileField *described = ProfileFields::find(name);
        const QString label = described ? described->label : name;
        const QString yoursValue = ProfileFields::shownValue(name, ProfileFields::text(mine, name));
        const QString theirsValue = ProfileFields::shownValue(name, ProfileFields::text(stored, name));
        labels.append(label);
        // One threshold by its value; several each by its name (a reset changes many).
        yoursText.append(fields.size() == 1 ? yoursValue : u"%1: %2"_s.arg(label, yoursValue));
        theirsText.append(fields.size() == 1 ? theirsValue : u"%1: %2"_s.arg(label, theirsValue));
    }
    QVariantMap map = conflict(u"profile"_s, 0, stored.name, field, labels.join(u", "_s), yours, theirs,
        yoursText.join(u'\n'), theirsText.join(u'\n'));
    map.insert(u"origin"_s, u"quality"_s);
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
