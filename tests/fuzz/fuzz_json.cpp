// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// The JSON catalog import (import-metadata FILE.json) against any bytes: parse, import into an
// empty catalog, and empty it again after an import that was accepted.
#include "FuzzTarget.h"

#include "TestCatalog.h"
#include "catalog/CatalogStore.h"
#include "exchange/CatalogJson.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cstdlib>

using namespace Imprint;
using namespace Qt::StringLiterals;

namespace
{

CatalogStore &emptyCatalog()
{
    static CatalogStore store(QDir(Fuzz::scratchDir()).filePath(u"empty.sqlite"_s));
    static const bool opened = [] {
        QString error;
        return store.open(&error);
    }();
    if (!opened)
        Fuzz::fail("the empty catalog could not be made");
    return store;
}

// importCatalog() only fills a catalog without user data: remove what an accepted import wrote
// so the next input is accepted or refused on its own merits. Settings stay (the library root).
void emptyAgain(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(u"PRAGMA foreign_keys = OFF"_s);
    for (const QString &table : CatalogJson::exportedTables()) {
        if (table != u"settings")
            query.exec(u"DELETE FROM "_s + table);
    }
    query.exec(u"PRAGMA foreign_keys = ON"_s);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &parseError);
    if (!document.isObject())
        return 0;
    const QSqlDatabase db = emptyCatalog().connection();
    const CatalogJson::ImportResult result = CatalogJson::importCatalog(db, document.object());
    if (result.ok)
        emptyAgain(db);
    else if (result.error.isEmpty())
        Fuzz::fail("an import refused without a reason");
    return 0;
}

QList<QByteArray> Imprint::Fuzz::seeds()
{
    ensureApplication();
    QList<QByteArray> all;
    Test::TestCatalog generated(6);
    QString error;
    const QJsonObject exported = CatalogJson::exportCatalog(generated.store().connection(), &error);
    if (!exported.isEmpty())
        all.append(QJsonDocument(exported).toJson(QJsonDocument::Compact));
    all.append(R"({"format":"imprint-catalog","version":1,"tables":{}})"_ba);
    all.append(R"({"tables":{"tracks":[{"id":1,"title":"T","isrc":"NOT-AN-ISRC"}]}})"_ba);
    all.append(R"({"tables":{"assets":[{"id":1,"path":"../../etc/passwd"}]}})"_ba);
    return all;
}
