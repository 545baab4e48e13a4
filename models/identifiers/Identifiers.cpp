// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "identifiers/Identifiers.h"

#include "identifiers/Gtin.h"
#include "identifiers/Ipi.h"
#include "identifiers/Isni.h"
#include "identifiers/Isrc.h"
#include "identifiers/IsrcAllocation.h"
#include "identifiers/Iswc.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

struct Rule {
    QStringView kind;
    IdentifierCheck (*validate)(QStringView);
    QString (*display)(QStringView); ///< null where the stored form is also the shown one
};

constexpr Rule rules[] = {
    { u"isrc", Isrc::validate, Isrc::display },
    { u"isrcPrefix", Isrc::validateRegistrantPrefix, Isrc::displayRegistrantPrefix },
    { u"upc", Gtin::validate, nullptr },
    { u"ean", Gtin::validate, nullptr },
    { u"gtin", Gtin::validate, nullptr },
    { u"icpn", Gtin::validate, nullptr },
    { u"iswc", Iswc::validate, Iswc::display },
    { u"isni", Isni::validate, Isni::display },
    { u"ipi", Ipi::validate, nullptr },
};

} // namespace

QStringList Identifiers::kinds()
{
    QStringList result;
    for (const Rule &rule : rules)
        result.append(rule.kind.toString());
    return result;
}

QVariantMap Identifiers::validate(const QString &kind, const QString &text)
{
    for (const Rule &rule : rules) {
        if (rule.kind != kind)
            continue;
        const IdentifierCheck check = rule.validate(text);
        return {
            { u"valid"_s, check.valid },
            { u"normalized"_s, check.normalized },
            { u"display"_s, rule.display && check.valid ? rule.display(check.normalized) : check.normalized },
            { u"reason"_s, check.reason },
        };
    }
    return {
        { u"valid"_s, false },
        { u"normalized"_s, text },
        { u"display"_s, text },
        { u"reason"_s,
            QCoreApplication::translate("Identifiers", "unknown kind of identifier “%1”").arg(kind) },
    };
}

} // namespace Imprint
