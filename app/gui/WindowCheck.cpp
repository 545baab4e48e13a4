// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "WindowCheck.h"

#include "CatalogSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{
constexpr int renderDelayMs = 800;
// Before a picture: Kirigami lays out toolbars and fades inline messages in after the first frames.
constexpr int settleDelayMs = 2500;
} // namespace

WindowCheck::WindowCheck(QQmlApplicationEngine *engine, CatalogSession *session)
    : m_engine(engine)
    , m_session(session)
{
    connect(engine, &QQmlEngine::warnings, this,
        [this](const QList<QQmlError> &warnings) { m_warnings += warnings; });
}

QQuickWindow *WindowCheck::window() const
{
    const auto roots = m_engine->rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

void WindowCheck::whenPopulated(const std::function<void()> &then)
{
    const auto ready = [this, then] {
        if (const int rows = m_session->tracks()->rowCount(); rows > 0) {
            m_session->setCurrentTrackId(m_session->tracks()->trackIdAt(0));
            if (m_selectedTrackCount > 1)
                m_session->selection()->extendTo(
                    m_session->tracks()->trackIdAt(std::min(rows, m_selectedTrackCount) - 1));
            for (int row = 0; !m_selectedTrackText.isEmpty() && row < rows; ++row) {
                const QModelIndex index = m_session->tracks()->index(row, 0);
                const QString name = index.data(TrackTableModel::TitleRole).toString() + u' '
                    + index.data(TrackTableModel::VersionRole).toString();
                if (name.contains(m_selectedTrackText, Qt::CaseInsensitive)) {
                    m_session->setCurrentTrackId(m_session->tracks()->trackIdAt(row));
                    break;
                }
            }
        }
        // reloaded() comes once every page's data is in, the releases' too.
        if (m_session->releases()->model()->rowCount() > 0)
            m_session->releases()->setCurrentReleaseId(m_session->releases()->model()->idAt(0));
        QTimer::singleShot(renderDelayMs, this, then);
    };
    if (!m_session->isReloading()) {
        ready();
        return;
    }
    auto *connection = new QMetaObject::Connection;
    *connection = connect(m_session, &CatalogSession::reloaded, this, [ready, connection] {
        QObject::disconnect(*connection);
        delete connection;
        ready();
    });
}

// Shows every page in turn, so each page's QML is loaded and laid out once.
void WindowCheck::visitPages(int index, const std::function<void()> &then)
{
    QQuickWindow *win = window();
    const int pages = win ? win->property("pageCount").toInt() : 0;
    if (index >= pages) {
        if (win)
            QMetaObject::invokeMethod(win, "showPageAt", Q_ARG(QVariant, 0));
        then();
        return;
    }
    QMetaObject::invokeMethod(win, "showPageAt", Q_ARG(QVariant, index));
    QTimer::singleShot(renderDelayMs / 2, this, [this, index, then] { visitPages(index + 1, then); });
}

void WindowCheck::runSelfTest()
{
    whenPopulated([this] {
        visitPages(0, [this] {
            // The write-tags dialog with its rows (a preview: no file is written).
            if (QQuickWindow *win = window())
                QMetaObject::invokeMethod(win, "openDialog", Q_ARG(QVariant, u"tags"_s));
            QTimer::singleShot(renderDelayMs * 2, this, [this] {
                for (const QQmlError &warning : std::as_const(m_warnings))
                    std::fprintf(stderr, "self-test: %s\n", qPrintable(warning.toString()));
                const bool ok = m_warnings.isEmpty() && window() && window()->isVisible();
                // What was walked, so a check can tell a loaded catalog from an empty one.
                std::fprintf(stderr, "self-test: %d tracks, %d pages\n", m_session->tracks()->rowCount(),
                    window() ? window()->property("pageCount").toInt() : 0);
                std::fprintf(stderr, "self-test: %s\n", ok ? "passed" : "FAILED");
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
    });
}

void WindowCheck::captureWhenReady(const QString &path, const QString &page, const QString &dialog)
{
    if (!page.isEmpty()) {
        QVariant shown;
        QQuickWindow *win = window();
        if (!win
            || !QMetaObject::invokeMethod(
                win, "showPage", Q_RETURN_ARG(QVariant, shown), Q_ARG(QVariant, page))
            || !shown.toBool()) {
            std::fprintf(stderr, "imprint: there is no page '%s'\n", qPrintable(page));
            QTimer::singleShot(0, this, [] { QCoreApplication::exit(2); });
            return;
        }
    }
    whenPopulated([this, path, dialog] {
        if (!dialog.isEmpty()) {
            QVariant opened;
            QQuickWindow *win = window();
            if (!win
                || !QMetaObject::invokeMethod(
                    win, "openDialog", Q_RETURN_ARG(QVariant, opened), Q_ARG(QVariant, dialog))
                || !opened.value<QObject *>()) {
                std::fprintf(stderr, "imprint: there is no dialog '%s'\n", qPrintable(dialog));
                QCoreApplication::exit(2);
                return;
            }
        }
        captureWhenIdle(path, 0);
    });
}

// A page may start background work when shown (the quality page analyses a new catalog):
// wait for it, up to two minutes, so the picture shows its results.
void WindowCheck::captureWhenIdle(const QString &path, int waitedMs)
{
    constexpr int stepMs = 250;
    if (QQuickWindow *win = window(); win && win->property("busy").toBool() && waitedMs < 120000) {
        QTimer::singleShot(
            stepMs, this, [this, path, waitedMs] { captureWhenIdle(path, waitedMs + stepMs); });
        return;
    }
    QTimer::singleShot(settleDelayMs, this, [this, path] {
        QQuickWindow *win = window();
        const QImage image = win ? win->grabWindow() : QImage();
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (image.isNull() || !image.save(path)) {
            std::fprintf(stderr, "imprint: could not save a screenshot to %s\n", qPrintable(path));
            QCoreApplication::exit(1);
            return;
        }
        QCoreApplication::exit(0);
    });
}

} // namespace Imprint
