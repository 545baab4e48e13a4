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

    /// Switches Qt's accessibility on, as a screen reader does; false where the platform has none
    /// (offscreen: controls then name themselves nothing, so there is nothing to test).
    Q_INVOKABLE bool activate() const;
    /// Whether the tests must find accessibility (IMPRINT_REQUIRE_ACCESSIBILITY is set: the ctest
    /// entry that runs them on X11 under Xvfb), rather than skip without it.
    Q_INVOKABLE bool required() const;
    /// { name, description, role } of item; role is the QAccessible::Role key ("Button"…),
    /// empty when Qt has no accessible interface for the item.
    Q_INVOKABLE QVariantMap describe(QObject *item) const;
};
