// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "FieldNames.h"

#include "credits/CreditRules.h"
#include "credits/CreditsCatalog.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

// The strings keep the context of CatalogSession, which showed them first, so their translations
// stay as they are.
namespace Imprint::FieldNames
{

using TrackQueries::EditableField;

QString trackEditText(EditableField field)
{
    switch (field) {
    case EditableField::Title:
        return QCoreApplication::translate("CatalogSession", "Title Change");
    case EditableField::Artist:
        return QCoreApplication::translate("CatalogSession", "Artist Change");
    case EditableField::Version:
        return QCoreApplication::translate("CatalogSession", "Version Change");
    case EditableField::Isrc:
        return QCoreApplication::translate("CatalogSession", "ISRC Change");
    case EditableField::Genre:
        return QCoreApplication::translate("CatalogSession", "Genre Change");
    case EditableField::Language:
        return QCoreApplication::translate("CatalogSession", "Language Change");
    case EditableField::Explicit:
        return QCoreApplication::translate("CatalogSession", "Explicit Change");
    case EditableField::Bpm:
        return QCoreApplication::translate("CatalogSession", "BPM Change");
    case EditableField::Key:
        return QCoreApplication::translate("CatalogSession", "Key Change");
    case EditableField::Mood:
        return QCoreApplication::translate("CatalogSession", "Mood Change");
    case EditableField::HasVocals:
        return QCoreApplication::translate("CatalogSession", "Vocals Change");
    }
    return {};
}

QString trackFieldTitle(EditableField field)
{
    switch (field) {
    case EditableField::Title:
        return QCoreApplication::translate("CatalogSession", "Title");
    case EditableField::Artist:
        return QCoreApplication::translate("CatalogSession", "Artist");
    case EditableField::Version:
        return QCoreApplication::translate("CatalogSession", "Version");
    case EditableField::Isrc:
        return QCoreApplication::translate("CatalogSession", "ISRC");
    case EditableField::Genre:
        return QCoreApplication::translate("CatalogSession", "Genre");
    case EditableField::Language:
        return QCoreApplication::translate("CatalogSession", "Language");
    case EditableField::Explicit:
        return QCoreApplication::translate("CatalogSession", "Explicit");
    case EditableField::Bpm:
        return QCoreApplication::translate("CatalogSession", "BPM");
    case EditableField::Key:
        return QCoreApplication::translate("CatalogSession", "Key");
    case EditableField::Mood:
        return QCoreApplication::translate("CatalogSession", "Moods");
    case EditableField::HasVocals:
        return QCoreApplication::translate("CatalogSession", "Vocals");
    }
    return {};
}

QString shownValue(EditableField field, const QString &value)
{
    if (value.isEmpty())
        return QCoreApplication::translate("CatalogSession", "(not set)");
    if (field == EditableField::Explicit)
        return value == u"1" ? QCoreApplication::translate("CatalogSession", "Explicit")
                             : QCoreApplication::translate("CatalogSession", "Clean");
    if (field == EditableField::HasVocals)
        return value == u"1" ? QCoreApplication::translate("CatalogSession", "With vocals")
                             : QCoreApplication::translate("CatalogSession", "Instrumental");
    return value;
}

QString releaseFieldTitle(const QString &field)
{
    static const QHash<QString, const char *> titles {
        { u"title"_s, QT_TRANSLATE_NOOP("CatalogSession", "Title") },
        { u"type"_s, QT_TRANSLATE_NOOP("CatalogSession", "Type") },
        { u"status"_s, QT_TRANSLATE_NOOP("CatalogSession", "Status") },
        { u"releaseDate"_s, QT_TRANSLATE_NOOP("CatalogSession", "Release date") },
        { u"label"_s, QT_TRANSLATE_NOOP("CatalogSession", "Label") },
        { u"catalogNumber"_s, QT_TRANSLATE_NOOP("CatalogSession", "Catalog number") },
        { u"upc"_s, QT_TRANSLATE_NOOP("CatalogSession", "UPC / EAN") },
        { u"explicit"_s, QT_TRANSLATE_NOOP("CatalogSession", "Explicit lyrics") },
        { u"genre"_s, QT_TRANSLATE_NOOP("CatalogSession", "Genre") },
        { u"language"_s, QT_TRANSLATE_NOOP("CatalogSession", "Language") },
        { u"pLine"_s, QT_TRANSLATE_NOOP("CatalogSession", "℗ line") },
        { u"cLine"_s, QT_TRANSLATE_NOOP("CatalogSession", "© line") },
    };
    const char *title = titles.value(field);
    return title ? QCoreApplication::translate("CatalogSession", title) : field;
}

QString creditsFieldTitle(const QString &field)
{
    // As the work and party editors label them.
    static const QHash<QString, const char *> recordFields {
        { CreditsCatalog::workFieldPrefix + u"title"_s, QT_TRANSLATE_NOOP("CatalogSession", "Title") },
        { CreditsCatalog::workFieldPrefix + u"iswc"_s, QT_TRANSLATE_NOOP("CatalogSession", "ISWC") },
        { CreditsCatalog::partyFieldPrefix + u"name"_s, QT_TRANSLATE_NOOP("CatalogSession", "Name") },
        { CreditsCatalog::partyFieldPrefix + u"sortName"_s,
            QT_TRANSLATE_NOOP("CatalogSession", "Sort name") },
        { CreditsCatalog::partyFieldPrefix + u"isni"_s, QT_TRANSLATE_NOOP("CatalogSession", "ISNI") },
        { CreditsCatalog::partyFieldPrefix + u"ipi"_s,
            QT_TRANSLATE_NOOP("CatalogSession", "IPI name number") },
        { CreditsCatalog::partyFieldPrefix + u"pro"_s,
            QT_TRANSLATE_NOOP("CatalogSession", "Performing rights organisation") },
        { CreditsCatalog::partyFieldPrefix + u"contact"_s, QT_TRANSLATE_NOOP("CatalogSession", "Contact") },
    };
    if (const char *title = recordFields.value(field))
        return QCoreApplication::translate("CatalogSession", title);
    if (field == CreditsCatalog::trackCreditsField)
        return QCoreApplication::translate("CatalogSession", "Credits");
    return field == CreditsCatalog::workSharesField
        ? QCoreApplication::translate("CatalogSession", "Publishing shares")
        : QCoreApplication::translate("CatalogSession", "Master ownership");
}

QString shownCredits(const QString &historyText)
{
    QStringList parts;
    for (const CreditRow &row : CreditRules::creditsFromText(historyText)) {
        QString role = CreditRules::roleLabel(row.role);
        if (!row.instrument.isEmpty())
            role = u"%1: %2"_s.arg(role, row.instrument);
        parts.append(u"%1 (%2)"_s.arg(row.partyName, role));
    }
    return parts.isEmpty() ? QCoreApplication::translate("CatalogSession", "(nobody)") : parts.join(u", "_s);
}

QString shownShares(const QString &historyText)
{
    QStringList parts;
    for (const ShareRow &row : CreditRules::sharesFromText(historyText)) {
        const QString who = row.role.isEmpty()
            ? row.partyName
            : u"%1 (%2)"_s.arg(row.partyName, CreditRules::roleLabel(row.role));
        parts.append(u"%1 %2"_s.arg(who, Splits::formatPercent(row.basisPoints)));
    }
    return parts.isEmpty() ? QCoreApplication::translate("CatalogSession", "(nobody)") : parts.join(u", "_s);
}

} // namespace Imprint::FieldNames
