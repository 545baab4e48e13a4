// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AnalysisController.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace Imprint
{

AnalysisController::AnalysisController(QObject *parent)
    : QObject(parent)
{
}

AnalysisController::~AnalysisController()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void AnalysisController::setSession(CatalogSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    // What the last run found belongs to the catalog it ran on.
    m_summaryText.clear();
    m_problems.clear();
    Q_EMIT sessionChanged();
    Q_EMIT resultChanged();
}

void AnalysisController::start()
{
    if (m_thread || !m_session)
        return;
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_currentFile.clear();
    m_sinceReload.start();

    auto analysis = std::make_shared<CatalogAnalysis>(m_session->store());
    analysis->setProgressCallback([this](int done, int total, const QString &file) {
        QMetaObject::invokeMethod(
            this,
            [=, this] {
                m_done = done;
                m_total = total;
                m_currentFile = file;
                Q_EMIT progressChanged();
            },
            Qt::QueuedConnection);
    });
    analysis->setBatchCallback(
        [this] { QMetaObject::invokeMethod(this, [this] { onBatchWritten(); }, Qt::QueuedConnection); });
    m_thread = QThread::create([this, analysis] {
        const CatalogAnalysisSummary summary = analysis->run(m_cancel);
        analysis->store().closeThreadConnection();
        QMetaObject::invokeMethod(this, [this, summary] { onFinished(summary); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"analysis"_s);
    m_thread->start();
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
}

void AnalysisController::cancel()
{
    m_cancel = true;
}

void AnalysisController::onBatchWritten()
{
    // Verdicts appear as they are stored, without re-reading a large catalog after every batch.
    if (m_session && m_sinceReload.elapsed() > 1000) {
        m_session->quality()->reload();
        m_sinceReload.restart();
    }
}

void AnalysisController::onFinished(const CatalogAnalysisSummary &summary)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_summaryText = summary.describe();
    m_problems.clear();
    for (const AnalysisProblem &problem : summary.problems) {
        m_problems.append(QVariantMap { { u"name"_s, QFileInfo(problem.path).fileName() },
            { u"path"_s, QDir::toNativeSeparators(problem.path) }, { u"reason"_s, problem.reason },
            { u"trackId"_s, problem.trackId }, { u"unreadable"_s, problem.unreadable } });
    }
    if (m_session) {
        // Only the tracks whose files were measured (readiness and the delivery preflight read
        // the audio verdicts too); a large run reads everything again.
        AffectedTracks affected;
        affected.assets = summary.changedAssets;
        affected.tracks = summary.nullTestedTracks;
        affected.everything = !summary.fatalError.isEmpty();
        m_session->refreshTracks(affected);
    }
    Q_EMIT runningChanged();
    Q_EMIT resultChanged();
    Q_EMIT finished();
}

} // namespace Imprint
