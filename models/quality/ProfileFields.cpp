// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ProfileFields.h"

#include "quality/QualityCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Imprint::ProfileFields
{

namespace
{

// lupdate records these under ProfileFields.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProfileFields)
};

using Kind = ProfileField::Kind;

QList<ProfileField> build()
{
    const QString lufs = u"LUFS"_s;
    const QString dbtp = u"dBTP"_s;
    const QString seconds = Text::tr("s");
    return {
        { u"containers"_s, Text::tr("File formats"), {}, u"must"_s, Kind::List, 0, 0, true },
        { u"minSampleRate"_s, Text::tr("Sample rate at least"), u"Hz"_s, u"must"_s, Kind::Integer, 8000,
            384000, true },
        { u"exactSampleRate"_s, Text::tr("Sample rate exactly"), u"Hz"_s, u"must"_s, Kind::Integer, 8000,
            384000, true },
        { u"minBitDepth"_s, Text::tr("Bit depth at least"), Text::tr("bit"), u"must"_s, Kind::Integer, 8, 32,
            true },
        { u"exactBitDepth"_s, Text::tr("Bit depth exactly"), Text::tr("bit"), u"must"_s, Kind::Integer, 8, 32,
            true },
        { u"exactChannels"_s, Text::tr("Channels"), {}, u"must"_s, Kind::Integer, 1, 8, true },
        { u"minDurationSeconds"_s, Text::tr("Duration at least"), seconds, u"must"_s, Kind::Number, 0, 3600,
            true },
        { u"failOnClipping"_s, Text::tr("Fail on clipping"), {}, u"must"_s, Kind::Switch, 0, 1, false },
        { u"maxLeadingSilenceSeconds"_s, Text::tr("Leading silence at most"), seconds, u"must"_s,
            Kind::Number, 0, 60, true },
        { u"targetLufs"_s, Text::tr("Integrated loudness target"), lufs, u"must"_s, Kind::Number, -70, 0,
            true },
        { u"targetToleranceLu"_s, Text::tr("Loudness tolerance (±)"), u"LU"_s, u"must"_s, Kind::Number, 0, 10,
            false },
        { u"maxTruePeakDbtp"_s, Text::tr("True peak at most"), dbtp, u"must"_s, Kind::Number, -20, 3, true },
        { u"warnTruePeakDbtp"_s, Text::tr("Warn: true peak above"), dbtp, u"warn"_s, Kind::Number, -20, 3,
            true },
        { u"loudTruePeakDbtp"_s, Text::tr("Warn: true peak above, for loud masters"), dbtp, u"warn"_s,
            Kind::Number, -20, 3, true },
        { u"loudAboveLufs"_s, Text::tr("Loud masters: louder than"), lufs, u"warn"_s, Kind::Number, -70, 0,
            true },
        { u"warnTrailingSilenceSeconds"_s, Text::tr("Warn: trailing silence above"), seconds, u"warn"_s,
            Kind::Number, 0, 600, true },
        { u"warnMinLufs"_s, Text::tr("Warn: loudness below"), lufs, u"warn"_s, Kind::Number, -70, 0, true },
        { u"warnMaxLufs"_s, Text::tr("Warn: loudness above"), lufs, u"warn"_s, Kind::Number, -70, 0, true },
        { u"warnLraLu"_s, Text::tr("Warn: loudness range above"), u"LU"_s, u"warn"_s, Kind::Number, 0, 50,
            true },
        { u"warnMissingVersions"_s, Text::tr("Warn: instrumental, stems or cut-downs missing"), {}, u"warn"_s,
            Kind::Switch, 0, 1, false },
        { u"referenceLufs"_s, Text::tr("Playback reference level"), lufs, u"report"_s, Kind::Number, -70, 0,
            true },
        { u"quietBelowLufs"_s, Text::tr("Warn: too quiet below"), lufs, u"report"_s, Kind::Number, -70, 0,
            true },
        { u"stemsInVerdict"_s, Text::tr("Stem checks count toward the verdict"), {}, u"stems"_s, Kind::Switch,
            0, 1, false },
        { u"stemLengthToleranceMs"_s, Text::tr("Stem length tolerance (±)"), Text::tr("ms"), u"stems"_s,
            Kind::Number, 0, 1000, false },
        { u"maxStemResidualDb"_s, Text::tr("Null-test residual at most"), u"dB"_s, u"stems"_s, Kind::Number,
            -120, 0, false },
        { u"cutdownToleranceMs"_s, Text::tr("Cut-down length tolerance (±)"), Text::tr("ms"), u"stems"_s,
            Kind::Number, 0, 1000, false },
    };
}

QString number(double value)
{
    // Plain digits for editing: no group separators, at most three decimals, no trailing zeros,
    // the user's decimal sign (parseNumber() reads it back).
    QString text = QString::number(value, 'f', 3);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    if (text == u"-0")
        return u"0"_s;
    return text.replace(u'.', QLocale().decimalPoint());
}

QString rangeText(const ProfileField &field)
{
    return field.unit.isEmpty()
        ? Text::tr("%1 must be between %2 and %3")
              .arg(field.label, formatLevel(field.minimum, 0), formatLevel(field.maximum, 0))
        : Text::tr("%1 must be between %2 and %3 %4")
              .arg(field.label, formatLevel(field.minimum, 0), formatLevel(field.maximum, 0), field.unit);
}

// Whether the text's first group of digits is a lone zero ("0.250" typed in German, "0,5" in
// English): the locale's grouping rules would take it for a thousands group, no one means that.
bool leadsWithZeroGroup(const QString &text, const QLocale &locale)
{
    const qsizetype separator = text.indexOf(locale.groupSeparator());
    if (separator < 0)
        return false;
    QStringView head = QStringView(text).left(separator);
    if (head.startsWith(u'-'))
        head = head.mid(1);
    return head == u"0" || head == locale.zeroDigit();
}

// Read as the user's locale writes numbers, its group separators included: German "1.000" is a
// thousand, "1,5" one and a half. What the locale cannot read is tried with its own decimal sign,
// a comma or a point as the decimal one ("-1.5" typed in German, "-1,5" in English, text that
// number() wrote with Latin digits); "−" (a real minus sign) is a minus.
std::optional<double> parseNumber(QString text)
{
    text = text.trimmed();
    text.replace(u'−', u'-');
    const QLocale locale;
    bool ok = false;
    double value = 0;
    if (!leadsWithZeroGroup(text, locale))
        value = locale.toDouble(text, &ok);
    if (!ok) {
        text.replace(locale.decimalPoint(), u"."_s);
        text.replace(u',', u'.');
        value = QLocale::c().toDouble(text, &ok);
    }
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

const QList<ProfileField> &all()
{
    static const QList<ProfileField> fields = build();
    return fields;
}

const ProfileField *find(const QString &name)
{
    for (const ProfileField &field : all()) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

QString text(const QualityProfile &profile, const QString &name)
{
    const ProfileField *field = find(name);
    const QJsonValue value = profile.toJson().value(name);
    if (!field || value.isUndefined() || value.isNull())
        return {};
    switch (field->kind) {
    case Kind::Switch:
        return value.toBool() ? u"true"_s : u"false"_s;
    case Kind::List: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.toString());
        return items.join(u", "_s);
    }
    case Kind::Integer:
        return QString::number(qRound64(value.toDouble()));
    case Kind::Number:
        break;
    }
    return number(value.toDouble());
}

std::optional<QualityProfile> withText(
    const QualityProfile &profile, const QString &name, const QString &text, QString *error)
{
    const auto refuse = [error](const QString &message) -> std::optional<QualityProfile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const ProfileField *field = find(name);
    if (!field)
        return refuse(Text::tr("%1 is not a profile setting").arg(name));
    QJsonObject json = profile.toJson();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() && field->kind != Kind::List) {
        if (!field->optional)
            return refuse(Text::tr("%1 needs a value").arg(field->label));
        json.remove(name);
    } else {
        switch (field->kind) {
        case Kind::Switch:
            if (trimmed != u"true" && trimmed != u"false")
                return refuse(Text::tr("%1 is either on or off").arg(field->label));
            json.insert(name, trimmed == u"true");
            break;
        case Kind::List: {
            QJsonArray items;
            static const QRegularExpression format(u"^[A-Za-z0-9]{2,8}$"_s);
            for (const QString &item : trimmed.split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts)) {
                if (!format.match(item).hasMatch())
                    return refuse(
                        Text::tr("“%1” is not a file format: write names like WAV, FLAC, AIFF").arg(item));
                items.append(item.toUpper());
            }
            json.insert(name, items);
            break;
        }
        case Kind::Integer:
        case Kind::Number: {
            const std::optional<double> value = parseNumber(trimmed);
            if (!value)
                return refuse(Text::tr("%1: “%2” is not a number").arg(field->label, trimmed));
            if (field->kind == Kind::Integer && *value != std::floor(*value))
                return refuse(Text::tr("%1 must be a whole number").arg(field->label));
            if (*value < field->minimum || *value > field->maximum)
                return refuse(rangeText(*field));
            json.insert(name, *value);
            break;
        }
        }
    }
    QString reason;
    std::optional<QualityProfile> edited = QualityProfile::fromJson(json, &reason);
    if (!edited)
        return refuse(reason);
    if (const QString combination = combinationError(*edited); !combination.isEmpty())
        return refuse(combination);
    return edited;
}

