// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "CatalogSession.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQmlIntegration>

class QThread;

namespace Imprint
{

/// "Export rights sheet…" for the GUI: builds the rights sheet of a track or release and writes
/// it as PDF (and a JSON file next to it) off the GUI thread.
class RightsSheetExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Imprint::CatalogSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)

public:
    explicit RightsSheetExport(QObject *parent = nullptr);
    ~RightsSheetExport() override;

    bool isRunning() const { return m_thread != nullptr; }
    CatalogSession *session() const { return m_session; }
    void setSession(CatalogSession *session)
    {
        if (m_session == session)
            return;
        m_session = session;
        Q_EMIT sessionChanged();
    }

    /// Writes the sheet of the track (releaseId 0) or of the release to a PDF file; the same
    /// report as JSON goes next to it (same name, .json). Ignored while an export runs.
    Q_INVOKABLE void exportPdf(qint64 trackId, qint64 releaseId, const QUrl &file);

Q_SIGNALS:
    void sessionChanged();
    void runningChanged();
    void finished(const QString &path);
    void failed(const QString &message);

private:
    QPointer<CatalogSession> m_session;
    QThread *m_thread = nullptr;
};

} // namespace Imprint
