// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Exports stream a row at a time (issue 18): the bytes must stay those of the whole-document
// writers (QJsonDocument over CatalogJson::exportCatalog, TrackCsv::exportTracks), and a failed
// export must leave the file it would have replaced untouched.
#include "TestBackend.h"
#include "TestCatalog.h"
#include "exchange/CatalogJson.h"
#include "exchange/MetadataExport.h"
#include "exchange/TrackCsv.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestMetadataExport : public QObject
{
    Q_OBJECT

    Test::TestCatalog *catalog = nullptr;

    void exec(const QString &sql)
    {
        QSqlQuery query(catalog->store().connection());
        QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
    }

    void setTitle(qint64 id, const QString &title)
    {
        QSqlQuery query(catalog->store().connection());
        query.prepare(u"UPDATE tracks SET title = ? WHERE id = ?"_s);
        query.addBindValue(title);
        query.addBindValue(id);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        catalog = new Test::TestCatalog(40);
        QVERIFY(catalog->isValid());
        // Text JSON and CSV must escape, numbers with fractions, a blob, empty and NULL cells.
        // Control characters are bound, as neither backend spells them as the other does.
        setTitle(1, u"Café \"Noir\", part 1\nline two\ttab"_s);
        exec(
            u"UPDATE tracks SET display_artist = 'Zoë Ångström 日本', bpm = 121.5, explicit = 0 WHERE id = 1"_s);
        setTitle(2, u"=SUM(A1)"_s);
        exec(u"UPDATE tracks SET version = '\uFEFFbom', mood = NULL WHERE id = 2"_s);
        setTitle(3, u"control \u0001 and \\ backslash / slash"_s);
        // Only SQLite lets a text column hold bytes (a catalog edited by hand).
        if (!Test::onPostgres())
            exec(u"INSERT INTO settings VALUES ('bench_blob', X'00FF10')"_s);
        exec(u"INSERT INTO works(id, title, iswc) VALUES (1, 'Song 1', 'T0345246801')"_s);
        exec(u"UPDATE tracks SET work_id = 1 WHERE id = 1"_s);
    }
    void cleanup()
    {
        delete catalog;
        catalog = nullptr;
    }

    void jsonIsTheWholeDocumentsBytes()
    {
        QString error;
        const QByteArray whole
            = QJsonDocument(CatalogJson::exportCatalog(catalog->store().connection(), &error))
                  .toJson(QJsonDocument::Indented);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString path = catalog->folder() + u"/catalog.json"_s;
        QVERIFY2(
            MetadataExport::toFile(catalog->store().connection(), MetadataExport::Format::Json, path, &error),
            qPrintable(error));
        const QByteArray streamed = contents(path);
        QVERIFY(whole.size() > 10'000);
        QCOMPARE(streamed, whole);
        // And it still imports: an empty catalog filled from it exports the same again.
        const CatalogStore copy(catalog->folder() + u"/copy.sqlite"_s);
        QVERIFY(copy.open(&error));
        const auto imported = CatalogJson::importCatalog(copy.connection(), JsonDocumentObject(streamed));
        QVERIFY2(imported.ok, qPrintable(imported.error));
    }

    void csvIsTheWholeFilesBytes()
    {
        QString error;
        const QByteArray whole = TrackCsv::exportTracks(catalog->store().connection(), &error).toUtf8();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString path = catalog->folder() + u"/tracks.csv"_s;
        QVERIFY2(
            MetadataExport::toFile(catalog->store().connection(), MetadataExport::Format::Csv, path, &error),
            qPrintable(error));
        QVERIFY(whole.count("\r\n") == 41);
        QCOMPARE(contents(path), whole);
    }

    void aFailedExportLeavesTheOldFile()
    {
        const QString path = catalog->folder() + u"/catalog.json"_s;
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous export");
        old.close();
        // A table the export needs, gone: the export fails after writing the tables before it.
        exec(
            Test::onPostgres() ? u"DROP TABLE quality_profiles CASCADE"_s : u"DROP TABLE quality_profiles"_s);
        QString error;
        QVERIFY(!MetadataExport::toFile(
            catalog->store().connection(), MetadataExport::Format::Json, path, &error));
        QVERIFY2(error.contains(u"quality_profiles"_s), qPrintable(error));
        QCOMPARE(contents(path), "the previous export"_ba);
        // No temporary file stays behind.
        const QStringList left = QDir(catalog->folder()).entryList({ u"catalog.json*"_s }, QDir::Files);
        QCOMPARE(left, QStringList { u"catalog.json"_s });
    }

    void anUnwritableFolderIsAnError()
    {
        QString error;
        QVERIFY(!MetadataExport::toFile(catalog->store().connection(), MetadataExport::Format::Csv,
            u"/nonexistent/imprint/tracks.csv"_s, &error));
        QVERIFY(!error.isEmpty());
    }

private:
    static QJsonObject JsonDocumentObject(const QByteArray &bytes)
    {
        return QJsonDocument::fromJson(bytes).object();
    }
};

QTEST_GUILESS_MAIN(TestMetadataExport)
#include "tst_metadataexport.moc"
