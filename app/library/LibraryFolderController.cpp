// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "LibraryFolderController.h"

#include "library/LibraryFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Imprint
{

LibraryFolderController::LibraryFolderController(QObject *parent)
    : QObject(parent)
{
}

LibraryFolderController::~LibraryFolderController()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void LibraryFolderController::setSession(CatalogSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

QUrl LibraryFolderController::checkedFolder() const
{
    return m_hasResult ? QUrl::fromLocalFile(m_result.folder) : QUrl();
}

QUrl LibraryFolderController::libraryFolderUrl() const
{
    return m_session && !m_session->libraryFolder().isEmpty()
        ? QUrl::fromLocalFile(m_session->libraryFolder())
        : QUrl();
}

QString LibraryFolderController::summaryText() const
{
    return m_hasResult ? m_result.describe() : QString();
}

QStringList LibraryFolderController::problems() const
{
    QStringList lines;
    for (const QString &path : m_result.missing)
        lines.append(tr("Missing: %1").arg(QDir::toNativeSeparators(path)));
    for (const QString &path : m_result.changed)
        lines.append(tr("Not the file analysed: %1").arg(QDir::toNativeSeparators(path)));
    for (const QString &problem : m_result.unreadable)
        lines.append(tr("Unreadable: %1").arg(problem));
    return lines;
}

void LibraryFolderController::check(const QUrl &folder)
{
    if (m_thread || !m_session)
        return;
    const QString path = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    m_cancel = false;
    m_progress.reset();
    LibraryCheck check(m_session->store());
    check.setProgressCallback([this](int done, int total, const QString &) {
        m_progress.report(this, done, total, [this] { Q_EMIT progressChanged(); });
    });
    m_thread = QThread::create([this, check, path, store = m_session->store()]() mutable {
        const LibraryCheckResult result = check.run(path, m_cancel);
        store.closeThreadConnection();
        QMetaObject::invokeMethod(this, [this, result] { onFinished(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"library check"_s);
    m_thread->start();
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
}

void LibraryFolderController::cancel()
{
    m_cancel = true;
}

void LibraryFolderController::useCheckedFolder()
{
    if (m_thread || !m_session || !isComplete())
        return;
    m_thread = QThread::create([this, store = m_session->store(), folder = m_result.folder] {
        QString error;
        if (!LibraryFolders::use(store, folder, &error) && error.isEmpty())
            error = tr("unknown error");
        store.closeThreadConnection();
        QMetaObject::invokeMethod(this, [this, error] { onSaved(error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"library folder"_s);
    m_saving = true;
    m_thread->start();
    Q_EMIT runningChanged();
}

void LibraryFolderController::endThread()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void LibraryFolderController::onSaved(const QString &error)
{
    endThread();
    m_saving = false;
    Q_EMIT runningChanged();
    if (error.isEmpty())
        Q_EMIT folderUsed();
    else
        Q_EMIT errorOccurred(tr("The library folder could not be set: %1").arg(error));
}

void LibraryFolderController::onFinished(const LibraryCheckResult &result)
{
    endThread();
    Q_EMIT progressChanged(); // the last figures, which may still be queued behind this
    m_result = result;
    m_hasResult = true;
    Q_EMIT runningChanged();
    Q_EMIT finished();
}

} // namespace Imprint
