// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QObject>
#include <QQmlError>

class QQmlApplicationEngine;
class QQuickWindow;

namespace Imprint
{

class CatalogSession;

/// Checks of the real window for tests and documentation: a self-test that fails on any QML
/// warning, and a screenshot of the populated window.
class WindowCheck : public QObject
{
    Q_OBJECT

public:
    WindowCheck(QQmlApplicationEngine *engine, CatalogSession *session);

    /// Waits for the catalog, selects the first track, lets the window render, then quits with
    /// status 1 if QML reported any warning.
    void runSelfTest();
    /// page: a sidebar page key ("catalog", …); empty for the page the window opens on.
    /// dialog: a key for the window's openDialog() ("tags": Write Tags), opened once the catalog
    /// is loaded; the picture waits for the work it starts. Keys must not be command names
    /// ("write-tags"), or main() runs the command line instead.
    void captureWhenReady(const QString &path, const QString &page, const QString &dialog = {});
    /// With more than one, the populated window has the first count tracks selected (the
    /// catalog page's bulk editor) instead of the first track.
    void setSelectedTrackCount(int count) { m_selectedTrackCount = count; }
    /// The populated window selects the first track whose title or version contains text
    /// (any case) instead of the first track.
    void setSelectedTrackText(const QString &text) { m_selectedTrackText = text; }

private:
    void captureWhenIdle(const QString &path, int waitedMs);
    void visitPages(int index, const std::function<void()> &then);
    void whenPopulated(const std::function<void()> &then);
    QQuickWindow *window() const;

    QQmlApplicationEngine *m_engine;
    CatalogSession *m_session;
    QList<QQmlError> m_warnings;
    int m_selectedTrackCount = 1;
    QString m_selectedTrackText;
};

} // namespace Imprint
