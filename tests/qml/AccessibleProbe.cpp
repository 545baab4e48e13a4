// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AccessibleProbe.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

AccessibleProbe::AccessibleProbe(QObject *parent)
    : QObject(parent)
{
}

void AccessibleProbe::announceScreenReader() const
{
    // Notifies the activation observers (every control) whether or not the platform has an
    // accessibility bridge; controls made later name themselves only with a real one.
    QAccessible::setActive(true);
}

QVariantMap AccessibleProbe::describe(QObject *item) const
{
    QAccessibleInterface *accessible = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    if (!accessible || !accessible->isValid())
        return { { u"name"_s, QString() }, { u"description"_s, QString() }, { u"role"_s, QString() } };
    const QMetaEnum roles = QMetaEnum::fromType<QAccessible::Role>();
    return { { u"name"_s, accessible->text(QAccessible::Name) },
        { u"description"_s, accessible->text(QAccessible::Description) },
        { u"role"_s, QString::fromLatin1(roles.valueToKey(accessible->role())) },
        { u"password"_s, bool(accessible->state().passwordEdit) } };
}
