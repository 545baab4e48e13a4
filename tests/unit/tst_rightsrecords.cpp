// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The rights page's records of a track: clearance items and their board, documents, human
// contributions with their evidence, uploaded inputs; each saved, judged again and undone.
#include "CatalogSession.h"
#include "RightsSessionSteps.h"
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
using RightsSteps::load;
using RightsSteps::settle;
using RightsSteps::stored;

class TestRightsRecords : public QObject
{
    Q_OBJECT

    // A signed licence (as far as its bytes go) at path.
    static bool writeLicence(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write("%PDF-1.4 a signed licence") == 25;
    }

    // A cleared AI-tool licence on the first track of the rights page: the track, and the item a
    // document can be attached to.
    static std::pair<qint64, qint64> clearedLicenceItem(CatalogSession &session)
    {
        RightsCatalog *rights = session.rights();
        const qint64 track
            = rights->matrix()->index(0, 0).data(ReadinessMatrixModel::TrackIdRole).toLongLong();
        rights->setCurrentTrackId(track);
        rights->waitForIdle(); // its facts are read on selection
        if (!rights->saveClearanceItem({ { u"trackId"_s, track }, { u"kind"_s, u"ai_tool_licence"_s },
                { u"status"_s, u"cleared"_s }, { u"counterparty"_s, u"Suno, Inc."_s } }))
            return { track, 0 };
        settle(session);
        return { track, rights->clearances().first().toMap().value(u"id"_s).toLongLong() };
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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

    // A release planned before any audio has no library yet: a catalog file starts it beside
    // itself for the first document; a team catalog names where this computer's folder is chosen.
    void aDocumentStartsTheLibraryOfACatalogFileAndATeamCatalogNamesTheFolderToChoose()
    {
        Test::TestCatalog catalog(1);
        QVERIFY(catalog.store().libraryRoot().isEmpty());
        QTemporaryDir outside;
        const QString source = outside.filePath(u"licence.pdf"_s);
        QVERIFY(writeLicence(source));

        CatalogSession session(catalog.store());
        load(session);
        RightsCatalog *rights = session.rights();
        const auto [track, item] = clearedLicenceItem(session);
        QVERIFY(item > 0);

        QSignalSpy attached(rights, &RightsCatalog::documentAttached);
        QSignalSpy refused(rights, &RightsCatalog::errorOccurred);
        // A path that is no file starts nothing.
        rights->attachDocument(u"clearance"_s, item, QUrl::fromLocalFile(outside.filePath(u"typo.pdf"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000);
        QVERIFY2(refused.takeFirst().first().toString().contains(u"is not a file"_s), "the path is named");
        QVERIFY(catalog.store().libraryRoot().isEmpty());

        rights->attachDocument(u"clearance"_s, item, QUrl::fromLocalFile(source));
        QTRY_VERIFY_WITH_TIMEOUT(attached.size() + refused.size() > 0, 5000);
        if (catalog.store().isOnServer()) {
            QCOMPARE(attached.size(), 0);
            const QString message = refused.first().first().toString();
            QVERIFY2(message.contains(u"File › Library Folder…"_s), qPrintable(message));
            QVERIFY(catalog.store().libraryRoot().isEmpty()); // nothing decided for the team
            return;
        }
        QCOMPARE(refused.size(), 0);
        const QString root = QDir(catalog.folder()).filePath(u"library"_s);
        QCOMPARE(catalog.store().libraryRoot(), root);
        const QString relative = u"Documents/%1/licence.pdf"_s.arg(track);
        QVERIFY(QFile::exists(QDir(root).filePath(relative)));
        // Its link opens at once, without a reload of the catalog.
        settle(session);
        QCOMPARE(rights->documentUrl(attached.first().first().toLongLong()),
            QUrl::fromLocalFile(QDir(root).filePath(relative)));
    }

    void documentsAreCopiedHashedAndWatched()
    {
        Test::TestCatalog catalog(2);
        const QString root = catalog.folder() + u"/library"_s;
        QVERIFY(QDir().mkpath(root));
        QVERIFY(catalog.store().setLibraryRoot(root, nullptr));
        QTemporaryDir outside;
        const QString source = outside.filePath(u"licence.pdf"_s);
        QVERIFY(writeLicence(source));

        CatalogSession session(catalog.store());
        load(session);
        RightsCatalog *rights = session.rights();
        const auto [track, item] = clearedLicenceItem(session);
        QVERIFY(item > 0);

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

        // A second file is added beside it; Replace… puts a third in the second's place.
        const auto evidencePaths = [rights] {
            QStringList paths;
            for (const QVariant &file : rights->contributions().first().toMap().value(u"evidence"_s).toList())
                paths.append(file.toMap().value(u"path"_s).toString());
            return paths;
        };
        const auto assetOf = [rights](const QString &path) {
            for (const QVariant &file :
                rights->contributions().first().toMap().value(u"evidence"_s).toList()) {
                if (file.toMap().value(u"path"_s).toString() == path)
                    return file.toMap().value(u"assetId"_s).toLongLong();
            }
            return qint64(0);
        };
        const auto writeDraft = [&root](const QString &name, const QByteArray &text) {
            QFile file(root + u"/drafts/"_s + name);
            return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() ? file.fileName()
                                                                                      : QString();
        };
        rights->attachDocument(u"evidence"_s, id, QUrl::fromLocalFile(writeDraft(u"melody.txt"_s, "hummed")));
        QVERIFY(attached.wait(5000));
        settle(session);
        QCOMPARE(evidencePaths(), QStringList({ u"drafts/lyrics.txt"_s, u"drafts/melody.txt"_s }));
        rights->attachDocument(u"evidence"_s, id, QUrl::fromLocalFile(writeDraft(u"melody v2.txt"_s, "sung")),
            assetOf(u"drafts/melody.txt"_s));
        QVERIFY(attached.wait(5000));
        settle(session);
        QCOMPARE(evidencePaths(), QStringList({ u"drafts/lyrics.txt"_s, u"drafts/melody v2.txt"_s }));
        QCOMPARE(session.history()->undoText(), u"Undo Replace Evidence"_s);
        // Remove takes one file off; undo puts it back.
        QVERIFY(rights->removeEvidence(id, assetOf(u"drafts/lyrics.txt"_s)));
        settle(session);
        QCOMPARE(evidencePaths(), QStringList({ u"drafts/melody v2.txt"_s }));
        QVERIFY(!rights->removeEvidence(id, 999999)); // not one of its files: nothing to take off
        session.history()->undo();
        settle(session);
        QCOMPARE(evidencePaths(), QStringList({ u"drafts/lyrics.txt"_s, u"drafts/melody v2.txt"_s }));
        session.history()->undo();
        session.history()->undo();
        settle(session);
        QCOMPARE(evidencePaths(), QStringList({ u"drafts/lyrics.txt"_s }));

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
};

QTEST_GUILESS_MAIN(TestRightsRecords)
#include "tst_rightsrecords.moc"
