// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CommandLine.h"
#include "AttachCutdownsCommand.h"
#include "BackupCommand.h"
#include "CommandHelp.h"
#include "ConsolidateCommand.h"
#include "CopyCatalogCommand.h"
#include "DuplicatesCommand.h"
#include "ExportCalendarCommand.h"
#include "ExportReleaseCommand.h"
#include "ImportStemsCommand.h"
#include "InitTeamCatalogCommand.h"
#include "LibraryFolderCommand.h"
#include "MetadataCommand.h"
#include "NewReleaseCommand.h"
#include "OpenCatalog.h"
#include "Output.h"
#include "PlanCommand.h"
#include "RightsReportCommand.h"
#include "VerifyCommand.h"
#include "WriteTagsCommand.h"

#include "AppInfo.h"
#include "CheckCommand.h"
#include "analysis/CatalogAnalysis.h"
#include "catalog/TrackQueries.h"
#include "cli/CatalogCheckCommand.h"
#include "demo/DemoCredits.h"
#include "demo/DemoLibrary.h"
#include "demo/DemoPlan.h"
#include "demo/DemoRights.h"
#include "import/Importer.h"
#include "library/LibraryFolders.h"
#include "platform/Interrupt.h"
#include "platform/Terminal.h"
#include "schedule/Schedule.h"
#include "tracks/TrackListing.h"
#include "tracks/TrackTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

std::atomic_bool interrupted = false;

QJsonObject toJson(const ImportSummary &summary)
{
    QJsonArray problems;
    for (const ImportProblem &problem : summary.problems)
        problems.append(QJsonObject { { u"path"_s, problem.path }, { u"reason"_s, problem.reason } });
    QJsonArray moved;
    for (const ImportMove &move : summary.moved)
        moved.append(QJsonObject { { u"from"_s, move.from }, { u"to"_s, move.to } });
    QJsonObject object { { u"found"_s, summary.found }, { u"added"_s, summary.added }, { u"moved"_s, moved },
        { u"updated"_s, summary.updated }, { u"unchanged"_s, summary.unchanged },
        { u"failed"_s, summary.failed }, { u"skipped"_s, summary.skipped },
        { u"cancelled"_s, summary.cancelled }, { u"problems"_s, problems } };
    if (!summary.ok())
        object.insert(u"error"_s, summary.fatalError);
    return object;
}

ImportSummary importFolder(const CatalogStore &store, const QString &folder, bool quiet, bool copy = false)
{
    Importer importer(store);
    importer.setCopyIntoLibrary(copy);
    const bool terminal = !quiet && Platform::isTerminal(stderr);
    if (terminal) {
        importer.setProgressCallback([](int done, int total, const QString &) {
            std::fprintf(stderr, "\r%s",
                qPrintable(
                    QCoreApplication::translate("CommandLine", "Importing… %1/%2").arg(done).arg(total)));
            std::fflush(stderr);
        });
    }
    // Ctrl+C stops after the current batch; everything stored so far stays consistent.
    Platform::stopOnInterrupt(interrupted);
    ImportSummary summary = importer.run(folder, interrupted);
    Platform::endOnInterrupt();
    if (terminal)
        std::fputs("\n", stderr);
    return summary;
}

int reportImport(const ImportSummary &summary, bool json)
{
    if (json) {
        printJson(toJson(summary));
    } else {
        for (const ImportProblem &problem : summary.problems)
            print(stderr, u"%1: %2"_s.arg(QDir::toNativeSeparators(problem.path), problem.reason));
        for (const ImportProblem &note : summary.notes())
            print(stdout, note.reason);
        print(summary.ok() ? stdout : stderr, summary.describe());
    }
    if (!summary.ok())
        return 1;
    if (summary.cancelled)
        return 130;
    // Files that could not be read make it "done, but not everything": 1, as for check.
    return summary.failed > 0 ? 1 : 0;
}

int runImport(const CatalogStore &store, const QStringList &args, bool copy, bool json)
{
    if (args.size() != 1) {
        print(stderr,
            QCoreApplication::translate(
                "CommandLine", "usage: imprint [--catalog FILE] import FOLDER [--copy] [--json]"));
        return 2;
    }
    if (!openCatalogToCreate(store))
        return 1;
    return reportImport(importFolder(store, args.constFirst(), json, copy), json);
}

