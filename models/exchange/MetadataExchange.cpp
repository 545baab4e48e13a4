// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "MetadataExchange.h"

#include "MetadataExport.h"
#include "TrackCsv.h"
#include "catalog/CatalogThread.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

QVariantMap toMap(const TrackCsv::ImportReport &report, const QString &path, bool dryRun)
{
    QVariantList bad;
    for (const TrackCsv::BadRow &row : report.badRows)
        bad.append(QVariantMap { { u"line"_s, row.line }, { u"reason"_s, row.reason } });
    QVariantList warnings;
    for (const TrackCsv::BadRow &row : report.warnings)
        warnings.append(QVariantMap { { u"line"_s, row.line }, { u"reason"_s, row.reason } });
    const QString name = QFileInfo(path).fileName();
    QString summary;
    if (!report.error.isEmpty())
        summary = MetadataExchange::tr("%1: %2").arg(name, report.error);
    else if (dryRun)
        summary = MetadataExchange::tr(
            "%1 would update %n track(s), create %2 and leave %3 unchanged.", "", report.updated)
                      .arg(name)
                      .arg(report.created)
                      .arg(report.unchanged);
    else
        summary = MetadataExchange::tr(
            "%1: updated %n track(s), created %2, left %3 unchanged.", "", report.updated)
                      .arg(name)
                      .arg(report.created)
                      .arg(report.unchanged);
    return { { u"file"_s, path }, { u"fileUrl"_s, QUrl::fromLocalFile(path) },
        { u"updated"_s, report.updated }, { u"created"_s, report.created },
        { u"unchanged"_s, report.unchanged }, { u"badRows"_s, bad }, { u"warnings"_s, warnings },
        { u"unknownColumns"_s, report.unknownColumns }, { u"error"_s, report.error },
        { u"summary"_s, summary } };
}

} // namespace

MetadataExchange::MetadataExchange(const CatalogStore &store, CatalogThread *thread, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(thread)
{
}

void MetadataExchange::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void MetadataExchange::exportTo(const QUrl &file)
{
    const QString path = file.toLocalFile();
    const bool json = QFileInfo(path).suffix().compare(u"json"_s, Qt::CaseInsensitive) == 0;
    setBusy(true);
    const CatalogStore store = m_store;
    m_thread->post([this, store, path, json] {
        QString error;
        const bool ok = MetadataExport::toFile(store.connection(),
            json ? MetadataExport::Format::Json : MetadataExport::Format::Csv, path, &error);
        const QString name = QDir::toNativeSeparators(path);
        const QString message = ok
            ? (json ? tr("Exported the catalog to %1.") : tr("Exported the tracks to %1.")).arg(name)
            : tr("Could not export to %1: %2").arg(name, error);
        QMetaObject::invokeMethod(
            this,
            [this, ok, message] {
                setBusy(false);
                Q_EMIT exported(ok, message);
            },
            Qt::QueuedConnection);
    });
}

void MetadataExchange::previewCsv(const QUrl &file)
{
    runCsv(file, true);
}

void MetadataExchange::applyCsv(const QUrl &file)
{
    runCsv(file, false);
}

void MetadataExchange::runCsv(const QUrl &file, bool dryRun)
{
    const QString path = file.toLocalFile();
    setBusy(true);
    const CatalogStore store = m_store;
    m_thread->post([this, store, path, dryRun] {
        TrackCsv::ImportReport report;
        QFile in(path);
        if (in.open(QIODevice::ReadOnly))
            report = TrackCsv::importFile(store.connection(), in.readAll(), dryRun);
        else
            report.error = in.errorString();
        const QVariantMap map = toMap(report, path, dryRun);
        QMetaObject::invokeMethod(
            this,
            [this, map, dryRun] {
                setBusy(false);
                if (dryRun)
                    Q_EMIT previewReady(map);
                else
                    Q_EMIT imported(map);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Imprint
