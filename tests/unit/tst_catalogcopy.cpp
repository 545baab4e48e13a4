// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Issue 16, item 2: a catalog copied to a server and back keeps its stored analyses and stem null
// tests (BLOBs as bytes), is read from one snapshot of its source, and is written all or not at
// all. Runs from the test's backend into a file and back (ctest's *_postgres run: a server).
#include "TestBackend.h"
#include "TestCatalog.h"
#include "catalog/CatalogStore.h"
#include "exchange/CatalogCopy.h"
#include "exchange/CatalogJson.h"
#include "quality/AnalysisRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

// An analysis with every curve filled, so a lost or mangled BLOB shows.
AnalysisRecord measured(qint64 assetId)
{
    AnalysisRecord record = Test::deliverableAnalysis(assetId);
    record.contentHash = QString(64, QChar(u'a' + int(assetId % 6)));
    record.correlation = 0.25;
    record.curveIntervalSeconds = 0.1;
    for (int i = 0; i < 300; ++i) {
        record.curve.push_back(-14.0f - float(i % 7) / 8);
        record.peakMin.push_back(-float(i) / 300);
        record.peakMax.push_back(float(i) / 300);
        record.truePeaks.push_back(float(i % 11) / 10);
    }
    record.curve.push_back(-std::numeric_limits<float>::infinity());
    record.clipStarts = { 1.5f, 92.25f };
    return record;
}

CatalogStore openedAt(const QString &location)
{
    const CatalogStore store(location);
    QString error;
    if (!store.open(&error))
        qFatal("%s", qPrintable(error));
    return store;
}

} // namespace

class TestCatalogCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_copies = 0;

    QString newFile() { return m_dir.filePath(u"copy%1.sqlite"_s.arg(++m_copies)); }

    // Compares what both catalogs load of the analysis of assetId.
    static void compareAnalysis(const CatalogStore &from, const CatalogStore &to, qint64 assetId)
    {
        QString error;
        const auto original = AnalysisRepository::load(from.connection(), assetId, &error);
        const auto copied = AnalysisRepository::load(to.connection(), assetId, &error);
        QVERIFY2(original && copied, qPrintable(error));
        QCOMPARE(copied->contentHash, original->contentHash);
        QCOMPARE(copied->facts.integratedLufs, original->facts.integratedLufs);
        QCOMPARE(copied->correlation, original->correlation);
        QCOMPARE(copied->curve, original->curve);
        QCOMPARE(copied->peakMin, original->peakMin);
        QCOMPARE(copied->peakMax, original->peakMax);
        QCOMPARE(copied->truePeaks, original->truePeaks);
        QCOMPARE(copied->clipStarts, original->clipStarts);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void measurementsGoThereAndBack()
    {
        const Test::TestCatalog source(4);
        QVERIFY(source.isValid());
        QString error;
        // Asset 3's file was decoded but too short for true-peak markers: an empty BLOB, which
        // must stay empty rather than NULL ("measured before markers were kept").
        AnalysisRecord short3 = measured(3);
        short3.truePeaks.clear();
        QVERIFY2(AnalysisRepository::save(source.store().connection(), { measured(1), short3 }, &error),
            qPrintable(error));
        QCOMPARE(
            Test::scalar(source.store(), u"SELECT count(*) FROM analyses WHERE true_peaks IS NULL"_s), 0);
        NullTestRecord nullTest;
        nullTest.trackId = 2;
        nullTest.signature = QString(64, u'c');
        nullTest.facts.residualDb = -62.5;
        nullTest.frames = 48000;
        QVERIFY2(AnalysisRepository::saveNullTests(source.store().connection(), { nullTest }, &error),
            qPrintable(error));

        // To a file, and from that file to a new catalog on the test's backend.
        const CatalogStore file = openedAt(newFile());
        QStringList written;
        const auto there = CatalogCopy::copy(source.store().connection(), file.connection(),
            [&written](const QString &table, qsizetype) { written.append(table); });
        QVERIFY2(there.ok, qPrintable(there.error));
        QCOMPARE(there.rows.value(u"analyses"_s), 2);
        QCOMPARE(there.rows.value(u"stem_null_tests"_s), 1);
        QCOMPARE(there.rows.value(u"tracks"_s), 4);
        // The measurements are written after the tracks and assets they belong to.
        QVERIFY(written.indexOf(u"analyses"_s) > written.indexOf(u"assets"_s));
        QVERIFY(written.indexOf(u"stem_null_tests"_s) > written.indexOf(u"tracks"_s));

        const CatalogStore back = openedAt(Test::catalogLocation(m_dir, u"back%1.sqlite"_s.arg(++m_copies)));
        const auto again = CatalogCopy::copy(file.connection(), back.connection());
        QVERIFY2(again.ok, qPrintable(again.error));
        for (const CatalogStore *copy : { &file, &back }) {
            compareAnalysis(source.store(), *copy, 1);
            compareAnalysis(source.store(), *copy, 3);
            QCOMPARE(Test::scalar(*copy, u"SELECT count(*) FROM analyses"_s), 2);
            QCOMPARE(Test::scalar(*copy, u"SELECT count(*) FROM analyses WHERE true_peaks IS NULL"_s), 0);
            QSqlQuery query(copy->connection());
            QVERIFY(query.exec(
                u"SELECT signature, residual_db, frames FROM stem_null_tests WHERE track_id = 2"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), nullTest.signature);
            QCOMPARE(query.value(1).toDouble(), -62.5);
            QCOMPARE(query.value(2).toLongLong(), 48000);
        }
        file.closeThreadConnection();
        back.closeThreadConnection();
    }

    // What another client commits while the copy runs is not in it: the measurements are read
    // after the document's rows are written, from the snapshot the document was read from.
    void theSourceIsReadFromOneSnapshot()
    {
        const Test::TestCatalog source(3);
        QVERIFY(source.isValid());
        QString error;
        QVERIFY2(AnalysisRepository::save(source.store().connection(), { measured(1) }, &error),
            qPrintable(error));
        const CatalogStore file = openedAt(newFile());
        bool editedMeanwhile = false;
        const auto copied = CatalogCopy::copy(
            source.store().connection(), file.connection(), [&](const QString &table, qsizetype) {
                if (table != u"tracks" || editedMeanwhile)
                    return;
                // Another client (a connection of another thread) analyses one file, forgets
                // the analysis of another, and commits.
                QThread *other = QThread::create([&] {
                    const CatalogStore store = source.store();
                    QString why;
                    editedMeanwhile = AnalysisRepository::save(store.connection(), { measured(2) }, &why);
                    QSqlQuery query(store.connection());
                    editedMeanwhile
                        = editedMeanwhile && query.exec(u"DELETE FROM analyses WHERE asset_id = 1"_s);
                    if (!editedMeanwhile)
                        qWarning() << why << query.lastError().text();
                    store.closeThreadConnection();
                });
                other->start();
                other->wait();
                delete other;
            });
        QVERIFY2(copied.ok, qPrintable(copied.error));
        QVERIFY(editedMeanwhile);
        QCOMPARE(Test::scalar(source.store(), u"SELECT asset_id FROM analyses"_s), 2);
        // The copy holds the analyses as they were when the copy began.
        QCOMPARE(Test::scalar(file, u"SELECT count(*) FROM analyses"_s), 1);
        QCOMPARE(Test::scalar(file, u"SELECT asset_id FROM analyses"_s), 1);
        file.closeThreadConnection();
    }

    // Cancelled half way (a backup's Cancel, Ctrl+C on copy-catalog): the target stays empty.
    void aCancelledCopyLeavesTheTargetEmpty()
    {
        const Test::TestCatalog source(3);
        QVERIFY(source.isValid());
        const CatalogStore file = openedAt(newFile());
        std::atomic_bool cancel = false;
        const auto copied = CatalogCopy::copy(
            source.store().connection(), file.connection(),
            [&cancel](const QString &table, qsizetype) { cancel = cancel || table == u"tracks"; }, &cancel);
        QVERIFY(!copied.ok);
        QCOMPARE(copied.error, u"cancelled"_s);
        QCOMPARE(Test::scalar(file, u"SELECT count(*) FROM parties"_s), 0);
        QCOMPARE(Test::scalar(file, u"SELECT count(*) FROM tracks"_s), 0);
        file.closeThreadConnection();
    }

    // Cancelled while the source is still being read (a large team catalog over the network):
    // the read stops at the next row, and nothing is written.
    void aCopyCancelledWhileReadingStopsTheRead()
    {
        const Test::TestCatalog source(40);
        QVERIFY(source.isValid());
        int asked = 0;
        QString error;
        QVERIFY(CatalogJson::exportCatalog(source.store().connection(), &error, [&asked] {
            return ++asked == 5;
        }).isEmpty());
        QCOMPARE(error, u"cancelled"_s);
        QCOMPARE(asked, 5);

        const CatalogStore file = openedAt(newFile());
        const std::atomic_bool cancel = true;
        int written = 0;
        const auto copied = CatalogCopy::copy(
            source.store().connection(), file.connection(),
            [&written](const QString &, qsizetype) { ++written; }, &cancel);
        QVERIFY(!copied.ok);
        QCOMPARE(copied.error, u"cancelled"_s);
        QCOMPARE(written, 0);
        QCOMPARE(Test::scalar(file, u"SELECT count(*) FROM tracks"_s), 0);
        file.closeThreadConnection();
    }

    // A measurement the target refuses rolls back the whole copy: no tracks either.
    void aFailedCopyLeavesTheTargetEmpty()
    {
        const Test::TestCatalog source(2);
        QVERIFY(source.isValid());
        QString error;
        QVERIFY2(AnalysisRepository::save(source.store().connection(), { measured(1) }, &error),
            qPrintable(error));
        const CatalogStore file = openedAt(newFile());
        QSqlQuery query(file.connection());
        QVERIFY(query.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON analyses BEGIN SELECT RAISE(ABORT, "
                           "'refused by the test'); END"_s));
        const auto copied = CatalogCopy::copy(source.store().connection(), file.connection());
        QVERIFY(!copied.ok);
        QVERIFY2(copied.error.contains(u"analyses, row 1") && copied.error.contains(u"refused by the test"),
            qPrintable(copied.error));
        QVERIFY(copied.rows.isEmpty());
        QCOMPARE(Test::scalar(file, u"SELECT count(*) FROM tracks"_s), 0);
        QCOMPARE(Test::scalar(file, u"SELECT count(*) FROM assets"_s), 0);
        // The source's snapshot ended with the copy: it is written to at once.
        QVERIFY2(AnalysisRepository::save(source.store().connection(), { measured(2) }, &error),
            qPrintable(error));
        file.closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestCatalogCopy)
#include "tst_catalogcopy.moc"
