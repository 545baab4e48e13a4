// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TestCatalog.h"
#include "rights/RightsEdits.h"
#include "rights/RightsQueries.h"
#include "rights/ToolTermsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestToolTermsModel : public QObject
{
    Q_OBJECT

    static ToolTermsFact terms(qint64 id, const QString &tool, const QString &plan, bool commercial)
    {
        ToolTermsFact fact { id, tool, plan, commercial, commercial ? u"user"_s : u"vendor"_s,
            QDate(2026, 1, 15), QDate(2024, 1, 1), {}, u"terms page"_s, false };
        fact.paid = commercial ? 1 : 0;
        return fact;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rowsCarryEveryColumnAndUsage()
    {
        ToolTermsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows(
            { terms(3, u"Suno"_s, u"Free"_s, false), terms(7, u"Suno"_s, u"Pro"_s, true) }, { { 7, 4 } });
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex pro = model.index(1);
        QCOMPARE(pro.data(Qt::DisplayRole).toString(), u"Suno (Pro)"_s);
        QCOMPARE(pro.data(ToolTermsModel::IdRole).toLongLong(), 7);
        QCOMPARE(pro.data(ToolTermsModel::PaidRole).toString(), u"1"_s);
        QCOMPARE(pro.data(ToolTermsModel::CommercialUseRole).toBool(), true);
        QCOMPARE(pro.data(ToolTermsModel::OwnershipRole).toString(), u"user"_s);
        QCOMPARE(pro.data(ToolTermsModel::OwnershipNameRole).toString(), u"You own the output"_s);
        QCOMPARE(pro.data(ToolTermsModel::ValidFromRole).toString(), u"2024-01-01"_s);
        QCOMPARE(pro.data(ToolTermsModel::ValidUntilRole).toString(), QString());
        QCOMPARE(pro.data(ToolTermsModel::RecordedOnRole).toString(), u"2026-01-15"_s);
        QCOMPARE(pro.data(ToolTermsModel::UsedByRole).toInt(), 4);
        QCOMPARE(model.index(0).data(ToolTermsModel::UsedByRole).toInt(), 0);
        QCOMPARE(model.index(0).data(ToolTermsModel::PaidRole).toString(), u"0"_s);
        QCOMPARE(model.rowOf(7), 1);
        QCOMPARE(model.rowOf(99), -1);
        QVERIFY(model.rowById(3));
        const QVariantMap map = model.get(1);
        QCOMPARE(map.value(u"termsId"_s).toLongLong(), 7);
        QCOMPARE(map.value(u"plan"_s).toString(), u"Pro"_s);
        QVERIFY(model.get(2).isEmpty());
        QVERIFY(!model.index(0).data(ToolTermsModel::UsedByRole + 1).isValid());
        model.setRows({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void theTableRefusesBadAndDuplicateTerms()
    {
        Test::TestCatalog catalog(1);
        QSqlDatabase db = catalog.store().connection();
        RightsEdits::ToolTerms row;
        row.id = RightsEdits::nextTermsId(db);
        row.tool = u"Sonauto"_s;
        row.plan = u"Pro"_s;
        row.paid = 1;
        row.commercialUse = true;
        row.recordedOn = QDate(2026, 2, 1);
        row.validFrom = QDate(2024, 1, 1);
        QString error;
        QVERIFY2(RightsEdits::saveToolTerms(db, row, &error), qPrintable(error));
        auto all = RightsQueries::allTerms(db, &error);
        QVERIFY(all);
        const auto saved = std::find_if(
            all->cbegin(), all->cend(), [&](const ToolTermsFact &t) { return t.id == row.id; });
        QVERIFY(saved != all->cend());
        QCOMPARE(saved->paid, 1);
        QCOMPARE(saved->tool, u"Sonauto"_s);

        RightsEdits::ToolTerms copy = row;
        copy.id = RightsEdits::nextTermsId(db);
        copy.tool = u"SONAUTO"_s;
        QVERIFY(!RightsEdits::saveToolTerms(db, copy, &error));
        QVERIFY2(error.contains(u"already has terms"_s), qPrintable(error));
        copy.validFrom = QDate(2025, 1, 1);
        copy.validUntil = QDate(2024, 12, 31);
        QVERIFY(!RightsEdits::saveToolTerms(db, copy, &error));
        QVERIFY2(error.contains(u"before they start"_s), qPrintable(error));
        copy.validUntil = {};
        copy.plan = u"  "_s;
        QVERIFY(!RightsEdits::saveToolTerms(db, copy, &error));
        copy.plan = u"Pro"_s;
        copy.paid = -1;
        QVERIFY2(RightsEdits::saveToolTerms(db, copy, &error), qPrintable(error));
        QVERIFY(RightsEdits::removeToolTerms(db, row.id, &error));
        QCOMPARE(Test::scalar(catalog.store(),
                     u"SELECT count(*) FROM ai_tool_terms WHERE tool = 'SONAUTO' AND paid IS NULL"_s),
            1);
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM ai_tool_terms WHERE tool = 'Sonauto'"_s), 0);
    }

    void seededExamplesKnowWhetherTheirPlanIsPaid()
    {
        Test::TestCatalog catalog(1);
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT paid FROM ai_tool_terms WHERE plan = 'Basic (free)'"_s),
            0);
        QCOMPARE(Test::scalar(catalog.store(),
                     u"SELECT paid FROM ai_tool_terms WHERE tool = 'Suno' AND plan = 'Pro'"_s),
            1);
    }
};

QTEST_GUILESS_MAIN(TestToolTermsModel)
#include "tst_tooltermsmodel.moc"