int runDemo(const QString &outDir, const QString &catalogPath, bool json)
{
    if (outDir.isEmpty()) {
        print(
            stderr, QCoreApplication::translate("CommandLine", "usage: imprint demo --out FOLDER [--json]"));
        return 2;
    }
    const QDir out(outDir);
    if (out.exists() && !out.isEmpty()) {
        print(stderr,
            QCoreApplication::translate(
                "CommandLine", "imprint: %1 is not empty; choose a new folder for the demo catalog")
                .arg(outDir));
        return 1;
    }
    const QString library = out.absoluteFilePath(u"library"_s);
    QString error;
    const auto demo = Demo::generateDemoLibrary(library, &error);
    if (!demo) {
        print(stderr,
            QCoreApplication::translate("CommandLine", "imprint: cannot create the demo library: %1")
                .arg(error));
        return 1;
    }
    const CatalogStore store(catalogPath.isEmpty() ? out.absoluteFilePath(u"catalog.sqlite"_s) : catalogPath);
    if (!openCatalogToCreate(store))
        return 1;
    const ImportSummary summary = importFolder(store, library, json);
    // Dates relative to today, so the calendar always shows a live plan with one release at risk.
    if (summary.ok()
        && !Demo::planDemoReleases(store, Schedule::localDate(QDateTime::currentDateTime()), &error)) {
        print(stderr,
            QCoreApplication::translate("CommandLine", "imprint: cannot plan the demo releases: %1")
                .arg(error));
        return 1;
    }
    // Credits, splits, works and parties, so those editors open on real content.
    if (summary.ok() && !Demo::creditDemoCatalog(store, &error)) {
        print(stderr,
            QCoreApplication::translate("CommandLine", "imprint: cannot credit the demo catalog: %1")
                .arg(error));
        return 1;
    }
    // Audio checks and rights, so the readiness verdicts have something to stand on.
    if (summary.ok()) {
        const CatalogAnalysisSummary analysis = CatalogAnalysis(store).run(interrupted);
        if (!analysis.fatalError.isEmpty()
            || !Demo::addDemoRights(store, Schedule::localDate(QDateTime::currentDateTime()), &error)) {
            print(stderr,
                QCoreApplication::translate("CommandLine", "imprint: cannot add the demo rights: %1")
                    .arg(analysis.fatalError.isEmpty() ? error : analysis.fatalError));
            return 1;
        }
    }
    if (!json)
        print(stdout,
            QCoreApplication::translate("CommandLine", "Demo catalog: %1")
                .arg(QDir::toNativeSeparators(store.path())));
    return reportImport(summary, json);
}

int runTracks(const CatalogStore &store, const QString &search, bool json)
{
    if (!openExistingCatalog(store))
        return 1;
    QString error;
    QSqlDatabase db = store.connection(&error);
    // Only what is printed: a session would load every track's rights and quality data too.
    const auto tracks = db.isValid() ? TrackListing::find(db, search, &error) : std::nullopt;
    if (!tracks) {
        print(stderr,
            QCoreApplication::translate("CommandLine", "imprint: cannot read the catalog: %1").arg(error));
        return 1;
    }
    QJsonArray rows;
    for (const TrackRow &track : *tracks) {
        if (json) {
            rows.append(QJsonObject { { u"id"_s, track.id }, { u"title"_s, track.title },
                { u"artist"_s, track.artist }, { u"release"_s, track.release },
                { u"version"_s, track.version }, { u"isrc"_s, track.isrc },
                { u"durationMs"_s, track.durationMs }, { u"format"_s, track.format },
                { u"path"_s, track.path } });
        } else {
            // The catalog page's columns, as it shows them.
            print(stdout,
                QStringList { track.title, track.artist, track.release, track.version, track.isrc,
                    TrackTableModel::formatDuration(track.durationMs),
                    TrackTableModel::describeFormat(track) }
                    .join(u'\t'));
        }
    }
    if (json)
        printJson(QJsonObject { { u"count"_s, rows.size() }, { u"tracks"_s, rows } });
    return 0;
}

} // namespace

// A PDF needs fonts, and fonts need a QGuiApplication; offscreen, so no display is needed.
bool needsGui(int argc, char **argv)
{
    bool report = false, pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        report = report || arg == "rights-report";
        pdf = pdf || arg == "--pdf" || arg.startsWith("--pdf=");
    }
    return report && pdf;
}

