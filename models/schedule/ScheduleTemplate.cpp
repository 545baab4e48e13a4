// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ScheduleTemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

// Text::tr() files messages under "ScheduleTemplate", the context they are looked up under at run time
// (a tr() inside Imprint::ScheduleTemplate would be filed under the namespaced name and never found).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)
};

// DESIGN.md §7. The delivery offset differs by release type; everything else is shared.
struct DefaultRow {
    const char *key;
    const char *name;
    int offsetDays;
    int hardLimitOffsetDays; // noHardLimit when there is none
    bool required;
};
constexpr int noHardLimit = 1 << 30;
constexpr int deliveryPlaceholder = 1 << 29;

constexpr DefaultRow defaultRows[] = {
    { "masters_final", QT_TRANSLATE_NOOP("ScheduleTemplate", "Masters final"), -35, noHardLimit, true },
    { "artwork_final", QT_TRANSLATE_NOOP("ScheduleTemplate", "Artwork final"), -35, noHardLimit, true },
    { "metadata_locked", QT_TRANSLATE_NOOP("ScheduleTemplate", "Metadata and identifiers locked"), -28,
        noHardLimit, true },
    { "delivery", QT_TRANSLATE_NOOP("ScheduleTemplate", "Delivered to distributor"), deliveryPlaceholder,
        noHardLimit, true },
    { "editorial_pitch", QT_TRANSLATE_NOOP("ScheduleTemplate", "Editorial pitch submitted"), -14, -7, false },
    { "announcement", QT_TRANSLATE_NOOP("ScheduleTemplate", "Announcement and pre-save"), -14, noHardLimit,
        false },
    { "release", QT_TRANSLATE_NOOP("ScheduleTemplate", "Release"), 0, noHardLimit, true },
    { "post_release_review", QT_TRANSLATE_NOOP("ScheduleTemplate", "Post-release review"), 7, noHardLimit,
        false },
};

const DefaultRow *defaultRow(QStringView key)
{
    for (const DefaultRow &row : defaultRows) {
        if (key == QLatin1StringView(row.key))
            return &row;
    }
    return nullptr;
}

int deliveryOffset(QStringView releaseType)
{
    // Albums and compilations have more to check at the distributor, hence the longer lead.
    return releaseType == u"album" || releaseType == u"compilation" ? -35 : -21;
}

QString fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return message;
}

} // namespace

const QStringList &ScheduleTemplate::releaseTypes()
{
    static const QStringList types { u"single"_s, u"ep"_s, u"album"_s, u"compilation"_s };
    return types;
}

ScheduleTemplate ScheduleTemplate::defaultFor(const QString &releaseType)
{
    ScheduleTemplate result;
    result.releaseType = releaseType;
    for (const DefaultRow &row : defaultRows) {
        MilestoneDefinition definition;
        definition.key = QString::fromLatin1(row.key);
        definition.name = QCoreApplication::translate("ScheduleTemplate", row.name);
        definition.offsetDays
            = row.offsetDays == deliveryPlaceholder ? deliveryOffset(releaseType) : row.offsetDays;
        if (row.hardLimitOffsetDays != noHardLimit)
            definition.hardLimitOffsetDays = row.hardLimitOffsetDays;
        definition.required = row.required;
        result.milestones.append(definition);
    }
    return result;
}

QList<ScheduleTemplate> ScheduleTemplate::defaults()
{
    QList<ScheduleTemplate> result;
    for (const QString &type : releaseTypes())
        result.append(defaultFor(type));
    return result;
}

