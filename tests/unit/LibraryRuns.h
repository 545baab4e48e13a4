// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "analysis/CatalogAnalysis.h"
#include "catalog/CatalogStore.h"
#include "duplicates/LikelyDuplicates.h"
#include "import/Importer.h"

#include <QDebug>
#include <QSqlQuery>

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

} // namespace Imprint::Test
