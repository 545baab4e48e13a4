// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DuplicatesCommand.h"
#include "OpenCatalog.h"
#include "Output.h"

#include "duplicates/LikelyDuplicates.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

int usage()
{
    print(stderr,
        QCoreApplication::translate("CommandLine",
            "usage: imprint [--catalog FILE] duplicates [--json]\n"
            "       imprint [--catalog FILE] duplicates keep-both TRACK_ID TRACK_ID"));
    return 2;
}

int fail(const CatalogStore &store, const QString &error)
{
    print(stderr, QCoreApplication::translate("CommandLine", "imprint: %1").arg(error));
    store.closeThreadConnection();
    return 1;
}

QString percent(double similarity)
{
    return QString::number(qFloor(similarity * 100)) + u'%';
}

} // namespace

int runDuplicates(const CatalogStore &store, const QStringList &args, bool json)
{
    const bool keep = !args.isEmpty() && args.constFirst() == u"keep-both";
    if ((!args.isEmpty() && !keep) || (keep && args.size() != 3))
        return usage();
    if (!(keep ? openCatalogToChange(store) : openExistingCatalog(store)))
        return 1;
    QString error;
    QSqlDatabase db = store.connection(&error);
    if (!db.isValid())
        return fail(store, error);
    if (keep) {
        bool okA = false;
        bool okB = false;
        const qint64 a = args.at(1).toLongLong(&okA);
        const qint64 b = args.at(2).toLongLong(&okB);
        if (!okA || !okB || a == b)
            return usage();
        if (!LikelyDuplicates::keepBoth(db, a, b, &error))
            return fail(store, error);
        db = {};
        store.closeThreadConnection();
        if (json)
            printJson(QJsonObject { { u"keptBoth"_s, QJsonArray { a, b } } });
        else
            print(stdout,
                QCoreApplication::translate(
                    "CommandLine", "Tracks %1 and %2 are kept as different recordings.")
                    .arg(a)
                    .arg(b));
        return 0;
    }
    const QList<LikelyDuplicate> pairs = LikelyDuplicates::find(db, &error);
    const std::optional<int> unanalysed
        = error.isEmpty() ? LikelyDuplicates::notAnalysed(db, &error) : std::optional<int>();
    db = {};
    if (!unanalysed)
        return fail(store, error);
    const int notAnalysed = unanalysed.value_or(0);
    store.closeThreadConnection();
    if (json) {
        QJsonArray array;
        for (const LikelyDuplicate &pair : pairs)
            array.append(QJsonObject { { u"trackA"_s, pair.trackA }, { u"trackB"_s, pair.trackB },
                { u"titleA"_s, pair.titleA }, { u"titleB"_s, pair.titleB }, { u"pathA"_s, pair.pathA },
                { u"pathB"_s, pair.pathB }, { u"similarity"_s, pair.similarity },
                { u"sameAudio"_s, pair.sameAudio } });
        printJson(QJsonObject { { u"duplicates"_s, array }, { u"notAnalysed"_s, notAnalysed } });
        return 0;
    }
    for (const LikelyDuplicate &pair : pairs) {
        const QString how = pair.sameAudio
            ? QCoreApplication::translate("CommandLine", "the same audio")
            : QCoreApplication::translate("CommandLine", "%1 alike").arg(percent(pair.similarity));
        print(stdout,
            u"%1 “%2” (%3) ≈ %4 “%5” (%6): %7"_s.arg(pair.trackA)
                .arg(pair.titleA, QDir::toNativeSeparators(pair.pathA))
                .arg(pair.trackB)
                .arg(pair.titleB, QDir::toNativeSeparators(pair.pathB), how));
    }
    print(stdout,
        QCoreApplication::translate(
            "CommandLine", "%n pair(s) of likely duplicate tracks", nullptr, int(pairs.size())));
    // The fingerprints come from the analysis: tracks without one are not compared yet.
    if (notAnalysed > 0)
        print(stdout,
            QCoreApplication::translate("CommandLine",
                "%n track(s) not analysed yet; `imprint --catalog %1 check` analyses them, and their "
                "duplicates are listed after it.",
                nullptr, notAnalysed)
                .arg(store.path()));
    return 0;
}

} // namespace Imprint::CommandLine
