// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "RightsSessionSteps.h"
#include "TestCatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;
using RightsSteps::load;
using RightsSteps::settle;
using RightsSteps::stored;

class TestRightsCatalog : public QObject
{
    Q_OBJECT

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
        // A track's findings come from its facts, read when it is selected.
        QVERIFY(session.rights()->reasons(0, 2).isEmpty());
        session.rights()->setCurrentTrackId(
            matrix->index(0, 0).data(ReadinessMatrixModel::TrackIdRole).toLongLong());
        session.rights()->waitForIdle();
        const QVariantList reasons = session.rights()->reasons(0, 2);
        QVERIFY(!reasons.isEmpty());
        QCOMPARE(reasons.first().toMap().value(u"rule"_s).toString(), u"content.licence.missing"_s);
        QVERIFY(!reasons.first().toMap().value(u"fix"_s).toString().isEmpty());
        QVERIFY(session.rights()->reasons(99, 0).isEmpty());
        // Each track is found at its row (by an index, not a walk over every track), an unknown
        // one nowhere; the counts are those of the findings shown.
        for (int row = 0; row < matrix->rowCount(); ++row)
            QCOMPARE(session.rights()->rowOfTrack(
                         matrix->index(row, 0).data(ReadinessMatrixModel::TrackIdRole).toLongLong()),
                row);
        QCOMPARE(session.rights()->rowOfTrack(987654), -1);
        int blockers = 0;
        for (const QVariant &reason : session.rights()->reasons(0, 0))
            blockers += reason.toMap().value(u"severity"_s).toString() != u"warning"_s;
        QCOMPARE(matrix->index(0, 0).data(ReadinessMatrixModel::BlockerCountRole).toInt(), blockers);
    }

    // Issue 18: the page keeps every track's verdicts but the facts behind them (a few KB a
    // track) only of the track shown and the few shown before it.
    void theFactsOfOnlyTheTracksShownAreHeld()
    {
        Test::TestCatalog catalog(12);
        CatalogSession session(catalog.store());
        load(session);
        RightsCatalog *rights = session.rights();
        ReadinessMatrixModel *matrix = rights->matrix();
        QCOMPARE(matrix->rowCount(), 12);
        const auto idAt = [matrix](int row) {
            return matrix->index(row, 0).data(ReadinessMatrixModel::TrackIdRole).toLongLong();
        };
        for (int row = 0; row < matrix->rowCount(); ++row)
            QVERIFY(rights->reasons(row, 0).isEmpty());

        QSignalSpy current(rights, &RightsCatalog::currentChanged);
        const int shown = int(RightsCatalog::heldTracks) + 2;
        for (int row = 0; row < shown; ++row) {
            rights->setCurrentTrackId(idAt(row));
            // Read on the catalog thread: until then the page says it is reading, and shows
            // nothing as the track's (an empty checklist is not "sync-ready").
            QVERIFY(!rights->isCurrentReady());
            QVERIFY(rights->provenance().isEmpty() && rights->syncChecklist().isEmpty());
            QCOMPARE(rights->current().value(u"title"_s),
                matrix->index(row, 0).data(ReadinessMatrixModel::TitleRole));
            rights->waitForIdle();
            QVERIFY(rights->isCurrentReady());
            QCOMPARE(rights->provenance().value(u"trackId"_s).toLongLong(), idAt(row));
            QVERIFY(!rights->reasons(row, 0).isEmpty());
        }
        QCOMPARE(current.count(), 2 * shown); // once on selection, once when the facts are in
        const auto held = [&] {
            QList<int> rows;
            for (int row = 0; row < matrix->rowCount(); ++row) {
                if (!rights->reasons(row, 0).isEmpty())
                    rows.append(row);
            }
            return rows;
        };
        QCOMPARE(held(), (QList<int> { 2, 3, 4, 5, 6, 7, 8, 9 }));

        // Going back to a track still held is immediate; a reload reads the held ones again.
        rights->setCurrentTrackId(idAt(8));
        QVERIFY(rights->isCurrentReady());
        load(session);
        QVERIFY(rights->isCurrentReady());
        QCOMPARE(held(), (QList<int> { 2, 3, 4, 5, 6, 7, 8, 9 }));
        // The next tracks shown push out the least recently shown, as before the reload.
        for (const int row : { 10, 11 }) {
            rights->setCurrentTrackId(idAt(row));
            rights->waitForIdle();
        }
        QCOMPARE(held(), (QList<int> { 4, 5, 6, 7, 8, 9, 10, 11 }));

        // A track deleted since the page read it is no longer shown, rather than read forever.
        QSqlQuery deletion(catalog.store().connection());
        QVERIFY(deletion.exec(u"DELETE FROM tracks WHERE id = %1"_s.arg(idAt(0))));
        rights->setCurrentTrackId(idAt(0));
        rights->waitForIdle();
        QCOMPARE(rights->currentTrackId(), 0);
        QVERIFY(rights->current().isEmpty());
    }

    void provenanceEditsAreSavedReEvaluatedAndUndoable()
    {
        Test::TestCatalog catalog(2);
        CatalogSession session(catalog.store());
        load(session);
        RightsCatalog *rights = session.rights();
        const qint64 id = rights->matrix()->index(0, 0).data(ReadinessMatrixModel::TrackIdRole).toLongLong();
        rights->setCurrentTrackId(id);
        rights->waitForIdle(); // its facts are read on selection
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

    void undoingTheFirstProvenanceEditLeavesTheTrackUnrecorded()
    {
        Test::TestCatalog catalog(1);
        CatalogSession session(catalog.store());
        load(session);
        RightsCatalog *rights = session.rights();
        const qint64 id = rights->matrix()->index(0, 0).data(ReadinessMatrixModel::TrackIdRole).toLongLong();
        rights->setCurrentTrackId(id);
        rights->waitForIdle(); // its facts are read on selection
        // "human" is what an unrecorded track reads as; choosing it still records it.
        QVERIFY(rights->setProvenanceField(id, u"origin"_s, u"human"_s));
        QVERIFY(rights->setProvenanceField(id, u"stems"_s, u"native"_s));
        settle(session);
        QVERIFY(rights->provenance().value(u"recorded"_s).toBool());
        session.history()->undo();
        settle(session);
        QVERIFY(rights->provenance().value(u"recorded"_s).toBool());
        QCOMPARE(stored(catalog.store(), u"SELECT coalesce(stems, 'none') FROM provenance"_s), u"none"_s);
        session.history()->undo();
        settle(session);
        QVERIFY(!rights->provenance().value(u"recorded"_s).toBool());
        QCOMPARE(stored(catalog.store(), u"SELECT count(*) FROM provenance"_s), u"0"_s);
        QCOMPARE(
            rights->reasons(0, 0).first().toMap().value(u"rule"_s).toString(), u"content.licence.missing"_s);
        session.history()->redo();
        settle(session);
        QVERIFY(rights->provenance().value(u"recorded"_s).toBool());
    }

    void aGenerationDateBeforeTheToolIsRefused()
    {
        Test::TestCatalog catalog(1);
        CatalogSession session(catalog.store());
        load(session);
        RightsCatalog *rights = session.rights();
        const qint64 track
            = rights->matrix()->index(0, 0).data(ReadinessMatrixModel::TrackIdRole).toLongLong();
        QVERIFY(rights->tools().size() >= 2);
        rights->setCurrentTrackId(track);
        rights->waitForIdle();
        QVERIFY(rights->setProvenanceField(track, u"origin"_s, u"ai_generated"_s));
        QVERIFY(rights->setProvenanceField(track, u"tool"_s, u"Suno"_s));
        settle(session);
        QSignalSpy errors(rights, &RightsCatalog::errorOccurred);
        QVERIFY(!rights->setProvenanceField(track, u"generatedOn"_s, u"2022-06-01"_s));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(u"2023-12-20"_s));
        QVERIFY(rights->setProvenanceField(track, u"generatedOn"_s, u"2024-06-01"_s));
    }
};

QTEST_GUILESS_MAIN(TestRightsCatalog)
#include "tst_rightscatalog.moc"
