// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QMetaObject>
#include <QObject>

#include <atomic>

namespace Imprint
{

/// Progress a worker thread reports, shown by a controller on the GUI thread. However often the
/// worker reports (per MiB written, per file of a 100 000-file library), only the latest figures
/// are kept and at most one update waits in the GUI thread's queue.
class LatestProgress
{
public:
    /// On the worker thread: keeps done and total and, unless an update is on its way already,
    /// posts one to receiver's thread that calls shown (receiver owns this, so a controller gone
    /// meanwhile takes the update with it).
    template<typename Shown>
    void report(QObject *receiver, qint64 done, qint64 total, Shown shown)
    {
        m_done = done;
        m_total = total;
        if (m_queued.exchange(true))
            return;
        QMetaObject::invokeMethod(
            receiver,
            [this, shown] {
                m_queued = false;
                shown();
            },
            Qt::QueuedConnection);
    }
    /// Before a new job: nothing done of nothing.
    void reset()
    {
        m_done = 0;
        m_total = 0;
    }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

private:
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
    std::atomic_bool m_queued = false;
};

} // namespace Imprint
