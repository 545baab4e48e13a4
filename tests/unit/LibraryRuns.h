// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "AudioFixtures.h"
#include "TestBackend.h"
#include "analysis/CatalogAnalysis.h"
#include "catalog/CatalogStore.h"
#include "duplicates/LikelyDuplicates.h"
#include "import/Importer.h"

#include <QDebug>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>

/// What the tests of moved files and likely duplicates do to a library and its catalog: import
/// it, analyse it as the Quality page's Analyze does, and look at what the catalog holds.
namespace Imprint::Test
{

inline ImportSummary importFolder(const CatalogStore &store, const QString &folder)
{
    std::atomic_bool cancel = false;
    return Importer(store).run(folder, cancel);
}

/// Stores each file's analysis, audio hash and fingerprint.
inline CatalogAnalysisSummary analyseCatalog(const CatalogStore &store)
{
    std::atomic_bool cancel = false;
    const CatalogAnalysisSummary summary = CatalogAnalysis(store).run(cancel);
    if (!summary.fatalError.isEmpty())
        qWarning() << summary.fatalError;
    return summary;
}

inline int notAnalysed(const CatalogStore &store)
{
    QString error;
    const std::optional<int> count = LikelyDuplicates::notAnalysed(store.connection(), &error);
    if (!count)
        qWarning() << error;
    return count.value_or(-1);
}

/// The first column of the first row of sql as text, empty for none.
inline QString text(const CatalogStore &store, const QString &sql)
{
    QSqlQuery query(store.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

inline bool exec(const CatalogStore &store, const QString &sql)
{
    QSqlQuery query(store.connection());
    return query.exec(sql);
}

/// A library folder of generated takes in a temporary folder, and the catalog that imports it
/// (a file beside it, or a database of its own on the test server).
struct TakeLibrary {
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("library"));
    CatalogStore store { catalogLocation(dir, QStringLiteral("catalog.sqlite")) };
    QString error; ///< why the last add() or openAndImport() failed

    /// A take (Testing::makeTakeFile) in the library or a folder of it; its path, empty on failure.
    QString add(const QString &name, const QString &extension, int take, double gain,
        const QString &subfolder = QString())
    {
        const QString where = subfolder.isEmpty() ? folder : folder + u'/' + subfolder;
        if (!QDir().mkpath(where)) {
            error = QStringLiteral("cannot make %1").arg(where);
            return {};
        }
        return Testing::makeTakeFile(where, name, extension, take, gain, &error);
    }

    /// Opens the catalog and imports the library into it; false with error set.
    bool openAndImport()
    {
        if (!QDir().mkpath(folder) || !store.open(&error))
            return false;
        const ImportSummary summary = importFolder(store, folder);
        error = summary.fatalError;
        return summary.ok();
    }

    /// One take (add()) and the library imported into the catalog (openAndImport()): the take's
    /// path, empty with error set when either failed.
    QString addAndImport(const QString &name, const QString &extension, int take, double gain)
    {
        const QString path = add(name, extension, take, gain);
        return !path.isEmpty() && openAndImport() ? path : QString();
    }
};

} // namespace Imprint::Test
