// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ConsolidateCommand.h"
#include "OpenCatalog.h"
#include "Output.h"

#include "import/LibraryConsolidation.h"
#include "platform/Terminal.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

int runConsolidate(
    const CatalogStore &store, const QStringList &args, bool json, const std::atomic_bool &cancel)
{
    if (!args.isEmpty()) {
        print(stderr,
            QCoreApplication::translate(
                "CommandLine", "usage: imprint [--catalog FILE] consolidate [--json]"));
        return 2;
    }
    if (!openCatalogToChange(store))
        return 1;
    LibraryConsolidation consolidation(store);
    const bool terminal = !json && Platform::isTerminal(stderr);
    if (terminal) {
        consolidation.setProgressCallback([](int done, int total, const QString &) {
            std::fprintf(stderr, "\r%s",
                qPrintable(
                    QCoreApplication::translate("CommandLine", "Copying… %1/%2").arg(done).arg(total)));
            std::fflush(stderr);
        });
    }
    const ConsolidationSummary summary = consolidation.run(cancel);
    if (terminal && summary.outside > 0)
        std::fputs("\n", stderr);
    if (json) {
        QJsonObject object { { u"outside"_s, summary.outside }, { u"copied"_s, summary.copied },
            { u"cancelled"_s, summary.cancelled },
            { u"problems"_s, QJsonArray::fromStringList(summary.problems) } };
        if (!summary.fatalError.isEmpty())
            object.insert(u"error"_s, summary.fatalError);
        printJson(object);
    } else {
        for (const QString &problem : summary.problems)
            print(stderr, problem);
        print(summary.ok() ? stdout : stderr, summary.describe());
    }
    if (summary.cancelled)
        return 130;
    return summary.ok() ? 0 : 1;
}

} // namespace Imprint::CommandLine
