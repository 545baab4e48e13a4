// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// `imprint tracks` reads through TrackListing instead of a whole session: it must list exactly
// what the catalog page's search (TrackFilterModel over the full track table) shows.
#include "TestBackend.h"
#include "TestCatalog.h"
#include "catalog/ImportWriter.h"
#include "catalog/Migrations.h"
#include "catalog/ServerAddress.h"
#include "catalog/TrackQueries.h"
#include "catalog/TrackSearchText.h"
#include "tracks/TrackFilterModel.h"
#include "tracks/TrackListing.h"
#include "tracks/TrackTableModel.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

// What the command prints of a track: id, the page's columns as shown, and the JSON-only fields.
using Printed = QStringList;

QList<Printed> throughTheCatalogPage(const CatalogStore &store, const QString &search)
{
    TrackTableModel table;
    table.setRows(*TrackQueries::allTracks(store.connection(), nullptr));
    TrackFilterModel filter;
    filter.setSourceModel(&table);
    filter.setSearchText(search);
    QList<Printed> rows;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QModelIndex index = filter.index(row, 0);
        Printed printed { QString::number(index.data(TrackTableModel::IdRole).toLongLong()) };
        // The columns the page shows until the user chooses more (the listing reads only those).
        for (int column = 0; column <= TrackTableModel::FormatColumn; ++column)
            printed.append(filter.index(row, column).data().toString());
        printed << QString::number(index.data(TrackTableModel::DurationRole).toLongLong())
                << index.data(TrackTableModel::FormatRole).toString()
                << index.data(TrackTableModel::PathRole).toString();
        rows.append(printed);
    }
    return rows;
}

QList<Printed> throughTheListing(const CatalogStore &store, const QString &search)
{
    QString error;
    const auto tracks = TrackListing::find(store.connection(), search, &error);
    if (!tracks) {
        qWarning() << error;
        return {};
    }
    QList<Printed> rows;
    for (const TrackRow &track : *tracks) {
        rows.append(
            { QString::number(track.id), track.title, track.artist, track.release, track.version, track.isrc,
                TrackTableModel::formatDuration(track.durationMs), TrackTableModel::describeFormat(track),
                QString::number(track.durationMs), track.format, track.path });
    }
    return rows;
}

} // namespace

class TestTrackListing : public QObject
{
    Q_OBJECT

    Test::TestCatalog *catalog = nullptr;

    void exec(const QString &sql)
    {
        QSqlQuery query(catalog->store().connection());
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }

private Q_SLOTS:
    void init()
    {
        catalog = new Test::TestCatalog(12);
        QVERIFY(catalog->isValid());
        // Tricky text: accents, ß (folds to "ss"), Greek final sigma, a word that is one track's
        // artist and another's title, and a planned track with no audio and no release.
        exec(u"UPDATE tracks SET title = 'Café Noir', display_artist = 'Zoë Ångström' WHERE id = 1"_s);
        exec(u"UPDATE tracks SET title = 'Straße', display_artist = 'Σίσυφος' WHERE id = 2"_s);
        exec(u"UPDATE tracks SET display_artist = 'Night Ferry' WHERE id = 3"_s);
        exec(u"UPDATE tracks SET title = 'Night', version = 'Live 100%' WHERE id = 4"_s);
        exec(u"UPDATE tracks SET title = 'under_score \\ back' WHERE id = 5"_s);
        exec(u"INSERT INTO tracks(title, display_artist) VALUES ('Planned ÉTÉ', 'Nobody Yet')"_s);
        // Durations: the track's own (even 0) before its master's, the master's when it has none.
        exec(u"UPDATE tracks SET duration_ms = 0 WHERE id = 6"_s);
        exec(u"UPDATE tracks SET duration_ms = NULL WHERE id = 7"_s);
        exec(u"UPDATE tracks SET duration_ms = 4000000 WHERE id = 8"_s);
        // A master is shown before a mix; a track with only a mix shows the mix.
        exec(u"INSERT INTO assets(rel_path, kind, track_id, size, mtime_ms, format, duration_ms) "
             "VALUES ('mixes/nine.flac', 'mix', 9, 1, 1, 'FLAC', 5000)"_s);
        exec(u"UPDATE assets SET kind = 'mix' WHERE track_id = 10"_s);
    }
    void cleanup()
    {
        delete catalog;
        catalog = nullptr;
    }

