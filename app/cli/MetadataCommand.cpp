// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "MetadataCommand.h"
#include "OpenCatalog.h"
#include "Output.h"

#include "archive/CreatedFolders.h"

#include "exchange/CatalogJson.h"
#include "exchange/JsonText.h"
#include "exchange/MetadataExport.h"
#include "exchange/TrackCsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// "json" or "csv" from --format, else from the file name; empty when neither says.
QString formatOf(const QString &path, const QString &requested)
{
    const QString format = requested.isEmpty() ? QFileInfo(path).suffix().toLower() : requested.toLower();
    return format == u"json" || format == u"csv" ? format : QString();
}

// A row at a time, to standard output for "-", else through a temporary file renamed over out
// only when complete.
bool writeExport(const QSqlDatabase &db, MetadataExport::Format format, const QString &out, QString *error)
{
    if (out != u"-")
        return MetadataExport::toFile(db, format, out, error);
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
        *error = standardOutput.errorString();
        return false;
    }
    return MetadataExport::toDevice(db, format, &standardOutput, error) && standardOutput.flush();
}

// The files of a catalog made for an import that was then refused: the catalog and its SQLite
// companions, and the folders made for it.
void removeNewCatalog(const CatalogStore &store, Archive::CreatedFolders &folders)
{
    store.closeThreadConnection();
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s }) {
        const QString file = store.path() + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file))
            print(stderr, Text::tr("imprint: could not remove %1").arg(QDir::toNativeSeparators(file)));
    }
    folders.removeAll();
}

// A JSON export is a whole catalog, so it may start a new one (but only once the file has been
// read as JSON); a catalog that it made and then refused is removed again.
int importJson(const CatalogStore &store, const QString &path, const QByteArray &bytes, bool json)
{
    QString error;
    const QJsonObject document = JsonText::parseObject(bytes, &error);
    const bool isNew = !store.isOnServer() && !QFileInfo::exists(store.path());
    Archive::CreatedFolders folders;
    if (error.isEmpty() && isNew)
        folders.create(QFileInfo(store.path()).absolutePath());
    if (error.isEmpty() && !openCatalogToCreate(store)) {
        if (isNew)
            removeNewCatalog(store, folders);
        return 1;
    }
    CatalogJson::ImportResult result;
    if (error.isEmpty())
        result = CatalogJson::importCatalog(store.connection(), document);
    else
        result.error = error;
    if (!result.ok && isNew)
        removeNewCatalog(store, folders);
    if (json) {
        QJsonObject rows;
        for (auto it = result.rows.cbegin(); it != result.rows.cend(); ++it)
            rows.insert(it.key(), it.value());
        QJsonObject object { { u"file"_s, path }, { u"ok"_s, result.ok }, { u"rows"_s, rows } };
        if (!result.ok)
            object.insert(u"error"_s, result.error);
        std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
    } else if (result.ok) {
        print(stdout,
            Text::tr("Imported %1 tracks and %2 releases from %3")
                .arg(result.rows.value(u"tracks"_s))
                .arg(result.rows.value(u"releases"_s))
                .arg(QDir::toNativeSeparators(path)));
    } else {
        print(stderr, Text::tr("imprint: %1: %2").arg(QDir::toNativeSeparators(path), result.error));
    }
    return result.ok ? 0 : 1;
}

