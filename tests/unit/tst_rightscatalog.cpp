// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "TestCatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestRightsCatalog : public QObject
{
    Q_OBJECT

    static void load(CatalogSession &session)
    {
        QSignalSpy reloaded(session.rights(), &RightsCatalog::reloaded);
        session.reload();
        QVERIFY(reloaded.wait(5000));
        session.waitForIdle();
    }

    static void settle(CatalogSession &session)
    {
        // An edit writes, then re-reads; wait until both results are in.
        for (int i = 0; i < 3; ++i) {
            session.rights()->waitForIdle();
            if (!session.rights()->isLoading())
                return;
            QSignalSpy reloaded(session.rights(), &RightsCatalog::reloaded);
            reloaded.wait(2000);
        }
    }

    static QString stored(const CatalogStore &store, const QString &sql)
    {
        QSqlQuery query(store.connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : u"<missing>"_s;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void matrixHasATrackPerRowAndAUsePerColumn()
    {
        Test::TestCatalog catalog(5);
        CatalogSession session(catalog.store());
        QAbstractItemModelTester matrixTester(
            session.rights()->matrix(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester boardTester(
            session.rights()->board(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(session);
        ReadinessMatrixModel *matrix = session.rights()->matrix();
        QCOMPARE(matrix->rowCount(), 5);
        QCOMPARE(matrix->columnCount(), 4);
        QCOMPARE(matrix->headerData(2, Qt::Horizontal).toString(), u"Sync licensing"_s);
        // Nothing recorded yet: blocked everywhere, with the licence basis as the first reason.
        for (int column = 0; column < 4; ++column)
            QCOMPARE(
                matrix->index(0, column).data(ReadinessMatrixModel::VerdictRole).toString(), u"blocked"_s);
        const QVariantList reasons = session.rights()->reasons(0, 2);
        QVERIFY(!reasons.isEmpty());
        QCOMPARE(reasons.first().toMap().value(u"rule"_s).toString(), u"content.licence.missing"_s);
        QVERIFY(!reasons.first().toMap().value(u"fix"_s).toString().isEmpty());
        QVERIFY(session.rights()->reasons(99, 0).isEmpty());
    }

    void provenanceEditsAreSavedReEvaluatedAndUndoable()
    {
        Test::TestCatalog catalog(2);
        CatalogSession session(catalog.store());
        load(session);
        RightsCatalog *rights = session.rights();
        const qint64 id = rights->matrix()->index(0, 0).data(ReadinessMatrixModel::TrackIdRole).toLongLong();
        rights->setCurrentTrackId(id);
        QCOMPARE(rights->provenance().value(u"recorded"_s).toBool(), false);
        QVERIFY(!rights->syncChecklist().isEmpty());

        QSignalSpy errors(rights, &RightsCatalog::errorOccurred);
        QVERIFY(!rights->setProvenanceField(id, u"origin"_s, u"robot"_s));
        QCOMPARE(errors.count(), 1);

        QVERIFY(rights->setProvenanceField(id, u"origin"_s, u"ai_generated"_s));
        QVERIFY(rights->setProvenanceField(id, u"tool"_s, u"Suno"_s));
        QVERIFY(rights->setProvenanceField(id, u"plan"_s, u"Basic (free)"_s));
        QVERIFY(rights->setProvenanceField(id, u"generatedOn"_s, u"2025-02-01"_s));
        settle(session);
        QCOMPARE(stored(catalog.store(), u"SELECT plan FROM provenance"_s), u"Basic (free)"_s);
        QCOMPARE(rights->provenance().value(u"tool"_s).toString(), u"Suno"_s);
        QVERIFY(!rights->provenance().value(u"terms"_s).toMap().value(u"commercialUse"_s).toBool());
        const QVariantList streaming = rights->reasons(rights->matrix()->rowOf(id), 1);
        const bool blockedByTerms = std::any_of(streaming.cbegin(), streaming.cend(), [](const QVariant &r) {
            return r.toMap().value(u"rule"_s).toString() == u"streaming.commercial.not_allowed"_s;
        });
        QVERIFY(blockedByTerms);

        session.history()->undo();
        settle(session);
        QCOMPARE(
            stored(catalog.store(), u"SELECT coalesce(generated_on, 'none') FROM provenance"_s), u"none"_s);
        session.history()->redo();
        settle(session);
        QCOMPARE(stored(catalog.store(), u"SELECT generated_on FROM provenance"_s), u"2025-02-01"_s);
    }

    void clearanceStatusMovesOnTheBoardAndUndoes()
    {
        Test::TestCatalog catalog(2);
        {
            QSqlQuery query(catalog.store().connection());
            QVERIFY(query.exec(u"INSERT INTO parties(id, name) VALUES (901, 'Loop Co')"_s));
            QVERIFY(
                query.exec(u"INSERT INTO clearance_items(id, track_id, kind, counterparty_id, status, "
                           "valid_until) VALUES (5, (SELECT min(id) FROM tracks), 'sample', 901, 'pending', "
                           "date('now', '+10 days'))"_s));
        }
        CatalogSession session(catalog.store());
        QAbstractItemModelTester boardTester(
            session.rights()->board(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(session);
        ClearanceBoardModel *board = session.rights()->board();
        QCOMPARE(board->rowCount(), 1);
        const QModelIndex item = board->index(0);
        QCOMPARE(item.data(ClearanceBoardModel::CounterpartyRole).toString(), u"Loop Co"_s);
        QVERIFY(item.data(ClearanceBoardModel::ExpiringSoonRole).toBool());
        QVERIFY(!item.data(ClearanceBoardModel::ExpiredRole).toBool());

        QVERIFY(!session.rights()->setClearanceStatus(5, u"maybe"_s));
        QVERIFY(session.rights()->setClearanceStatus(5, u"cleared"_s));
        QCOMPARE(board->index(0).data(ClearanceBoardModel::StatusRole).toString(), u"cleared"_s);
        settle(session);
        QCOMPARE(stored(catalog.store(), u"SELECT status FROM clearance_items"_s), u"cleared"_s);
        session.history()->undo();
        settle(session);
        QCOMPARE(stored(catalog.store(), u"SELECT status FROM clearance_items"_s), u"pending"_s);
    }
};

QTEST_GUILESS_MAIN(TestRightsCatalog)
#include "tst_rightscatalog.moc"
