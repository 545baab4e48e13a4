// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The catalog analysis ends, whatever order its workers finish in: a catalog whose files are all
// missing is done in microseconds per file, so one worker can finish every file before the next
// is started (the analysis then waited for the never-started worker forever, and the window's
// Quality page spun until it was closed). And a master exported again over its file is read
// as it is now: its rate and depth are what a delivery checks.
#include "LibraryRuns.h"
#include "TestCatalog.h"
#include "analysis/CatalogAnalysis.h"

#include <QDeadlineTimer>
#include <QThread>
#include <QThreadPool>
#include <QtTest>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestCatalogAnalysis : public QObject
{
    Q_OBJECT

private:
    // Runs the analysis on its own thread (as the GUI does) and gives up waiting after 30 s.
    static std::optional<CatalogAnalysisSummary> runOnThread(const CatalogStore &store)
    {
        CatalogAnalysisSummary summary;
        const std::atomic_bool cancel = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            CatalogAnalysis analysis(store);
            summary = analysis.run(cancel);
            analysis.store().closeThreadConnection();
        }));
        thread->start();
        if (!thread->wait(QDeadlineTimer(30'000))) {
            // Leaked on purpose: the thread cannot be stopped, and the test has failed.
            thread.release();
            return std::nullopt;
        }
        return summary;
    }

    // A 24-bit stereo WAV of a quiet tone, written over path.
    static bool writeWav(const QString &path, int rate, double seconds)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        const quint32 frames = quint32(rate * seconds);
        const quint32 bytes = frames * 6;
        QByteArray data;
        QDataStream out(&data, QIODevice::WriteOnly);
        out.setByteOrder(QDataStream::LittleEndian);
        out.writeRawData("RIFF", 4);
        out << quint32(36 + bytes);
        out.writeRawData("WAVEfmt ", 8);
        out << quint32(16) << quint16(1) << quint16(2) << quint32(rate) << quint32(rate * 6) << quint16(6)
            << quint16(24);
        out.writeRawData("data", 4);
        out << bytes;
        for (quint32 i = 0; i < frames; ++i) {
            const auto sample = qint32(800000 * std::sin(2 * 3.14159265 * 440 * i / rate));
            for (int channel = 0; channel < 2; ++channel)
                out << quint8(sample & 0xff) << quint8((sample >> 8) & 0xff) << quint8((sample >> 16) & 0xff);
        }
        return file.write(data) == data.size();
    }

private Q_SLOTS:
    void aMasterExportedAgainInPlaceIsReadAsItIsNow()
    {
        Test::TakeLibrary takes;
        const QString master = takes.addAndImport(u"Tidal"_s, u"wav"_s, 1, 0.5);
        QVERIFY2(!master.isEmpty(), qPrintable(takes.error));
        const CatalogStore &store = takes.store;
        QCOMPARE(Test::scalar(store, u"SELECT sample_rate FROM assets"_s), 44100);

        // The sync library wants 48 kHz/24-bit: the master is exported again over its file.
        QVERIFY(writeWav(master, 48000, 3));
        QCOMPARE(Test::analyseCatalog(store).analysed, 1);
        QCOMPARE(Test::scalar(store, u"SELECT sample_rate FROM assets"_s), 48000);
        QCOMPARE(Test::scalar(store, u"SELECT bit_depth FROM assets"_s), 24);
        QCOMPARE(Test::scalar(store, u"SELECT duration_ms FROM assets"_s), 3000);
        store.closeThreadConnection();
    }

    void everyRunEndsWhenWorkersFinishAtOnce_data()
    {
        QTest::addColumn<int>("files");
        QTest::addColumn<int>("workers");
        QTest::newRow("2 files, 2 workers") << 2 << 2;
        QTest::newRow("6 files, 2 workers") << 6 << 2;
        QTest::newRow("6 files, 8 workers") << 6 << 8;
        QTest::newRow("40 files, 8 workers") << 40 << 8;
    }

    void everyRunEndsWhenWorkersFinishAtOnce()
    {
        QFETCH(int, files);
        QFETCH(int, workers);
        Test::TestCatalog catalog(files);
        QVERIFY(catalog.isValid());
        QThreadPool *pool = QThreadPool::globalInstance();
        const int poolSize = pool->maxThreadCount();
        pool->setMaxThreadCount(workers);
        const auto restore = qScopeGuard([&] { pool->setMaxThreadCount(poolSize); });

        // The race is won or lost per run; many runs lose it at least once on any machine.
        for (int run = 0; run < 60; ++run) {
            const std::optional<CatalogAnalysisSummary> summary = runOnThread(catalog.store());
            QVERIFY2(summary, qPrintable(u"run %1 never ended"_s.arg(run)));
            QCOMPARE(summary->total, files);
            QCOMPARE(summary->missing, files);
            QCOMPARE(summary->problems.size(), files);
            const AnalysisProblem &problem = summary->problems.constFirst();
            QVERIFY2(problem.path.endsWith(u".flac"_s) && problem.unreadable && !problem.reason.isEmpty(),
                qPrintable(problem.describe()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogAnalysis)
#include "tst_cataloganalysis.moc"