QString combinationError(const QualityProfile &profile)
{
    if (profile.warnMinLufs && profile.warnMaxLufs && *profile.warnMinLufs >= *profile.warnMaxLufs)
        return Text::tr("the lower loudness warning must be below the upper one");
    if (profile.minSampleRate && profile.exactSampleRate)
        return Text::tr("set either an exact sample rate or a minimum, not both");
    if (profile.minBitDepth && profile.exactBitDepth)
        return Text::tr("set either an exact bit depth or a minimum, not both");
    return {};
}

QString shownValue(const QString &name, const QString &text)
{
    const ProfileField *field = find(name);
    if (text.isEmpty())
        return Text::tr("(not checked)");
    if (!field || field->kind == Kind::List)
        return text;
    if (field->kind == Kind::Switch)
        return text == u"true" ? Text::tr("on") : Text::tr("off");
    const QString number = QString(text).replace(u'-', u'−');
    return field->unit.isEmpty() ? number : u"%1 %2"_s.arg(number, field->unit);
}

QVariantMap describe(const ProfileField &field, const QualityProfile &profile, const QualityProfile &defaults)
{
    static const char *const kinds[] = { "number", "integer", "switch", "list" };
    const QString value = text(profile, field.name);
    const QString defaultValue = text(defaults, field.name);
    const QString groupLabel = field.group == u"must" ? Text::tr("Must pass (a file fails otherwise)")
        : field.group == u"warn"                      ? Text::tr("Warnings")
        : field.group == u"report"                    ? Text::tr("Playback level on streaming services")
                                                      : Text::tr("Stems and versions");
    return { { u"name"_s, field.name }, { u"label"_s, field.label }, { u"unit"_s, field.unit },
        { u"group"_s, field.group }, { u"groupLabel"_s, groupLabel },
        { u"kind"_s, QString::fromLatin1(kinds[int(field.kind)]) }, { u"minimum"_s, field.minimum },
        { u"maximum"_s, field.maximum }, { u"optional"_s, field.optional }, { u"value"_s, value },
        { u"defaultValue"_s, defaultValue }, { u"isDefault"_s, value == defaultValue } };
}

} // namespace Imprint::ProfileFields