const MilestoneDefinition *ScheduleTemplate::definition(const QString &key) const
{
    for (const MilestoneDefinition &definition : milestones) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

QString ScheduleTemplate::shownName(const QString &key, const QString &storedName)
{
    const DefaultRow *row = defaultRow(key);
    return row && storedName == QLatin1StringView(row->name)
        ? QCoreApplication::translate("ScheduleTemplate", row->name)
        : storedName;
}

QString ScheduleTemplate::storedName(const QString &key, const QString &shownName)
{
    const DefaultRow *row = defaultRow(key);
    return row && shownName == QCoreApplication::translate("ScheduleTemplate", row->name)
        ? QString::fromLatin1(row->name)
        : shownName;
}

int ScheduleTemplate::distributorLeadDays() const
{
    const MilestoneDefinition *delivery = definition(deliveryKey);
    return delivery && delivery->offsetDays < 0 ? -delivery->offsetDays : 0;
}

QString ScheduleTemplate::validate() const
{
    if (!releaseTypes().contains(releaseType))
        return Text::tr("unknown release type “%1”").arg(releaseType);
    QSet<QString> keys;
    for (const MilestoneDefinition &definition : milestones) {
        if (definition.key.trimmed().isEmpty())
            return Text::tr("a milestone has no key");
        if (keys.contains(definition.key))
            return Text::tr("the key “%1” is used twice").arg(definition.key);
        keys.insert(definition.key);
        if (definition.name.trimmed().isEmpty())
            return Text::tr("the milestone “%1” has no name").arg(definition.key);
        if (std::abs(definition.offsetDays) > maxOffsetDays)
            return Text::tr("the milestone “%1” is more than ten years from the release").arg(definition.key);
        if (definition.hardLimitOffsetDays) {
            if (std::abs(*definition.hardLimitOffsetDays) > maxOffsetDays)
                return Text::tr("the hard limit of “%1” is more than ten years from the release")
                    .arg(definition.key);
            if (*definition.hardLimitOffsetDays < definition.offsetDays)
                return Text::tr("the hard limit of “%1” is before its due date").arg(definition.key);
        }
    }
    return {};
}

QJsonObject ScheduleTemplate::toJson() const
{
    QJsonArray list;
    for (const MilestoneDefinition &definition : milestones) {
        QJsonObject item { { u"key"_s, definition.key }, { u"name"_s, definition.name },
            { u"offsetDays"_s, definition.offsetDays }, { u"required"_s, definition.required } };
        if (definition.hardLimitOffsetDays)
            item.insert(u"hardLimitOffsetDays"_s, *definition.hardLimitOffsetDays);
        list.append(item);
    }
    return { { u"releaseType"_s, releaseType }, { u"milestones"_s, list } };
}

std::optional<ScheduleTemplate> ScheduleTemplate::fromJson(const QJsonObject &json, QString *error)
{
    // Offsets must be whole numbers: JSON has only doubles, and 1.5 days is not a date.
    const auto wholeDays = [](const QJsonValue &value, int *out) {
        if (!value.isDouble() || value.toDouble() != double(value.toInteger())
            || std::abs(value.toInteger()) > maxOffsetDays)
            return false;
        *out = int(value.toInteger());
        return true;
    };
    ScheduleTemplate result;
    result.releaseType = json.value(u"releaseType"_s).toString();
    if (!json.value(u"milestones"_s).isArray()) {
        fail(error, Text::tr("the template for “%1” has no milestone list").arg(result.releaseType));
        return std::nullopt;
    }
    for (const QJsonValue &value : json.value(u"milestones"_s).toArray()) {
        const QJsonObject item = value.toObject();
        MilestoneDefinition definition;
        definition.key = item.value(u"key"_s).toString();
        definition.name = item.value(u"name"_s).toString();
        definition.required = item.value(u"required"_s).toBool();
        if (!wholeDays(item.value(u"offsetDays"_s), &definition.offsetDays)) {
            fail(error,
                Text::tr("the milestone “%1” needs offsetDays as a whole number of days within ten years")
                    .arg(definition.key));
            return std::nullopt;
        }
        if (item.contains(u"hardLimitOffsetDays"_s) && !item.value(u"hardLimitOffsetDays"_s).isNull()) {
            int hardLimit = 0;
            if (!wholeDays(item.value(u"hardLimitOffsetDays"_s), &hardLimit)) {
                fail(error,
                    Text::tr("the hard limit of “%1” is not a whole number of days").arg(definition.key));
                return std::nullopt;
            }
            definition.hardLimitOffsetDays = hardLimit;
        }
        result.milestones.append(definition);
    }
    if (const QString problem = result.validate(); !problem.isEmpty()) {
        fail(error, problem);
        return std::nullopt;
    }
    return result;
}

QByteArray ScheduleTemplate::toJsonDocument(const QList<ScheduleTemplate> &templates)
{
    QJsonArray list;
    for (const ScheduleTemplate &scheduleTemplate : templates)
        list.append(scheduleTemplate.toJson());
    return QJsonDocument(QJsonObject { { u"version"_s, 1 }, { u"templates"_s, list } }).toJson();
}

std::optional<QList<ScheduleTemplate>> ScheduleTemplate::fromJsonDocument(
    const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        fail(error,
            QCoreApplication::translate("ScheduleTemplate", "not a template file: %1")
                .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (document.object().value(u"version"_s).toInt() != 1) {
        fail(error, QCoreApplication::translate("ScheduleTemplate", "unsupported template file version"));
        return std::nullopt;
    }
    QList<ScheduleTemplate> result;
    for (const QJsonValue &value : document.object().value(u"templates"_s).toArray()) {
        auto scheduleTemplate = fromJson(value.toObject(), error);
        if (!scheduleTemplate)
            return std::nullopt;
        result.append(*scheduleTemplate);
    }
    return result;
}

} // namespace Imprint
