// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "StemAttachController.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Imprint
{

StemAttachController::StemAttachController(QObject *parent)
    : QObject(parent)
{
}

StemAttachController::~StemAttachController()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void StemAttachController::setSession(CatalogSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

QString StemAttachController::summaryText() const
{
    if (!m_hasResult)
        return {};
    const QString pack = QFileInfo(m_request.archivePath).fileName();
    if (m_result.cancelled)
        return tr("Stopped: nothing from %1 was attached.").arg(pack);
    // The checks' refusal names each stem (or the missing master); the lines below say them once.
    if (m_result.refusedByChecks)
        return tr("%1 was not attached: the checks against the master refused it (below).").arg(pack);
    if (!m_result.ok()) // the reason names the pack or the entry
        return tr("Nothing was attached: %1").arg(m_result.error);
    if (m_result.added() == 0)
        return tr("Every stem in %1 was attached already.").arg(pack);
    return m_result.added() < m_result.stems.size()
        ? tr("Attached %n new stem(s) from %1; the others were attached already.", nullptr, m_result.added())
              .arg(pack)
        : tr("Attached %n stem(s) from %1.", nullptr, m_result.added()).arg(pack);
}

QStringList StemAttachController::details() const
{
    QStringList lines;
    for (const Delivery::StemMismatch &mismatch : m_result.mismatches)
        lines.append(
            mismatch.entry.isEmpty() ? mismatch.message : mismatch.entry + u": "_s + mismatch.message);
    for (const QString &skipped : m_result.skipped)
        lines.append(tr("Not a stem: %1").arg(skipped));
    return lines;
}

void StemAttachController::attach(const QUrl &pack, qint64 trackId)
{
    if (m_thread || !m_session || trackId <= 0)
        return;
    m_request = { pack.isLocalFile() ? pack.toLocalFile() : pack.toString(), trackId, false };
    start();
}

void StemAttachController::attachAnyway()
{
    if (m_thread || !m_session || !refusedByChecks())
        return;
    m_request.acceptMismatches = true;
    start();
}

void StemAttachController::cancel()
{
    m_cancel = true;
}

void StemAttachController::clear()
{
    if (m_thread || !m_hasResult)
        return;
    m_hasResult = false;
    m_result = {};
    Q_EMIT finished();
}

void StemAttachController::start()
{
    m_cancel = false;
    m_progress.reset();
    const CatalogStore store = m_session->store();
    m_thread = QThread::create([this, store, request = m_request] {
        const auto progress = [this](qint64 done, qint64 total) {
            m_progress.report(this, done, total, [this] { Q_EMIT progressChanged(); });
        };
        const Delivery::StemImportResult result = Delivery::importStems(store, request, m_cancel, progress);
        store.closeThreadConnection();
        QMetaObject::invokeMethod(this, [this, result] { onFinished(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"stem attach"_s);
    m_thread->start();
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
}

void StemAttachController::onFinished(const Delivery::StemImportResult &result)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_result = result;
    m_hasResult = true;
    Q_EMIT runningChanged();
    Q_EMIT finished();
    // The track's stem count, its readiness (sync asks for stems) and its versions read anew.
    if (m_session && result.ok() && result.added() > 0)
        m_session->reload();
}

} // namespace Imprint
