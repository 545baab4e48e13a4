// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// DeliveryCatalog and its history model: the preflight and history of the chosen release.
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "delivery/DeliveryCatalog.h"
#include "delivery/DeliveryProfile.h"
#include "delivery/DeliveryQueries.h"
#include "delivery/Preflight.h"
#include "schedule/ScheduleRepository.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestDeliveryCatalog : public QObject
{
    Q_OBJECT

    static DeliveryQueries::DeliveryRecord record(
        qint64 releaseId, const QString &profile, const QString &file)
    {
        DeliveryQueries::DeliveryRecord r;
        r.releaseId = releaseId;
        r.profile = profile;
        r.file = file;
        r.size = 1'234'567;
        r.sha256 = QString(64, u'a');
        r.warnings = { u"release: no UPC/EAN"_s };
        return r;
    }

private Q_SLOTS:
    void historyModelPassesTheTesterAndShowsEveryColumn()
    {
        DeliveryHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &DeliveryHistoryModel::countChanged);
        auto first = record(1, u"sync"_s, u"/deliveries/Glass Harbour (Sync library).tar.zst"_s);
        first.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone::UTC);
        auto second = record(1, u"distributor"_s, u"/deliveries/Glass Harbour.zip"_s);
        second.sha256 = u"0123456789abcdef"_s + QString(48, u'0');
        model.setRecords({ first, second }, { true, false });
        QCOMPARE(count.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex top = model.index(0);
        QCOMPARE(top.data(DeliveryHistoryModel::ProfileNameRole).toString(), u"Sync library"_s);
        QCOMPARE(top.data(DeliveryHistoryModel::FileNameRole).toString(),
            u"Glass Harbour (Sync library).tar.zst"_s);
        QCOMPARE(top.data(DeliveryHistoryModel::SizeRole).toLongLong(), 1'234'567);
        QVERIFY(top.data(DeliveryHistoryModel::SizeTextRole).toString().contains(u"MB"_s));
        QCOMPARE(top.data(DeliveryHistoryModel::WarningsRole).toStringList(),
            QStringList { u"release: no UPC/EAN"_s });
        QVERIFY(!top.data(DeliveryHistoryModel::WhenRole).toString().isEmpty());
        QVERIFY(top.data(DeliveryHistoryModel::FileExistsRole).toBool());
        const QModelIndex bottom = model.index(1);
        QCOMPARE(bottom.data(DeliveryHistoryModel::ShortHashRole).toString(), u"0123456789ab"_s);
        QVERIFY(!bottom.data(DeliveryHistoryModel::FileExistsRole).toBool());
        QVERIFY(model.roleNames().values().contains("sha256"));
        model.setRecords({}, {});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(count.size(), 2);
    }

    void preflightAndHistoryFollowTheSelection()
    {
        Test::TestCatalog catalog(6);
        CatalogSession session(catalog.store());
        session.reload();
        session.waitForIdle();
        DeliveryCatalog *deliveries = session.deliveries();
        QAbstractItemModelTester tester(
            deliveries->history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(deliveries->profile(), u"distributor"_s);
        QVERIFY(deliveries->requirements().join(u'\n').contains(u"UPC"_s));
        const qint64 releaseId = session.releases()->model()->idAt(0);
        QVERIFY(DeliveryQueries::recordDelivery(
            catalog.store().connection(), record(releaseId, u"distributor"_s, u"/tmp/none.zip"_s), nullptr));

        QSignalSpy preflight(deliveries, &DeliveryCatalog::preflightChanged);
        deliveries->setReleaseId(releaseId);
        session.waitForIdle();
        QVERIFY(preflight.size() >= 1);
        QCOMPARE(deliveries->history()->rowCount(), 1);
        QVERIFY(!deliveries->isLoading());
        // Generated files have no master on disk, but rows do: something to deliver, blocked.
        QVERIFY(!deliveries->isImpossible());
        QVERIFY(deliveries->isBlocked());
        QStringList messages, rules;
        for (const QVariant &issue : deliveries->issues()) {
            const QVariantMap map = issue.toMap();
            messages.append(map.value(u"message"_s).toString());
            rules.append(
                u"%1 %2 %3"_s.arg(map.value(u"level"_s).toString(), map.value(u"ruleId"_s).toString())
                    .arg(map.value(u"trackId"_s).toLongLong() > 0 ? u"track"_s : u"release"_s));
            for (const char *key : { "ruleId", "trackId", "level", "subject", "message" })
                QVERIFY2(map.contains(QString::fromLatin1(key)), key);
            // Each line's fix link: the release, or the track under the profile that judges it.
            const QVariantMap target = map.value(u"target"_s).toMap();
            if (map.value(u"ruleId"_s) == u"delivery.upc.missing"_s)
                QCOMPARE(target.value(u"recordId"_s).toLongLong(), releaseId);
            if (map.value(u"ruleId"_s) == u"quality.notAnalysed"_s) {
                QCOMPARE(target.value(u"page"_s).toString(), u"quality"_s);
                QCOMPARE(target.value(u"tab"_s).toString(), u"streaming"_s);
                QCOMPARE(target.value(u"field"_s).toString(), u"analyzeButton"_s);
                QCOMPARE(target.value(u"recordId"_s).toLongLong(), map.value(u"trackId"_s).toLongLong());
            }
        }
        QVERIFY2(messages.contains(u"no UPC/EAN"_s), qPrintable(messages.join(u", ")));
        QVERIFY2(messages.contains(u"no artwork"_s), qPrintable(messages.join(u", ")));
        // The app's own verdicts: nobody recorded where the tracks come from, nothing analysed.
        QVERIFY2(rules.contains(u"blocker delivery.upc.missing release"_s), qPrintable(rules.join(u", ")));
        QVERIFY2(rules.contains(u"blocker content.licence.missing track"_s), qPrintable(rules.join(u", ")));
        QVERIFY2(rules.contains(u"blocker quality.notAnalysed track"_s), qPrintable(rules.join(u", ")));
        QVERIFY(!rules.contains(u"blocker streaming.upc.missing release"_s)); // said once, by the delivery
        QCOMPARE(deliveries->blockers().size() + deliveries->warnings().size(), deliveries->issues().size());
        for (const QVariant &blocker : deliveries->blockers())
            QCOMPARE(blocker.toMap().value(u"level"_s).toString(), u"blocker"_s);
        QVERIFY(deliveries->forceSummary().contains(u"no UPC/EAN"_s));
        QVERIFY(deliveries->suggestedName().contains(u"Glass Harbour"_s));
        QVERIFY(deliveries->suggestedName().endsWith(u"(Distributor)"_s));
        QCOMPARE(deliveries->fileCount(), 2);

        // The sync profile needs more, and a release without deliveries has no history.
        deliveries->setProfile(u"sync"_s);
        session.waitForIdle();
        QVERIFY(deliveries->requirements().join(u'\n').contains(u"Stems"_s));
        QVERIFY(deliveries->issues().size() > messages.size());
        deliveries->setProfile(u"no such profile"_s);
        QCOMPARE(deliveries->profile(), u"sync"_s);
        deliveries->setReleaseId(session.releases()->model()->idAt(1));
        session.waitForIdle();
        QCOMPARE(deliveries->history()->rowCount(), 0);
    }

    // An instrumental made as a recording of its own and added under the track's versions is
    // packed as the track's instrumental, and the sync check no longer asks for one.
    void aLinkedInstrumentalVersionIsTheTracksInstrumental()
    {
        Test::TestCatalog catalog(6);
        QSqlDatabase db = catalog.store().connection();
        const qint64 releaseId
            = Test::scalar(catalog.store(), u"SELECT min(release_id) FROM release_tracks"_s);
        const qint64 track = Test::scalar(catalog.store(),
            u"SELECT min(track_id) FROM release_tracks WHERE release_id = %1"_s.arg(releaseId));
        const qint64 other = Test::scalar(catalog.store(),
            u"SELECT min(id) FROM tracks WHERE id NOT IN (SELECT track_id FROM release_tracks WHERE "
            "release_id = %1)"_s.arg(releaseId));
        QVERIFY(releaseId > 0 && track > 0 && other > 0);
        QSqlQuery vocal(db); // only a vocal track is asked for an instrumental
        QVERIFY(vocal.exec(u"UPDATE tracks SET has_vocals = 1 WHERE id = %1"_s.arg(track)));
        const auto instrumentals = [&] {
            QString error;
            const auto release
                = DeliveryQueries::loadRelease(db, releaseId, QString(), QDate(2026, 12, 5), &error);
            if (!release) {
                qWarning() << error;
                return qsizetype(-1);
            }
            const QList<Delivery::PreflightIssue> issues
                = Delivery::preflight(*release, *Delivery::profile(u"sync"_s));
            const bool asked
                = std::any_of(issues.cbegin(), issues.cend(), [&](const Delivery::PreflightIssue &i) {
                      return i.ruleId == u"delivery.instrumental.missing"_s && i.trackId == track;
                  });
            return asked ? qsizetype(0) : release->assetsOf(track, u"instrumental"_s).size();
        };
        QCOMPARE(instrumentals(), 0);
        QSqlQuery link(db);
        QVERIFY(link.exec(
            u"UPDATE tracks SET version = 'Instrumental', original_track_id = %1 WHERE id = %2"_s.arg(track)
                .arg(other)));
        QCOMPARE(instrumentals(), 1);
    }

    // With two uploaded inputs, the second input's blocker leads to that input's row on the
    // Provenance tab (the rule's own place is the first input's).
    void anInputsBlockerLeadsToItsOwnRow()
    {
        Test::TestCatalog catalog(6);
        CatalogSession session(catalog.store());
        const qint64 releaseId
            = Test::scalar(catalog.store(), u"SELECT min(release_id) FROM release_tracks"_s);
        const qint64 track = Test::scalar(catalog.store(),
            u"SELECT min(track_id) FROM release_tracks WHERE release_id = %1"_s.arg(releaseId));
        QSqlQuery query(catalog.store().connection());
        for (const char *input : { "first input", "second input" })
            QVERIFY(query.exec(
                u"INSERT INTO provenance_inputs(track_id, description) VALUES (%1, '%2')"_s.arg(track).arg(
                    QLatin1StringView(input))));
        const qint64 second = Test::scalar(catalog.store(), u"SELECT max(id) FROM provenance_inputs"_s);
        session.reload();
        session.waitForIdle();
        DeliveryCatalog *deliveries = session.deliveries();
        deliveries->setReleaseId(releaseId);
        session.waitForIdle();
        QStringList fields;
        for (const QVariant &issue : deliveries->issues()) {
            const QVariantMap map = issue.toMap();
            if (map.value(u"ruleId"_s) != u"streaming.input.permission_unknown"_s)
                continue;
            const QVariantMap target = map.value(u"target"_s).toMap();
            QCOMPARE(target.value(u"tab"_s).toString(), u"provenance"_s);
            fields.append(target.value(u"field"_s).toString());
        }
        QCOMPARE(fields.size(), 2);
        QVERIFY2(fields.contains(u"inputEntry_%1/inputEntryPermission"_s.arg(second)),
            qPrintable(fields.join(u", ")));
    }

    // The loader looks for every file in the library folder, so that the preflight names one that
    // is not there before the export stops at it.
    void theLoaderFindsFilesMissingFromTheLibrary()
    {
        Test::TestCatalog catalog(6);
        QSqlDatabase db = catalog.store().connection();
        const qint64 releaseId = Test::scalar(catalog.store(),
            u"SELECT release_id FROM release_tracks GROUP BY release_id HAVING count(*) > 1 LIMIT 1"_s);
        QSqlQuery masters(db);
        QVERIFY(masters.exec(
            u"SELECT a.rel_path FROM assets a JOIN release_tracks r ON r.track_id = a.track_id "
            "WHERE a.kind = 'master' AND r.release_id = %1 ORDER BY a.rel_path"_s.arg(releaseId)));
        QStringList paths;
        while (masters.next())
            paths.append(masters.value(0).toString());
        QVERIFY(paths.size() > 1);
        QTemporaryDir root;
        const QString present = root.filePath(paths.first());
        QVERIFY(QDir().mkpath(QFileInfo(present).path()));
        QFile file(present);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();

        QString error;
        const auto release
            = DeliveryQueries::loadRelease(db, releaseId, root.path(), QDate(2026, 12, 5), &error);
        QVERIFY2(release, qPrintable(error));
        QVERIFY(!release->missingFiles.contains(paths.first()));
        for (const QString &path : paths.mid(1))
            QVERIFY2(release->missingFiles.contains(path), qPrintable(path));
        const QList<Delivery::PreflightIssue> issues
            = Delivery::preflight(*release, *Delivery::profile(u"distributor"_s));
        QVERIFY(std::any_of(issues.cbegin(), issues.cend(),
            [](const Delivery::PreflightIssue &i) { return i.ruleId == u"delivery.file.missing"_s; }));
        // Without a library folder nothing is looked for (another message says to name one).
        const auto unrooted
            = DeliveryQueries::loadRelease(db, releaseId, QString(), QDate(2026, 12, 5), &error);
        QVERIFY(unrooted && unrooted->missingFiles.isEmpty());
    }

    // A package's tracks are judged against the release being delivered: one copy of it, shared.
    void theTracksOfADeliveredReleaseShareItsFacts()
    {
        Test::TestCatalog catalog(6);
        QSqlDatabase db = catalog.store().connection();
        const qint64 releaseId = Test::scalar(catalog.store(),
            u"SELECT release_id FROM release_tracks GROUP BY release_id HAVING count(*) > 1 LIMIT 1"_s);
        QVERIFY(releaseId > 0);
        QString error;
        const auto release
            = DeliveryQueries::loadRelease(db, releaseId, QString(), QDate(2026, 12, 5), &error);
        QVERIFY2(release, qPrintable(error));
        QList<const ReleaseFacts *> seen;
        for (const Delivery::DeliveryTrack &track : release->tracks) {
            QVERIFY(track.facts && track.facts->release);
            QCOMPARE(track.facts->release->id, releaseId);
            seen.append(track.facts->release.operator->());
        }
        QVERIFY(seen.size() > 1);
        QCOMPARE(seen.count(seen.constFirst()), seen.size());
    }

    void aDeliveryTicksItsMilestoneInTheSameWrite()
    {
        Test::TestCatalog catalog(4);
        QSqlDatabase db = catalog.store().connection();
        const qint64 releaseId = Test::scalar(catalog.store(), u"SELECT min(id) FROM releases"_s);
        const ScheduleRepository schedule(db);
        QVERIFY(schedule.moveRelease(releaseId, QDate::currentDate().addDays(40), nullptr));
        const auto deliveryDone = [&] {
            const auto milestones = schedule.milestones(releaseId, nullptr);
            for (const Milestone &milestone : milestones.value_or(QList<Milestone>())) {
                if (milestone.key == ScheduleTemplate::deliveryKey)
                    return int(milestone.done);
            }
            return -1;
        };
        QCOMPARE(deliveryDone(), 0);

        // A recording that fails (no valid SHA-256) ticks nothing.
        auto broken = record(releaseId, u"distributor"_s, u"/tmp/broken.zip"_s);
        broken.sha256 = u"short"_s;
        broken.milestoneKey = ScheduleTemplate::deliveryKey;
        bool ticked = true;
        QVERIFY(!DeliveryQueries::recordDelivery(db, broken, nullptr, &ticked));
        QVERIFY(!ticked);
        QCOMPARE(deliveryDone(), 0);

        auto delivered = record(releaseId, u"distributor"_s, u"/tmp/tidal.zip"_s);
        delivered.milestoneKey = ScheduleTemplate::deliveryKey;
        delivered.issues = { { Delivery::IssueLevel::Blocker, u"quality.clipping"_s, 3, u"Overdrive Hearts"_s,
                                 u"Clipping: 14 runs"_s, u"reduce gain"_s },
            { Delivery::IssueLevel::Warning, u"streaming.date.tight"_s, 0, u"release"_s, u"soon"_s } };
        QString error;
        QVERIFY2(DeliveryQueries::recordDelivery(db, delivered, &error, &ticked), qPrintable(error));
        QVERIFY(ticked);
        QCOMPARE(deliveryDone(), 1);
        // Another delivery finds it done already.
        QVERIFY(DeliveryQueries::recordDelivery(db, delivered, &error, &ticked));
        QVERIFY(!ticked);
        QCOMPARE(deliveryDone(), 1);

        // The history keeps each issue with its level, and a line for people.
        const auto history = DeliveryQueries::deliveriesOf(db, releaseId, &error);
        QVERIFY(history && history->size() == 2);
        QCOMPARE(history->first().issues, delivered.issues);
        QCOMPARE(history->first().warnings.first(), u"Blocker: Overdrive Hearts: Clipping: 14 runs"_s);
        QCOMPARE(history->first().warnings.last(), u"Warning: release: soon"_s);
        // Rows written before levels existed still read.
        QVERIFY(DeliveryQueries::recordDelivery(db, record(releaseId, u"sync"_s, u"/tmp/old.zip"_s), &error));
        const auto all = DeliveryQueries::deliveriesOf(db, releaseId, &error);
        QVERIFY(std::any_of(all->cbegin(), all->cend(), [](const DeliveryQueries::DeliveryRecord &r) {
            return r.warnings == QStringList { u"release: no UPC/EAN"_s } && r.issues.isEmpty();
        }));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryCatalog)
#include "tst_deliverycatalog.moc"
