// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QObject>
#include <QQmlIncubationController>
#include <QTimer>

namespace Imprint
{

/// Finishes QML objects that are created asynchronously (Kirigami's toolbars make their buttons
/// so) in short slices from the event loop. The window's own controller works only while frames
/// are drawn: a window that nothing repaints kept its page header without buttons until the mouse
/// moved over it.
class IdleIncubationController : public QObject, public QQmlIncubationController
{
    Q_OBJECT

public:
    explicit IdleIncubationController(QObject *parent = nullptr);

    /// Sets this controller on ENGINE before any window does.
    void install(QQmlEngine *engine);

protected:
    void incubatingObjectCountChanged(int count) override;

private:
    void incubateSlice();

    QTimer m_timer;
};

} // namespace Imprint
