// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "TestCatalog.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
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

    void clearanceStatusMovesOnTheBoardAndUndoes()
    {
        Test::TestCatalog catalog(2);
        {
            QSqlQuery query(catalog.store().connection());
            QVERIFY(query.exec(u"INSERT INTO parties(id, name) VALUES (901, 'Loop Co')"_s));
            QVERIFY(query.exec(
                u"INSERT INTO clearance_items(id, track_id, kind, counterparty_id, status, "
                "valid_until) VALUES (5, (SELECT min(id) FROM tracks), 'sample', 901, 'pending', '%1')"_s.arg(
                    QDate::currentDate().addDays(10).toString(Qt::ISODate))));
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

        // The item's track is not shown, so its facts are not held: the board's status is what
        // the edit is made on, and only that track is judged again.
        QVERIFY(!session.rights()->setClearanceStatus(5, u"maybe"_s));
        QSignalSpy refreshed(session.rights(), &RightsCatalog::tracksRefreshed);
        QSignalSpy reloaded(session.rights(), &RightsCatalog::reloaded);
        QVERIFY(session.rights()->setClearanceStatus(5, u"cleared"_s));
        QCOMPARE(board->index(0).data(ClearanceBoardModel::StatusRole).toString(), u"cleared"_s);
        settle(session);
        QCOMPARE(stored(catalog.store(), u"SELECT status FROM clearance_items"_s), u"cleared"_s);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(refreshed.first().first().value<QList<qint64>>(),
            QList<qint64> { board->index(0).data(ClearanceBoardModel::TrackIdRole).toLongLong() });
        QCOMPARE(reloaded.count(), 0);
        session.history()->undo();
        settle(session);
        QCOMPARE(stored(catalog.store(), u"SELECT status FROM clearance_items"_s), u"pending"_s);
    }

    void clearanceItemsAreAddedEditedRemovedAndUndone()
    {
        Test::TestCatalog catalog(2);
        CatalogSession session(catalog.store());
        load(session);
        RightsCatalog *rights = session.rights();
        const qint64 track
            = rights->matrix()->index(0, 0).data(ReadinessMatrixModel::TrackIdRole).toLongLong();
        rights->setCurrentTrackId(track);
        rights->waitForIdle(); // its facts are read on selection
        QVERIFY(rights->clearances().isEmpty());

        // Bad input: an end before the start, or a date that is not one, is refused with a reason.
        QVariantMap item { { u"id"_s, 0 }, { u"trackId"_s, track }, { u"kind"_s, u"sample"_s },
            { u"status"_s, u"pending"_s }, { u"counterparty"_s, u"Loop Co"_s },
            { u"territory"_s, u"World"_s }, { u"validFrom"_s, u"2026-05-01"_s },
            { u"validUntil"_s, u"2026-04-01"_s } };
        QVERIFY(rights->clearanceProblem(item).contains(u"ends"_s));
        QSignalSpy errors(rights, &RightsCatalog::errorOccurred);
        QVERIFY(!rights->saveClearanceItem(item));
        QCOMPARE(errors.count(), 1);
        item[u"validUntil"_s] = u"someday"_s;
        QVERIFY(!rights->clearanceProblem(item).isEmpty());
        item[u"validUntil"_s] = u"2027-04-01"_s;
        QVERIFY(rights->clearanceProblem(item).isEmpty());

        QVERIFY(rights->saveClearanceItem(item));
        settle(session);
        QCOMPARE(rights->clearances().size(), 1);
        QVariantMap saved = rights->clearances().first().toMap();
        QCOMPARE(saved.value(u"counterparty"_s).toString(), u"Loop Co"_s);
        QCOMPARE(saved.value(u"validUntil"_s).toString(), u"2027-04-01"_s);
        QCOMPARE(saved.value(u"settled"_s).toBool(), false);

        saved[u"status"_s] = u"cleared"_s;
        saved[u"counterparty"_s] = u"Loop Company Ltd"_s;
        QVERIFY(rights->saveClearanceItem(saved));
        settle(session);
        QCOMPARE(
            rights->clearances().first().toMap().value(u"counterparty"_s).toString(), u"Loop Company Ltd"_s);
        QCOMPARE(stored(catalog.store(), u"SELECT status FROM clearance_items"_s), u"cleared"_s);

        QVERIFY(rights->removeClearanceItem(saved.value(u"id"_s).toLongLong()));
        settle(session);
        QVERIFY(rights->clearances().isEmpty());
        session.history()->undo(); // the removal
        settle(session);
        QCOMPARE(rights->clearances().size(), 1);
        QCOMPARE(rights->clearances().first().toMap().value(u"id"_s), saved.value(u"id"_s));
        session.history()->undo(); // the edit
        settle(session);
        QCOMPARE(rights->clearances().first().toMap().value(u"counterparty"_s).toString(), u"Loop Co"_s);
        session.history()->undo(); // the addition
        settle(session);
        QVERIFY(rights->clearances().isEmpty());
        session.history()->redo();
        settle(session);
        QCOMPARE(rights->clearances().size(), 1);
    }

    void documentsAreCopiedHashedAndWatched()
    {
        Test::TestCatalog catalog(2);
        const QString root = catalog.folder() + u"/library"_s;
        QVERIFY(QDir().mkpath(root));
        QVERIFY(catalog.store().setLibraryRoot(root, nullptr));
        QTemporaryDir outside;
        const QString source = outside.filePath(u"licence.pdf"_s);
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 a signed licence");
        file.close();

        CatalogSession session(catalog.store());
        load(session);
        RightsCatalog *rights = session.rights();
        const qint64 track
            = rights->matrix()->index(0, 0).data(ReadinessMatrixModel::TrackIdRole).toLongLong();
        rights->setCurrentTrackId(track);
        rights->waitForIdle(); // its facts are read on selection
        QVERIFY(rights->saveClearanceItem({ { u"trackId"_s, track }, { u"kind"_s, u"ai_tool_licence"_s },
            { u"status"_s, u"cleared"_s }, { u"counterparty"_s, u"Suno, Inc."_s } }));
        settle(session);
        const qint64 item = rights->clearances().first().toMap().value(u"id"_s).toLongLong();

        QSignalSpy attached(rights, &RightsCatalog::documentAttached);
        rights->attachDocument(u"clearance"_s, item, QUrl::fromLocalFile(source));
        QVERIFY(attached.wait(5000));
        settle(session);
        const QString relative = u"Documents/%1/licence.pdf"_s.arg(track);
        QVERIFY(QFile::exists(QDir(root).filePath(relative)));
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash("%PDF-1.4 a signed licence", QCryptographicHash::Sha256).toHex());
        QCOMPARE(stored(catalog.store(), u"SELECT content_hash FROM assets WHERE kind = 'document'"_s), hash);
        QVariantMap entry = rights->clearances().first().toMap();
        QCOMPARE(entry.value(u"documentPath"_s).toString(), relative);
        QCOMPARE(entry.value(u"documentHash"_s).toString(), hash);
        QCOMPARE(entry.value(u"documentState"_s).toString(), u"ok"_s);
        QVERIFY(entry.value(u"settled"_s).toBool());
        QCOMPARE(rights->documentUrl(entry.value(u"documentAssetId"_s).toLongLong()),
            QUrl::fromLocalFile(QDir(root).filePath(relative)));

        // The same bytes with a new time are the same document; other bytes are not.
        QFile copy(QDir(root).filePath(relative));
        QVERIFY(copy.open(QIODevice::ReadWrite));
        QVERIFY(
            copy.setFileTime(QDateTime::currentDateTimeUtc().addDays(-3), QFileDevice::FileModificationTime));
        copy.close();
        rights->reload();
        settle(session);
        QCOMPARE(rights->clearances().first().toMap().value(u"documentState"_s).toString(), u"ok"_s);
        QVERIFY(copy.open(QIODevice::ReadWrite));
        copy.seek(9);
        copy.write("X"); // same size, other content
        QVERIFY(copy.flush());
        QVERIFY(
            copy.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1), QFileDevice::FileModificationTime));
        copy.close();
        rights->reload();
        settle(session);
        entry = rights->clearances().first().toMap();
        QCOMPARE(entry.value(u"documentState"_s).toString(), u"changed"_s);
        QVERIFY(!entry.value(u"settled"_s).toBool());
        QVERIFY(QFile::remove(copy.fileName()));
        rights->reload();
        settle(session);
        QCOMPARE(rights->clearances().first().toMap().value(u"documentState"_s).toString(), u"vanished"_s);

        // Attaching is undoable: the item goes back to having no document.
        session.history()->undo();
        settle(session);
        QCOMPARE(rights->clearances().first().toMap().value(u"documentAssetId"_s).toLongLong(), 0);
    }

    void contributionsCarryEvidence()
    {
        Test::TestCatalog catalog(2);
        const QString root = catalog.folder() + u"/library"_s;
        QVERIFY(QDir().mkpath(root + u"/drafts"_s));
        QVERIFY(catalog.store().setLibraryRoot(root, nullptr));
        QFile draft(root + u"/drafts/lyrics.txt"_s);
        QVERIFY(draft.open(QIODevice::WriteOnly));
        draft.write("first draft of the lyrics");
        draft.close();

        CatalogSession session(catalog.store());
        load(session);
        RightsCatalog *rights = session.rights();
        const qint64 track
            = rights->matrix()->index(0, 0).data(ReadinessMatrixModel::TrackIdRole).toLongLong();
        rights->setCurrentTrackId(track);
        rights->waitForIdle(); // its facts are read on selection
        QVERIFY(
            !rights->saveContribution({ { u"trackId"_s, track }, { u"element"_s, u"lyrics"_s } })); // nobody
        QVERIFY(rights->saveContribution({ { u"trackId"_s, track }, { u"element"_s, u"lyrics"_s },
            { u"party"_s, u"Ada Writer"_s }, { u"description"_s, u"Wrote every line"_s } }));
        settle(session);
        QCOMPARE(rights->contributions().size(), 1);
        const qint64 id = rights->contributions().first().toMap().value(u"id"_s).toLongLong();

        QSignalSpy attached(rights, &RightsCatalog::documentAttached);
        rights->attachDocument(u"evidence"_s, id, QUrl::fromLocalFile(draft.fileName()));
        QVERIFY(attached.wait(5000));
        settle(session);
        // A file already in the library stays where it is.
        const QVariantList evidence = rights->contributions().first().toMap().value(u"evidence"_s).toList();
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence.first().toMap().value(u"path"_s).toString(), u"drafts/lyrics.txt"_s);
        QCOMPARE(evidence.first().toMap().value(u"state"_s).toString(), u"ok"_s);
        const auto commercial = rights->reasons(rights->matrix()->rowOf(track), 3);
        QVERIFY(std::none_of(commercial.cbegin(), commercial.cend(), [](const QVariant &r) {
            const QString rule = r.toMap().value(u"rule"_s).toString();
            return rule == u"commercial.human.missing"_s || rule == u"commercial.human.evidence"_s;
        }));

        session.history()->undo();
        settle(session);
        QVERIFY(rights->contributions().first().toMap().value(u"evidence"_s).toList().isEmpty());
        QVERIFY(rights->removeContribution(id));
        settle(session);
        QVERIFY(rights->contributions().isEmpty());
        QCOMPARE(stored(catalog.store(), u"SELECT count(*) FROM human_contributions"_s), u"0"_s);
    }

    void toolTermsAreAddedEditedRemovedUndoneAndJudgeTracksAgain()
    {
        Test::TestCatalog catalog(1);
        CatalogSession session(catalog.store());
        RightsCatalog *rights = session.rights();
        ToolTermsModel *terms = rights->terms();
        QAbstractItemModelTester tester(terms, QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(session);
        const int seeded = terms->rowCount();
        QVERIFY(seeded >= 6);
        const qint64 track
            = rights->matrix()->index(0, 0).data(ReadinessMatrixModel::TrackIdRole).toLongLong();
        rights->setCurrentTrackId(track);
        rights->waitForIdle(); // its facts are read on selection
        QVERIFY(rights->setProvenanceField(track, u"origin"_s, u"ai_generated"_s));
        QVERIFY(rights->setProvenanceField(track, u"tool"_s, u"Sonauto"_s));
        QVERIFY(rights->setProvenanceField(track, u"plan"_s, u"Pro"_s));
        QVERIFY(rights->setProvenanceField(track, u"generatedOn"_s, u"2025-03-01"_s));
        settle(session);
        const auto rules = [&](int use) {
            QStringList ids;
            for (const QVariant &reason : rights->reasons(rights->rowOfTrack(track), use))
                ids.append(reason.toMap().value(u"rule"_s).toString());
            return ids;
        };
        QVERIFY(rules(0).contains(u"content.terms.unknown"_s));

        // Bad input, explained while typing and refused on save.
        QVariantMap row { { u"id"_s, 0 }, { u"tool"_s, u" "_s }, { u"plan"_s, u"Pro"_s },
            { u"paid"_s, u"1"_s }, { u"commercialUse"_s, true }, { u"ownership"_s, u"user"_s },
            { u"recordedOn"_s, u"2026-02-01"_s }, { u"validFrom"_s, u"2024-01-01"_s },
            { u"validUntil"_s, QString() }, { u"source"_s, u"sonauto.ai/terms"_s }, { u"example"_s, false } };
        QVERIFY(rights->termsProblem(row).contains(u"tool"_s));
        row[u"tool"_s] = u"Sonauto"_s;
        row[u"validUntil"_s] = u"2023-12-31"_s;
        QVERIFY(rights->termsProblem(row).contains(u"before they start"_s));
        row[u"validUntil"_s] = u"soon"_s;
        QVERIFY(rights->termsProblem(row).contains(u"not a date"_s));
        row[u"validUntil"_s] = QString();
        QVERIFY(rights->termsProblem(row).isEmpty());
        QVariantMap duplicate = row;
        duplicate[u"tool"_s] = u"suno"_s;
        duplicate[u"validFrom"_s] = u"2023-12-20"_s;
        QVERIFY(rights->termsProblem(duplicate).contains(u"already has terms"_s));
        QSignalSpy errors(rights, &RightsCatalog::errorOccurred);
        QVERIFY(!rights->saveTerms(duplicate));
        QCOMPARE(errors.count(), 1);

        // Added: the track is judged against them at once.
        QVERIFY(rights->saveTerms(row));
        settle(session);
        QCOMPARE(terms->rowCount(), seeded + 1);
        int added = -1;
        for (int r = 0; r < terms->rowCount(); ++r) {
            if (terms->index(r).data(ToolTermsModel::ToolRole).toString() == u"Sonauto"_s)
                added = r;
        }
        QVERIFY(added >= 0);
        const QModelIndex index = terms->index(added);
        QCOMPARE(index.data(ToolTermsModel::PaidRole).toString(), u"1"_s);
        QCOMPARE(index.data(ToolTermsModel::UsedByRole).toInt(), 1);
        QCOMPARE(terms->get(added).value(u"source"_s).toString(), u"sonauto.ai/terms"_s);
        QVERIFY(!rules(0).contains(u"content.terms.unknown"_s));
        QVERIFY(!rules(1).contains(u"streaming.commercial.not_allowed"_s));
        QCOMPARE(rights->provenance().value(u"terms"_s).toMap().value(u"source"_s).toString(),
            u"sonauto.ai/terms"_s);

        // Edited to non-commercial: streaming is blocked by the terms.
        QVariantMap edited = terms->get(added);
        edited[u"id"_s] = edited.value(u"termsId"_s);
        edited[u"commercialUse"_s] = false;
        QVERIFY(rights->termsProblem(edited).isEmpty());
        QVERIFY(rights->saveTerms(edited));
        settle(session);
        QVERIFY(rules(1).contains(u"streaming.commercial.not_allowed"_s));
        QCOMPARE(
            stored(catalog.store(), u"SELECT commercial_use FROM ai_tool_terms WHERE tool = 'Sonauto'"_s),
            u"0"_s);

        // Removed, then each step undone and redone.
        QVERIFY(rights->removeTerms(edited.value(u"id"_s).toLongLong()));
        settle(session);
        QCOMPARE(terms->rowCount(), seeded);
        QVERIFY(rules(0).contains(u"content.terms.unknown"_s));
        session.history()->undo(); // the removal
        settle(session);
        QCOMPARE(terms->rowCount(), seeded + 1);
        QVERIFY(rules(1).contains(u"streaming.commercial.not_allowed"_s));
        session.history()->undo(); // the edit
        settle(session);
        QVERIFY(!rules(1).contains(u"streaming.commercial.not_allowed"_s));
        session.history()->undo(); // the addition
        settle(session);
        QCOMPARE(terms->rowCount(), seeded);
        QVERIFY(rules(0).contains(u"content.terms.unknown"_s));
        session.history()->redo();
        settle(session);
        QCOMPARE(terms->rowCount(), seeded + 1);
        QCOMPARE(
            stored(catalog.store(), u"SELECT count(*) FROM ai_tool_terms WHERE tool = 'Sonauto'"_s), u"1"_s);
    }

    void uploadedInputsAreEditedUndoneAndBlockWithoutPermission()
    {
        Test::TestCatalog catalog(1);
        CatalogSession session(catalog.store());
        load(session);
        RightsCatalog *rights = session.rights();
        const qint64 track
            = rights->matrix()->index(0, 0).data(ReadinessMatrixModel::TrackIdRole).toLongLong();
        rights->setCurrentTrackId(track);
        rights->waitForIdle(); // its facts are read on selection
        QVERIFY(rights->inputs().isEmpty());
        QCOMPARE(rights->choices(u"inputPermissions"_s).size(), 5);
        const auto streamingRules = [&] {
            QStringList ids;
            for (const QVariant &reason : rights->reasons(rights->rowOfTrack(track), 1))
                ids.append(reason.toMap().value(u"rule"_s).toString());
            return ids;
        };

        QSignalSpy errors(rights, &RightsCatalog::errorOccurred);
        QVariantMap input { { u"id"_s, 0 }, { u"trackId"_s, track }, { u"kind"_s, u"audio"_s },
            { u"description"_s, u"  "_s }, { u"owner"_s, u"Jon Reyes"_s },
            { u"permission"_s, u"unknown"_s } };
        QVERIFY(!rights->saveInput(input));
        QCOMPARE(errors.count(), 1);
        input[u"description"_s] = u"Jon's guitar riff"_s;
        QVERIFY(rights->saveInput(input));
        settle(session);
        QCOMPARE(rights->inputs().size(), 1);
        QVariantMap saved = rights->inputs().first().toMap();
        QCOMPARE(saved.value(u"owner"_s).toString(), u"Jon Reyes"_s);
        QCOMPARE(saved.value(u"permissionName"_s).toString(), u"Not known yet"_s);
        QVERIFY(streamingRules().contains(u"streaming.input.permission_unknown"_s));

        saved[u"permission"_s] = u"not_permitted"_s;
        QVERIFY(rights->saveInput(saved));
        settle(session);
        QVERIFY(streamingRules().contains(u"streaming.input.not_permitted"_s));
        QCOMPARE(stored(catalog.store(), u"SELECT permission FROM provenance_inputs"_s), u"not_permitted"_s);

        saved[u"permission"_s] = u"own"_s;
        QVERIFY(rights->saveInput(saved));
        settle(session);
        QVERIFY(!streamingRules().join(u' ').contains(u"streaming.input."_s));

        session.history()->undo();
        settle(session);
        QVERIFY(streamingRules().contains(u"streaming.input.not_permitted"_s));
        QVERIFY(rights->removeInput(saved.value(u"id"_s).toLongLong()));
        settle(session);
        QVERIFY(rights->inputs().isEmpty());
        QVERIFY(!streamingRules().join(u' ').contains(u"streaming.input."_s));
        session.history()->undo();
        settle(session);
        QCOMPARE(rights->inputs().size(), 1);
        QCOMPARE(rights->inputs().first().toMap().value(u"id"_s), saved.value(u"id"_s));
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