int run(int argc, char **argv)
{
    const bool gui = needsGui(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application(
        gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    AppInfo::apply();
    AppInfo::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Imprint: catalog, audio checks, rights and release planning."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalog(u"catalog"_s,
        QCoreApplication::translate("CommandLine", "Use the catalog in FILE instead of the default one."),
        u"FILE"_s);
    const QCommandLineOption json(
        u"json"_s, QCoreApplication::translate("CommandLine", "Print machine-readable JSON."));
    const QCommandLineOption out(u"out"_s,
        QCoreApplication::translate("CommandLine", "demo: the folder to create the demo catalog in."),
        u"FOLDER"_s);
    const QCommandLineOption search(u"search"_s,
        QCoreApplication::translate("CommandLine", "tracks: only tracks matching TEXT."), u"TEXT"_s);
    const QCommandLineOption set(u"set"_s,
        QCoreApplication::translate("CommandLine", "write-tags: set FIELD to VALUE (repeatable)."),
        u"FIELD=VALUE"_s);
    const QCommandLineOption release(u"release"_s,
        QCoreApplication::translate(
            "CommandLine", "write-tags, export-release, export-calendar, rights-report: release ID."),
        u"ID"_s);
    const QCommandLineOption track(u"track"_s,
        QCoreApplication::translate("CommandLine",
            "write-tags: the master of track ID; import-stems, attach-cutdowns: the track; rights-report: "
            "track ID."),
        u"ID"_s);
    const QCommandLineOption pdf(u"pdf"_s,
        QCoreApplication::translate("CommandLine", "rights-report: write the rights sheet as PDF to FILE."),
        u"FILE"_s);
    const QCommandLineOption all(
        u"all"_s, QCoreApplication::translate("CommandLine", "write-tags: every master in the catalog."));
    const QCommandLineOption dryRun(u"dry-run"_s,
        QCoreApplication::translate(
            "CommandLine", "write-tags, import-metadata: show what would change, change nothing."));
    const QCommandLineOption profile(u"profile"_s,
        QCoreApplication::translate("CommandLine",
            "export-release: the delivery profile (distributor, sync); check --catalog: the audio profile "
            "(streaming, sync, broadcast, content)."),
        u"PROFILE"_s);
    const QCommandLineOption format(u"format"_s,
        QCoreApplication::translate("CommandLine",
            "export-release: zip, tar.gz, tar.xz or tar.zst (default: from --out); export-metadata, "
            "import-metadata: json or csv (default: from the file name)."),
        u"FORMAT"_s);
    const QCommandLineOption force(u"force"_s,
        QCoreApplication::translate("CommandLine",
            "export-release: export despite preflight warnings; import-stems: attach stems that do not "
            "match the master; library-folder: use a folder that holds none of the catalog's files."));
    const QCommandLineOption date(u"date"_s,
        QCoreApplication::translate("CommandLine", "new-release: the release date (YYYY-MM-DD)."), u"DATE"_s);
    const QCommandLineOption type(u"type"_s,
        QCoreApplication::translate(
            "CommandLine", "new-release: single (default), ep, album or compilation."),
        u"TYPE"_s);
    const QCommandLineOption copy(u"copy"_s,
        QCoreApplication::translate("CommandLine",
            "import: copy the files of a folder outside the catalog's library folder into it."));
    const QCommandLineOption newCatalog(u"new"_s,
        QCoreApplication::translate("CommandLine",
            "import-metadata: start a new catalog from a CSV file when the catalog does not exist."));
    const QList<QCommandLineOption> options = QList<QCommandLineOption> { catalog, json, out, search, set,
        release, track, all, dryRun, profile, format, force, pdf, date, type, copy, newCatalog }
        // --title and --artist: new-release's release, add-track's planned track.
        + planOptions() + QList<QCommandLineOption> { allowMissingOption() } + teamRoleOptions();
    parser.addOptions(options);
    parser.addPositionalArgument(u"command"_s, commandSummaries(), u"COMMAND"_s);
    // Usage errors (an unknown option, a missing value) exit 2, as documented, not 1 as process() would.
    if (!parser.parse(app.arguments())) {
        print(stderr, u"imprint: "_s + parser.errorText());
        print(stderr, parser.helpText());
        return 2;
    }
    // These print and exit; --help-all also lists Qt's own options.
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (parser.isSet(u"help-all"_s))
        parser.process(app);

    QStringList args = parser.positionalArguments();
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (!command.isEmpty() && !isCommand(command)) {
        print(
            stderr, QCoreApplication::translate("CommandLine", "imprint: unknown command '%1'").arg(command));
        print(stderr, parser.helpText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        print(stdout, command.isEmpty() ? parser.helpText() : commandHelp(command, options));
        return 0;
    }
    if (command.isEmpty()) {
        print(stderr, QCoreApplication::translate("CommandLine", "imprint: no command given"));
        print(stderr, parser.helpText());
        return 2;
    }
    // A team catalog's files are where this computer has its library (library-folder).
    const CatalogStore store = LibraryFolders::withLocalFolder(
        CatalogStore(parser.isSet(catalog) ? parser.value(catalog) : CatalogStore::defaultPath()));
    if (command == u"import")
        return runImport(store, args, parser.isSet(copy), parser.isSet(json));
    if (command == u"demo")
        return runDemo(parser.value(out), parser.value(catalog), parser.isSet(json));
    if (command == u"write-tags" && (parser.isSet(release) || parser.isSet(track) || parser.isSet(all))) {
        using Scope = CatalogTags::Selection::Scope;
        const CatalogTags::Selection selection = parser.isSet(release)
            ? CatalogTags::Selection { Scope::Release, parser.value(release).toLongLong(), {} }
            : parser.isSet(track)
            ? CatalogTags::Selection { Scope::Track, parser.value(track).toLongLong(), {} }
            : CatalogTags::Selection { Scope::All, 0, {} };
        return runWriteCatalogTags(store, selection, parser.isSet(dryRun), parser.isSet(json));
    }
    if (command == u"write-tags")
        return runWriteTags(args, parser.values(set), parser.isSet(dryRun), parser.isSet(json));
    if (command == u"tracks")
        return runTracks(store, parser.value(search), parser.isSet(json));
    if (command == u"check") {
        // Ctrl+C stops the files in progress; finished ones are still reported.
        Platform::stopOnInterrupt(interrupted);
        if (args.isEmpty() && parser.isSet(catalog))
            return openCatalogToChange(store) // the analysis is stored
                ? runCatalogCheck(store, parser.value(profile), parser.isSet(json), interrupted)
                : 1;
        return runCheck(args, parser.isSet(json), interrupted);
    }
    if (command == u"verify")
        return runVerify(args, parser.isSet(json));
    if (command == u"backup" || command == u"restore") {
        // Ctrl+C stops the backup or restore; nothing is left half written.
        Platform::stopOnInterrupt(interrupted);
        return command == u"backup"
            ? runBackup(store, args, parser.isSet(json), parser.isSet(allowMissingOption()), interrupted)
            : runRestore(args, parser.isSet(json), interrupted);
    }
    if (command == u"duplicates")
        return runDuplicates(store, args, parser.isSet(json));
    if (command == u"library-folder") {
        // Ctrl+C stops the check; a folder is only remembered after a whole one.
        Platform::stopOnInterrupt(interrupted);
        return runLibraryFolder(store, args, parser.isSet(force), parser.isSet(json), interrupted);
    }
    if (command == u"consolidate") {
        // Ctrl+C stops after the file being copied; the catalog points at every finished copy.
        Platform::stopOnInterrupt(interrupted);
        return runConsolidate(store, args, parser.isSet(json), interrupted);
    }
    if (command == u"export-release") {
        Platform::stopOnInterrupt(interrupted);
        return runExportRelease(store,
            { parser.value(release), parser.value(profile), parser.value(out), parser.value(format),
                parser.isSet(force), parser.isSet(json) },
            interrupted);
    }
    if (command == u"export-metadata")
        return runExportMetadata(store, args, parser.value(format));
    if (command == u"import-metadata")
        return runImportMetadata(store, args,
            { parser.value(format), parser.isSet(dryRun), parser.isSet(json), parser.isSet(newCatalog) });
    if (command == u"copy-catalog") {
        Platform::stopOnInterrupt(interrupted); // Ctrl+C: nothing is copied
        return runCopyCatalog(args, parser.isSet(json), interrupted);
    }
    if (command == u"init-team-catalog")
        return runInitTeamCatalog(args, parser, parser.isSet(json));
    if (command == u"export-calendar")
        return runExportCalendar(store, args, parser.value(release), parser.isSet(json));
    if (command == u"new-release")
        return runNewRelease(store,
            { parser.value(u"title"_s), parser.value(u"artist"_s), parser.value(date), parser.value(type),
                parser.isSet(json) });
    if (command == u"import-stems") {
        // Ctrl+C stops the import; nothing is left in the library or the catalog.
        Platform::stopOnInterrupt(interrupted);
        return runImportStems(
            store, { args, parser.value(track), parser.isSet(force), parser.isSet(json) }, interrupted);
    }
    if (command == u"attach-cutdowns") {
        Platform::stopOnInterrupt(interrupted);
        return runAttachCutdowns(store, { args, parser.value(track), parser.isSet(json) }, interrupted);
    }
    if (planCommands().contains(command))
        return runPlanCommand(command, store, args, parser);
    if (command == u"rights-report")
        return runRightsReport(
            store, { parser.value(track), parser.value(release), parser.value(pdf), parser.isSet(json) });
    return 2; // not reached: every command is dispatched above
}

} // namespace Imprint::CommandLine
