// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "GuiApplication.h"

#include "AppInfo.h"
#include "CatalogSession.h"
#include "catalog/ServerAddress.h"
#include "catalog/ServerCredentials.h"
#include "gui/AppSettings.h"
#include "gui/DesktopStyle.h"
#include "gui/IdleIncubationController.h"
#include "gui/WindowCheck.h"
#include "library/LibraryFolders.h"
#include "platform/SelfProgram.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::GuiApplication
{

namespace
{

struct OptionName {
    QByteArrayView name;
    bool takesValue;
    bool qt; ///< QGuiApplication's own, which it takes with one dash or two
};

// The options run() adds to its parser, and those QGuiApplication removes from argv itself.
constexpr OptionName options[] = {
    { "catalog", true, false },
    { "new", false, false },
    { "self-test", false, false },
    { "screenshot", true, false },
    { "page", true, false },
    { "dialog", true, false },
    { "select-tracks", true, false },
    { "select-track", true, false },
    { "size", true, false },
    { "platform", true, true },
    { "platformpluginpath", true, true },
    { "platformtheme", true, true },
    { "plugin", true, true },
    { "qwindowgeometry", true, true },
    { "geometry", true, true },
    { "qwindowicon", true, true },
    { "icon", true, true },
    { "qwindowtitle", true, true },
    { "title", true, true },
    { "session", true, true },
    { "style", true, true },
    { "stylesheet", true, true },
    { "display", true, true },
    { "name", true, true },
    { "reverse", false, true },
    { "nograb", false, true },
    { "dograb", false, true },
    { "sync", false, true },
    { "widgetcount", false, true },
    { "testability", false, true },
    { "qmljsdebugger", false, true },
};

/// The catalog File › New/Open Catalog asked for; the window closes and Imprint starts on it.
class CatalogRequest : public QObject
{
    Q_OBJECT

public:
    explicit CatalogRequest(const QString &current)
        : m_current(absolute(current))
    {
    }
    QString path;
    bool create = false;

    /// A file as an absolute path; a team catalog's server address as it is.
    static QString absolute(const QString &catalog)
    {
        if (ServerAddress::isServerAddress(catalog))
            return catalog;
        const QUrl url(catalog);
        return QFileInfo(url.isLocalFile() ? url.toLocalFile() : catalog).absoluteFilePath();
    }

public Q_SLOTS:
    /// catalog: a path, a file URL (from a file dialog) or a team catalog's server address.
    void take(const QString &catalog, bool createIt)
    {
        const QString chosen = absolute(catalog);
        if (chosen == m_current)
            return;
        path = chosen;
        create = createIt;
        QCoreApplication::quit();
    }
    /// The same catalog again: what the application reads when it opens one has changed (this
    /// computer's library folder, File › Library Folder…).
    void reopen()
    {
        path = m_current;
        create = false;
        QCoreApplication::quit();
    }

private:
    QString m_current;
};

} // namespace

bool takes(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        const bool twoDashes = arg.startsWith("--");
        if (!arg.startsWith('-') || arg == "-" || arg == "--")
            return false;
        QByteArrayView name = arg.sliced(twoDashes ? 2 : 1);
        const qsizetype equals = name.indexOf('=');
        if (equals >= 0)
            name = name.first(equals);
        const auto option = std::ranges::find_if(
            options, [&](const OptionName &known) { return known.name == name && (twoDashes || known.qt); });
        if (option == std::end(options))
            return false;
        if (option->takesValue && equals < 0 && ++i >= argc)
            return false; // the command line says which value is missing
    }
    return true;
}

