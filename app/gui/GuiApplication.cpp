// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "GuiApplication.h"

#include "AppInfo.h"
#include "CatalogSession.h"
#include "gui/WindowCheck.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::GuiApplication
{

int run(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    AppInfo::apply();
    AppInfo::installTranslations(app);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/app.imprint.Imprint.svg"_s));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption catalog(
        u"catalog"_s, QCoreApplication::translate("GuiApplication", "Open FILE."), u"FILE"_s);
    const QCommandLineOption selfTest(
        u"self-test"_s, QCoreApplication::translate("GuiApplication", "Load every page and quit."));
    const QCommandLineOption screenshot(u"screenshot"_s,
        QCoreApplication::translate("GuiApplication", "Save the window to FILE and quit."), u"FILE"_s);
    const QCommandLineOption page(
        u"page"_s, QCoreApplication::translate("GuiApplication", "Open on page KEY (catalog, …)."), u"KEY"_s);
    const QCommandLineOption dialog(u"dialog"_s,
        QCoreApplication::translate("GuiApplication",
            "With --screenshot: open dialog KEY (tags: Write Tags, terms: AI Tool Terms) first."),
        u"KEY"_s);
    const QCommandLineOption selectTracks(u"select-tracks"_s,
        QCoreApplication::translate("GuiApplication", "With --screenshot, select the first COUNT tracks."),
        u"COUNT"_s);
    const QCommandLineOption selectTrack(u"select-track"_s,
        QCoreApplication::translate("GuiApplication",
            "With --screenshot, select the first track whose title or version contains TEXT."),
        u"TEXT"_s);
    const QCommandLineOption size(u"size"_s,
        QCoreApplication::translate(
            "GuiApplication", "Open the window WIDTHxHEIGHT pixels large (1024x700)."),
        u"WIDTHxHEIGHT"_s);
    parser.addOptions({ catalog, selfTest, screenshot, page, dialog, selectTracks, selectTrack, size });
    parser.process(app);

    const CatalogStore store(parser.isSet(catalog) ? parser.value(catalog) : CatalogStore::defaultPath());
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("GuiApplication", "imprint: cannot open the catalog: %1")
                    .arg(error)));
        return 1;
    }
    CatalogSession session(store);
    session.reload();

    QQmlApplicationEngine engine;
    WindowCheck check(&engine, &session);
    check.setSelectedTrackCount(parser.value(selectTracks).toInt());
    check.setSelectedTrackText(parser.value(selectTrack));
    engine.setInitialProperties({ { u"session"_s, QVariant::fromValue(&session) } });
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.loadFromModule("Imprint", "Main");
    if (engine.rootObjects().isEmpty())
        return 1;
    if (const QStringList extent = parser.value(size).split(u'x'); extent.size() == 2) {
        QObject *window = engine.rootObjects().constFirst();
        window->setProperty("width", extent.constFirst().toInt());
        window->setProperty("height", extent.constLast().toInt());
    }
    if (parser.isSet(page) && !parser.isSet(screenshot))
        QMetaObject::invokeMethod(
            engine.rootObjects().constFirst(), "showPage", Q_ARG(QVariant, parser.value(page)));
    if (parser.isSet(selfTest))
        check.runSelfTest();
    else if (parser.isSet(screenshot))
        check.captureWhenReady(parser.value(screenshot), parser.value(page), parser.value(dialog));
    const int status = QGuiApplication::exec();
    session.waitForIdle();
    return status;
}

} // namespace Imprint::GuiApplication
