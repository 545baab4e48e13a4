// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogIdentifierCheck.h"

#include "identifiers/Gtin.h"
#include "identifiers/Ipi.h"
#include "identifiers/Isni.h"
#include "identifiers/Isrc.h"
#include "identifiers/Iswc.h"

#include <QCoreApplication>

namespace Imprint::CatalogIdentifierCheck
{

namespace
{

struct Rule {
    QStringView table;
    QStringView column;
    QStringView name; // as the user knows it
    IdentifierCheck (*validate)(QStringView);
};

constexpr Rule Rules[] = {
    { u"tracks", u"isrc", u"ISRC", Isrc::validate },
    { u"releases", u"upc", u"UPC/EAN", Gtin::validate },
    { u"works", u"iswc", u"ISWC", Iswc::validate },
    { u"parties", u"isni", u"ISNI", Isni::validate },
    { u"parties", u"ipi", u"IPI", Ipi::validate },
};

const Rule *ruleFor(const QString &table, const QString &column)
{
    for (const Rule &rule : Rules) {
        if (rule.table == table && rule.column == column)
            return &rule;
    }
    return nullptr;
}

} // namespace

QString check(const QString &table, const QString &column, QVariant *value)
{
    const Rule *rule = ruleFor(table, column);
    if (!rule || value->isNull())
        return {};
    const QString text = value->toString();
    if (text.isEmpty())
        return {};
    const IdentifierCheck result = rule->validate(text);
    if (!result.valid)
        return QCoreApplication::translate("CatalogJson", "%1 \"%2\": %3")
            .arg(rule->name.toString(), text, result.reason);
    *value = result.normalized;
    return {};
}

} // namespace Imprint::CatalogIdentifierCheck
