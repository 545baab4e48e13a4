// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The deliveries page's job: a release package written off the GUI thread with progress that
// reaches its total, a cancel that leaves nothing under the package's name, and a backup.
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "audio/AudioFile.h"
#include "delivery/DeliveryController.h"
#include "schedule/ScheduleRepository.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestDeliveryController : public QObject
{
    Q_OBJECT

    // Noise-like masters at the catalog's paths, so FLAC cannot shrink them much: each is a few
    // MB, enough for a cancel to land while the package is being written.
    static bool writeMasters(const CatalogStore &store, const QString &root, int seconds)
    {
        QSqlQuery query(store.connection());
        if (!query.exec(u"SELECT rel_path FROM assets WHERE kind = 'master'"_s))
            return false;
        quint32 state = 12345;
        while (query.next()) {
            const QString path = QDir(root).filePath(query.value(0).toString());
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                return false;
            Audio::PcmFormat format;
            format.container = Audio::Container::Flac;
            std::vector<float> samples(size_t(44100) * 2 * seconds);
            for (size_t i = 0; i < samples.size(); ++i) {
                state = state * 1664525u + 1013904223u;
                samples[i] = float(
                    0.2 * std::sin(double(i) * 0.01) + 0.3 * (double(state >> 8) / double(1 << 24) - 0.5));
            }
            QString error;
            if (!Audio::writeAudioFile(path, format, samples, &error)) {
                qWarning() << error;
                return false;
            }
        }
        return true;
    }

    struct Fixture {
        Test::TestCatalog catalog { 6 };
        QTemporaryDir library;
        QTemporaryDir out;
        std::unique_ptr<CatalogSession> session;
        qint64 releaseId = 0;
        bool setUp(int seconds)
        {
            QString error;
            if (!catalog.isValid() || !catalog.store().setLibraryRoot(library.path(), &error)
                || !writeMasters(catalog.store(), library.path(), seconds))
                return false;
            session = std::make_unique<CatalogSession>(catalog.store());
            session->reload();
            session->waitForIdle();
            releaseId = session->releases()->model()->idAt(0);
            return releaseId > 0;
        }
        QStringList leftovers() const
        {
            return QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        }
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportReportsProgressToTheTotalAndRecordsTheDelivery()
    {
        Fixture fixture;
        QVERIFY(fixture.setUp(4));
        DeliveryController controller;
        controller.setSession(fixture.session.get());
        QSignalSpy finished(&controller, &DeliveryController::finished);
        qint64 maxDone = 0, total = 0;
        connect(&controller, &DeliveryController::progressChanged, this, [&] {
            maxDone = qMax(maxDone, controller.done());
            total = qMax(total, controller.total());
            QVERIFY(controller.done() <= controller.total() || controller.total() == 0);
        });
        QVERIFY(controller.startExport(fixture.releaseId, u"distributor"_s, u"zip"_s,
            QUrl::fromLocalFile(fixture.out.filePath(u"release"_s)), true));
        QVERIFY(controller.isRunning());
        QCOMPARE(controller.task(), u"export"_s);
        QVERIFY(!controller.startBackup(
            QUrl::fromLocalFile(fixture.out.filePath(u"busy"_s)))); // one job at a time
        QVERIFY(finished.wait(60000));
        QVERIFY2(controller.succeeded(), qPrintable(controller.summaryText()));
        QVERIFY(!controller.isRunning());
        QVERIFY(total > 0);
        QCOMPARE(maxDone, total);
        QCOMPARE(controller.done(), controller.total());
        QVERIFY(controller.verificationText().contains(u"MANIFEST.sha256"_s));
        QVERIFY(!controller.problems().isEmpty()); // the missing UPC and artwork are recorded
        QCOMPARE(fixture.leftovers(), QStringList { u"release.zip"_s });

        // The history of the release shows the package once the catalog answers.
        DeliveryCatalog *deliveries = fixture.session->deliveries();
        deliveries->setReleaseId(fixture.releaseId);
        fixture.session->waitForIdle();
        QCOMPARE(deliveries->history()->rowCount(), 1);
        QCOMPARE(deliveries->history()->index(0).data(DeliveryHistoryModel::FileNameRole).toString(),
            u"release.zip"_s);
    }

    // The preflight's blockers refuse a plain export; forced, the package is made, the blockers
    // are recorded and the calendar shows the delivery milestone done without a restart.
    void blockersRefuseUntilForcedAndADeliveryTicksTheCalendar()
    {
        Fixture fixture;
        QVERIFY(fixture.setUp(1));
        QVERIFY(ScheduleRepository(fixture.catalog.store().connection())
                .moveRelease(fixture.releaseId, QDate::currentDate().addDays(40), nullptr));
        PlanningSession *planning = fixture.session->planning();
        planning->reload();
        fixture.session->waitForIdle();
        const auto deliveryDone = [&] {
            const ReleasePlan *plan = planning->plan(fixture.releaseId);
            for (const Milestone &milestone : plan ? plan->milestones : QList<Milestone>()) {
                if (milestone.key == ScheduleTemplate::deliveryKey)
                    return int(milestone.done);
            }
            return -1;
        };
        QCOMPARE(deliveryDone(), 0);

        DeliveryController controller;
        controller.setSession(fixture.session.get());
        QSignalSpy finished(&controller, &DeliveryController::finished);
        const QString refusedPath = fixture.out.filePath(u"refused.zip"_s);
        QVERIFY(controller.startExport(
            fixture.releaseId, u"distributor"_s, u"zip"_s, QUrl::fromLocalFile(refusedPath), false));
        QVERIFY(finished.wait(60000));
        QVERIFY(!controller.succeeded());
        // Named: the track and the reason (nothing analysed, no provenance), and the release's UPC.
        QVERIFY2(controller.summaryText().contains(u"no UPC/EAN"_s), qPrintable(controller.summaryText()));
        QVERIFY2(
            controller.summaryText().contains(u"not been analysed"_s), qPrintable(controller.summaryText()));
        QVERIFY(!QFileInfo::exists(refusedPath));
        fixture.session->waitForIdle();
        QCOMPARE(deliveryDone(), 0);

        QVERIFY(controller.startExport(fixture.releaseId, u"distributor"_s, u"zip"_s,
            QUrl::fromLocalFile(fixture.out.filePath(u"forced.zip"_s)), true));
        QVERIFY(finished.wait(60000));
        QVERIFY2(controller.succeeded(), qPrintable(controller.summaryText()));
        QVERIFY(controller.summaryText().contains(u"milestone"_s));
        QVERIFY(std::any_of(
            controller.problems().cbegin(), controller.problems().cend(), [](const QString &line) {
                return line.contains(u"Blocker: "_s) && line.contains(u"no UPC/EAN"_s);
            }));
        fixture.session->waitForIdle();
        QCOMPARE(deliveryDone(), 1);
        planning->setCurrentReleaseId(fixture.releaseId);
        const QVariantList milestones = planning->current().value(u"milestones"_s).toList();
        QVERIFY(std::any_of(milestones.cbegin(), milestones.cend(), [](const QVariant &m) {
            return m.toMap().value(u"key"_s) == ScheduleTemplate::deliveryKey
                && m.toMap().value(u"done"_s).toBool();
        }));
    }

    void cancelLeavesNoFileUnderTheFinalName()
    {
        Fixture fixture;
        QVERIFY(fixture.setUp(30));
        DeliveryController controller;
        controller.setSession(fixture.session.get());
        QSignalSpy finished(&controller, &DeliveryController::finished);
        // xz is the slowest format: the cancel lands long before the package could be finished.
        QVERIFY(controller.startExport(fixture.releaseId, u"distributor"_s, u"tar.xz"_s,
            QUrl::fromLocalFile(fixture.out.filePath(u"cancelled.tar.xz"_s)), true));
        controller.cancel();
        QVERIFY(finished.wait(60000));
        QVERIFY(!controller.succeeded());
        QVERIFY2(controller.summaryText().contains(u"cancelled"_s), qPrintable(controller.summaryText()));
        QVERIFY(!QFileInfo::exists(fixture.out.filePath(u"cancelled.tar.xz"_s)));
        QVERIFY2(fixture.leftovers().isEmpty(), qPrintable(fixture.leftovers().join(u", ")));
        DeliveryCatalog *deliveries = fixture.session->deliveries();
        deliveries->setReleaseId(fixture.releaseId);
        fixture.session->waitForIdle();
        QCOMPARE(deliveries->history()->rowCount(), 0);
    }

    void backupAddsItsSuffixAndVerifies()
    {
        Fixture fixture;
        QVERIFY(fixture.setUp(1));
        DeliveryController controller;
        controller.setSession(fixture.session.get());
        QSignalSpy finished(&controller, &DeliveryController::finished);
        QVERIFY(controller.startBackup(QUrl::fromLocalFile(fixture.out.filePath(u"backup"_s))));
        QCOMPARE(controller.task(), u"backup"_s);
        QVERIFY(finished.wait(60000));
        QVERIFY2(controller.succeeded(), qPrintable(controller.summaryText()));
        QCOMPARE(fixture.leftovers(), QStringList { u"backup.tar.zst"_s });
        QVERIFY(controller.backupFileName().endsWith(u".tar.zst"_s));
    }

    void refusesWhatCannotStart()
    {
        DeliveryController controller;
        QVERIFY(
            !controller.startExport(1, u"distributor"_s, u"zip"_s, QUrl::fromLocalFile(u"/tmp/x"_s), false));
        Fixture fixture;
        QVERIFY(fixture.setUp(1));
        controller.setSession(fixture.session.get());
        QSignalSpy finished(&controller, &DeliveryController::finished);
        QVERIFY(!controller.startExport(fixture.releaseId, u"distributor"_s, u"rar"_s,
            QUrl::fromLocalFile(fixture.out.filePath(u"x"_s)), false));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!controller.succeeded());
        QVERIFY(!controller.summaryText().isEmpty());
        QCOMPARE(controller.fileNameFor(u"Song"_s, u"tar.zst"_s), u"Song.tar.zst"_s);
        QCOMPARE(controller.fileNameFor(u"Song.ZIP"_s, u"zip"_s), u"Song.ZIP"_s);
        QCOMPARE(controller.formats().size(), 4);
    }
};

QTEST_MAIN(TestDeliveryController)
#include "tst_deliverycontroller.moc"
