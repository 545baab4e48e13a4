// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "CatalogSession.h"
#include "analysis/CatalogAnalysis.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQmlIntegration>

#include <atomic>

class QThread;

namespace Imprint
{

/// Runs the catalog's audio analysis for the GUI: off the GUI thread, on all cores, with
/// progress, cancel and a summary; the quality view updates as batches are stored.
class AnalysisController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Imprint::CatalogSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(int done READ done NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    Q_PROPERTY(QString currentFile READ currentFile NOTIFY progressChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY resultChanged)
    /// The files of the last run that could not be read or decoded: {name, path (as this
    /// system writes it), reason, trackId, unreadable}, so the page can name each and lead to
    /// its track or to the library folder.
    Q_PROPERTY(QVariantList problems READ problems NOTIFY resultChanged)

public:
    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    CatalogSession *session() const { return m_session; }
    void setSession(CatalogSession *session);
    bool isRunning() const { return m_thread != nullptr; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    QString currentFile() const { return m_currentFile; }
    QString summaryText() const { return m_summaryText; }
    QVariantList problems() const { return m_problems; }

    /// Analyses every audio file of the catalog without a current analysis. Ignored while running.
    Q_INVOKABLE void start();
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void sessionChanged();
    void runningChanged();
    void progressChanged();
    void finished();
    void resultChanged(); ///< a run finished, or another catalog has none yet

private:
    void onBatchWritten();
    void onFinished(const CatalogAnalysisSummary &summary);

    QPointer<CatalogSession> m_session;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    int m_done = 0;
    int m_total = 0;
    QString m_currentFile;
    QString m_summaryText;
    QVariantList m_problems;
    QElapsedTimer m_sinceReload;
};

} // namespace Imprint
