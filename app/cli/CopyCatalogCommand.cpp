// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CopyCatalogCommand.h"

#include "OpenCatalog.h"
#include "Output.h"
#include "catalog/CatalogStore.h"
#include "exchange/CatalogCopy.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Imprint::CommandLine
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

int runCopyCatalog(const QStringList &args, bool json, const std::atomic_bool &interrupted)
{
    if (args.size() != 2) {
        print(stderr,
            Text::tr("usage: imprint copy-catalog FROM TO (a catalog file or a postgresql:// address each)"));
        return 2;
    }
    const CatalogStore from(args.at(0));
    const CatalogStore to(args.at(1));
    if (from.path() == to.path()) {
        print(stderr, Text::tr("imprint: a catalog cannot be copied onto itself"));
        return 2;
    }
    // Ctrl+C at a password prompt ends the command as interrupted, not as a refused catalog.
    const auto interruptedHere = [&interrupted] {
        if (interrupted)
            print(stderr, Text::tr("imprint: interrupted; nothing was copied"));
        return interrupted.load();
    };
    if (!openExistingCatalog(from)) // which says "interrupted" itself
        return interrupted ? 130 : 1;
    QString error;
    bool asked = false;
    if (!openAskingForPassword(to, &error, &asked)) {
        if (asked && interruptedHere())
            return 130;
        print(stderr, Text::tr("imprint: cannot open the catalog: %1").arg(error));
        return 1;
    }
    print(stderr, Text::tr("Copying %1 to %2…").arg(from.path(), to.path()));
    const CatalogJson::ImportResult result = CatalogCopy::copy(
        from.connection(), to.connection(),
        [](const QString &table, qsizetype rows) {
            if (rows > 0)
                print(stderr, Text::tr("  %1: %n row(s)", nullptr, int(rows)).arg(table));
        },
        &interrupted);
    // A Ctrl+C after the last row is in the copy, committed: what counts is the result.
    if (!result.ok && interruptedHere())
        return 130;
    if (!result.ok) {
        print(stderr, Text::tr("imprint: nothing was copied: %1").arg(result.error));
        return 1;
    }
    int rows = 0;
    QJsonObject tables;
    for (auto it = result.rows.cbegin(); it != result.rows.cend(); ++it) {
        rows += it.value();
        tables.insert(it.key(), it.value());
    }
    if (json)
        printJson(QJsonObject { { QStringLiteral("from"), from.path() }, { QStringLiteral("to"), to.path() },
            { QStringLiteral("rows"), tables } });
    else
        print(stdout, Text::tr("Copied %n row(s) from %1 to %2.", nullptr, rows).arg(from.path(), to.path()));
    return 0;
}

} // namespace Imprint::CommandLine
