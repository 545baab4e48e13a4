// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogReadAhead.h"

#include "Logging.h"

using namespace Qt::StringLiterals;

namespace Imprint
{

CatalogReadAhead::CatalogReadAhead(const CatalogStore &store)
    : m_store(store)
{
}

CatalogReadAhead::~CatalogReadAhead()
{
    join();
}

void CatalogReadAhead::start()
{
    const QMutexLocker lock(&m_mutex);
    if (m_thread || m_done)
        return;
    m_thread.reset(QThread::create([this] {
        QString error;
        QSqlDatabase db = m_store.connection(&error);
        if (db.isValid()) {
            run(db, &m_error);
            m_ranOnThread = true;
        } else {
            // Not an error yet: finish() reads on the catalog thread's connection instead (a
            // team catalog's server may be at its limit of connections).
            qCWarning(lcCatalog) << "a read ahead could not connect, the catalog thread reads instead:"
                                 << error;
        }
        db = QSqlDatabase();
        m_store.closeThreadConnection(); // the thread ends here; its connection with it
    }));
    m_thread->setObjectName(u"catalog read"_s);
    m_thread->start();
}

bool CatalogReadAhead::isReady() const
{
    const QMutexLocker lock(&m_mutex);
    return m_done || (m_thread && m_thread->isFinished() && m_ranOnThread);
}

bool CatalogReadAhead::isStarted() const
{
    const QMutexLocker lock(&m_mutex);
    return m_thread != nullptr;
}

void CatalogReadAhead::finish(QSqlDatabase db)
{
    QMutexLocker lock(&m_mutex);
    if (QThread *thread = m_thread.get()) {
        lock.unlock(); // the thread is never replaced; another asker may wait for it as well
        thread->wait();
        lock.relock();
    }
    // Under the lock: a second asker, or a late start(), finds the read done.
    if (!m_done && !m_ranOnThread)
        run(db, &m_error);
    m_done = true;
}

void CatalogReadAhead::join()
{
    QMutexLocker lock(&m_mutex);
    if (QThread *thread = m_thread.get()) {
        lock.unlock();
        thread->wait();
    }
}

} // namespace Imprint
