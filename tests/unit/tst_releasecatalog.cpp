// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "catalog/ReleaseQueries.h"
#include "releases/ReleaseCatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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
        return query.exec(u"SELECT coalesce(%1, '<null>') FROM releases WHERE id = %2"_s.arg(column).arg(id))
                && query.next()
            ? query.value(0).toString()
            : u"<missing>"_s;
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
