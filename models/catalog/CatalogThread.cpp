// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogThread.h"

using namespace Qt::StringLiterals;

namespace Imprint
{

CatalogThread::CatalogThread(const CatalogStore &store)
    : m_store(store)
    , m_context(new QObject)
{
    m_thread.setObjectName(u"catalog"_s);
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

CatalogThread::~CatalogThread()
{
    // The last task: everything posted before it still runs (a write queued as the window
    // closes is not lost; quit() from here would drop what the loop had not reached), then the
    // thread's connection closes and its loop ends.
    const CatalogStore store = m_store;
    post([store] {
        store.closeThreadConnection();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

void CatalogThread::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_context, std::move(task), Qt::QueuedConnection);
}

void CatalogThread::waitForIdle()
{
    // Queued calls run in order, so a blocking no-op returns once all earlier ones have run.
    QMetaObject::invokeMethod(m_context, [] { }, Qt::BlockingQueuedConnection);
}

} // namespace Imprint
