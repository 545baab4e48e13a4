// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ImportController.h"

#include "CatalogSession.h"
#include "import/LibraryCopy.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Imprint
{

ImportController::ImportController(QObject *parent)
    : QObject(parent)
{
}

ImportController::~ImportController()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void ImportController::setSession(CatalogSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

namespace
{

QString localPath(const QUrl &folder)
{
    return folder.isLocalFile() ? folder.toLocalFile() : folder.toString(QUrl::PreferLocalFile);
}

} // namespace

void ImportController::requestImport(const QUrl &folder)
{
    if (m_thread || !m_session)
        return;
    const Importer importer(m_session->store());
    const QString path = localPath(folder);
    if (!importer.needsCopy(path)) {
        start(folder);
        return;
    }
    const QString root = m_session->store().libraryRoot();
    const QString canonical = QFileInfo(path).canonicalFilePath();
    Q_EMIT copyConfirmationNeeded(folder, QDir::toNativeSeparators(root),
        QDir::toNativeSeparators(LibraryCopy::destinationFor(root, canonical, canonical)));
}

void ImportController::start(const QUrl &folder, bool copyIntoLibrary)
{
    if (m_thread || !m_session)
        return;
    const QString path = localPath(folder);
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_currentFile.clear();
    m_sinceReload.start();

    auto importer = std::make_shared<Importer>(m_session->store());
    importer->setCopyIntoLibrary(copyIntoLibrary);
    importer->setProgressCallback([this](int done, int total, const QString &file) {
        QMetaObject::invokeMethod(this, [=, this] { onProgress(done, total, file); }, Qt::QueuedConnection);
    });
    importer->setBatchCallback(
        [this] { QMetaObject::invokeMethod(this, [this] { onBatchWritten(); }, Qt::QueuedConnection); });
    m_thread = QThread::create([this, importer, path] {
        const ImportSummary summary = importer->run(path, m_cancel);
        QMetaObject::invokeMethod(this, [this, summary] { onFinished(summary); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"import"_s);
    m_thread->start();
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
}

void ImportController::cancel()
{
    m_cancel = true;
}

void ImportController::onProgress(int done, int total, const QString &file)
{
    m_done = done;
    m_total = total;
    m_currentFile = file;
    Q_EMIT progressChanged();
}

void ImportController::onBatchWritten()
{
    // Show new tracks as they arrive, without reloading a large table after every batch.
    if (m_session && m_sinceReload.elapsed() > 2000) {
        m_session->reload();
        m_sinceReload.restart();
    }
}

void ImportController::onFinished(const ImportSummary &summary)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_summaryText = summary.describe();
    m_problems.clear();
    // Moves first: they changed the catalog, the rest did not get in.
    for (const ImportProblem &problem : summary.notes() + summary.problems)
        m_problems.append(QVariantMap { { u"path"_s, problem.path }, { u"reason"_s, problem.reason } });
    if (m_session)
        m_session->reload();
    Q_EMIT runningChanged();
    Q_EMIT finished();
}

} // namespace Imprint
