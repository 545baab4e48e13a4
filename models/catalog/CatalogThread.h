// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace Imprint
{

/// One thread that runs catalog work in the order it was posted, with its own connection for
/// as long as it lives. Reads posted after a write see that write.
class CatalogThread
{
public:
    explicit CatalogThread(const CatalogStore &store);
    /// Runs everything posted so far, then ends the thread.
    ~CatalogThread();
    CatalogThread(const CatalogThread &) = delete;
    CatalogThread &operator=(const CatalogThread &) = delete;

    /// Runs task on the catalog thread after everything posted before it.
    void post(std::function<void()> task);

    /// Blocks until everything posted so far has run.
    void waitForIdle();

private:
    CatalogStore m_store;
    QThread m_thread;
    QObject *m_context;
};

} // namespace Imprint