int importCsv(const CatalogStore &store, const QString &path, const QByteArray &bytes, bool dryRun, bool json)
{
    const TrackCsv::ImportReport report = TrackCsv::importFile(store.connection(), bytes, dryRun);
    if (json) {
        QJsonArray bad;
        for (const TrackCsv::BadRow &row : report.badRows)
            bad.append(QJsonObject { { u"line"_s, row.line }, { u"reason"_s, row.reason } });
        QJsonArray warnings;
        for (const TrackCsv::BadRow &row : report.warnings)
            warnings.append(QJsonObject { { u"line"_s, row.line }, { u"reason"_s, row.reason } });
        QJsonObject object { { u"file"_s, path },
            { u"ok"_s, report.error.isEmpty() && report.badRows.isEmpty() }, { u"dryRun"_s, dryRun },
            { u"updated"_s, report.updated }, { u"created"_s, report.created },
            { u"unchanged"_s, report.unchanged }, { u"badRows"_s, bad }, { u"warnings"_s, warnings },
            { u"unknownColumns"_s, QJsonArray::fromStringList(report.unknownColumns) } };
        if (!report.error.isEmpty())
            object.insert(u"error"_s, report.error);
        std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
    } else if (!report.error.isEmpty()) {
        print(stderr, Text::tr("imprint: %1: %2").arg(QDir::toNativeSeparators(path), report.error));
    } else {
        const QString native = QDir::toNativeSeparators(path);
        for (const QString &column : report.unknownColumns)
            print(
                stderr, Text::tr("%1: column \"%2\" is not an Imprint column; ignored").arg(native, column));
        for (const TrackCsv::BadRow &row : report.badRows)
            print(stderr, Text::tr("%1:%2: %3").arg(native).arg(row.line).arg(row.reason));
        for (const TrackCsv::BadRow &row : report.warnings)
            print(stderr, Text::tr("%1:%2: warning: %3").arg(native).arg(row.line).arg(row.reason));
        print(stdout,
            (dryRun ? Text::tr("Would update %1, create %2 and leave %3 tracks unchanged; %4 rows refused")
                    : Text::tr("Updated %1, created %2 and left %3 tracks unchanged; %4 rows refused"))
                .arg(report.updated)
                .arg(report.created)
                .arg(report.unchanged)
                .arg(report.badRows.size()));
    }
    return report.error.isEmpty() && report.badRows.isEmpty() ? 0 : 1;
}

} // namespace

int runExportMetadata(const CatalogStore &store, const QStringList &args, const QString &format)
{
    const QString out = args.size() == 1 ? args.constFirst() : QString();
    const QString chosen = out.isEmpty() ? QString() : formatOf(out, format);
    if (chosen.isEmpty()) {
        print(stderr,
            Text::tr("usage: imprint [--catalog FILE] export-metadata OUT.json|OUT.csv [--format json|csv]"));
        return 2;
    }
    if (!openExistingCatalog(store))
        return 1;
    QString error;
    const auto exportFormat = chosen == u"json" ? MetadataExport::Format::Json : MetadataExport::Format::Csv;
    QSqlDatabase db = store.connection(&error);
    if (!db.isValid() || !writeExport(db, exportFormat, out, &error)) {
        print(stderr, Text::tr("imprint: cannot export to %1: %2").arg(QDir::toNativeSeparators(out), error));
        return 1;
    }
    return 0;
}

int runImportMetadata(
    const CatalogStore &store, const QStringList &args, const ImportMetadataOptions &options)
{
    const QString path = args.size() == 1 ? args.constFirst() : QString();
    const QString chosen = path.isEmpty() ? QString() : formatOf(path, options.format);
    if (chosen.isEmpty()) {
        print(stderr,
            Text::tr("usage: imprint [--catalog FILE] import-metadata FILE.json|FILE.csv [--format json|csv] "
                     "[--dry-run] [--new] [--json]"));
        return 2;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        print(stderr,
            Text::tr("imprint: cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    if (chosen == u"json") {
        if (options.dryRun) {
            print(stderr, Text::tr("imprint: --dry-run applies to CSV imports only"));
            return 2;
        }
        return importJson(store, path, bytes, options.json);
    }
    // A CSV file edits a catalog's own export, so a catalog that is not there is taken for a
    // mistyped --catalog; starting one from a spreadsheet takes --new.
    if (!store.isOnServer() && !QFileInfo::exists(store.path())) {
        const QString catalog = QDir::toNativeSeparators(store.path());
        if (!options.createNew) {
            print(stderr,
                Text::tr("imprint: catalog %1 does not exist (add --new to start a new catalog from %2)")
                    .arg(catalog, QDir::toNativeSeparators(path)));
            return 1;
        }
        if (options.dryRun) { // a dry run changes nothing, so it starts no catalog either
            print(stderr,
                Text::tr("imprint: catalog %1 does not exist, and a dry run starts none").arg(catalog));
            return 1;
        }
    }
    if (!(options.createNew ? openCatalogToCreate(store) : openCatalogToChange(store)))
        return 1;
    return importCsv(store, path, bytes, options.dryRun, options.json);
}

} // namespace Imprint::CommandLine
