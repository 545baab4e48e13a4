// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "CatalogSession.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQmlIntegration>

namespace Imprint
{

/// Exports the calendar page's plan as iCalendar: the plan as shown (a snapshot taken on the GUI
/// thread) is written on a worker thread, so a large plan or a slow disk never freezes the page.
class CalendarExporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Imprint::CatalogSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(QString message READ message NOTIFY finished)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY finished)

public:
    explicit CalendarExporter(QObject *parent = nullptr);

    CatalogSession *session() const { return m_session; }
    void setSession(CatalogSession *session);
    bool isRunning() const { return m_running; }
    /// "Exported 3 releases and 24 milestones to plan.ics", or the error naming the file.
    QString message() const { return m_message; }
    bool succeeded() const { return m_succeeded; }

    /// Writes the whole plan (releaseId 0) or one release's to file (a local file URL or path),
    /// adding ".ics" when the name has no suffix. Ignored while an export runs.
    Q_INVOKABLE void exportTo(const QUrl &file, qint64 releaseId = 0);
    /// The file name a save dialog suggests: "release-plan.ics" or "<title>-plan.ics".
    Q_INVOKABLE QString suggestedName(qint64 releaseId = 0) const;
    /// The folder of the last export, the user's documents folder before the first one.
    Q_INVOKABLE QUrl suggestedFolder() const;
    Q_INVOKABLE QUrl suggestedFile(qint64 releaseId = 0) const;

Q_SIGNALS:
    void sessionChanged();
    void runningChanged();
    void finished();

private:
    QPointer<CatalogSession> m_session;
    bool m_running = false;
    bool m_succeeded = false;
    QString m_message;
    QString m_lastFolder;
};

} // namespace Imprint
