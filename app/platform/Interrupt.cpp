// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Interrupt.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#endif

namespace Imprint::Platform
{

namespace
{

// A signal handler may only touch a lock-free atomic; the pointer is set before the handler.
std::atomic<std::atomic_bool *> target = nullptr;
static_assert(std::atomic_bool::is_always_lock_free);
static_assert(std::atomic<std::atomic_bool *>::is_always_lock_free);

#ifdef Q_OS_WIN
// Runs on a thread of its own that Windows starts for the console event.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT)
        return FALSE; // closing the console or logging off: end as usual
    if (std::atomic_bool *flag = target.load())
        flag->store(true);
    return TRUE;
}
#else
void onInterrupt(int)
{
    if (std::atomic_bool *flag = target.load())
        flag->store(true);
}
#endif

} // namespace

void stopOnInterrupt(std::atomic_bool &flag)
{
    target.store(&flag);
#ifdef Q_OS_WIN
    ::SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    std::signal(SIGINT, onInterrupt);
#endif
}

void endOnInterrupt()
{
#ifdef Q_OS_WIN
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#else
    std::signal(SIGINT, SIG_DFL);
#endif
    target.store(nullptr);
}

} // namespace Imprint::Platform
