// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CommandHelp.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

// One line of the command list. A command with two forms (check, write-tags) has two lines.
struct Synopsis {
    QString command;
    QString syntax; ///< the arguments after the command name, not translated (option names)
    const char *summary; ///< what it does, translated when shown
    QStringList options; ///< the names of the options it takes, --catalog included when it uses one
};

const QList<Synopsis> &synopses()
{
    static const QList<Synopsis> list {
        { u"import"_s, u"FOLDER [--copy]"_s,
            QT_TRANSLATE_NOOP("CommandLine", "import audio and artwork from a folder"),
            { u"catalog"_s, u"copy"_s, u"json"_s } },
        { u"demo"_s, u"--out FOLDER"_s, QT_TRANSLATE_NOOP("CommandLine", "create a demo library and catalog"),
            { u"out"_s, u"catalog"_s, u"json"_s } },
        { u"tracks"_s, u"[--search TEXT]"_s, QT_TRANSLATE_NOOP("CommandLine", "list the catalog's tracks"),
            { u"catalog"_s, u"search"_s, u"json"_s } },
        { u"write-tags"_s, u"FILE… --set FIELD=VALUE…"_s,
            QT_TRANSLATE_NOOP("CommandLine", "write tags into audio files"),
            { u"set"_s, u"dry-run"_s, u"json"_s } },
        { u"write-tags"_s, u"--release ID|--track ID|--all"_s,
            QT_TRANSLATE_NOOP("CommandLine", "write the catalog's values into the masters"),
            { u"catalog"_s, u"release"_s, u"track"_s, u"all"_s, u"dry-run"_s, u"json"_s } },
        { u"check"_s, u"FILE|FOLDER…"_s,
            QT_TRANSLATE_NOOP("CommandLine", "measure loudness, peaks, clipping and silence"),
            { u"json"_s } },
        { u"check"_s, u"--catalog FILE [--profile NAME]"_s,
            QT_TRANSLATE_NOOP("CommandLine", "analyse the catalog, print verdicts and fixes"),
            { u"catalog"_s, u"profile"_s, u"json"_s } },
        { u"verify"_s, u"PACKAGE"_s,
            QT_TRANSLATE_NOOP("CommandLine", "check a package against its SHA-256 manifest"), { u"json"_s } },
        { u"backup"_s, u"OUT.tar.zst [--allow-missing]"_s,
            QT_TRANSLATE_NOOP("CommandLine", "back up the catalog and every file it refers to"),
            { u"catalog"_s, u"allow-missing"_s, u"json"_s } },
        { u"consolidate"_s, QString(),
            QT_TRANSLATE_NOOP("CommandLine", "copy files the catalog refers to outside its library into it"),
            { u"catalog"_s, u"json"_s } },
        { u"library-folder"_s, u"[FOLDER] [--force]"_s,
            QT_TRANSLATE_NOOP("CommandLine",
                "check the library's files (SHA-256); with FOLDER, make it the library on this computer"),
            { u"catalog"_s, u"force"_s, u"json"_s } },
        { u"duplicates"_s, QString(),
            QT_TRANSLATE_NOOP(
                "CommandLine", "list tracks that are likely the same take (another encode, a re-export)"),
            { u"catalog"_s, u"json"_s } },
        { u"duplicates"_s, u"keep-both TRACK_ID TRACK_ID"_s,
            QT_TRANSLATE_NOOP("CommandLine", "remember that two tracks are different recordings"),
            { u"catalog"_s, u"json"_s } },
        { u"restore"_s, u"BACKUP FOLDER"_s,
            QT_TRANSLATE_NOOP("CommandLine", "restore a backup into a new or empty folder"), { u"json"_s } },
        { u"export-release"_s, u"--release ID --profile P --out FILE"_s,
            QT_TRANSLATE_NOOP("CommandLine", "package a release for delivery"),
            { u"catalog"_s, u"release"_s, u"profile"_s, u"out"_s, u"format"_s, u"force"_s, u"json"_s } },
        { u"export-metadata"_s, u"OUT.json|OUT.csv"_s,
            QT_TRANSLATE_NOOP("CommandLine", "the whole catalog as JSON, or its tracks as CSV"),
            { u"catalog"_s, u"format"_s } },
        { u"import-metadata"_s, u"FILE.json|FILE.csv"_s,
            QT_TRANSLATE_NOOP("CommandLine", "a JSON export into an empty catalog, or CSV track edits"),
            { u"catalog"_s, u"format"_s, u"dry-run"_s, u"new"_s, u"json"_s } },
        { u"copy-catalog"_s, u"FROM TO"_s,
            QT_TRANSLATE_NOOP("CommandLine",
                "copy a catalog into a new one, a file or a postgresql:// address each, in one transaction"),
            { u"json"_s } },
        { u"init-team-catalog"_s, u"postgresql://… [--owner LOGIN]… [--editor LOGIN]… [--viewer LOGIN]…"_s,
            QT_TRANSLATE_NOOP(
                "CommandLine", "set a team catalog up on a server, with owner, editor and viewer roles"),
            { u"owner"_s, u"editor"_s, u"viewer"_s, u"json"_s } },
        { u"export-calendar"_s, u"[--release ID] OUT.ics"_s,
            QT_TRANSLATE_NOOP("CommandLine", "the release plan as iCalendar"),
            { u"catalog"_s, u"release"_s, u"json"_s } },
        { u"new-release"_s, u"--title T --artist A [--date YYYY-MM-DD] [--type T]"_s,
            QT_TRANSLATE_NOOP("CommandLine", "plan a release"),
            { u"catalog"_s, u"title"_s, u"artist"_s, u"date"_s, u"type"_s, u"json"_s } },
        { u"import-stems"_s, u"ARCHIVE --track ID"_s,
            QT_TRANSLATE_NOOP("CommandLine", "attach a ZIP or TAR of stems to a track"),
            { u"catalog"_s, u"track"_s, u"force"_s, u"json"_s } },
        { u"attach-cutdowns"_s, u"FILE... --track ID"_s,
            QT_TRANSLATE_NOOP("CommandLine", "attach 30 s and 60 s cut-downs to a track"),
            { u"catalog"_s, u"track"_s, u"json"_s } },
        { u"add-track"_s, u"--release ID --title T [--artist A]"_s,
            QT_TRANSLATE_NOOP("CommandLine", "plan a track with no audio yet on a release"),
            { u"catalog"_s, u"release"_s, u"title"_s, u"artist"_s, u"track-version"_s, u"isrc"_s,
                u"json"_s } },
        { u"set-artwork"_s, u"--release ID IMAGE"_s,
            QT_TRANSLATE_NOOP("CommandLine", "check an image and make it the release's cover"),
            { u"catalog"_s, u"release"_s, u"json"_s } },
        { u"rights-report"_s, u"--track ID|--release ID [--pdf FILE]"_s,
            QT_TRANSLATE_NOOP("CommandLine", "the rights sheet (JSON, PDF)"),
            { u"catalog"_s, u"track"_s, u"release"_s, u"pdf"_s, u"json"_s } },
    };
    return list;
}

