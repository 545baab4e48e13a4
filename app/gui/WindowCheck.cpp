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

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{
constexpr int renderDelayMs = 800;
}

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
        if (m_session->tracks()->rowCount() > 0)
            m_session->setCurrentTrackId(m_session->tracks()->trackIdAt(0));
        QTimer::singleShot(renderDelayMs, this, then);
    };
    if (!m_session->isLoading()) {
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

void WindowCheck::runSelfTest()
{
    whenPopulated([this] {
        for (const QQmlError &warning : std::as_const(m_warnings))
            std::fprintf(stderr, "self-test: %s\n", qPrintable(warning.toString()));
        const bool ok = m_warnings.isEmpty() && window() && window()->isVisible();
        std::fprintf(stderr, "self-test: %s\n", ok ? "passed" : "FAILED");
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

void WindowCheck::captureWhenReady(const QString &path)
{
    whenPopulated([this, path] {
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
