// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "tracks/TrackSearch.h"
#include "tracks/TrackVersions.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestTrackVersions : public QObject
{
    Q_OBJECT

    static void settle(CatalogSession &session)
    {
        for (int round = 0; round < 3; ++round)
            session.waitForIdle();
    }

    static qint64 trackAt(CatalogSession &session, int row)
    {
        return session.trackTable()->index(row, 0).data(TrackTableModel::IdRole).toLongLong();
    }

    static int originalOf(const CatalogStore &store, qint64 track)
    {
        return Test::scalar(
            store, u"SELECT coalesce(original_track_id, 0) FROM tracks WHERE id = %1"_s.arg(track));
    }

private Q_SLOTS:
    void aVersionIsLinkedToItsOriginalAndUndone()
    {
        Test::TestCatalog catalog(4);
        CatalogSession session(catalog.store());
        QSignalSpy reloaded(&session, &CatalogSession::reloaded);
        session.reload();
        QVERIFY(reloaded.wait(5000));
        TrackVersions *versions = session.versions();
        const qint64 original = trackAt(session, 0);
        const qint64 instrumental = trackAt(session, 1);
        const qint64 radioEdit = trackAt(session, 2);

        session.setCurrentTrackId(instrumental);
        settle(session);
        QVERIFY(versions->original().isEmpty());
        versions->searchOriginals({});
        settle(session);
        QCOMPARE(versions->candidates().size(), 3); // every recording but this one
        for (const QVariant &row : versions->candidates())
            QVERIFY(row.toMap().value(u"trackId"_s).toLongLong() != instrumental);

        versions->setOriginal(instrumental, original);
        settle(session);
        QCOMPARE(originalOf(catalog.store(), instrumental), int(original));
        QCOMPARE(versions->original().value(u"trackId"_s).toLongLong(), original);
        QCOMPARE(session.history()->undoText(), u"Undo Link to Original"_s);
        session.setCurrentTrackId(radioEdit);
        settle(session);
        versions->setOriginal(radioEdit, original);
        settle(session);

        // The original lists its versions, by version name.
        session.setCurrentTrackId(original);
        settle(session);
        QCOMPARE(versions->versions().size(), 2);

        session.history()->undo();
        settle(session);
        QCOMPARE(originalOf(catalog.store(), radioEdit), 0);
        QCOMPARE(versions->versions().size(), 1);
        session.history()->redo();
        settle(session);
        QCOMPARE(versions->versions().size(), 2);
    }

    void loopsAreRefused()
    {
        Test::TestCatalog catalog(3);
        CatalogSession session(catalog.store());
        QSignalSpy reloaded(&session, &CatalogSession::reloaded);
        session.reload();
        QVERIFY(reloaded.wait(5000));
        TrackVersions *versions = session.versions();
        const qint64 a = trackAt(session, 0);
        const qint64 b = trackAt(session, 1);
        const qint64 c = trackAt(session, 2);
        versions->setOriginal(b, a); // b from a
        versions->setOriginal(c, b); // c from b
        settle(session);
        QSignalSpy errors(versions, &TrackVersions::errorOccurred);
        versions->setOriginal(a, c); // a from c: a loop through b
        versions->setOriginal(a, a);
        settle(session);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(originalOf(catalog.store(), a), 0);
        QCOMPARE(session.history()->undoText(), u"Undo Link to Original"_s);

        // Unlinking is undoable too, and only changes what it says.
        versions->setOriginal(c, 0);
        settle(session);
        QCOMPARE(originalOf(catalog.store(), c), 0);
        QCOMPARE(session.history()->undoText(), u"Undo Unlink from Original"_s);
        session.history()->undo();
        settle(session);
        QCOMPARE(originalOf(catalog.store(), c), int(b));
        QCOMPARE(originalOf(catalog.store(), b), int(a));
    }

    void searchFindsByTitleArtistOrIsrcAPageAtATime()
    {
        Test::TestCatalog catalog(60);
        QString error;
        QSqlDatabase db = catalog.store().connection(&error);
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE tracks SET title = 'Lanterns 100%', isrc = 'GBXYZ2600001' WHERE id = "
                           "(SELECT min(id) FROM tracks)"_s));
        auto rows = TrackSearch::find(db, { u"lanterns"_s, 50, 0, 0 }, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().toMap().value(u"title"_s).toString(), u"Lanterns 100%"_s);
        rows = TrackSearch::find(db, { u"XYZ26"_s, 50, 0, 0 }, &error);
        QCOMPARE(rows->size(), 1);
        rows = TrackSearch::find(db, { u"0%"_s, 50, 0, 0 }, &error); // % is a character, not a wildcard
        QCOMPARE(rows->size(), 1);
        rows = TrackSearch::find(db, { QString(), 50, 0, 0 }, &error);
        QCOMPARE(rows->size(), 50); // one page of the 60
        const qint64 first = rows->first().toMap().value(u"trackId"_s).toLongLong();
        rows = TrackSearch::find(db, { QString(), 100, 0, first }, &error);
        QCOMPARE(rows->size(), 59);
    }
};

QTEST_GUILESS_MAIN(TestTrackVersions)
#include "tst_trackversions.moc"
