// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "catalog/ReleaseQueries.h"
#include "releases/ReleaseCatalog.h"
#include "schedule/PlanningSession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestReleaseCatalog : public QObject
{
    Q_OBJECT

    static void load(CatalogSession &session)
    {
        QSignalSpy reloaded(&session, &CatalogSession::reloaded);
        session.reload();
        QVERIFY(reloaded.wait(5000));
    }

    static QString stored(const CatalogStore &store, qint64 id, const QString &column)
    {
        QSqlQuery query(store.connection());
        if (!query.exec(u"SELECT %1 FROM releases WHERE id = %2"_s.arg(column).arg(id)) || !query.next())
            return u"<missing>"_s;
        // Not coalesce(column, '<null>'): PostgreSQL will not mix a number and a text.
        return query.isNull(0) ? u"<null>"_s : query.value(0).toString();
    }

private Q_SLOTS:
    void listsReleasesWithTheirTracks()
    {
        Test::TestCatalog catalog(9);
        CatalogSession session(catalog.store());
        QAbstractItemModelTester tester(
            session.releases()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(session);
        ReleaseCatalog *releases = session.releases();
        QCOMPARE(releases->model()->rowCount(), 3);
        QCOMPARE(
            releases->model()->index(0).data(ReleaseListModel::TitleRole).toString(), u"Glass Harbour"_s);
        QSignalSpy tracks(releases, &ReleaseCatalog::currentTracksChanged);
        releases->setCurrentReleaseId(releases->model()->idAt(0));
        QCOMPARE(releases->current().value(u"artist"_s).toString(), u"Nova Lark"_s);
        QVERIFY(tracks.wait(5000));
        QCOMPARE(releases->currentTracks().size(), 3);
        QCOMPARE(releases->currentTracks().constFirst().toMap().value(u"title"_s).toString(), u"Song 1"_s);
        QCOMPARE(releases->current().value(u"artworkWarning"_s).toString(),
            u"No artwork yet: streaming services need a cover."_s);
    }

    void editsAreNormalisedSavedAndUndoable()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        load(session);
        ReleaseCatalog *releases = session.releases();
        const qint64 id = releases->model()->idAt(0);
        releases->setCurrentReleaseId(id);
        QVERIFY(releases->setField(id, u"upc"_s, u"4006 3813 3393 1"_s));
        QVERIFY(releases->setField(id, u"releaseDate"_s, u"2027-02-26"_s));
        QVERIFY(releases->setField(id, u"explicit"_s, u"0"_s));
        session.waitForIdle();
        QCOMPARE(stored(catalog.store(), id, u"upc"_s), u"4006381333931"_s);
        QCOMPARE(stored(catalog.store(), id, u"release_date"_s), u"2027-02-26"_s);
        QCOMPARE(stored(catalog.store(), id, u"explicit"_s), u"0"_s);
        QCOMPARE(releases->current().value(u"upc"_s).toString(), u"4006381333931"_s);

        session.history()->undo(); // explicit
        session.history()->undo(); // date
        session.waitForIdle();
        QCOMPARE(stored(catalog.store(), id, u"release_date"_s), u"<null>"_s);
        QCOMPARE(stored(catalog.store(), id, u"explicit"_s), u"<null>"_s);
        QCOMPARE(releases->current().value(u"releaseDate"_s).toString(), QString());
        session.history()->redo();
        session.waitForIdle();
        QCOMPARE(stored(catalog.store(), id, u"release_date"_s), u"2027-02-26"_s);
    }

    // A save that fails names the field and the release: by then the user may be elsewhere.
    void aFailedSaveNamesTheFieldAndTheRelease()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        load(session);
        ReleaseCatalog *releases = session.releases();
        const qint64 id = releases->model()->idAt(0);
        const QString title = releases->model()->rowById(id)->title;
        {
            // Another program removed the release meanwhile.
            QSqlQuery query(catalog.store().connection());
            QVERIFY(query.exec(u"DELETE FROM release_tracks WHERE release_id = %1"_s.arg(id)));
            QVERIFY(query.exec(u"DELETE FROM milestones WHERE release_id = %1"_s.arg(id)));
            QVERIFY2(query.exec(u"DELETE FROM releases WHERE id = %1"_s.arg(id)),
                qPrintable(query.lastError().text()));
        }
        QSignalSpy errors(releases, &ReleaseCatalog::errorOccurred);
        QVERIFY(releases->setField(id, u"upc"_s, u"4006381333931"_s));
        QVERIFY(errors.wait(5000));
        const QString message = errors.constFirst().constFirst().toString();
        QVERIFY2(message.startsWith(u"UPC / EAN of “%1” was not saved"_s.arg(title)), qPrintable(message));
    }

    void invalidValuesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("upc check digit") << u"upc"_s << u"4006381333932"_s << u"check digit"_s;
        QTest::newRow("upc length") << u"upc"_s << u"12345"_s << u"digits"_s;
        QTest::newRow("date") << u"releaseDate"_s << u"2027-02-30"_s << u"YYYY-MM-DD"_s;
        QTest::newRow("type") << u"type"_s << u"mixtape"_s << u"single"_s;
        QTest::newRow("empty title") << u"title"_s << u"  "_s << u"title"_s;
        QTest::newRow("unknown field") << u"artworkPath"_s << u"x"_s << u"cannot be edited"_s;
    }
    void invalidValuesAreRefusedWithTheReason()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        load(session);
        QSignalSpy errors(&session, &CatalogSession::errorOccurred);
        const qint64 id = session.releases()->model()->idAt(0);
        QVERIFY(!session.releases()->setField(id, field, value));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.first().first().toString().contains(reason),
            qPrintable(errors.first().first().toString()));
        QVERIFY(!session.history()->canUndo());
    }

    void newReleaseIsPlannedWithItsMilestonesAndUndoable()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        load(session);
        ReleaseCatalog *releases = session.releases();
        const int releasesBefore = releases->model()->rowCount();
        QSignalSpy created(releases, &ReleaseCatalog::releaseCreated);
        QVERIFY(releases->createRelease(u" Night  Drive "_s, u"Nova Lark"_s, u"ep"_s, u"2027-03-05"_s));
        QVERIFY(created.wait(5000));
        const qint64 id = created.constFirst().constFirst().toLongLong();
        session.waitForIdle(); // the reload that follows
        session.waitForIdle();

        QCOMPARE(releases->model()->rowCount(), releasesBefore + 1);
        QCOMPARE(releases->currentReleaseId(), id);
        QCOMPARE(releases->current().value(u"title"_s).toString(), u"Night Drive"_s);
        QCOMPARE(releases->current().value(u"artist"_s).toString(), u"Nova Lark"_s);
        QCOMPARE(releases->current().value(u"type"_s).toString(), u"ep"_s);
        // The artist is the one already in the catalog, not a second party of the same name.
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM parties WHERE name = 'Nova Lark'"_s), 1);
        // The plan is derived at once: an EP is delivered three weeks ahead.
        const ReleasePlan *plan = session.planning()->plan(id);
        QVERIFY(plan);
        QCOMPARE(plan->releaseDate, QDate(2027, 3, 5));
        QCOMPARE(plan->milestones.size(), 8);
        const auto delivery = std::find_if(plan->milestones.cbegin(), plan->milestones.cend(),
            [](const Milestone &m) { return m.key == u"delivery"; });
        QVERIFY(delivery != plan->milestones.cend());
        QCOMPARE(delivery->dueDate, QDate(2027, 2, 12));
        QCOMPARE(session.planning()->currentReleaseId(), id);

        // One undo takes the release and its plan away; redo brings the same rows back.
        QCOMPARE(session.history()->undoText(), u"Undo New Release"_s);
        session.history()->undo();
        session.waitForIdle();
        session.waitForIdle();
        QCOMPARE(stored(catalog.store(), id, u"title"_s), u"<missing>"_s);
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM milestones WHERE release_id = %1"_s.arg(id)),
            0);
        QCOMPARE(releases->model()->rowCount(), releasesBefore);
        session.history()->redo();
        session.waitForIdle();
        session.waitForIdle();
        QCOMPARE(stored(catalog.store(), id, u"title"_s), u"Night Drive"_s);
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM milestones WHERE release_id = %1"_s.arg(id)),
            8);
        QCOMPARE(releases->model()->rowCount(), releasesBefore + 1);
    }

    void aReleaseWithoutDateWaitsUnscheduled()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        load(session);
        QSignalSpy created(session.releases(), &ReleaseCatalog::releaseCreated);
        QVERIFY(session.releases()->createRelease(u"Someday"_s, u"New Face"_s, QString(), QString()));
        QVERIFY(created.wait(5000));
        const qint64 id = created.constFirst().constFirst().toLongLong();
        session.waitForIdle();
        session.waitForIdle();
        QCOMPARE(stored(catalog.store(), id, u"release_type"_s), u"single"_s);
        QCOMPARE(stored(catalog.store(), id, u"release_date"_s), u"<null>"_s);
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM milestones WHERE release_id = %1"_s.arg(id)),
            0);
        bool listed = false;
        for (const QVariant &entry : session.planning()->unscheduled())
            listed = listed || entry.toMap().value(u"releaseId"_s).toLongLong() == id;
        QVERIFY(listed);
    }

    void aDuplicateReleaseIsRefusedAndNothingIsRecorded()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        load(session);
        ReleaseCatalog *releases = session.releases();
        const QString title = releases->model()->index(0).data(ReleaseListModel::TitleRole).toString();
        const QString artist = releases->model()->index(0).data(ReleaseListModel::ArtistRole).toString();
        QSignalSpy failed(releases, &ReleaseCatalog::createFailed);
        QVERIFY(releases->createRelease(title.toUpper(), artist, u"single"_s, u"2027-01-01"_s));
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.constFirst().constFirst().toString().contains(u"already in the catalog"_s),
            qPrintable(failed.constFirst().constFirst().toString()));
        QVERIFY(!session.history()->canUndo());
    }

    void newReleaseValuesAreCheckedAsTyped_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("artist");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("field"); ///< the one field the reason stands under
        QTest::newRow("fine") << u"A"_s << u"B"_s << u"album"_s << u"2027-01-01"_s << QString() << QString();
        QTest::newRow("no title") << u"  "_s << u"B"_s << u"album"_s << QString() << u"needs a title"_s
                                  << u"title"_s;
        QTest::newRow("no artist") << u"A"_s << QString() << u"album"_s << QString() << u"needs an artist"_s
                                   << u"artist"_s;
        QTest::newRow("type") << u"A"_s << u"B"_s << u"mixtape"_s << QString() << u"not a release type"_s
                              << u"type"_s;
        QTest::newRow("date") << u"A"_s << u"B"_s << u"ep"_s << u"2027-13-01"_s << u"YYYY-MM-DD"_s
                              << u"releaseDate"_s;
        QTest::newRow("range") << u"A"_s << u"B"_s << u"ep"_s << u"0001-01-02"_s << u"outside the dates"_s
                               << u"releaseDate"_s;
    }

    void newReleaseValuesAreCheckedAsTyped()
    {
        QFETCH(QString, title);
        QFETCH(QString, artist);
        QFETCH(QString, type);
        QFETCH(QString, date);
        QFETCH(QString, reason);
        QFETCH(QString, field);
        Test::TestCatalog catalog(0);
        CatalogSession session(catalog.store());
        const QString problem = session.releases()->newReleaseProblem(title, artist, type, date);
        if (reason.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(reason), qPrintable(problem));
        // The dialog shows each problem under its own field.
        const QVariantMap problems = session.releases()->newReleaseProblems(title, artist, type, date);
        QCOMPARE(problems.keys(), field.isEmpty() ? QStringList() : QStringList { field });
        QCOMPARE(problems.value(field).toString(), problem);
        QCOMPARE(session.releases()->createRelease(title, artist, type, date), reason.isEmpty());
        session.waitForIdle();
    }

    void artworkWarningsFollowStreamingRules()
    {
        ReleaseRow row;
        row.artworkPath = u"cover.jpg"_s;
        row.artworkWidth = row.artworkHeight = 3000;
        QVERIFY(ReleaseCatalog::artworkWarning(row).isEmpty());
        row.artworkWidth = row.artworkHeight = 1000;
        QVERIFY(ReleaseCatalog::artworkWarning(row).contains(u"3000"_s));
        row.artworkWidth = 3200;
        QVERIFY(ReleaseCatalog::artworkWarning(row).contains(u"square"_s));
    }
};

QTEST_GUILESS_MAIN(TestReleaseCatalog)
#include "tst_releasecatalog.moc"