int run(int argc, char **argv)
{
    // A QApplication, not a QGuiApplication: the desktop style draws controls with QStyle.
    QApplication app(argc, argv);
    AppInfo::apply();
    AppInfo::installTranslations(app);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/app.imprint.Imprint.svg"_s));
    AppInfo::registerAboutData();
    DesktopStyle::apply();

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
            "With --screenshot: open dialog KEY (newrelease: New Release, tags: Write Tags, terms: AI Tool "
            "Terms, duplicates: Likely Duplicates, team: Open Team Catalog, library: Library Folder, import: "
            "Import, about, shortcuts) first."),
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
    const QCommandLineOption create(u"new"_s,
        QCoreApplication::translate("GuiApplication", "With --catalog: create FILE if it does not exist."));
    parser.addOptions(
        { catalog, create, selfTest, screenshot, page, dialog, selectTracks, selectTrack, size });
    parser.process(app);

    // A team catalog's files are where this computer has its library (File › Library Folder…).
    const CatalogStore store = LibraryFolders::withLocalFolder(
        CatalogStore(parser.isSet(catalog) ? parser.value(catalog) : CatalogStore::defaultPath()));
    // A password typed in Open Team Catalog… comes from the process that started this one.
    if (store.isOnServer())
        ServerCredentials::takeFromEnvironment(store.path());
    // A catalog named on the command line is opened, not silently created when mistyped; the
    // default one is created on first start.
    if (parser.isSet(catalog) && !parser.isSet(create) && !store.isOnServer()
        && !QFileInfo::exists(store.path())) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                "GuiApplication", "imprint: catalog %1 does not exist; add --new to create it")
                    .arg(QDir::toNativeSeparators(store.path()))));
        return 1;
    }
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("GuiApplication", "imprint: cannot open the catalog: %1")
                    .arg(error)));
        return 1;
    }
    CatalogSession session(store);
    session.reload();

    IdleIncubationController incubation; // outlives the engine that uses it
    QQmlApplicationEngine engine;
    incubation.install(&engine);
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
    auto *window = qobject_cast<QWindow *>(engine.rootObjects().constFirst());
    auto *settings = engine.singletonInstance<AppSettings *>("Imprint.App", "AppSettings");
    // Checks and screenshots open at a known size; a person's window opens as they left it.
    const bool remembers = !parser.isSet(selfTest) && !parser.isSet(screenshot) && !parser.isSet(size);
    if (remembers && settings && window)
        settings->restoreWindow(window);
    if (settings)
        settings->addRecentCatalog(store.path());
    if (const QStringList extent = parser.value(size).split(u'x'); extent.size() == 2) {
        window->setProperty("width", extent.constFirst().toInt());
        window->setProperty("height", extent.constLast().toInt());
    }
    // File › New/Open Catalog: Imprint starts again on the chosen catalog (or on this one).
    CatalogRequest request(store.path());
    QObject::connect(window, SIGNAL(catalogRequested(QString, bool)), &request, SLOT(take(QString, bool)));
    QObject::connect(window, SIGNAL(reopenRequested()), &request, SLOT(reopen()));
    if (parser.isSet(page) && !parser.isSet(screenshot))
        QMetaObject::invokeMethod(
            engine.rootObjects().constFirst(), "showPage", Q_ARG(QVariant, parser.value(page)));
    if (parser.isSet(selfTest))
        check.runSelfTest();
    else if (parser.isSet(screenshot))
        check.captureWhenReady(parser.value(screenshot), parser.value(page), parser.value(dialog));
    const int status = QGuiApplication::exec();
    if (remembers && settings && window)
        settings->saveWindow(window);
    session.waitForIdle();
    if (!request.path.isEmpty()) {
        QStringList arguments { u"--catalog"_s, request.path };
        if (request.create)
            arguments.append(u"--new"_s);
        QProcess next;
        next.setProgram(Platform::selfProgram());
        next.setArguments(arguments);
        // Only the new process gets the password typed for its team catalog, and takes it out of
        // its environment at once (above).
        if (const QString password = ServerCredentials::password(request.path); !password.isEmpty()) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"PGPASSWORD"_s, password);
            next.setProcessEnvironment(environment);
        }
        if (!next.startDetached())
            return 1;
    }
    return status;
}

} // namespace Imprint::GuiApplication

#include "GuiApplication.moc"
