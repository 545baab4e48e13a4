// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "BackupCommand.h"
#include "OpenCatalog.h"
#include "Output.h"

#include "delivery/CatalogBackup.h"
#include "platform/Terminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

// "Backing up… 12/340 MiB" on a terminal, nothing otherwise.
Archive::ProgressFn terminalProgress(bool json, const char *label)
{
    if (json || !Platform::isTerminal(stderr))
        return {};
    return [label](qint64 done, qint64 total) {
        const QString text = total > 0 ? QCoreApplication::translate("CommandLine", "%1… %2/%3 MiB")
                                             .arg(QCoreApplication::translate("CommandLine", label))
                                             .arg(done >> 20)
                                             .arg(total >> 20)
                                       : QCoreApplication::translate("CommandLine", "%1… %2 MiB")
                                             .arg(QCoreApplication::translate("CommandLine", label))
                                             .arg(done >> 20);
        std::fprintf(stderr, "\r%s", qPrintable(text));
        std::fflush(stderr);
    };
}

void endProgress(bool json)
{
    if (!json && Platform::isTerminal(stderr))
        std::fputs("\n", stderr);
}

} // namespace

QCommandLineOption allowMissingOption()
{
    return QCommandLineOption(u"allow-missing"_s,
        QCoreApplication::translate("CommandLine",
            "backup: write the backup even when files the catalog refers to are missing (they are listed)."));
}

int runBackup(const CatalogStore &store, const QStringList &args, bool json, bool allowMissing,
    const std::atomic_bool &cancel)
{
    if (args.size() != 1) {
        print(stderr,
            QCoreApplication::translate("CommandLine",
                "usage: imprint [--catalog FILE] backup OUT.tar.zst [--allow-missing] [--json]"));
        return 2;
    }
    if (!openExistingCatalog(store))
        return 1;
    QString error;
    const QString &out = args.constFirst();
    const Delivery::BackupResult result = Delivery::writeBackup(store, out, cancel,
        terminalProgress(json, QT_TRANSLATE_NOOP("CommandLine", "Backing up")), allowMissing);
    endProgress(json);
    if (json) {
        QJsonObject object { { u"backup"_s, out }, { u"ok"_s, result.ok() },
            { u"cancelled"_s, result.cancelled }, { u"size"_s, result.size }, { u"files"_s, result.assets },
            { u"bytes"_s, result.assetBytes }, { u"tracks"_s, result.tracks },
            { u"releases"_s, result.releases },
            { u"missing"_s, QJsonArray::fromStringList(result.missing) } };
        if (!result.error.isEmpty())
            object.insert(u"error"_s, result.error);
        printJson(object);
    } else if (result.ok()) {
        // Only with --allow-missing: the backup was written without these.
        for (const QString &line : result.missingReasons)
            print(stderr, QCoreApplication::translate("CommandLine", "%1; not backed up").arg(line));
        print(stdout,
            QCoreApplication::translate("CommandLine", "Backed up %1 tracks and %2 files (%3 MiB) to %4")
                .arg(result.tracks)
                .arg(result.assets)
                .arg(result.size >> 20)
                .arg(QDir::toNativeSeparators(out)));
    } else if (!result.cancelled) {
        print(stderr,
            QCoreApplication::translate("CommandLine", "imprint: backup failed: %1").arg(result.error));
    }
    if (result.cancelled)
        return 130;
    // Missing files fail the backup (1) unless --allow-missing accepted them: then they are
    // warnings, listed, and the backup the user asked for is done (0).
    return result.ok() ? 0 : 1;
}

int runRestore(const QStringList &args, bool json, const std::atomic_bool &cancel)
{
    if (args.size() != 2) {
        print(stderr,
            QCoreApplication::translate("CommandLine", "usage: imprint restore BACKUP FOLDER [--json]"));
        return 2;
    }
    const Delivery::RestoreResult result = Delivery::restoreBackup(args.at(0), args.at(1), cancel,
        terminalProgress(json, QT_TRANSLATE_NOOP("CommandLine", "Restoring")));
    endProgress(json);
    if (json) {
        QJsonArray problems;
        for (const Delivery::RestoreProblem &problem : result.problems)
            problems.append(QJsonObject { { u"path"_s, problem.path }, { u"status"_s, problem.status },
                { u"reason"_s, problem.reason } });
        QJsonObject object { { u"backup"_s, args.at(0) }, { u"target"_s, args.at(1) },
            { u"ok"_s, result.ok() }, { u"cancelled"_s, result.cancelled },
            { u"catalog"_s, result.catalogPath }, { u"libraryRoot"_s, result.libraryRoot },
            { u"files"_s, result.files }, { u"bytes"_s, result.bytes }, { u"tracks"_s, result.tracks },
            { u"problems"_s, problems } };
        if (!result.error.isEmpty())
            object.insert(u"error"_s, result.error);
        printJson(object);
    } else if (result.ok()) {
        print(stdout,
            QCoreApplication::translate(
                "CommandLine", "Restored %1 tracks and %2 files; open it with --catalog %3")
                .arg(result.tracks)
                .arg(result.files)
                .arg(QDir::toNativeSeparators(result.catalogPath)));
    } else if (!result.cancelled) {
        print(stderr, QCoreApplication::translate("CommandLine", "imprint: %1").arg(result.error));
        // The extraction error names the first problem; list every entry that is missing or wrong.
        if (!result.error.contains(u'\n'))
            for (const Delivery::RestoreProblem &problem : result.problems)
                print(stderr, u"  %1: %2 (%3)"_s.arg(problem.path, problem.status, problem.reason));
    }
    if (result.cancelled)
        return 130;
    return result.ok() ? 0 : 1;
}

} // namespace Imprint::CommandLine
