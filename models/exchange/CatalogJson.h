// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QIODevice>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

/// The whole catalog as one JSON document, for exchange and for comparing two catalogs.
///
/// The document is {"format": "imprint-catalog", "formatVersion": 1, "schemaVersion": N,
/// "tables": {"parties": [{column: value, …}, …], …}}: every row of every catalog table with its
/// ids, ordered by its columns, so exporting the same catalog twice gives the same bytes and an
/// import reproduces it exactly. Two things stay out: stored audio measurements (analyses and
/// stem null tests, measured again from the files; CatalogCopy carries them from catalog to
/// catalog) and the library root (it belongs to the machine, not the catalog).
namespace Imprint::CatalogJson
{

inline constexpr int FormatVersion = 1;

/// The exported tables, each after the tables it refers to.
const QStringList &exportedTables();

/// Tables deliberately not exported (caches and bookkeeping).
const QStringList &skippedTables();

/// The document for the catalog on db. Empty, with *error set, when a query fails, or when
/// cancelled (asked before each row) returns true: then *error is "cancelled".
QJsonObject exportCatalog(
    const QSqlDatabase &db, QString *error, const std::function<bool()> &cancelled = {});

/// The same document as QJsonDocument(exportCatalog()).toJson(QJsonDocument::Indented), byte for
/// byte, written to out a row at a time: memory stays flat however large the catalog. False with
/// *error when a query or a write fails (out then holds part of the document).
bool writeCatalog(const QSqlDatabase &db, QIODevice *out, QString *error);

struct ImportResult {
    bool ok = false;
    /// Why nothing was imported, naming the table, row or column at fault.
    QString error;
    /// Rows written per table.
    QMap<QString, int> rows;
};

/// What a caller adds to an import (CatalogCopy: progress, and the rows the document leaves out).
struct ImportSteps {
    /// Called before each table's rows are written, with the number of rows.
    std::function<void(const QString &table, qsizetype rows)> writing;
    /// More writes in the import's transaction, after the document's rows and before references
    /// are checked. Returns why it failed, which rolls back the whole import; empty on success.
    std::function<QString(QSqlDatabase &db)> beforeCommit;
    /// Asked before each row: true stops the import, which then changes nothing ("cancelled").
    std::function<bool()> cancelled;
};

/// Replaces the contents of a catalog that holds no tracks, releases, parties, works or assets
/// with the document's, in one transaction: on any error the catalog is left as it was.
ImportResult importCatalog(QSqlDatabase db, const QJsonObject &document, const ImportSteps &steps = {});

} // namespace Imprint::CatalogJson
