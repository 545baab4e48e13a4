// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "LibraryFolderCommand.h"
#include "OpenCatalog.h"
#include "Output.h"

#include "library/LibraryCheck.h"
#include "library/LibraryFolders.h"
#include "platform/Terminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void printResult(const LibraryCheckResult &result, bool json, bool used)
{
    if (json) {
        QJsonObject object { { u"folder"_s, QDir::toNativeSeparators(result.folder) }, { u"used"_s, used },
            { u"files"_s, result.total }, { u"found"_s, result.found }, { u"verified"_s, result.verified },
            { u"missing"_s, QJsonArray::fromStringList(result.missing) },
            { u"changed"_s, QJsonArray::fromStringList(result.changed) },
            { u"unreadable"_s, QJsonArray::fromStringList(result.unreadable) },
            { u"cancelled"_s, result.cancelled } };
        if (!result.fatalError.isEmpty())
            object.insert(u"error"_s, result.fatalError);
        printJson(object);
        return;
    }
    for (const QString &path : result.missing)
        print(stderr, Text::tr("missing: %1").arg(QDir::toNativeSeparators(path)));
    for (const QString &path : result.changed)
        print(stderr, Text::tr("not the file analysed: %1").arg(QDir::toNativeSeparators(path)));
    for (const QString &problem : result.unreadable)
        print(stderr, Text::tr("unreadable: %1").arg(problem));
    print(result.ok() ? stdout : stderr, result.describe());
}

} // namespace

int runLibraryFolder(
    const CatalogStore &store, const QStringList &args, bool force, bool json, const std::atomic_bool &cancel)
{
    if (args.size() > 1) {
        print(stderr, Text::tr("usage: imprint [--catalog FILE] library-folder [FOLDER] [--force] [--json]"));
        return 2;
    }
    // Choosing this computer's folder for a team catalog writes nothing to the catalog, so a
    // viewer may do it; a catalog file keeps its folder itself.
    if (!(store.isOnServer() ? openExistingCatalog(store) : openCatalogToChange(store)))
        return 1;
    const QString folder = args.isEmpty() ? store.libraryRoot() : QDir(args.constFirst()).absolutePath();
    if (folder.isEmpty()) {
        print(stderr,
            Text::tr("imprint: the catalog has no library folder on this computer yet; name one: imprint "
                     "library-folder FOLDER"));
        return 1;
    }
    LibraryCheck check(store);
    const bool terminal = !json && Platform::isTerminal(stderr);
    if (terminal) {
        check.setProgressCallback([](int done, int total, const QString &) {
            std::fprintf(stderr, "\r%s", qPrintable(Text::tr("Checking… %1/%2").arg(done).arg(total)));
            std::fflush(stderr);
        });
    }
    const LibraryCheckResult result = check.run(folder, cancel);
    if (terminal && result.total > 0)
        std::fputs("\n", stderr);
    if (!result.fatalError.isEmpty() || result.cancelled || args.isEmpty()) {
        printResult(result, json, false);
        return result.cancelled ? 130 : result.ok() ? 0 : 1;
    }
    if (!result.looksLikeTheLibrary() && !force) {
        printResult(result, json, false);
        print(stderr,
            Text::tr(
                "imprint: none of the catalog's %1 files is in %2, so it is not used as the library; add "
                "--force to use it anyway")
                .arg(result.total)
                .arg(QDir::toNativeSeparators(result.folder)));
        return 1;
    }
    QString error;
    if (!LibraryFolders::use(store, result.folder, &error)) {
        print(stderr, Text::tr("imprint: cannot set the library folder: %1").arg(error));
        return 1;
    }
    printResult(result, json, true);
    if (!json)
        print(stdout,
            (store.isOnServer() ? Text::tr("The team library is in %1 on this computer.")
                                : Text::tr("The catalog's library is in %1."))
                .arg(QDir::toNativeSeparators(result.folder)));
    return result.ok() ? 0 : 1;
}

} // namespace Imprint::CommandLine
