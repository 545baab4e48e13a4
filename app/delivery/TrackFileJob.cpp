// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackFileJob.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace Imprint
{

TrackFileJob::TrackFileJob(QObject *parent)
    : QObject(parent)
{
}

TrackFileJob::~TrackFileJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void TrackFileJob::setSession(CatalogSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

void TrackFileJob::cancel()
{
    m_cancel = true;
}

void TrackFileJob::clear()
{
    if (m_thread || !m_hasResult)
        return;
    m_hasResult = false;
    m_outcome = {};
    Q_EMIT finished();
}

bool TrackFileJob::run(qint64 trackId, Work work)
{
    if (m_thread || !m_session || trackId <= 0)
        return false;
    m_trackId = trackId;
    m_cancel = false;
    m_progress.reset();
    const CatalogStore store = m_session->store();
    m_thread = QThread::create([this, store, work = std::move(work)] {
        const auto progress = [this](qint64 done, qint64 total) {
            m_progress.report(this, done, total, [this] { Q_EMIT progressChanged(); });
        };
        Finish finish = work(store, m_cancel, progress);
        store.closeThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, finish = std::move(finish)] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                m_outcome = finish();
                m_hasResult = true;
                Q_EMIT runningChanged();
                Q_EMIT finished();
                if (m_session && m_outcome.changedCatalog)
                    m_session->reload();
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"track files"_s);
    m_thread->start();
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
    return true;
}

} // namespace Imprint
