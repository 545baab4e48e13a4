// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// "Export rights sheet…" from the GUI: a PDF and the same report as JSON next to it, off the GUI
// thread; the HTML the PDF is laid out from names every section.
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "reports/RightsSheetExport.h"
#include "reports/RightsSheetPdf.h"
#include "rights/RightsReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestRightsSheetExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writesPdfAndJson()
    {
        Test::TestCatalog catalog(4);
        QSqlQuery query(catalog.store().connection());
        QVERIFY(query.exec(
            u"INSERT INTO provenance(track_id, origin, tool, plan, generated_on) "
            "VALUES ((SELECT min(id) FROM tracks), 'ai_generated', 'Suno', 'Basic (free)', '2025-01-02')"_s));
        QVERIFY(
            query.exec(u"INSERT INTO provenance_inputs(track_id, description, kind, permission) "
                       "VALUES ((SELECT min(id) FROM tracks), 'Borrowed riff', 'audio', 'not_permitted')"_s));
        QVERIFY(query.exec(u"SELECT min(id) FROM tracks"_s) && query.next());
        const qint64 track = query.value(0).toLongLong();
        query.finish();
        CatalogSession session(catalog.store());
        RightsSheetExport exporter;
        exporter.setSession(&session);
        QSignalSpy finished(&exporter, &RightsSheetExport::finished);
        QSignalSpy failed(&exporter, &RightsSheetExport::failed);
        const QString pdf = catalog.folder() + u"/sheet"_s; // the suffix is added
        exporter.exportPdf(track, 0, QUrl::fromLocalFile(pdf));
        QVERIFY(exporter.isRunning());
        QVERIFY(finished.wait(20000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(!exporter.isRunning());
        QFile file(pdf + u".pdf"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        QVERIFY(file.size() > 2000);
        QFile json(pdf + u".json"_s);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(report.value(u"scope"_s).toString(), u"track"_s);
        const QJsonObject sheet = report.value(u"tracks"_s).toArray().first().toObject();
        QCOMPARE(sheet.value(u"provenance"_s).toObject().value(u"plan"_s).toString(), u"Basic (free)"_s);
        const QJsonObject input
            = sheet.value(u"provenance"_s).toObject().value(u"uploadedInputs"_s).toArray().first().toObject();
        QCOMPARE(input.value(u"description"_s).toString(), u"Borrowed riff"_s);
        QCOMPARE(input.value(u"permission"_s).toString(), u"not_permitted"_s);
        QCOMPARE(sheet.value(u"readiness"_s)
                     .toObject()
                     .value(u"streaming"_s)
                     .toObject()
                     .value(u"verdict"_s)
                     .toString(),
            u"blocked"_s);

        // The layout says what the JSON says.
        const QString html = RightsSheetPdf::html(report);
        for (const QString &part : { u"Readiness per use"_s, u"Master ownership"_s, u"Provenance"_s,
                 u"Clearance items"_s, u"Basic (free)"_s, u"Blocked"_s, u"Borrowed riff"_s })
            QVERIFY2(html.contains(part), qPrintable(part));

        // An unknown track is a clear failure, not an empty sheet.
        exporter.exportPdf(999999, 0, QUrl::fromLocalFile(catalog.folder() + u"/none.pdf"_s));
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().first().toString().contains(u"999999"_s));
        QVERIFY(!QFile::exists(catalog.folder() + u"/none.pdf"_s));
    }

    // A split sheet cleared without its signed document is not settled on paper either: the
    // sheet says what it waits for, in red; a cleared sample needs no document.
    void clearedItemWaitingForItsDocument()
    {
        Test::TestCatalog catalog(1);
        QSqlQuery query(catalog.store().connection());
        QVERIFY(query.exec(u"INSERT INTO clearance_items(track_id, kind, status) VALUES "
                           "((SELECT min(id) FROM tracks), 'publishing', 'cleared'), "
                           "((SELECT min(id) FROM tracks), 'sample', 'cleared')"_s));
        QVERIFY(query.exec(u"SELECT min(id) FROM tracks"_s) && query.next());
        const qint64 track = query.value(0).toLongLong();
        query.finish();
        QString error;
        const auto report = RightsReport::build(catalog.store().connection(), catalog.store().libraryRoot(),
            QDate(2026, 6, 1), RightsReport::Scope::Track, track, &error);
        QVERIFY2(report, qPrintable(error));
        const QJsonArray items
            = report->value(u"tracks"_s).toArray().first().toObject().value(u"clearances"_s).toArray();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue &item : items) {
            const bool publishing = item.toObject().value(u"kind"_s).toString() == u"publishing"_s;
            QCOMPARE(item.toObject().value(u"needsDocument"_s).toBool(), publishing);
        }
        const QString html = RightsSheetPdf::html(*report);
        QCOMPARE(html.count(u"needs its signed document"_s), 1);
    }
};

QTEST_MAIN(TestRightsSheetExport)
#include "tst_rightssheetexport.moc"