QString line(const Synopsis &synopsis)
{
    const QString usage
        = synopsis.syntax.isEmpty() ? synopsis.command : synopsis.command + u' ' + synopsis.syntax;
    return u"%1: %2"_s.arg(usage, QCoreApplication::translate("CommandLine", synopsis.summary));
}

} // namespace

bool isCommand(const QString &name)
{
    return std::ranges::any_of(
        synopses(), [&](const Synopsis &synopsis) { return synopsis.command == name; });
}

QString commandSummaries()
{
    QStringList lines;
    for (const Synopsis &synopsis : synopses())
        lines.append(line(synopsis));
    return lines.join(u'\n');
}

QString commandHelp(const QString &command, const QList<QCommandLineOption> &allOptions)
{
    QStringList lines, names;
    for (const Synopsis &synopsis : synopses()) {
        if (synopsis.command != command)
            continue;
        lines.append(u"imprint "_s + line(synopsis));
        for (const QString &name : synopsis.options) {
            if (!names.contains(name))
                names.append(name);
        }
    }
    QCommandLineParser parser;
    parser.addHelpOption();
    // In the order of the command's synopsis, so --catalog and the command's own options lead.
    for (const QString &name : std::as_const(names)) {
        for (const QCommandLineOption &option : allOptions) {
            if (option.names().contains(name))
                parser.addOption(option);
        }
    }
    // The parser's text without its generic "Usage: imprint [options]" line: the command's own
    // lines say how to call it.
    const QString text = parser.helpText();
    return lines.join(u'\n') + u"\n\n"_s + text.mid(text.indexOf(u"\n\n"_s) + 2);
}

} // namespace Imprint::CommandLine
