// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QObject>
#include <QVariantMap>

/// What assistive technology is told about an item (issue 13, item 5): its accessible name and
/// role as Qt's accessibility layer reports them to a screen reader, for the QML tests that walk
/// every page.
class AccessibleProbe : public QObject
{
    Q_OBJECT

public:
    explicit AccessibleProbe(QObject *parent = nullptr);

    /// Tells every control that exists now that a screen reader listens, as the platform does
    /// when one starts (the test platforms have none): each control then gives itself its
    /// accessible role and name (a button its text, a text field its placeholder).
    Q_INVOKABLE void announceScreenReader() const;
    /// { name, description, role } of item; role is the QAccessible::Role key ("Button"…),
    /// empty when Qt has no accessible interface for the item.
    Q_INVOKABLE QVariantMap describe(QObject *item) const;
};