    void listsWhatTheCatalogPageShows_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("expected");
        QTest::newRow("everything") << QString() << 13;
        QTest::newRow("accent, lower case") << u"café"_s << 1;
        QTest::newRow("accent, upper case") << u"CAFÉ"_s << 1;
        QTest::newRow("accents are not stripped") << u"cafe"_s << 0;
        QTest::newRow("non-ASCII artist") << u"ZOË ångström"_s << 1;
        QTest::newRow("simple case folding: ss is not ß") << u"STRASSE"_s << 0;
        QTest::newRow("sharp s") << u"STRAßE"_s << 1;
        QTest::newRow("final sigma") << u"ΣΊΣΥΦΟΣ"_s << 1;
        QTest::newRow("artist or title") << u"night"_s << 2;
        QTest::newRow("artist and title words") << u"night ferry"_s << 1;
        QTest::newRow("release title") << u"quiet"_s << -1;
        QTest::newRow("words in two fields") << u"QUIET instrumental"_s << -1;
        QTest::newRow("ISRC in lower case") << u"qzk6h2600012"_s << 1;
        QTest::newRow("percent is literal") << u"100%"_s << 1;
        QTest::newRow("underscore is literal") << u"r_s"_s << 1;
        QTest::newRow("backslash") << u"\\"_s << 1;
        QTest::newRow("planned track") << u"été"_s << 1;
        QTest::newRow("extra spaces") << u"  café   noir "_s << 1;
        QTest::newRow("nothing") << u"nothing like this"_s << 0;
    }

    void listsWhatTheCatalogPageShows()
    {
        QFETCH(QString, search);
        QFETCH(int, expected);
        const QList<Printed> page = throughTheCatalogPage(catalog->store(), search);
        const QList<Printed> listed = throughTheListing(catalog->store(), search);
        QCOMPARE(listed, page);
        if (expected >= 0)
            QCOMPARE(listed.size(), expected);
        else
            QVERIFY(!listed.isEmpty());
    }

    // The folded search text (migration 12) follows every write: edits of searched fields,
    // a renamed release, a track added to a release, an import.
    void searchTextStaysCurrent()
    {
        const CatalogStore store = catalog->store();
        const auto stale = [&] {
            return Test::scalar(store, u"SELECT count(*) FROM tracks WHERE search_text IS NULL"_s);
        };
        QVERIFY(TrackSearchText::fill(store.connection(), nullptr));
        QCOMPARE(stale(), 0);
        QCOMPARE(
            Test::scalar(store, u"SELECT count(*) FROM tracks WHERE search_text LIKE '%café noir%'"_s), 1);

        exec(u"UPDATE tracks SET title = 'Éclair' WHERE id = 1"_s);
        QCOMPARE(stale(), 1);
        QCOMPARE(throughTheListing(store, u"ÉCLAIR"_s), throughTheCatalogPage(store, u"ÉCLAIR"_s));
        QCOMPARE(throughTheListing(store, u"éclair"_s).size(), 1);
        QCOMPARE(throughTheListing(store, u"café"_s).size(), 0);
        QCOMPARE(stale(), 0); // the search filled it

        exec(u"UPDATE releases SET title = 'Ünder Tow' WHERE title = 'Glass Harbour'"_s);
        QVERIFY(stale() > 0);
        QCOMPARE(throughTheListing(store, u"ünder"_s), throughTheCatalogPage(store, u"ünder"_s));
        QVERIFY(!throughTheListing(store, u"ünder"_s).isEmpty());
        QCOMPARE(throughTheListing(store, u"glass harbour"_s).size(), 0);

        exec(
            u"INSERT INTO release_tracks(release_id, track_id) VALUES ((SELECT id FROM releases WHERE title = 'Ünder Tow'), 13)"_s);
        QCOMPARE(stale(), 1);
        QCOMPARE(throughTheListing(store, u"planned ünder"_s).size(), 1);
        QCOMPARE(
            throughTheListing(store, u"planned ünder"_s), throughTheCatalogPage(store, u"planned ünder"_s));

        exec(u"UPDATE tracks SET isrc = 'QZK6H2699999', version = 'Ça Va Mix' WHERE id = 2"_s);
        QCOMPARE(throughTheListing(store, u"qzk6h2699999 ÇA"_s).size(), 1);

        // Imported tracks are found at once.
        ImportedFile file = Test::generatedFiles(1).constFirst();
        file.title = u"Neue Straße"_s;
        file.isrc = u"QZK6H2688888"_s;
        file.relativePath = u"new/neue.flac"_s;
        ImportWriter writer(store.connection());
        ImportWriter::Counts counts;
        QString error;
        QVERIFY2(writer.writeBatch({ file }, &counts, &error) && writer.finish(&error), qPrintable(error));
        QCOMPARE(throughTheListing(store, u"NEUE STRAßE"_s).size(), 1);
        QCOMPARE(stale(), 0);
    }

    // A catalog that cannot be written (its stale rows cannot be filled) is searched all the
    // same: those rows are matched as the page matches them.
    void aReadOnlyCatalogIsSearchedAlike()
    {
        exec(u"UPDATE tracks SET search_text = NULL WHERE id % 2 = 0"_s);
        exec(u"UPDATE tracks SET title = 'Nachtzug' WHERE id = 2"_s);
        QSqlDatabase readOnly;
        if (Test::onPostgres()) {
            // A role that may only read, as a team member without write rights connects.
            readOnly = QSqlDatabase::addDatabase(u"QPSQL"_s, u"read-only"_s);
            ServerAddress::parse(catalog->store().path()).configure(readOnly);
            QVERIFY(readOnly.open());
            QSqlQuery(readOnly).exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s);
        } else {
            readOnly = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"read-only"_s);
            readOnly.setDatabaseName(catalog->store().path());
            readOnly.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QVERIFY(readOnly.open());
        }
        QVERIFY(!TrackSearchText::fill(readOnly, nullptr));
        for (const QString &search : { u"nachtzug"_s, u"song"_s, u"qzk6h2600004"_s, u"CAFÉ"_s, QString() }) {
            const auto listed = TrackListing::find(readOnly, search, nullptr);
            QVERIFY(listed);
            QStringList ids;
            for (const TrackRow &row : *listed)
                ids.append(QString::number(row.id));
            QStringList page;
            for (const Printed &printed : throughTheCatalogPage(catalog->store(), search))
                page.append(printed.first());
            QCOMPARE(ids, page);
        }
        readOnly.close();
        readOnly = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"read-only"_s);
    }

    // A catalog written before migration 12 gets its search text when it is opened.
    void anOlderCatalogIsFilledWhenOpened()
    {
        QTemporaryDir dir;
        const CatalogStore store(Test::catalogLocation(dir, u"old.sqlite"_s));
        {
            QSqlDatabase db = store.connection();
            QVERIFY(Migrations::migrateTo(db, 11, nullptr));
            QSqlQuery query(db);
            QVERIFY(query.exec(
                u"INSERT INTO tracks(title, display_artist, isrc) VALUES ('Öl', 'Ärger', 'QZK6H2600001')"_s));
        }
        QVERIFY(store.open(nullptr));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM tracks WHERE search_text IS NULL"_s), 0);
        const auto found = TrackListing::find(store.connection(), u"öl ärger qzk6h2600001"_s, nullptr);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        store.closeThreadConnection();
    }

    void plannedTrackHasNoAudioYet()
    {
        const auto tracks = TrackListing::find(catalog->store().connection(), u"planned"_s, nullptr);
        QVERIFY(tracks);
        QCOMPARE(tracks->size(), 1);
        QVERIFY(tracks->constFirst().path.isEmpty());
        QCOMPARE(TrackTableModel::describeFormat(tracks->constFirst()), u"no audio yet"_s);
    }
};

QTEST_GUILESS_MAIN(TestTrackListing)
#include "tst_tracklisting.moc"
