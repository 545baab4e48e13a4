// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace Imprint
{

/// Runs work(from, to) over [0, count) in parts, one per core, and returns when every part is
/// done; the calling thread takes the first. Threads of their own, not the global pool's: an
/// analysis can hold those for minutes. Below smallestPart items a part costs more than it saves.
template<typename Work>
void inParts(qsizetype count, qsizetype smallestPart, const Work &work)
{
    const qsizetype parts = std::clamp(
        count / std::max(smallestPart, qsizetype(1)), qsizetype(1), qsizetype(QThread::idealThreadCount()));
    const qsizetype step = (count + parts - 1) / parts;
    struct Part {
        qsizetype from;
        std::unique_ptr<QThread> thread;
    };
    std::vector<Part> others;
    for (qsizetype from = step; from < count; from += step) {
        others.push_back(
            { from, std::unique_ptr<QThread>(QThread::create(work, from, std::min(from + step, count))) });
        others.back().thread->start();
    }
    work(qsizetype(0), std::min(step, count));
    for (const Part &other : others) {
        other.thread->wait();
        if (!other.thread->isFinished()) // it could not be started (no thread left): done here
            work(other.from, std::min(other.from + step, count));
    }
}

} // namespace Imprint
