// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "IdleIncubationController.h"

#include <QQmlEngine>

namespace Imprint
{

namespace
{
// Work per slice and the pause between slices: short enough that input and painting stay smooth
// while a page's controls are still being made.
constexpr int sliceMs = 8;
constexpr int pauseMs = 4;
} // namespace

IdleIncubationController::IdleIncubationController(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(pauseMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleIncubationController::incubateSlice);
}

void IdleIncubationController::install(QQmlEngine *engine)
{
    engine->setIncubationController(this);
}

void IdleIncubationController::incubatingObjectCountChanged(int count)
{
    if (count > 0 && !m_timer.isActive())
        m_timer.start();
    else if (count == 0)
        m_timer.stop();
}

void IdleIncubationController::incubateSlice()
{
    incubateFor(sliceMs);
    if (incubatingObjectCount() == 0)
        m_timer.stop();
}

} // namespace Imprint
