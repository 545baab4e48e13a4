// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// DeliveryCatalog and its history model: the preflight and history of the chosen release.
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "delivery/DeliveryCatalog.h"
#include "delivery/DeliveryQueries.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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
        QVERIFY(!deliveries->isBlocked()); // generated files have no master on disk, but rows do
        QStringList messages;
        for (const QVariant &issue : deliveries->issues())
            messages.append(issue.toMap().value(u"message"_s).toString());
        QVERIFY2(messages.contains(u"no UPC/EAN"_s), qPrintable(messages.join(u", ")));
        QVERIFY2(messages.contains(u"no artwork"_s), qPrintable(messages.join(u", ")));
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
};

QTEST_GUILESS_MAIN(TestDeliveryCatalog)
#include "tst_deliverycatalog.moc"
